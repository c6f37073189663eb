import Testing

@testable import SiteModel

@Suite struct StatementGroupingTests {
    /// A quote of `speaker` in `article`, dated `day`.
    private func quote(
        _ text: String, in article: String, at index: Int = 0, by speaker: String = "hillary-clinton", day: String? = "2016-03-01"
    ) -> StatementGrouping.Quote {
        StatementGrouping.Quote(place: QuotePlace(articleSlug: article, index: index), speakerSlug: speaker, text: text, day: day)
    }

    private func group(_ quotes: [StatementGrouping.Quote]) async -> [Statement] {
        await StatementGrouping.statements(of: quotes, jobs: 2)
    }

    private let speech =
        "We are going to make sure that every child in this country has the chance to live up to his or her God-given potential."

    @Test func sameWordsInTwoArticlesAreOneStatementWhateverThePunctuation() async {
        let statements = await group([
            quote(speech, in: "nyt-speech", day: "2016-03-02"),
            quote("we are going to make sure that every child in this country has the chance to live up to his or her God given potential", in: "fox-speech"),
        ])
        #expect(statements.count == 1)
        #expect(statements.first?.reports.map(\.articleSlug) == ["fox-speech", "nyt-speech"])
        #expect(statements.first?.id == "fox-speech-q-1")
        #expect(statements.first?.firstReported == "fox-speech")
    }

    @Test func aPartialQuoteIsAReportOfTheWholeStatement() async {
        let statements = await group([
            quote(speech, in: "nyt-speech"),
            quote("make sure that every child in this country", in: "cnn-speech", at: 4),
        ])
        #expect(statements.map(\.reports.count) == [2])
    }

    @Test func nearlyTheSameWordsAreOneStatement() async {
        let statements = await group([
            quote("It is a rigged system and we will not let them get away with it", in: "breitbart-a"),
            quote("It's a rigged system, and we won't let them get away with it", in: "politico-b"),
        ])
        #expect(statements.map(\.reports.count) == [2])
        // A passage with most words changed is another statement.
        let different = await group([
            quote("It is a rigged system and we will not let them get away with it", in: "breitbart-a"),
            quote("It is a fine system and nobody should try to change any of it", in: "politico-b"),
        ])
        #expect(different.isEmpty)
        // Under eight words, all but one word shared is a common phrase, not a statement.
        let phrase = await group([
            quote("in the history of business.", in: "wash-post-a"),
            quote("it was the biggest show in the history of CNN", in: "huff-post-b"),
        ])
        #expect(phrase.isEmpty)
    }

    @Test func shortFragmentsLinkOnlyWhenIdenticalAndReportedWithinDays() async {
        let identical = await group([quote("a rigged system", in: "a"), quote("A rigged system", in: "b")])
        #expect(identical.map(\.reports.count) == [2])
        // Months apart, the same phrase is said again; a single word is never a statement's words alone.
        let apart = await group([
            quote("a rigged system", in: "a", day: "2016-01-10"), quote("a rigged system", in: "b", day: "2016-01-24"),
            quote("a rigged system", in: "c", day: "2016-06-01"), quote("Absolutely,", in: "d"), quote("absolutely", in: "e"),
            quote("a rigged system", in: "f", day: nil),
        ])
        #expect(apart.map(\.reports) == [[QuotePlace(articleSlug: "a", index: 0), QuotePlace(articleSlug: "b", index: 0)]])
        // Under five words, a fragment inside a longer quote is too common to link on words alone.
        let inside = await group([quote("a rigged system", in: "a"), quote("This is a rigged system, folks, believe me", in: "b")])
        #expect(inside.isEmpty)
    }

    @Test func differentSpeakersNeverShareAStatement() async {
        let statements = await group([
            quote(speech, in: "nyt-speech", by: "hillary-clinton"),
            quote(speech, in: "fox-speech", by: "bernie-sanders"),
            quote("a rigged system", in: "a", by: "donald-trump"),
            quote("a rigged system", in: "b", by: "bernie-sanders"),
        ])
        #expect(statements.isEmpty)
    }

    @Test func quotesInOneArticleAloneAreNoStatement() async {
        // A headline repeating a quote of the body is one report, not two.
        let statements = await group([quote(speech, in: "nyt-speech", at: 0), quote(speech, in: "nyt-speech", at: 5)])
        #expect(statements.isEmpty)
    }

    @Test func reportsLinkedThroughAThirdAreOneStatement() async {
        // Two partial quotes of different halves share nothing, but the full quote holds both.
        let statements = await group([
            quote("We are going to make sure that every child in this country", in: "a", day: "2016-03-03"),
            quote("has the chance to live up to his or her God-given potential", in: "b", day: "2016-03-02"),
            quote(speech, in: "c", day: "2016-03-04"),
        ])
        #expect(statements.count == 1)
        #expect(statements.first?.reports.map(\.articleSlug) == ["b", "a", "c"])
    }

