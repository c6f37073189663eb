import Articles
import Testing

@testable import Attribution

/// Quote marks: curly, straight, mixed, two apostrophes, nesting and unbalanced marks.
@Suite struct QuoteScannerTests {
    private func quotes(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return QuoteScanner(scalars: scalars).quotes().map { span in
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.innerStart..<span.innerEnd])
            return String(view)
        }
    }

    @Test func pairsMixedMarks() {
        let text = "it had issued “requisite manoeuvres” of foreign governments through “diplomatic channels\"."
        #expect(quotes(text) == ["requisite manoeuvres", "diplomatic channels"])
    }

    @Test func ignoresSingleQuotesAndApostrophes() {
        let text = "who had been critical of Washington’s ‘War on Terror’. Blinken called Pakistan an “important partner”."
        #expect(quotes(text) == ["important partner"])
    }

    @Test func pairsTwoApostrophes() {
        let text = "''People turn to Facebook to check on loved ones,'' Ms. White said."
        #expect(quotes(text) == ["People turn to Facebook to check on loved ones,"])
    }

    @Test func keepsNestedQuotesInsideTheOuterOne() {
        let text = "“As a young, Hispanic woman, I’d rather live in what he calls “hell” than live in a world where he is president.” ― Adriana Rodarte"
        #expect(quotes(text).count == 1)
    }

    @Test func anOpeningMarkAfterASentenceEndInsideAQuoteStartsTheNextQuotedParagraph() {
        let text = "Lib Dem home affairs spokesman Mark Oaten said: \"This has all the signs of Michael Howard overruling colleagues' concerns over ID cards. \"The Tories should have the courage to try and change public opinion not follow it.\""
        let scalars = Array(text.unicodeScalars)
        let spans = QuoteScanner(scalars: scalars).quotes()
        #expect(
            quotes(text) == [
                "This has all the signs of Michael Howard overruling colleagues' concerns over ID cards.",
                "The Tories should have the courage to try and change public opinion not follow it.",
            ])
        #expect(spans.map(\.unclosed) == [true, false])
    }

    @Test func runsAnUnclosedQuoteToTheEndOfItsBlock() {
        let text = "\"In an illustration of the lack of enthusiasm, just 24 percent gave $200 or less."
        #expect(quotes(text) == ["In an illustration of the lack of enthusiasm, just 24 percent gave $200 or less."])
    }

    @Test func readsAWrongWayOpeningMarkByItsNeighbours() {
        let text = "”Fear. I am truly afraid that Donald Trump will win.” ― Edwin G. Monroy"
        #expect(quotes(text) == ["Fear. I am truly afraid that Donald Trump will win."])
    }
}
