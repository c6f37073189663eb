import Testing

@testable import Attribution

/// A quote left open at the end of a paragraph goes on in the next one, which opens with a
/// quotation mark: both parts are one person's words.
@Suite struct ContinuedQuoteTests {
    /// From a BBC report on a row over arts funding in Wales: the painter's quote runs over two
    /// paragraphs, and the minister answers her later in the second one.
    static let paragraphs = [
        "Shani Rhys James is worried that the Arts Council of Wales may be taken over by the Welsh Assembly Government.",
        "She added: \"It would be a momentous change and devastating to the arts. It would set the arts scene back 60 years, because I really don't think the government has the expertise. \"If you have the National Assembly taking control, I fear you are going to be going back to the dragons and leeks and the choirs.",
        "\"Wales has moved on. It is international now. It is not set back in How Green Was My Valley?\" Responding to Ms James' criticisms, Culture Minister Alun Pugh said: \"The structure of unelected quangos is under review and we have made no decisions.\"",
    ]

    @Test func aParagraphOpeningAQuoteContinuesTheQuoteLeftOpen() {
        let found = ArticleFixture.attribute(Self.paragraphs)
        #expect(found.map(\.speaker) == ["Shani Rhys James", "Shani Rhys James", "Shani Rhys James", "Alun Pugh"])
        #expect(found[2].rule == "continued-quote")
    }

    @Test func aStageDirectionInBracketsContinuesNobody() {
        let found = ArticleFixture.attribute([
            "\"PENCE: Donald Trump is prepared to rebuild our military, reduce taxes, repeal Obamacare, and —.",
            "\"(CROSSTALK.)",
            "\"WALLACE: If I may, sir, because we've got limited time.",
        ])
        #expect(found.count == 3)
        #expect(found[1].speaker == nil)
    }
}
