/// A publication date taken from an article's file name, as blogs and archives name files
/// (`2016-09-12-debate.txt`, `breitbart_2016-09-12_debate.txt`).
public enum FileNameDate {
    /// The first `YYYY-MM-DD` in `name` that stands apart from other digits and is a real
    /// month and day, or nil.
    public static func find(in name: String) -> String? {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 10 else { return nil }
        for start in 0...(scalars.count - 10) {
            let window = scalars[start..<(start + 10)]
            guard isDate(Array(window)) else { continue }
            let before = start > 0 ? scalars[start - 1] : nil
            let after = start + 10 < scalars.count ? scalars[start + 10] : nil
            if before.map(isDigit) == true || after.map(isDigit) == true { continue }
            return String(String.UnicodeScalarView(window))
        }
        return nil
    }

    private static func isDate(_ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars[4] == "-", scalars[7] == "-", [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy({ isDigit(scalars[$0]) })
        else { return false }
        let month = Int(String(String.UnicodeScalarView(scalars[5...6])))!
        let day = Int(String(String.UnicodeScalarView(scalars[8...9])))!
        return (1...12).contains(month) && (1...31).contains(day)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}
