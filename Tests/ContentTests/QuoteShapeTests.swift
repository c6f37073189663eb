import Articles
import Attribution
import Content
import Testing

/// Quotes over several paragraphs, unclosed quotes, quotes in the headline, and line numbers.
@Suite struct QuoteShapeTests {
    @Test func quoteOverThreeParagraphsIsOneQuote() throws {
        var builder = ArticleBuilder(title: "Long quote")
        builder.paragraph("The minister said: “We will build the line.")
        builder.paragraph("“It will take ten years and cost ‘a lot’.")
        builder.paragraph("“But it will be worth it,” she said. “Short one,” she added.")
        builder.quote(from: "We will", inParagraph: 0, to: "worth it,", inParagraph: 2, by: "minister")
        builder.quote("Short one,", inParagraph: 2, by: "minister")
        let speakers = [Speaker(id: "minister", name: "The Minister", kind: .person)]
        let markdown = AnnotatedMarkdown.write(
            article: builder.article, annotations: Annotations(quotes: builder.quotes, speakers: speakers))
        #expect(markdown.contains("[“We will build the line.][minister continues]"))
        #expect(markdown.contains("[“It will take ten years and cost ‘a lot’.][minister continues]"))
        #expect(markdown.contains("[minister continues]: ../people/minister/#continues \"The Minister\""))
        let document = try AnnotatedMarkdown.read(markdown, slug: "long", path: "long.md")
        #expect(
            document.quotes.map(\.text) == [
                "We will build the line.\nIt will take ten years and cost ‘a lot’.\nBut it will be worth it,",
                "Short one,",
            ])
        #expect(document.quotes.map(\.speakerID) == ["minister", "minister"])
        #expect(document.quotes.map(\.paragraph) == [0, 2])
        #expect(document.paragraphs == builder.article.paragraphs.map(\.text))
    }

    @Test func unclosedQuoteKeepsItsOwnLastMark() throws {
        var builder = ArticleBuilder(title: "Unclosed")
        builder.paragraph("Crowds were chanting “Lock her up! “Now!”")
        builder.paragraph("“Never closed at all")
        builder.quote("Lock her up! “Now!”", inParagraph: 0, by: nil)
        builder.quote("Never closed at all", inParagraph: 1, by: nil)
        let markdown = AnnotatedMarkdown.write(
            article: builder.article, annotations: Annotations(quotes: builder.quotes, speakers: []))
        #expect(markdown.contains("[“Lock her up! “Now!”][no speaker unclosed]"))
        #expect(markdown.contains("[no speaker unclosed]: #unclosed \"No speaker\""))
        let document = try AnnotatedMarkdown.read(markdown, slug: "u", path: "u.md")
        #expect(document.quotes.map(\.text) == ["Lock her up! “Now!”", "Never closed at all"])
        #expect(document.quotes.map(\.speakerID) == [nil, nil])
    }

    @Test func quotesInTheHeadlineAndStandfirstAreAnnotated() throws {
        let title = "Khan: “We will not bow”"
        let standfirst = "The *PM* said it was a “conspiracy”."
        let titleBlock = TextBlock(text: title, range: TextRange(start: 0, end: title.unicodeScalars.count))
        let standfirstBlock = TextBlock(
            text: standfirst, range: TextRange(start: 30, end: 30 + standfirst.unicodeScalars.count))
        let article = Article(name: "h", title: titleBlock, standfirst: standfirstBlock, paragraphs: [])
        let quotes = [
            Quote(
                range: TextRange(start: 7, end: 22), text: "We will not bow", speakerID: "imran-khan",
                mention: Mention(range: TextRange(start: 0, end: 4), text: "Khan"), confidence: 1, rule: "test"),
            Quote(
                range: TextRange(start: 54, end: 64), text: "conspiracy", speakerID: nil, confidence: 1, rule: "test"),
        ]
        let speakers = [Speaker(id: "imran-khan", name: "Imran Khan", kind: .person)]
        let markdown = AnnotatedMarkdown.write(
            article: article, annotations: Annotations(quotes: quotes, speakers: speakers))
        #expect(markdown.contains("title: '[Khan][imran-khan]: [“We will not bow”][imran-khan]'"))
        let document = try AnnotatedMarkdown.read(markdown, slug: "h", path: "h.md")
        #expect(document.title == title)
        #expect(document.standfirst == standfirst)
        #expect(document.quotes.map(\.text) == ["We will not bow", "conspiracy"])
        #expect(document.quotes.map(\.speakerID) == ["imran-khan", nil])
        #expect(document.quotes.map(\.paragraph) == [nil, nil])
        #expect(document.quotes.map(\.line) == [2, 3])
        #expect(document.mentions == [DocumentMention(text: "Khan", speakerID: "imran-khan", line: 2)])
    }

    @Test func linesPointIntoTheFile() throws {
        let markdown = """
            ---
            title: 'Lines'
            speakers:
              a: {name: "A", kind: person}
            ---

            First paragraph with [“a quote”][a].

            Second paragraph with [A][a] and
            a soft break before [“another”][a].

            [a]: ../people/a/ "A"
            """
        let document = try AnnotatedMarkdown.read(markdown, slug: "lines", path: "lines.md")
        #expect(document.quotes.map(\.line) == [7, 10])
        #expect(document.mentions.map(\.line) == [9])
        #expect(
            document.paragraphs == [
                "First paragraph with “a quote”.", "Second paragraph with A and a soft break before “another”.",
            ])
        #expect(document.quotes.map(\.index) == [0, 1])
    }

    @Test func theHeadlineUsesDefinitionsIndentedUpToThreeSpacesWithEscapedLabels() throws {
        let markdown = """
            ---
            title: '[“We are ready”][team\\]x] says the team, [“or not”][b]'
            speakers:
              team]x: {name: "The team", kind: organization}
              b: {name: "B", kind: person}
            ---

            [“A paragraph that opens with a quote link is not a definition”][b]: it only looks like one.

               [team\\]x]: ../people/team%5Dx/ "The team"
            [b]: ../people/b/ "B"
            """
        let document = try AnnotatedMarkdown.read(markdown, slug: "defs", path: "defs.md")
        #expect(document.title == "“We are ready” says the team, “or not”")
        #expect(document.quotes.map(\.speakerID) == ["team]x", "b", "b"])
    }

    @Test func handWrittenLinksFollowTheSameRules() throws {
        let markdown = """
            ---
            title: Hand written
            date: 2024-03-01
            topics: Politics
            speakers:
              a: {name: A}
            ---

            An [inline quote "link"](../people/a) is a mention, a ["straight quote"](../people/a/) is a quote,
            [“nobody's”](#) is unattributed, and [an ordinary link](https://example.org) and [“quoted”](https://x.org) are neither.

            > [“Inside a block quote”](../people/a/)

            - [“In a list”][a]

            [a]: ../people/a/
            """
        let document = try AnnotatedMarkdown.read(markdown, slug: "hand", path: "hand.md")
        #expect(document.quotes.map(\.text) == ["straight quote", "nobody's", "Inside a block quote", "In a list"])
        #expect(document.quotes.map(\.speakerID) == ["a", nil, "a", "a"])
        #expect(document.mentions.map(\.text) == ["inline quote \"link\""])
        #expect(document.date == "2024-03-01")
        #expect(document.topics == ["Politics"])
        #expect(document.speakers == [Speaker(id: "a", name: "A", kind: .person)])
        #expect(document.paragraphs.count == 3)
    }
}
