import Articles
import Attribution
import Content
import Foundation
import Testing

/// Quotes attributed with low confidence are written with an `unsure` label, read back as
/// uncertain, and a person confirms or doubts one by editing the label.
@Suite struct UnsureAttributionTests {
    static let speakers = [Speaker(id: "minister", name: "The Minister", kind: .person)]

    /// Two quotes by the minister, the second with `confidence`; the second also runs on into a
    /// third paragraph when `continuing`.
    static func markdown(confidence: Double, continuing: Bool = false) -> (String, Article) {
        var builder = ArticleBuilder(title: "Unsure")
        builder.paragraph("“We will build the line,” the minister said.")
        builder.paragraph("Later someone added: “It may take ten years.")
        builder.paragraph("“Or more.” Nobody said who.")
        builder.quote("We will build the line,", inParagraph: 0, by: "minister")
        if continuing {
            builder.quote(from: "It may", inParagraph: 1, to: "Or more.", inParagraph: 2, by: "minister")
        } else {
            builder.quote("It may take ten years.", inParagraph: 1, by: "minister")
        }
        var quotes = builder.quotes
        quotes[1].confidence = confidence
        let markdown = AnnotatedMarkdown.write(
            article: builder.article, annotations: Annotations(quotes: quotes, speakers: speakers))
        return (markdown, builder.article)
    }

    @Test func lowConfidenceQuoteIsWrittenAndReadAsUnsure() throws {
        let (markdown, _) = Self.markdown(confidence: 0.4)
        #expect(markdown.contains("[“It may take ten years.][minister unsure]"))
        #expect(markdown.contains(#"[minister unsure]: ../people/minister/ "The Minister (unsure)""#))
        #expect(markdown.contains("[“We will build the line,”][minister]"))
        let document = try AnnotatedMarkdown.read(markdown, slug: "unsure", path: "unsure.md")
        #expect(document.quotes.map(\.isUncertain) == [false, true])
        #expect(document.quotes.map(\.speakerID) == ["minister", "minister"])
        #expect(document.quotes[1].text == "It may take ten years.")
    }

    @Test func confidentQuotesWriteNoUnsureLabel() throws {
        let (markdown, _) = Self.markdown(confidence: Annotations.reviewThreshold)
        #expect(!markdown.contains("unsure"))
        let document = try AnnotatedMarkdown.read(markdown, slug: "sure", path: "sure.md")
        #expect(document.quotes.allSatisfy { !$0.isUncertain })
    }

    @Test func unsureQuoteOverTwoParagraphsIsOneUnsureQuote() throws {
        let (markdown, _) = Self.markdown(confidence: 0.2, continuing: true)
        #expect(markdown.contains("[minister continues unsure]: ../people/minister/#continues \"The Minister (unsure)\""))
        let document = try AnnotatedMarkdown.read(markdown, slug: "long", path: "long.md")
        #expect(document.quotes.count == 2)
        #expect(document.quotes[1].text == "It may take ten years.\nOr more.")
        #expect(document.quotes[1].isUncertain)
    }

    @Test func confirmingIsDroppingTheWordFromTheLabel() throws {
        let (markdown, _) = Self.markdown(confidence: 0.4)
        let confirmed = markdown.replacingOccurrences(of: "][minister unsure]", with: "][minister]")
        let document = try AnnotatedMarkdown.read(confirmed, slug: "confirmed", path: "confirmed.md")
        #expect(document.quotes.map(\.isUncertain) == [false, false])
    }

    @Test func filesWrittenBeforeTheConventionReadAsSure() throws {
        let old = """
            ---
            title: 'Old'
            speakers:
              minister: {name: "The Minister", kind: person}
            ---

            [“We will build the line,”][minister] the minister said.

            [minister]: ../people/minister/ "The Minister"
            [no speaker]: # "No speaker"

            """
        let document = try AnnotatedMarkdown.read(old, slug: "old", path: "old.md")
        #expect(document.quotes.count == 1)
        #expect(document.quotes[0].isUncertain == false)
    }

    @Test func aQuoteToNobodyIsNeverUnsure() throws {
        let text = """
            ---
            title: 'Nobody'
            ---

            A so-called [“deal”][no speaker odd] was made.

            [no speaker odd]: # "No speaker (unsure)"

            """
        let document = try AnnotatedMarkdown.read(text, slug: "nobody", path: "nobody.md")
        #expect(document.quotes.count == 1)
        #expect(document.quotes[0].speakerID == nil)
        #expect(!document.quotes[0].isUncertain)
    }
}