    @Test func wordHashesCompareWordsAsTheirKeysDo() {
        let text = "— “Don’t,” she said: ÉTÉ 2016 … dont été"
        let hashes = QuoteWords.hashes(of: text)
        #expect(hashes.count == QuoteWords(text).keys.count)
        #expect(hashes.count == 7)
        // "Don’t," and "dont", "ÉTÉ" and "été" are the same words; "she", "said" and "2016" are others.
        #expect(hashes[0] == hashes[5] && hashes[3] == hashes[6])
        #expect(Set(hashes).count == 5)
        #expect(QuoteWords.hashes(of: "— … “ ”").isEmpty)
        // Any white space parts words, as it does for their keys.
        let spaced = "Straße\u{00A0}über\u{2003}Ägypten\t12"
        #expect(QuoteWords.hashes(of: spaced).count == QuoteWords(spaced).keys.count)
        #expect(QuoteWords.hashes(of: spaced) == QuoteWords.hashes(of: "straße ÜBER ägypten 12"))
        #expect(QuoteWords.hashes(of: spaced) != QuoteWords.hashes(of: "strasse über ägypten 12"))
    }

    @Test func daysCountFromTheCivilCalendar() {
        #expect(StatementGrouping.dayNumber("1970-01-01") == 0)
        #expect(StatementGrouping.dayNumber("2016-03-01")! - StatementGrouping.dayNumber("2016-02-28")! == 2)
        #expect(StatementGrouping.dayNumber("2017-01-01")! - StatementGrouping.dayNumber("2016-01-01")! == 366)
        #expect(StatementGrouping.dayNumber("2016-13-01") == nil)
        #expect(StatementGrouping.dayNumber("March 2016") == nil)
    }

    @Test func idsAndReportsDoNotDependOnInputOrder() async {
        let quotes = [
            quote(speech, in: "nyt-speech", day: nil), quote(speech, in: "fox-speech", day: "2016-03-05"),
            quote(speech, in: "ap-speech", day: nil), quote("a rigged system", in: "x", at: 2, by: "donald-trump"),
            quote("a rigged system", in: "y", at: 1, by: "donald-trump"),
        ]
        let forwards = await group(quotes)
        let backwards = await group(quotes.reversed())
        #expect(forwards == backwards)
        // Dated reports come first; without every date known, nobody is named first.
        #expect(forwards.map(\.id) == ["fox-speech-q-1", "x-q-3"])
        #expect(forwards.first?.reports.map(\.articleSlug) == ["fox-speech", "ap-speech", "nyt-speech"])
        #expect(forwards.first?.firstReported == nil)
    }

    @Test func aStockPhraseOfManyQuotesIsNoEvidence() async {
        // Eighty different quotes of one speaker share "the American people deserve"; none of them
        // is a report of another.
        let quotes = (0..<80).map { number in
            quote("the American people deserve number \(number) of things like item \(number * 7)", in: "article-\(number)")
        }
        #expect(await group(quotes).isEmpty)
    }

    @Test func hostileQuotesAreGroupedWithoutAligningThem() async {
        // Two quotes of 2,000 words are too long to align; a shared passage still links them.
        let long = (0..<2_000).map { "word\($0)" }.joined(separator: " ")
        let statements = await group([quote(long, in: "a"), quote("prefix " + long, in: "b"), quote("— … “ ”", in: "c")])
        #expect(statements.map(\.reports.count) == [2])
    }
}

@Suite struct WordDiffTests {
    @Test func changedAddedAndDroppedWordsAreTold() throws {
        let diff = try #require(
            WordDiff(report: "It's a rigged system, and we won't let them get away with it", reference: "It is a rigged system and we will not let them get away with it"))
        #expect(
            diff.segments == [
                .changed(from: "It is", to: "It's"), .same("a rigged system, and we"), .changed(from: "will not", to: "won't"),
                .same("let them get away with it"),
            ])
        #expect(diff.changesWording)
    }

    @Test func aPartialQuoteIsElidedNotChanged() throws {
        let diff = try #require(WordDiff(report: "every child in this country", reference: "We will make sure every child in this country thrives."))
        #expect(diff.segments == [.elided("We will make sure"), .same("every child in this country"), .elided("thrives.")])
        #expect(!diff.changesWording)
    }

    @Test func wordsBeyondTheReferenceAreNotChanges() throws {
        let diff = try #require(WordDiff(report: "Yes. We will make sure every child thrives, and more.", reference: "make sure every child thrives"))
        #expect(diff.segments == [.beyond("Yes. We will"), .same("make sure every child thrives,"), .beyond("and more.")])
        #expect(!diff.changesWording)
    }

    @Test func aLoneCommonWordAtTheEdgeIsNotAPassageBothQuote() throws {
        let diff = try #require(
            WordDiff(report: "In Tulsa, an unarmed man with his hands in the air.", reference: "How many times do we have to see this in our country?"))
        #expect(
            diff.segments == [
                .elided("How many times do we have to see this in our country?"), .beyond("In Tulsa, an unarmed man with his hands in the air."),
            ])
        #expect(!diff.changesWording)
        let edged = try #require(WordDiff(report: "To build an economy that works for everyone", reference: "make sure our economy works for everyone"))
        #expect(edged.segments == [.changed(from: "make sure our economy", to: "To build an economy that"), .same("works for everyone")])
    }

    @Test func punctuationAndCapitalsAreNotChanges() throws {
        let diff = try #require(WordDiff(report: "we will not back down", reference: "We will not — back down!"))
        #expect(diff.segments == [.same("we will not back down")])
    }
}
