import Articles
import Foundation

/// What `verbatim read` prints for one article file.
struct ArticleReading: Encodable {
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

    /// One JSON object on one line, absent values as null.
    func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private enum CodingKeys: String, CodingKey {
        case file, title, standfirst, outlet, author, date, paragraphs
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(title, forKey: .title)
        // Absent values are written as null, so that every object has every key.
        try container.encode(standfirst, forKey: .standfirst)
        try container.encode(outlet, forKey: .outlet)
        try container.encode(author, forKey: .author)
        try container.encode(date, forKey: .date)
        try container.encode(paragraphs, forKey: .paragraphs)
    }
}
