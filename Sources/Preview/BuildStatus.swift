/// The id of the site currently being served; it changes only after a whole new build is in place.
public actor BuildStatus {
    /// The current build's id.
    public private(set) var id: Int = 0

    /// Creates a status for the first build.
    public init() {}

    /// Records that a new build has been swapped in.
    public func finishedBuild() {
        id += 1
    }
}
