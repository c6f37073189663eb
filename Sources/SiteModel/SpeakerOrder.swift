import Attribution
import Foundation

/// The order of the people and organisations index: people by surname ("Babar Iftikhar" under
/// I), organisations by name without a leading "The" ("The New York Times" under N).
package enum SpeakerOrder {
    /// `speakers` in index order; ties by slug, so the order never depends on the input's.
    package static func sorted(_ speakers: [SpeakerNode]) -> [SpeakerNode] {
        // Each key is worked out once, not at every comparison.
        speakers.map { (key(name: $0.name, kind: $0.kind), $0) }.sorted { ($0.0, $0.1.slug) < ($1.0, $1.1.slug) }.map(\.1)
    }

    /// What a speaker is filed under, folded for sorting: the surname first for a person.
    static func key(name: String, kind: SpeakerKind) -> String {
        var words = name.split(separator: " ")
        if kind == .organization {
            if words.count > 1, words[0].lowercased() == "the" { words.removeFirst() }
        } else if let surname = surnameStart(of: words) {
            words = Array(words[surname...] + words[..<surname])
        }
        return words.joined(separator: " ").folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The letter a speaker is listed under, "#" for anything but a letter A–Z.
    package static func initial(name: String, kind: SpeakerKind) -> String {
        guard let first = key(name: name, kind: kind).first, first.isLetter, first.isASCII else { return "#" }
        return first.uppercased()
    }

    /// Where a person's surname starts: the last word that is not a generation suffix ("Jr.",
    /// "III"), with the lowercase particles before it ("de Blasio"); nil for a single word.
    private static func surnameStart(of words: [Substring]) -> Int? {
        var last = words.count - 1
        while last > 0, suffixes.contains(words[last].lowercased().filter(\.isLetter)) { last -= 1 }
        guard last > 0 else { return nil }
        var start = last
        while start > 1, let first = words[start - 1].first, first.isLowercase { start -= 1 }
        return start
    }

    private static let suffixes: Set<String> = ["jr", "sr", "ii", "iii", "iv"]
}
