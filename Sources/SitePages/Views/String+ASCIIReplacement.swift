extension String {
    /// The string with each ASCII character for which `replacement` returns text replaced by that text.
    ///
    /// It works on UTF-8 bytes: an ASCII byte is never part of another scalar's encoding, so a
    /// quote mark or `<` followed by a combining accent (one character) is still found, which
    /// matching characters would miss. Most text needs no replacement at all and comes back as
    /// it is; otherwise the unchanged runs between replacements are copied whole. Walking
    /// scalars instead made escaping a share of a site build that showed in profiles.
    func replacingASCII(_ replacement: (UInt8) -> String?) -> String {
        var text = self
        return text.withUTF8 { bytes -> String? in
            var output: [UInt8] = []
            var replaced = false
            var runStart = 0
            for index in bytes.indices where bytes[index] < 0x80 {
                guard let substitute = replacement(bytes[index]) else { continue }
                if !replaced { output.reserveCapacity(bytes.count + 32) }
                replaced = true
                output.append(contentsOf: bytes[runStart..<index])
                output.append(contentsOf: substitute.utf8)
                runStart = index + 1
            }
            guard replaced else { return nil }
            output.append(contentsOf: bytes[runStart...])
            return String(decoding: output, as: UTF8.self)
        } ?? self
    }
}
