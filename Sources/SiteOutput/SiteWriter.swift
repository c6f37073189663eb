import Foundation
import SiteModel
import SitePages

/// Writes a rendered site so that readers and later builds only ever see a whole site.
///
/// Files go into a fresh folder next to the output folder; only when every file is written are
/// the two folders exchanged in one step (`FolderSwap`), so a build killed at any moment leaves
/// either the whole previous site or the whole new one at the output path, and then the old one
/// is deleted. Folders left next to the output by a killed build are removed by the next one.
public struct SiteWriter: Sendable {
    /// The folder the site is published in.
    public let output: URL

    /// Creates a writer for `output`.
    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    /// Writes `site` and swaps it in; on any error the previous output is left as it was.
    public func write(_ site: SiteFiles) throws(SiteError) {
        let staging = try makeStaging()
        do {
            let folder = staging.path
            for path in site.paths { try Self.put(FileBytes(site.files[path]!), at: path, in: folder) }
        } catch {
            FolderRemoval.remove(staging.path)
            throw error
        }
        try swapIn(staging)
    }

    /// Renders the site with `renderer`, `jobs` files at once, writing each file as soon as it is
    /// ready (so the whole site is never in memory), and swaps it in; on any error the previous
    /// output is left as it was. The previous site is set aside for `removeRetired()`. Returns the
    /// number of files written.
    public func write(_ renderer: SiteRenderer, jobs: Int) async throws(SiteError) -> Int {
        let staging = try makeStaging()
        let count: Int
        let folder = staging.path
        do {
            count = try await renderer.render(jobs: jobs) { path, bytes throws(SiteError) in
                try Self.put(bytes, at: path, in: folder)
            }
        } catch {
            FolderRemoval.remove(staging.path)
            throw error
        }
        try swapIn(staging, retiring: true)
        return count
    }

    // MARK: - Staging and swapping

    /// A fresh, empty folder next to the output to build the new site in.
    private func makeStaging() throws(SiteError) -> URL {
        try checkReplaceable()
        removeLeftovers()
        let staging = output.deletingLastPathComponent()
            .appendingPathComponent("\(leftoverPrefix)building-\(getpid())-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .outputNotWritten(path: staging.path, reason: Self.reason(error))
        }
        return staging
    }

    /// Writes one file into the staging folder, without a sync per file: the folder is only
    /// swapped in once every file is written.
    private static func put(_ bytes: FileBytes, at path: String, in staging: String) throws(SiteError) {
        // By text: `appendingPathComponent` looks on disk for every file it names.
        let file = staging + "/" + path
        if let reason = OutputFile.write(bytes, to: file) {
            throw .outputNotWritten(path: file, reason: reason)
        }
    }

    /// Puts the finished staging folder in the output's place and deletes the previous site, or
    /// when `retiring`, sets it aside for `removeRetired()`.
    private func swapIn(_ staging: URL, retiring: Bool = false) throws(SiteError) {
        let files = FileManager.default
        let retired = retiredFolder()
        let hadOutput = files.fileExists(atPath: output.path)
        if hadOutput, FolderSwap.exchange(staging.path, output.path) {
            // The staging path now holds the previous site.
            if !retiring || rename(staging.path, retired.path) != 0 { FolderRemoval.remove(staging.path) }
            return
        }
        if hadOutput {
            guard rename(output.path, retired.path) == 0 else {
                FolderRemoval.remove(staging.path)
                throw .outputNotWritten(path: output.path, reason: String(cString: strerror(errno)))
            }
        }
        guard rename(staging.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadOutput { _ = rename(retired.path, output.path) }
            FolderRemoval.remove(staging.path)
            throw .outputNotWritten(path: output.path, reason: reason)
        }
        if hadOutput, !retiring { FolderRemoval.remove(retired.path) }
    }

    /// A new name for a folder this build has finished with (a previous site or spare copy),
    /// which `removeRetired()` deletes, or the next build when this one is killed first.
    func retiredFolder() -> URL {
        output.deletingLastPathComponent().appendingPathComponent("\(leftoverPrefix)old-\(getpid())-\(UUID().uuidString)")
    }

    /// Deletes the folders this process set aside (`retiredFolder()`), the previous site and spare
    /// copy of a full build, and those of builds killed before they deleted theirs. A full build
    /// deletes them only once it has made every folder of its own: on ext4 without a journal,
    /// each new folder or file passes over every inode freed in the last minute or so, and making
    /// the spare copy's folders right after deleting the previous site's and spare's cost seconds
    /// at 10,000 articles. Every build ends with this, as a build killed while deleting them has
    /// saved its caches, and the rebuilds after it make no staging folder.
    public func removeRetired() {
        let parent = output.deletingLastPathComponent()
        let prefix = "\(leftoverPrefix)old-\(getpid())-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? [] where name.hasPrefix(prefix) {
            FolderRemoval.remove(parent.appendingPathComponent(name).path)
        }
        removeLeftovers()
    }

    /// Hidden folders next to the output that belong to this writer: `.NAME.building-PID-…`
    /// and `.NAME.old-PID-…`.
    var leftoverPrefix: String { ".\(output.lastPathComponent)." }

    /// Removes the staging and retired folders of builds whose process is gone (killed
    /// mid-build); those of a build still running are left alone.
    private func removeLeftovers() {
        let parent = output.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.path)) ?? []
        for name in names where name.hasPrefix(leftoverPrefix) {
            let rest = name.dropFirst(leftoverPrefix.count)
            guard let dash = rest.firstIndex(of: "-") else { continue }
            let kind = rest[..<dash]
            guard kind == "building" || kind == "old" else { continue }
            let pid = rest[rest.index(after: dash)...].prefix { $0.isNumber }
            guard let process = Int32(pid), process != getpid(), kill(process, 0) != 0, errno == ESRCH else { continue }
            FolderRemoval.remove(parent.appendingPathComponent(name).path)
        }
    }

    /// Refuses to replace a folder that holds something other than a built site, so a mistyped
    /// `--output` cannot delete a project.
    private func checkReplaceable() throws(SiteError) {
        let files = FileManager.default
        var isFolder: ObjCBool = false
        guard files.fileExists(atPath: output.path, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else {
            throw .outputNotWritten(path: output.path, reason: "it is a file, not a folder; choose another --output")
        }
        let entries = (try? files.contentsOfDirectory(atPath: output.path)) ?? []
        let looksBuilt = entries.contains(SitePath.home) && entries.contains("assets")
        guard entries.isEmpty || looksBuilt else {
            throw .outputNotWritten(
                path: output.path,
                reason: "it holds files that are not a built site, and the build replaces the whole folder; choose an empty or new --output")
        }
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedDescription
    }
}
