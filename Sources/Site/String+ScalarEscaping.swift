extension String {
    /// The string with each scalar for which `replacement` returns text replaced by that text.
    ///
    /// It walks Unicode scalars, not characters: a quote mark or `<` followed by a combining
    /// accent is one character, and matching characters would let it through unescaped.
    /// Replacements go through `String +=` and single scalars through `append`: appending a
    /// sequence to a `UnicodeScalarView` grows it to the exact size each time (quadratic).
    func replacingScalars(_ replacement: (Unicode.Scalar) -> String?) -> String {
        var output = ""
        output.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            if let text = replacement(scalar) {
                output += text
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }
}
