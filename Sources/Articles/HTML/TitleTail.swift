/// Takes the site's name off a page title: "Headline - Site Name", "Headline | Section | Site",
/// "Site: Headline".
enum TitleTail {
    private static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " // ", " ~ "]

    /// `title` without the outlet's name (or a section name after the headline); when one of the
    /// page's `headings` (`<h1>`) is the title without a tail, that heading.
    static func removed(from title: String, outlet: String?, headings: [String]) -> String {
        if let heading = headings.first(where: { heading in
            heading.count >= 15 && heading != title && (title.hasPrefix(heading) || title.hasSuffix(heading))
                && !names(heading, outlet: outlet)
        }) {
            return heading
        }
        var title = title
        // A title may stack several tails ("Headline | Politics | Site"); each goes while it names the site.
        while let (head, tail) = lastSplit(title) {
            if names(tail, outlet: outlet) || (title.contains(" | ") && wordCount(tail) <= 4 && wordCount(head) >= 3) {
                title = head
            } else if names(head, outlet: outlet) {
                title = tail
            } else {
                break
            }
        }
        if let (head, tail) = firstSplit(title, separators: [": ", " | "]), names(head, outlet: outlet) { title = tail }
        return title
    }

    /// What followed `headline` in `title`, without the separator, when the title ends with a tail.
    static func tail(of title: String, after headline: String) -> String? {
        guard title.hasPrefix(headline) else { return nil }
        var rest = Substring(title.dropFirst(headline.count))
        for separator in separators where rest.hasPrefix(separator) {
            rest = rest.dropFirst(separator.count)
            if let cut = lastSplit(String(rest)) { return cut.tail }
            return rest.isEmpty ? nil : String(rest)
        }
        return nil
    }

    private static func lastSplit(_ title: String) -> (head: String, tail: String)? {
        let cuts = separators.compactMap { title.range(of: $0, options: .backwards) }
        guard let cut = cuts.max(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        let head = String(title[..<cut.lowerBound])
        let tail = String(title[cut.upperBound...])
        return head.isEmpty || tail.isEmpty ? nil : (head, tail)
    }

    private static func firstSplit(_ title: String, separators: [String]) -> (head: String, tail: String)? {
        let cuts = separators.compactMap { title.range(of: $0) }
        guard let cut = cuts.min(by: { $0.lowerBound < $1.lowerBound }) else { return nil }
        return (String(title[..<cut.lowerBound]), String(title[cut.upperBound...]))
    }

    /// True when `part` is the outlet's name, loosely: case, spaces and punctuation aside, or a
    /// domain ("nytimes.com") of it.
    private static func names(_ part: String, outlet: String?) -> Bool {
        guard let outlet = outlet.map(squeezed) else { return false }
        let part = squeezed(part)
        guard !part.isEmpty, !outlet.isEmpty else { return false }
        return part == outlet || part.hasPrefix(outlet) || outlet.hasPrefix(part) && part.count >= 3
            || part.hasSuffix("com") && part.dropLast(3).hasPrefix(outlet.prefix(5))
    }

    private static func squeezed(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
    }

    private static func wordCount(_ text: String) -> Int {
        text.split(separator: " ").count
    }
}

import Foundation
