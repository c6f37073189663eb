/// A dateline as news pages print it under the outlet name: "2 March 2025", "March 2, 2025",
/// "Sun 2 Mar 2025 14:32 GMT", "Published 2025-03-02".
///
/// Only a line made of nothing but date words is a dateline, so a body paragraph that merely
/// mentions a date is never taken for one.
enum DateLine {
    /// The line's date as `YYYY-MM-DD`, or nil when the line is not a dateline.
    static func isoDay(_ line: String) -> String? {
        guard line.utf8.count <= 60 else { return nil }
        var day: Int?
        var month: Int?
        var year: Int?
        for word in line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" || $0 == "\u{00B7}" }) {
            let lower = word.lowercased().trimmingTrailing([".", ":"])
            if let iso = isoDate(lower) {
                (year, month, day) = iso
            } else if let number = Int(lower) {
                if number >= 1900 && number <= 2999 { year = number } else if (1...31).contains(number) { day = number } else { return nil }
            } else if let ordinal = ordinalDay(lower) {
                day = ordinal
            } else if let index = monthIndex(lower) {
                month = index
            } else if !fillers.contains(lower) && !isTime(lower) {
                return nil
            }
        }
        guard let day, let month, let year, day <= daysIn[month - 1] else { return nil }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    // MARK: - Words

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]
    private static let daysIn = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

    /// Words a dateline may hold besides the date itself.
    private static let fillers: Set<String> = [
        "published", "updated", "posted", "on", "at", "gmt", "utc", "bst", "cet", "cest", "est", "edt", "pst", "pdt",
        "am", "pm", "a.m", "p.m", "-", "–", "—", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
        "sun", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "last", "modified",
    ]

    private static func monthIndex(_ word: String) -> Int? {
        guard word.count >= 3 else { return nil }
        return months.firstIndex { $0.hasPrefix(word) }.map { $0 + 1 }
    }

    private static func ordinalDay(_ word: String) -> Int? {
        for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) {
            if let number = Int(word.dropLast(2)), (1...31).contains(number) { return number }
        }
        return nil
    }

    private static func isoDate(_ word: String) -> (Int, Int, Int)? {
        let parts = word.prefix(10).split(separator: "-")
        guard word.count >= 10, parts.count == 3, parts[0].count == 4, let year = Int(parts[0]),
            let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        return (year, month, day)
    }

    private static func isTime(_ word: String) -> Bool {
        let parts = word.split(separator: ":")
        return parts.count >= 2 && parts.allSatisfy { part in part.allSatisfy { $0.isNumber || $0 == "a" || $0 == "p" || $0 == "m" } }
    }

    private static func twoDigits(_ number: Int) -> String {
        number < 10 ? "0\(number)" : "\(number)"
    }
}

extension String {
    fileprivate func trimmingTrailing(_ characters: Set<Character>) -> String {
        var text = Substring(self)
        while let last = text.last, characters.contains(last) { text = text.dropLast() }
        return String(text)
    }
}
