import Articles
import Attribution
import Content
import Testing

/// Text that means something to Markdown, HTML or templates comes back exactly as written.
@Suite struct HostileTextTests {
    static let paragraphs: [String] = [
        "*not emphasis* and _not either_ and **nor this** and __this__",
        "[a](javascript:alert(1)) and [b][c] and ![img](x.png) and [^1] and <https://x.org>",
        "<script>alert('x')</script> <b onclick=\"x\">bold</b> <!-- comment -->",
        "back\\slash \\* \\\\ and ending with a backslash\\",
        "| a | b |",
        "| --- | --- |",
        "# not a heading",
        "### also not",
        "> not a block quote",
        "- not a list",
        "+ nor this",
        "* nor this one",
        "1. not a numbered list",
        "2) nor this",
        "2024. A year, not a list",
        "---",
        "***",
        "===",
        "    four spaces are not code",
        "\tneither is a tab",
        "trailing spaces stay   ",
        "```",
        "~~~ fences ~~~ and ~strike~",
        "{{ mustache }} and {{{ triple }}} and {{#section}}",
        "&amp; &lt; &#65; &copy; AT&T Q&A",
        "line one\nline two\n\nafter a blank line",
        "[label]: /not-a-definition \"title\"",
        "   [x]: /still-not",
        "emoji 👩🏽‍💻 and combining é and RTL שלום and NBSP\u{00A0}here",
        "controls \u{01}\u{1B}[31m and \u{7F} and \u{85} and \u{2028} and \u{FEFF}",
        "<div>",
        "*",
        "1.",
        "#",
        "\\",
        "`code` and ``double``",
        "www.example.com and https://example.com and user@example.com",
        "'single' \"double\" “curly” ‘curly single’ «guillemets»",
        "<?php echo 1; ?> <![CDATA[ x ]]>",
        "title: not front matter",
        "---\nfake: front matter\n---",
    ]

    @Test func everyHostileParagraphComesBack() throws {
        var builder = ArticleBuilder(title: "# *Title* with [brackets] & <tags> 'quotes' {{x}}")
        for paragraph in Self.paragraphs { builder.paragraph(paragraph) }
        let article = builder.article
        let markdown = AnnotatedMarkdown.write(article: article, annotations: Annotations(quotes: [], speakers: []))
        let document = try AnnotatedMarkdown.read(markdown, slug: "test", path: "test.md")
        #expect(document.title == article.title.text)
        #expect(document.paragraphs.count == Self.paragraphs.count)
        for (read, written) in zip(document.paragraphs, Self.paragraphs) {
            #expect(read == written)
        }
        #expect(document.quotes.isEmpty)
        #expect(document.mentions.isEmpty)
    }

    @Test func hostileQuotesComeBackWithTheirSpeakers() throws {
        var builder = ArticleBuilder(title: "Hostile quotes")
        builder.paragraph("He said “<script>alert(1)</script>][x](javascript:alert(2))” and left.")
        builder.paragraph("“*Really* [sure] \\ | `code` {{ x }},” said [Ms] O'Neill.")
        builder.paragraph("A scare “quote” here and “another” there.")
        builder.paragraph("\"# Heading-like\" she said.")
        builder.quote(
            "<script>alert(1)</script>][x](javascript:alert(2))", inParagraph: 0, by: "o-neill", mention: "He")
        builder.quote("*Really* [sure] \\ | `code` {{ x }},", inParagraph: 1, by: "o-neill", mention: "[Ms] O'Neill")
        builder.quote("quote", inParagraph: 2, by: nil)
        builder.quote("another", inParagraph: 2, by: "pentagon")
        builder.quote("# Heading-like", inParagraph: 3, by: "o-neill", mention: "she")
        let speakers = [
            Speaker(
                id: "o-neill", name: "Siobhán \"Sam\" O'Neill [MP] \\ <b>", kind: .person, role: "Role: \"x\" & y",
                aliases: ["O'Neill", "Sam: \"the\" boss"]),
            Speaker(id: "pentagon", name: "Pentagon", kind: .organization),
        ]
        let annotations = Annotations(quotes: builder.quotes, speakers: speakers)
        let markdown = AnnotatedMarkdown.write(article: builder.article, annotations: annotations)
        let document = try AnnotatedMarkdown.read(markdown, slug: "test", path: "test.md")
        #expect(document.paragraphs == builder.article.paragraphs.map(\.text))
        #expect(document.quotes.map(\.text) == builder.quotes.map(\.text))
        #expect(document.quotes.map(\.speakerID) == ["o-neill", "o-neill", nil, "pentagon", "o-neill"])
        #expect(document.quotes.map(\.paragraph) == [0, 1, 2, 2, 3])
        #expect(document.speakers == speakers)
        #expect(document.mentions.map(\.text) == ["He", "[Ms] O'Neill", "she"])
        #expect(document.mentions.allSatisfy { $0.speakerID == "o-neill" })
        // The brackets are escaped, so no link to javascript: exists in the Markdown.
        #expect(markdown.contains(#"\]\[x\](javascript:alert(2))"#))
        #expect(!markdown.replacingOccurrences(of: #"\]("#, with: "").contains("]("))
    }

