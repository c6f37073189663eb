import Foundation

/// Report lines that several pages show, each made once per render and then reused.
///
/// Pages of one kind and depth show a report of a statement with the same markup: every article
/// page reporting a statement links its earliest few reports, and a speaker page shows a
/// statement's first reports as the statement's own page does. So a line is rendered once,
/// through the templates (which still decide every byte), and kept; a statement reported in two
/// hundred articles then costs a few renders of its links instead of six hundred. Only lines
/// that several pages show are kept (see the callers), so memory grows with the number of
/// statements, not of reports.
///
/// Pages are rendered by many tasks at once, so lines are kept under a lock. Two tasks may render
/// one line at the same time; both get the same markup, as rendering is a pure function of the
/// graph and the templates, so pages do not depend on which one kept it.
final class ReportLines<Line: Sendable>: @unchecked Sendable {
    /// Which line: a statement's report at a position, as pages of one kind and depth show it.
    struct Key: Hashable {
        var statement: String
        var position: Int
        /// The pages' kind and depth (`linkBase(of:)`), which decide the line's links.
        var base: String
        /// Whether the line shows the report's words (a speaker page leaves out those it shows above).
        var showsWords: Bool
    }

    private let lock = NSLock()
    private var lines: [Key: Line] = [:]

    /// The line `key` names, made by `make` the first time it is asked for.
    func line(_ key: Key, make: () -> Line) -> Line {
        if let known = lock.withLock({ lines[key] }) { return known }
        let line = make()
        lock.withLock { lines[key] = line }
        return line
    }

    /// What decides how `page` links to an article page other than itself: its first folder and
    /// its depth. Pages under one first folder at one depth link such a page alike
    /// (`articles/a/index.html` and `articles/b/index.html` both as `../c/index.html`).
    static func linkBase(of page: String) -> String {
        let slash = UInt8(ascii: "/")
        let folder = page.utf8.prefix { $0 != slash }
        return "\(String(decoding: folder, as: UTF8.self))/\(page.utf8.count { $0 == slash })"
    }
}
