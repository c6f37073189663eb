import Foundation
import Site

/// One line on a terminal's standard error that a build rewrites as it goes:
/// "annotating 42/84 articles". Only used when standard error is a terminal.
final class ProgressLine: @unchecked Sendable {
    // Reports arrive from several tasks at once; the lock keeps the line and the last text whole.
    private let lock = NSLock()
    private var last = ""

    /// Whether standard error is a terminal, where a rewritten line makes sense.
    static var isTerminal: Bool { isatty(2) == 1 }

    /// Shows `progress`, unless it would print the same text again.
    func show(_ progress: BuildProgress) {
        // A large archive would repaint the line for every article; a few hundred steps are enough.
        let step = max(1, progress.total / 200)
        if progress.stage == .annotating, progress.done % step != 0, progress.done != progress.total { return }
        let text = Self.text(progress)
        lock.lock()
        defer { lock.unlock() }
        guard text != last else { return }
        last = text
        // Carriage return and "erase line" so each report replaces the one before.
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    /// Removes the line, so the build's own messages start on a clean line.
    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if !last.isEmpty { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
        last = ""
    }

    /// The words for `progress`: the stage, and how many of how many articles when counted.
    static func text(_ progress: BuildProgress) -> String {
        switch progress.stage {
        case .annotating:
            return "\(progress.stage.label) \(progress.done)/\(progress.total) articles"
        case .linking, .rendering:
            return "\(progress.stage.label) (\(progress.total) articles)…"
        case .reading, .writing:
            return progress.stage.label + (progress.stage == .reading ? "…" : "")
        }
    }
}
