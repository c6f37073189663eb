import Content

/// Recognises articles that say of themselves that they are fiction, so the site can tell readers.
enum Fiction {
    /// Words that, in a kicker or a topic, mark an article as invented.
    static let markers = ["fiction", "fictional", "satire", "invented"]

    /// Whether the document's kicker or one of its topics contains a fiction marker as a word.
    static func isMarked(_ document: Document) -> Bool {
        ([document.kicker].compactMap { $0 } + document.topics).contains { label in
            label.lowercased().split { !$0.isLetter }.contains { markers.contains(String($0)) }
        }
    }
}
