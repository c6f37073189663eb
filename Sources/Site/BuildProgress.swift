/// How far a build has got, for a command to show while it runs.
///
/// The library only reports these values; what a person sees (a line on a terminal, nothing in
/// a log) is up to whoever passes the handler.
public struct BuildProgress: Sendable, Hashable {
    /// The build's stages, in the order they run.
    public enum Stage: String, Sendable, Hashable, CaseIterable {
        /// Finding the article files.
        case reading
        /// Reading and attributing each article and writing its `content/<slug>.md`.
        case annotating
        /// Reading the annotated Markdown back and linking the site.
        case linking
        /// Rendering the pages and writing them into the new site folder.
        case rendering
        /// The new site is written and swapped in: the last report of a build that succeeds.
        case writing

        /// The stage in words, for a progress line.
        public var label: String {
            switch self {
            case .reading: "reading articles"
            case .annotating: "annotating"
            case .linking: "linking"
            case .rendering: "rendering and writing pages"
            case .writing: "site written"
            }
        }
    }

    /// The stage running.
    public var stage: Stage
    /// Articles (or pages) finished in this stage.
    public var done: Int
    /// Articles (or pages) this stage has in all.
    public var total: Int

    /// Creates a progress report.
    public init(stage: Stage, done: Int, total: Int) {
        self.stage = stage
        self.done = done
        self.total = total
    }
}

/// Receives progress reports; called from any task, so it must be safe to call concurrently.
public typealias BuildProgressHandler = @Sendable (BuildProgress) -> Void
