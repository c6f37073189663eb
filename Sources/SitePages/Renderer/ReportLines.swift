import Foundation
import SiteModel

/// Report lines that several pages show, each made once per render and then reused.
///
/// Pages at one depth show a report of a statement with the same markup: every article page
/// reporting a statement links its earliest few reports, and a speaker's page shows a
/// statement's first reports as the statement's own page does. So a line is rendered once,
/// through the templates (which still decide every byte), and kept; a statement reported in two
/// hundred articles then costs a few renders of its links instead of six hundred. Only lines
/// that several pages show are kept (see the callers), so memory grows with the number of
/// statements, not of reports, and a kept line holds its markup and little else.
///
/// Pages are rendered by many tasks at once, so lines are kept under a lock. Two tasks may render
/// one line at the same time; both get the same markup, as rendering is a pure function of the
/// graph and the templates, so pages do not depend on which one kept it.
final class ReportLines<Line: Sendable>: @unchecked Sendable {
    /// Which line: a statement's reports at some positions, as pages that link alike show them.
    struct Key: Hashable {
        var statement: String
        var positions: [Int]
        /// What decides the line's links (`linkBase(of:)`).
        var base: String
        /// What else tells two lines of the same reports apart: whether a report's words are
        /// shown (a speaker page leaves out those it shows above), how many reports a list leaves
        /// to the statement's page.
        var variant: Int = 0
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

    /// `text` in storage of its own length. Markup rendered by appending keeps room to grow, up to
    /// as much again as it holds, which a kept line would hold for the whole render.
    static func compact(_ text: String) -> String {
        var text = text
        return text.withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    /// What decides how `page` links to the page of an article other than its own: its depth,
    /// and whether it is an article page too (`articles/a/index.html` links `../c/index.html`,
    /// `people/a/index.html` and `statements/a/index.html` both `../../articles/c/index.html`).
    static func linkBase(of page: String) -> String {
        let folder = { (path: String) in path.prefix { $0 != "/" } }
        let depth = page.utf8.count { $0 == UInt8(ascii: "/") }
        return folder(page) == folder(SitePath.article("")) ? "articles \(depth)" : "\(depth)"
    }
}
