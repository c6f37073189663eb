/// How a rebuild in the preview ended.
public enum BuildOutcome: Sendable, Equatable {
    /// A new site is in place; `problems` are the messages of articles that were left out.
    case built(problems: [String])
    /// The build failed and the previous site is still served; `message` names the file and line.
    case failed(message: String)
}

/// The id of the site currently being served, and what the last build had to say.
///
/// The id changes only after a whole new build is in place, so open pages reload only then;
/// the messages let those pages show a failed build or left-out articles without a reload.
public actor BuildStatus {
    /// The current build's id.
    public private(set) var id: Int = 0
    /// The last build's error or problems, each naming its file; empty when all went well.
    public private(set) var messages: [String] = []

    /// Creates a status for the first build.
    public init() {}

    /// Records how a rebuild ended.
    public func record(_ outcome: BuildOutcome) {
        switch outcome {
        case .built(let problems):
            id += 1
            messages = problems
        case .failed(let message):
            messages = [message]
        }
    }

    /// What the live-reload endpoint answers: the id on the first line, then one message a line.
    public var report: String {
        ([String(id)] + messages.map { $0.replacingOccurrences(of: "\n", with: " ") }).joined(separator: "\n")
    }
}
