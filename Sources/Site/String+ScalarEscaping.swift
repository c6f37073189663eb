extension String {
    /// The string with each scalar for which `replacement` returns text replaced by that text.
    ///
    /// It walks Unicode scalars, not characters: a quote mark or `<` followed by a combining
    /// accent is one character, and matching characters would let it through unescaped.
    /// Most text needs no replacement at all, so the string comes back as it is until the first
    /// replacement, and after that the unchanged runs between replacements are copied whole:
    /// appending scalar by scalar made escaping a large share of a site build. Runs go through
    /// `Substring`, whose appends grow the string geometrically; a `UnicodeScalarView` grows to
    /// the exact size on each append, which is quadratic.
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        let scalars = unicodeScalars
        var output: String?
        var runStart = scalars.startIndex
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if let text = replacement(scalars[index]) {
                if output == nil { output = String(); output?.reserveCapacity(utf8.count + 32) }
                output? += Substring(scalars[runStart..<index])
                output? += text
                runStart = next
            }
            index = next
        }
        guard var result = output else { return self }
        result += Substring(scalars[runStart...])
        return result
    }
}
