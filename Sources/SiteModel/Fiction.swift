import Content

/// Recognises articles that say of themselves that they are fiction, so the site can tell readers.
enum Fiction {
    /// Words that, in a kicker or a topic, mark an article as invented.
    static let markers = ["fiction", "fictional", "satire", "invented"]

    /// Whether the document's kicker or a topic holds a fiction marker as a word, or a body
    /// paragraph opens with "Fiction:", the way the sample articles declare themselves.
    static func isMarked(_ document: Document) -> Bool {
        let labels = [document.kicker].compactMap { $0 } + document.topics
        let labelled = labels.contains { label in
            label.lowercased().split { !$0.isLetter }.contains { markers.contains(String($0)) }
        }
        // Splitting every body into lowercased lines is slow on a large archive; only a body that
        // holds "fiction:" in some case can declare itself (no other text lowercases to it).
        let declared = mentionsFictionColon(document.body) && document.body.split(separator: "\n").contains {
            $0.trimmingPrefix(while: \.isWhitespace).lowercased().hasPrefix("fiction:")
        }
        return labelled || declared
    }

    /// Whether `text` holds "fiction:" with any mix of ASCII upper and lower case letters.
    private static func mentionsFictionColon(_ text: String) -> Bool {
        let pattern = Array("fiction:".utf8)
        let bytes = Array(text.utf8)
        guard bytes.count >= pattern.count else { return false }
        outer: for start in 0...(bytes.count - pattern.count) {
            for offset in pattern.indices where bytes[start + offset] | 0x20 != pattern[offset] | 0x20 {
                continue outer
            }
            return true
        }
        return false
    }
}