    @Test func paragraphStartingWithAMentionAndColonIsNoDefinition() throws {
        var builder = ArticleBuilder(title: "“Go home”: Khan")
        builder.paragraph("Khan: “Go home,” he told them.")
        builder.quote("Go home,", inParagraph: 0, by: "khan", mention: "Khan")
        let speakers = [Speaker(id: "khan", name: "Khan", kind: .person)]
        let markdown = AnnotatedMarkdown.write(
            article: builder.article, annotations: Annotations(quotes: builder.quotes, speakers: speakers))
        #expect(markdown.contains("\n[Khan][khan]: [“Go home,”][khan] he told them.\n"))
        let document = try AnnotatedMarkdown.read(markdown, slug: "test", path: "test.md")
        #expect(document.title == "“Go home”: Khan")
        #expect(document.paragraphs == ["Khan: “Go home,” he told them."])
        #expect(document.quotes.map(\.text) == ["Go home,"])
        #expect(document.mentions.map(\.text) == ["Khan"])
    }

    @Test func oddSpeakerIDsAndFieldsComeBack() throws {
        var builder = ArticleBuilder(title: "Odd ids")
        builder.paragraph("“Yes,” said one. “No,” said two. “Maybe,” said three.")
        builder.quote("Yes,", inParagraph: 0, by: "true")
        builder.quote("No,", inParagraph: 0, by: "Two Words/../x")
        builder.quote("Maybe,", inParagraph: 0, by: "123")
        let speakers = [
            Speaker(id: "true", name: "True", kind: .person),
            Speaker(id: "Two Words/../x", name: "Two", kind: .organization),
            Speaker(id: "123", name: "null", kind: .person, role: "~"),
        ]
        var article = builder.article
        article.kicker = "null"
        article.source = "yes"
        article.date = "2024-01-05"
        article.topics = ["~", "1", "[x]", "a: b", "- c"]
        article.related = [RelatedLink(kicker: nil, title: "# Related: \"x\""), RelatedLink(kicker: "K", title: "'t'")]
        article.standfirst = TextBlock(
            text: "'Standfirst' with ''two'' quotes: and # marks", range: TextRange(start: 10_000, end: 10_045))
        let markdown = AnnotatedMarkdown.write(
            article: article, annotations: Annotations(quotes: builder.quotes, speakers: speakers))
        let document = try AnnotatedMarkdown.read(markdown, slug: "test", path: "test.md")
        #expect(document.speakers == speakers)
        #expect(document.quotes.map(\.speakerID) == ["true", "Two Words/../x", "123"])
        #expect(document.kicker == "null")
        #expect(document.source == "yes")
        #expect(document.date == "2024-01-05")
        #expect(document.topics == article.topics)
        #expect(document.related == article.related)
        #expect(document.standfirst == article.standfirst?.text)
    }
}
