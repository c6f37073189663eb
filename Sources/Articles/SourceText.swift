import Foundation

/// Turns the bytes of an article file into text, or says precisely why they are not text.
///
/// UTF-8 (with or without a byte-order mark) and UTF-16 with a byte-order mark are read.
/// Offsets in every `TextRange` count scalars of the decoded text, after any byte-order mark.
enum SourceText {
    static func decode(_ data: Data, path: String) throws(ArticleError) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                throw .unreadable(path: path, reason: "broken UTF-16")
            }
            // A NUL scalar is a zero byte in UTF-8, as in the check on UTF-8 input below.
            if text.utf8.contains(0) { throw .binary(path: path) }
            return try checked(text, path: path)
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        if body.contains(0) { throw .binary(path: path) }
        guard let text = String(validating: body, as: UTF8.self) else {
            throw .invalidUTF8(path: path, line: firstInvalidLine(body))
        }
        return try checked(text, path: path)
    }

    private static func checked(_ text: String, path: String) throws(ArticleError) -> String {
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty(path: path) }
        return text
    }

    /// The 1-based line of the first byte sequence that is not UTF-8, for the error message.
    private static func firstInvalidLine(_ bytes: [UInt8]) -> Int {
        var line = 1
        var lineStart = 0
        for (offset, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[lineStart..<offset], as: UTF8.self) == nil { return line }
            line += 1
            lineStart = offset + 1
        }
        return line
    }
}
