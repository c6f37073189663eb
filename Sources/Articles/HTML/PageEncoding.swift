#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Turns the bytes of a saved page into text, the way a browser chooses the character set: a
/// byte-order mark, then the encoding the page declares (`<meta charset>`, `http-equiv`, the XML
/// declaration), then UTF-8 when the bytes are valid UTF-8, and Windows-1252 otherwise.
enum PageEncoding {
    /// Why the bytes could not be decoded.
    enum Failure: Error, Equatable {
        /// The page declares a character set that has no decoder here.
        case unknown(String)
        /// The bytes hold NUL bytes early on, so the file is not a page.
        case binary
        /// The page declares a character set, but its bytes are not in it.
        case invalid(String)
    }

    /// How far into the page a declaration is looked for; pages put it in the head, but some
    /// heads are long.
    private static let prescanLength = 8192

    /// The text of `bytes`.
    static func decode(_ bytes: [UInt8]) throws(Failure) -> String {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes.dropFirst(3)) }
        if bytes.starts(with: [0xFF, 0xFE]) { return try iconvDecode(bytes.dropFirst(2), from: "UTF-16LE") }
        if bytes.starts(with: [0xFE, 0xFF]) { return try iconvDecode(bytes.dropFirst(2), from: "UTF-16BE") }
        if bytes.prefix(1024).contains(0) { throw .binary }
        switch declaredCharset(bytes).map(canonical) {
        // A page that says UTF-16 without a byte-order mark was transcoded on saving; browsers read it as UTF-8.
        case "utf-8"?, "utf-16"?, "utf-16le"?, "utf-16be"?: return utf8(bytes[...])
        case "windows-1252"?: return windows1252(bytes)
        case let name?: return try iconvDecode(bytes[...], from: name)
        case nil:
            return String(validating: bytes, as: UTF8.self) ?? windows1252(bytes)
        }
    }

    /// UTF-8, with any broken sequence shown as U+FFFD as a browser does.
    private static func utf8(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The charset label the page declares, lowercased, or nil.
    static func declaredCharset(_ bytes: [UInt8]) -> String? {
        let head = Array(bytes.prefix(prescanLength)).map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }
        if head.starts(with: Array("<?xml".utf8)), let end = find(Array("?>".utf8), in: head, from: 0),
            let label = value(after: Array("encoding".utf8), in: head[..<end])
        {
            return label
        }
        var cursor = 0
        while let meta = find(Array("<meta".utf8), in: head, from: cursor) {
            let end = head[meta...].firstIndex(of: UInt8(ascii: ">")) ?? head.endIndex
            // `charset=` serves both `<meta charset=…>` and `content="text/html; charset=…"`.
            if let label = value(after: Array("charset".utf8), in: head[meta..<end]) { return label }
            cursor = end
        }
        return nil
    }

    /// The value after `key`, an optional `=` and an optional quote, up to a delimiter.
    private static func value(after key: [UInt8], in tag: ArraySlice<UInt8>) -> String? {
        guard let start = find(key, in: Array(tag), from: 0) else { return nil }
        var index = tag.startIndex + start + key.count
        func skipSpaces() { while index < tag.endIndex, [0x20, 0x09, 0x0A, 0x0D].contains(tag[index]) { index += 1 } }
        skipSpaces()
        guard index < tag.endIndex, tag[index] == UInt8(ascii: "=") else { return nil }
        index += 1
        skipSpaces()
        while index < tag.endIndex, tag[index] == UInt8(ascii: "\"") || tag[index] == UInt8(ascii: "'") { index += 1 }
        let stops: Set<UInt8> = [0x22, 0x27, 0x20, 0x09, 0x0A, 0x0D, 0x3B, 0x3E, 0x2F, 0x3F]
        let end = tag[index...].firstIndex(where: stops.contains) ?? tag.endIndex
        let label = String(decoding: tag[index..<end], as: UTF8.self)
        return label.isEmpty ? nil : label
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The WHATWG name for the labels pages use; Latin-1 and ASCII are read as Windows-1252, as
    /// browsers do, since pages that say Latin-1 use its 0x80–0x9F range for curly quotes.
    private static func canonical(_ label: String) -> String {
        switch label {
        case "utf8", "unicode-1-1-utf-8", "x-unicode20utf8": return "utf-8"
        case "iso-8859-1", "iso8859-1", "latin1", "l1", "cp1252", "x-cp1252", "us-ascii", "ascii", "iso_8859-1",
            "iso-ir-100", "cp819", "ibm819", "windows-1252", "ansi_x3.4-1968":
            return "windows-1252"
        default: return label
        }
    }

    /// Windows-1252's characters for bytes 0x80–0x9F (the rest are Latin-1); the five undefined bytes map to themselves.
    private static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
        0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    /// Any other character set, through the C library's iconv.
    private static func iconvDecode(_ bytes: ArraySlice<UInt8>, from name: String) throws(Failure) -> String {
        let converter = iconv_open("UTF-8", name.uppercased())
        guard let converter, converter != iconv_t(bitPattern: -1) else { throw .unknown(name) }
        defer { iconv_close(converter) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var written = 0
        let status = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outPointer = UnsafeMutableRawPointer(outBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outLeft = outBuffer.count
                let status = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                written = outBuffer.count - outLeft
                return status
            }
        }
        if status == -1 { throw .invalid(name) }
        return String(decoding: output[0..<written], as: UTF8.self)
    }
}
