/// What a link looks like to the function that decides whether to wrap it.
public struct LinkInfo: Sendable, Hashable {
    /// The link destination as parsed (reference links resolved).
    public var destination: String
    /// The link title, or "" when there is none.
    public var title: String
    /// The plain text of the link's children: text and code literals, line breaks as spaces.
    public var text: String

    /// Creates link information.
    public init(destination: String, title: String, text: String) {
        self.destination = destination
        self.title = title
        self.text = text
    }
}

/// Trusted HTML that replaces a link's `<a>` tags; the link's children are rendered between.
public struct LinkWrapper: Sendable, Hashable {
    /// HTML written before the link's children, as is (the caller escapes what it puts in).
    public var open: String
    /// HTML written after the link's children, as is.
    public var close: String

    /// Creates a wrapper from its opening and closing HTML.
    public init(open: String, close: String) {
        self.open = open
        self.close = close
    }
}
