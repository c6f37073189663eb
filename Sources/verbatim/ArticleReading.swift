import Articles
import Foundation

/// What `verbatim read` prints for one article file.
struct ArticleReading {
    let file: String
    let title: String
    let standfirst: String?
    let outlet: String?
    let author: String?
    let date: String?
    let paragraphs: [String]

    init(file: String, article: Article) {
        self.file = file
        title = article.title.text
        standfirst = article.standfirst?.text
        outlet = article.source
        author = article.author
        date = article.date
        paragraphs = article.paragraphs.map(\.text)
    }

    /// Labelled lines, then the paragraphs a blank line apart.
    func text() -> String {
        var lines = ["== \(file)", "title: \(title)"]
        for (label, value) in [("standfirst", standfirst), ("outlet", outlet), ("author", author), ("date", date)] {
            lines.append("\(label): \(value ?? "-")")
        }
        lines.append("paragraphs: \(paragraphs.count)")
        return lines.joined(separator: "\n") + "\n\n" + paragraphs.joined(separator: "\n\n") + "\n\n"
    }

    /// One JSON object on one line, keys in a fixed order, absent values as null.
    func json() -> String {
        let fields: [(String, Any)] = [
            ("file", file), ("title", title), ("standfirst", standfirst ?? NSNull()), ("outlet", outlet ?? NSNull()),
            ("author", author ?? NSNull()), ("date", date ?? NSNull()), ("paragraphs", paragraphs),
        ]
        let members = fields.map { key, value in "\"\(key)\":" + Self.encoded(value) }
        return "{" + members.joined(separator: ",") + "}\n"
    }

    /// One JSON value, escaped by Foundation's encoder.
    private static func encoded(_ value: Any) -> String {
        let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed, .withoutEscapingSlashes])
        return data.map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }
}
