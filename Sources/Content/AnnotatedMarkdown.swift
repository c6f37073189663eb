import Articles
import Attribution
import Foundation

/// Annotated Markdown: the editable source of truth for one article in `content/<slug>.md`.
///
/// The file is standard GFM with YAML front matter, so any Markdown viewer shows it well:
///
/// ```markdown
/// ---
/// title: 'Pakistan Army Claims It Backed Imran Khan''s Visit to Russia'
/// kicker: "Russia"
/// source: "Sputnik"
/// topics: ["Russia"]
/// standfirst: 'The US has made several overtures …'
/// speakers:
///   babar-iftikhar: {name: "Babar Iftikhar", kind: person, role: "Pakistani Army spokesperson", aliases: ["Iftikhar"]}
/// related:
///   - {kicker: "Russia", title: "Pakistan Opens Graft Probe …"}
/// checksum: fnv1a64-0123456789abcdef
/// ---
///
/// [“We told the government that the PM should go ahead with the visit,”][babar-iftikhar] [Iftikhar][babar-iftikhar], who heads …
///
/// [babar-iftikhar]: ../people/babar-iftikhar/ "Babar Iftikhar"
/// [no speaker]: # "No speaker"
/// ```
///
/// `title` and `standfirst` are inline Markdown in single-quoted YAML, so quotes in a headline
/// are annotated like quotes in the body; the other fields are plain double-quoted strings.
/// Every paragraph is one line; Markdown-significant characters are escaped so that reading
/// gives back the same text (`MarkdownEscaping`). Links follow `AnnotatedLink`: quotes and
/// mentions are reference links to speaker pages, quotes attributed to nobody link to
/// `[no speaker]`, and a quote over several paragraphs is one link per paragraph, all but the
/// last marked `continues`. A quote attributed with confidence under
/// `Annotations.reviewThreshold` gets the label `[ID unsure]`, whose definition's title ends in
/// ` (unsure)`. Correcting an attribution is changing one label.
///
/// Limits: links cannot nest, so of two overlapping quotes only the first is written, and a
/// mention inside a quote is not linked; a quote whose source has no opening mark right before
/// it is read back as a mention; NUL characters come back as U+FFFD.
///
/// `checksum` is the FNV-1a hash of the file without that line; a file whose text no longer
/// matches it was edited by a person and is never overwritten.
public enum AnnotatedMarkdown {
    /// The annotated Markdown for one article (front matter + body), deterministic.
    ///
    /// Quotes whose speaker is missing from `annotations.speakers` get a front matter entry
    /// named after the id, so the file always reads back. Empty paragraphs are left out.
    public static func write(article: Article, annotations: Annotations) -> String {
        let speakers = declaredSpeakers(annotations)
        var writer = LineWriter(annotations: annotations)
        var text = "---\n"
        text += "title: " + YAMLWriting.singleQuoted(writer.line(article.title)) + "\n"
        if let kicker = article.kicker { text += "kicker: " + YAMLWriting.doubleQuoted(kicker) + "\n" }
        if let source = article.source { text += "source: " + YAMLWriting.doubleQuoted(source) + "\n" }
        if let date = article.date { text += "date: " + YAMLWriting.doubleQuoted(date) + "\n" }
        if !article.topics.isEmpty { text += "topics: " + YAMLWriting.list(article.topics) + "\n" }
        if let standfirst = article.standfirst {
            text += "standfirst: " + YAMLWriting.singleQuoted(writer.line(standfirst)) + "\n"
        }
        if !speakers.isEmpty {
            text += "speakers:\n"
            for speaker in speakers { text += "  " + YAMLWriting.key(speaker.id) + ": " + speakerEntry(speaker) + "\n" }
        }
        if !article.related.isEmpty {
            text += "related:\n"
            for link in article.related {
                let kicker = link.kicker.map { "kicker: " + YAMLWriting.doubleQuoted($0) + ", " } ?? ""
                text += "  - {" + kicker + "title: " + YAMLWriting.doubleQuoted(link.title) + "}\n"
            }
        }
        var body = ""
        for paragraph in article.paragraphs where !paragraph.text.isEmpty {
            body += "\n" + writer.line(paragraph) + "\n"
        }
        body += "\n" + definitions(speakers: speakers, endings: writer.endings)
        let withoutChecksum = text + "---\n" + body
        return text + Checksum.line(for: withoutChecksum) + "---\n" + body
    }

