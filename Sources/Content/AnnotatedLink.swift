/// What a link in annotated Markdown stands for, decided from its destination and text alone.
///
/// The conventions, which `AnnotatedMarkdown.write` produces and any hand edit may follow:
/// - A link to `../people/ID/` is about speaker `ID`. If its text starts with a quote mark it is
///   a quote (`[“We told the government…,”][babar-iftikhar]`), otherwise a mention
///   (`[Iftikhar][babar-iftikhar]`).
/// - A link to `#` whose text starts with a quote mark is a quote attributed to nobody: a scare
///   quote, a title, or words the text does not attribute. It is written with the reserved label
///   `[no speaker]`, which no speaker id can take because ids never contain spaces.
/// - A quote that runs over several paragraphs is one link per paragraph; every piece but the
///   last has the fragment `#continues` (label `[ID continues]` or `[no speaker continues]`),
///   and the next quote link to the same target continues it.
/// - A quote the source never closed, whose words end with a quote mark of their own (“…‘no’),
///   has the fragment `#unclosed` (label `[ID unclosed]`), so that last mark is kept.
///
/// - A quote whose speaker is a guess a reader should check links through a definition whose
///   title ends with ` (unsure)` (label `[ID unsure]`); the destination is the speaker's as usual,
///   so viewers and older readers see an ordinary quote. Confirming it is dropping ` unsure`
///   from the label; doubting one is adding it (with its definition).
///
/// Renderers should not re-derive these rules: `BodyLinkCursor` gives each body link its quote.
public enum AnnotatedLink: Sendable, Hashable {
    /// A quote, or a piece of one.
    case quote(speakerID: String?, ending: QuoteEnding)
    /// A mention of a speaker by name or description.
    case mention(speakerID: String)

    /// How the text of a quote link ends.
    public enum QuoteEnding: String, Sendable, Hashable {
        /// The text ends with the closing mark, when there is one: the usual case.
        case closed
        /// The source never closed the quote: every character after the opening mark is quoted.
        case unclosed
        /// The quote goes on in the next paragraph's quote link to the same target.
        case continues
    }

    /// The meaning of a link with `destination` and plain `text`, or nil for an ordinary link.
    public init?(destination: String, text: String) {
        let (path, fragment) = Self.split(destination)
        let ending: QuoteEnding
        switch fragment {
        case nil, "": ending = .closed
        case QuoteEnding.unclosed.rawValue: ending = .unclosed
        case QuoteEnding.continues.rawValue: ending = .continues
        default: return nil
        }
        let isQuote = QuoteMarks.startsWithMark(text) || ending != .closed
        if path.isEmpty {
            guard isQuote, destination.hasPrefix("#") else { return nil }
            self = .quote(speakerID: nil, ending: ending)
            return
        }
        guard let id = Self.speakerID(inPath: path) else { return nil }
        self = isQuote ? .quote(speakerID: id, ending: ending) : .mention(speakerID: id)
    }

    /// The quoted words of a quote link's `text`: without the opening mark, and without the
    /// closing mark when `ending` is `.closed`.
    public static func quotedWords(_ text: String, ending: QuoteEnding) -> String {
        QuoteMarks.stripped(text, closing: ending == .closed)
    }

    // MARK: - Writing conventions

    /// The reference label of the target for quotes attributed to nobody.
    static let noSpeakerLabel = "no speaker"
    /// Where speaker pages are, relative to the content folder.
    static let peoplePrefix = "../people/"

    /// The link destination of speaker `id`'s page, its id percent-encoded where it is not a slug.
    static func destination(ofSpeaker id: String) -> String {
        peoplePrefix + percentEncoded(id) + "/"
    }

    /// The reference label for `speakerID` (nil: no speaker), a quote `ending`, and whether the
    /// attribution is `unsure`.
    static func label(speakerID: String?, ending: QuoteEnding, unsure: Bool = false) -> String {
        let base = speakerID.map(MarkdownEscaping.escapeLabel) ?? noSpeakerLabel
        let ended = ending == .closed ? base : base + " " + ending.rawValue
        return unsure ? ended + " " + unsureWord : ended
    }

    /// The word that ends the label of an unsure quote.
    static let unsureWord = "unsure"

    /// What ends the definition title of a link whose attribution is unsure: `"Name (unsure)"`.
    public static let unsureMarker = " (unsure)"

    /// True when a link's definition `title` marks its attribution as unsure.
    public static func isUnsure(title: String?) -> Bool {
        title?.hasSuffix(unsureMarker) == true
    }

    /// The destination for `speakerID` (nil: no speaker) and a quote `ending`.
    static func destination(speakerID: String?, ending: QuoteEnding) -> String {
        let base = speakerID.map(destination(ofSpeaker:)) ?? ""
        switch ending {
        case .closed: return speakerID == nil ? "#" : base
        case .unclosed, .continues: return base + "#" + ending.rawValue
        }
    }

    // MARK: - Reading

    private static func split(_ destination: String) -> (path: String, fragment: String?) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, nil) }
        return (String(destination[..<hash]), String(destination[destination.index(after: hash)...]))
    }

    /// The id in `../people/ID/` or `../people/ID`, percent-decoded; nil for any other path.
    private static func speakerID(inPath path: String) -> String? {
        guard path.hasPrefix(peoplePrefix) else { return nil }
        var id = path.dropFirst(peoplePrefix.count)
        // `last`, not `hasSuffix`: on a substring that is Foundation's slower search.
        if id.last == "/" { id = id.dropLast() }
        // By byte: `contains` with text is Foundation's slower search.
        guard !id.isEmpty, !id.utf8.contains(UInt8(ascii: "/")) else { return nil }
        return percentDecoded(String(id))
    }

    // MARK: - Percent encoding

    /// Keeps ASCII letters, digits, `-`, `.`, `_` and `~`; encodes every other UTF-8 byte, so the
    /// destination needs no Markdown escaping.
    private static func percentEncoded(_ id: String) -> String {
        var encoded = ""
        for byte in id.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
                UInt8(ascii: "_"), UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return encoded
    }

    private static func percentDecoded(_ text: String) -> String {
        var bytes: [UInt8] = []
        var utf8 = Array(text.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
