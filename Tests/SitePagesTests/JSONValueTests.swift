import Foundation
@testable import SitePages
import Testing

/// The JSON the site writes into script elements decodes to the same text and cannot end the script.
@Suite struct JSONValueTests {
    static let hostile = [
        "</script><!-- x -->", "a \"quoted\" back\\slash", "tab\there\nnew line\r", "\u{0}\u{1}\u{1F}\u{7F}",
        "line\u{2028}para\u{2029}end", "\"\u{301}<\u{301}&amp;", "Ünïcödé “quotes” 🇵🇰 e\u{301}", "",
    ]

    @Test func everyStringComesBackUnchanged() throws {
        let value = JSONValue.object(
            Dictionary(uniqueKeysWithValues: Self.hostile.enumerated().map { ("k\($0.offset)\($0.element)", JSONValue.string($0.element)) }))
        let text = value.scriptSafeText
        let decoded = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
        #expect(decoded.count == Self.hostile.count)
        for (offset, string) in Self.hostile.enumerated() {
            #expect(decoded["k\(offset)\(string)"] == string)
        }
    }

    @Test func noTextCanEndTheScriptOrALine() {
        let text = JSONValue.array(Self.hostile.map(JSONValue.string)).scriptSafeText
        for forbidden: Unicode.Scalar in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n", "\r", "\u{0}"] {
            #expect(!text.unicodeScalars.contains(forbidden), "\(text) holds U+\(String(forbidden.value, radix: 16))")
        }
    }

    @Test func keysAreSortedSoEqualObjectsGiveEqualText() {
        let object = JSONValue.object(["b": .string("2"), "@type": .string("x"), "a": .array([.string("1")])])
        #expect(object.scriptSafeText == #"{"@type":"x","a":["1"],"b":"2"}"#)
    }

    @Test func prettyDataDecodesToTheSameStringsAndKeepsMarkupAsIs() throws {
        let texts = JSONValue.Elements(count: Self.hostile.count) { .string(Self.hostile[$0]) }
        let flags = JSONValue.Elements(count: 2) { .object(["on": .bool($0 == 0), "count": .integer(-$0)]) }
        let data = Data(JSONValue.objectOfArrays(["texts": texts, "flags": flags], pretty: true))
        let decoded = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(decoded["texts"] as? [String] == Self.hostile)
        let decodedFlags = try #require(decoded["flags"] as? [[String: Any]])
        #expect(decodedFlags.map { $0["on"] as? Bool } == [true, false])
        #expect(decodedFlags.map { $0["count"] as? Int } == [0, -1])
        #expect(String(decoding: data, as: UTF8.self).contains("</script><!-- x -->"))
    }

    @Test func prettyDataIndentsLikeJSONEncoder() {
        let members = [
            "b": JSONValue.Elements(count: 1) { _ in .object(["x": .integer(1)]) },
            "a": JSONValue.Elements(count: 0) { _ in .string("never") },
        ]
        let text = String(decoding: JSONValue.objectOfArrays(members, pretty: true), as: UTF8.self)
        #expect(text == "{\n  \"a\" : [\n\n  ],\n  \"b\" : [\n    {\n      \"x\" : 1\n    }\n  ]\n}\n")
    }

    @Test func compactArraysAreScriptSafe() {
        let members = ["quotes": JSONValue.Elements(count: 1) { _ in .string("</script>\u{2028}") }]
        let text = String(decoding: JSONValue.objectOfArrays(members, pretty: false), as: UTF8.self)
        #expect(text == #"{"quotes":["\u003c/script\u003e\u2028"]}"#)
    }
}