    /// True when `file` (an existing content file) was changed by a person since Verbatim wrote it,
    /// so it must not be overwritten.
    ///
    /// A file without a checksum was written by a person. A missing file is not hand-edited; one
    /// that exists but cannot be read is treated as hand-edited, to be safe.
    public static func isHandEdited(_ file: String) -> Bool {
        guard FileManager.default.fileExists(atPath: file) else { return false }
        guard let data = FileManager.default.contents(atPath: file) else { return true }
        let text = String(decoding: data, as: UTF8.self)
        guard let (line, range) = checksumLine(in: text) else { return true }
        var withoutChecksum = text
        withoutChecksum.removeSubrange(range)
        return line != Checksum.line(for: withoutChecksum)
    }

    // MARK: - Writing

    /// Writes blocks as Markdown lines and remembers which speakers have quotes that continue.
    private struct LineWriter {
        /// The annotations sorted for finding each block's quotes and mentions quickly.
        let source: SpanSource
        /// The labels with a `continues` or `unclosed` ending or an unsure mark that quotes use, in order of use.
        private(set) var endings: [Span] = []
        /// The labels in `endings`, to test membership without walking the list.
        private var endingLabels: Set<String> = []

        init(annotations: Annotations) {
            self.source = SpanSource(annotations)
        }

        /// The block's text as one Markdown line, with its quotes and mentions linked.
        mutating func line(_ block: TextBlock) -> String {
            let scalars = Array(block.text.unicodeScalars)
            let spans = AnnotatedMarkdown.spans(in: block, scalars: scalars, source: source)
            for span in spans where (span.ending != .closed || span.isUncertain) && endingLabels.insert(span.label).inserted {
                endings.append(span)
            }
            return AnnotatedMarkdown.inline(scalars, spans: spans)
        }
    }

    /// The speakers to declare: those annotated, then any id a quote uses without a declaration.
    private static func declaredSpeakers(_ annotations: Annotations) -> [Speaker] {
        var speakers = annotations.speakers
        var known = Set(speakers.map(\.id))
        for quote in annotations.quotes {
            guard let id = quote.speakerID, known.insert(id).inserted else { continue }
            speakers.append(Speaker(id: id, name: id, kind: .person))
        }
        return speakers
    }

    private static func speakerEntry(_ speaker: Speaker) -> String {
        var fields = ["name: " + YAMLWriting.doubleQuoted(speaker.name), "kind: " + speaker.kind.rawValue]
        if let role = speaker.role { fields.append("role: " + YAMLWriting.doubleQuoted(role)) }
        if !speaker.aliases.isEmpty { fields.append("aliases: " + YAMLWriting.list(speaker.aliases)) }
        // Written only when false, so the front matter of named speakers reads as it always has.
        if !speaker.named { fields.append("named: false") }
        return "{" + fields.joined(separator: ", ") + "}"
    }

    /// The link reference definitions: every speaker (so any quote can be moved to any of them
    /// by changing its label), no speaker, and the `continues`, `unclosed` and unsure targets
    /// that quotes use.
    private static func definitions(speakers: [Speaker], endings: [Span]) -> String {
        var lines: [String] = []
        for speaker in speakers {
            let label = AnnotatedLink.label(speakerID: speaker.id, ending: .closed)
            lines.append(
                definition(
                    label: label, destination: AnnotatedLink.destination(ofSpeaker: speaker.id), title: speaker.name))
        }
        lines.append(definition(label: AnnotatedLink.noSpeakerLabel, destination: "#", title: noSpeakerTitle))
        for span in endings {
            let name = span.speakerID.flatMap { id in speakers.first { $0.id == id }?.name } ?? noSpeakerTitle
            let destination = AnnotatedLink.destination(speakerID: span.speakerID, ending: span.ending)
            let title = span.isUncertain ? name + AnnotatedLink.unsureMarker : name
            lines.append(definition(label: span.label, destination: destination, title: title))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The title of the `[no speaker]` definition, shown as a tooltip by Markdown viewers.
    private static let noSpeakerTitle = "No speaker"

    private static func definition(label: String, destination: String, title: String) -> String {
        "[\(label)]: \(destination) \"\(MarkdownEscaping.escapeTitle(title))\""
    }

    // MARK: - Checksum line

    /// The checksum line of the front matter and its range in `text`.
    static func checksumLine(in text: String) -> (String, Range<String.Index>)? {
        guard text.hasPrefix("---\n") else { return nil }
        var lineStart = text.index(text.startIndex, offsetBy: 4)
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n").map { text.index(after: $0) } ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            if line == "---\n" || line == "---" { return nil }
            if line.hasPrefix(Checksum.key + ": ") { return (String(line), lineStart..<lineEnd) }
            lineStart = lineEnd
        }
        return nil
    }
}
