@testable import SiteModel
import Testing

/// Reading the pronouns and titles by bytes must count what splitting the lower-cased sentence
/// into words of letters counts, whatever characters stand around them.
@Suite struct GenderEvidenceTests {
    static let sentences = [
        "“I have a plan,” Mrs. Clinton said at a rally, where she campaigned on Monday.",
        "“We will win,” he said, and his aides agreed with him.",
        "HE SAID IT HIMSELF, Mr Trump’s aide told HER.",
        "Ms. Wren, 45, said she herself would vote — “hers is the seat.”",
        "José said he would go; Zoë said she would not.",
        "éhe hée héé he\u{301} \u{301}he she\u{308}s",
        "ÉHE said: «he» and „she“ and ‹him›.",
        "he\u{200D}she him\u{00A0}her mrs\u{2019}s ms\u{2013}mr",
        "\u{0D4E} he \u{0600}she \u{0130}him h\u{0130}m \u{212A}his",
        "heshe himselfish mrsx smr hers2 2his _her_ he",
        "\r\nhe\r\nshe\r\n", "", "he", "ΣHE said she",
    ]

    @Test func bytesCountWhatCharacterWordsCount() {
        for sentence in Self.sentences {
            var read = GenderEvidence()
            read.read(sentence)
            #expect(read == Self.characterReading(sentence), "\(sentence)")
        }
    }

    @Test func curlyQuotesAndAccentsLeaveTheWordsAroundThemCounted() {
        var evidence = GenderEvidence()
        evidence.read("“Vamos,” José Pérez said, and he added — “¡ya!” — that his team would win.")
        #expect(evidence.leaning == .male)
        var other = GenderEvidence()
        other.read("«Oui», a déclaré Mme Lefèvre; she’d said so before, and “her” view is hers.")
        #expect(other.leaning == .female)
        var inside = GenderEvidence()
        inside.read("théir chérish shé hé mrś")
        #expect(inside.leaning == nil)
    }

    /// The evidence of `sentence` read the slow way: lower-cased, split at every character that
    /// is not a letter, written back as plain words.
    static func characterReading(_ sentence: String) -> GenderEvidence {
        let male: Set<Substring> = ["he", "him", "his", "himself", "mr"]
        let female: Set<Substring> = ["she", "her", "hers", "herself", "mrs", "ms"]
        let words = sentence.lowercased().split(whereSeparator: { !$0.isLetter })
        var evidence = GenderEvidence()
        evidence.read(
            String(repeating: "he ", count: words.filter(male.contains).count)
                + String(repeating: "she ", count: words.filter(female.contains).count))
        return evidence
    }
}
