import CLibXML2

/// Decodes character references left in text that was escaped twice: JSON-LD and `content`
/// attributes often carry "&#8216;" or "&amp;" after the parser has decoded the page's own layer.
enum EscapedText {
    /// `text` with `&name;`, `&#NNN;` and `&#xHH;` replaced by their characters; anything that is
    /// not a known reference stays as written.
    static func decoded(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var output = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "&", let (scalar, length) = reference(scalars, at: index) {
                output.append(scalar)
                index += length
            } else {
                output.append(scalars[index])
                index += 1
            }
        }
        return String(output)
    }

    /// The character of the reference starting at `start`, and its length with `&` and `;`.
    private static func reference(_ scalars: [Unicode.Scalar], at start: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = scalars[(start + 1)..<min(scalars.count, start + 12)].firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(scalars[(start + 1)..<semicolon]))
        let value: UInt32?
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            value = UInt32(body.dropFirst(2), radix: 16)
        } else if body.hasPrefix("#") {
            value = UInt32(body.dropFirst())
        } else {
            value = htmlEntityLookup(body).map { UInt32($0.pointee.value) }
        }
        guard let value, value != 0, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, semicolon - start + 1)
    }
}
