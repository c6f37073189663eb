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
        let declared = document.body.split(separator: "\n").contains {
            $0.trimmingPrefix(while: \.isWhitespace).lowercased().hasPrefix("fiction:")
        }
        return labelled || declared
    }
}
