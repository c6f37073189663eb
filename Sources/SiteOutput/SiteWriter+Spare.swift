import Foundation
import SiteModel
import SitePages

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Rebuilding a few pages of a large site without copying or deleting the rest.
///
/// Beside the output the writer keeps a spare copy of the site (`.NAME.spare`), whose files are
/// hard links to the output's. A rebuild brings the spare up to date (the files the previous
/// rebuild changed, then this one's), and exchanges the two folders in one step, so readers and
/// a killed build still only ever see a whole site at the output path. Files are never written
/// in place, always unlinked and created anew, so a file shared by both folders is never changed
/// under the other one.
extension SiteWriter {
    /// The spare copy of the site.
    package var spare: URL {
        output.deletingLastPathComponent().appendingPathComponent("\(leftoverPrefix)spare")
    }

    /// Makes the spare a copy of the output whose files are hard links to the output's, replacing
    /// any spare there was (set aside for `removeRetired()`), `jobs` runs of folders at once;
    /// returns its record, nil when it could not be made.
    package func cloneSpare(jobs: Int) async -> TreeRecord? {
        let files = FileManager.default
        if files.fileExists(atPath: spare.path), rename(spare.path, retiredFolder().path) != 0 { FolderRemoval.remove(spare.path) }
        guard await Self.linkTree(output.path, into: spare.path, jobs: jobs) else {
            FolderRemoval.remove(spare.path)
            return nil
        }
        return TreeRecord.scan(spare.path)
    }

    /// Links every file under `source` into the new folder `target`, creating its folders. The
    /// first two levels are linked first, then the folders below them (a site's thousands of
    /// page folders) in `jobs` runs at once: one after another, they kept one core busy for a
    /// second at the end of a full build of 10,000 articles while the other had nothing to do.
    private static func linkTree(_ source: String, into target: String, jobs: Int) async -> Bool {
        guard mkdir(target, 0o755) == 0 else { return false }
        var deeper: [String] = []
        guard linkFolder("", from: source, into: target, levels: 2, deeper: &deeper) else { return false }
        let runs = stride(from: 0, to: deeper.count, by: 256).map { Array(deeper[$0..<min($0 + 256, deeper.count)]) }
        let linked = await Parallel.map(runs, jobs: jobs) { run in
            var none: [String] = []
            return run.allSatisfy { linkFolder($0, from: source, into: target, levels: .max, deeper: &none) }
        }
        return !linked.contains(false)
    }

    /// Links the files of the folder `relative` (empty for the top) under `source` into the same
    /// folder under `target`, which exists, making its subfolders there: `levels` deep, and
    /// the subfolders below that listed in `deeper` instead. Works relative to open folders
    /// (`linkat`, `mkdirat`) so that no whole path is looked up again for every file.
    private static func linkFolder(
        _ relative: String, from source: String, into target: String, levels: Int, deeper: inout [String]
    ) -> Bool {
        let suffix = relative.isEmpty ? "" : "/" + relative
        let from = open(source + suffix, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard from >= 0 else { return false }
        defer { close(from) }
        let to = open(target + suffix, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard to >= 0 else { return false }
        defer { close(to) }
        guard let entries = FolderListing.entries(of: from) else { return false }
        for entry in entries {
            guard let isFolder = entry.isFolder(in: from) else { return false }
            guard isFolder else {
                guard linkat(from, entry.name, to, entry.name, 0) == 0 else { return false }
                continue
            }
            guard mkdirat(to, entry.name, 0o755) == 0 else { return false }
            let path = relative.isEmpty ? entry.name : relative + "/" + entry.name
            if levels > 1 {
                guard linkFolder(path, from: source, into: target, levels: levels - 1, deeper: &deeper) else { return false }
            } else {
                deeper.append(path)
            }
        }
        return true
    }

    /// Brings the spare level with the output again: `lag` lists the paths where it differs
    /// (what the previous rebuild changed). The first step of a rebuild's update of the spare,
    /// which `writeIntoSpare` and `finishSpare` complete.
    package func levelSpare(lag: [String]) throws(SiteError) {
        let base = spare.path + "/"
        let live = output.path + "/"
        for path in lag {
            unlink(base + path)
            if access(live + path, F_OK) == 0 {
                try Self.linkMakingFolders(live + path, base + path)
            } else {
                Self.removeEmptyFolders(above: path, in: base)
            }
        }
    }

    /// Writes the file at `path` of the spare (brought level) as `bytes` make it, without
    /// holding it whole; a file the output already has byte for byte is linked to the output's
    /// again. Returns whether the spare's file now differs from the output's.
    package func writeIntoSpare(_ path: String, _ bytes: FileBytes) throws(SiteError) -> Bool {
        let target = spare.path + "/" + path
        let live = output.path + "/" + path
        unlink(target)
        if let reason = OutputFile.write(bytes, to: target) { throw .outputNotWritten(path: target, reason: reason) }
        guard Self.sameBytes(target, live) else { return true }
        unlink(target)
        try Self.linkMakingFolders(live, target)
        return false
    }

    /// Completes the spare that `levelSpare` (with `lag`) and `writeIntoSpare` (whose changed
    /// paths are `written`, of all it wrote, `dataPaths`) began: writes `files` whose bytes the
    /// output does not have already and removes `removed`, then exchanges the spare with the
    /// output. `trees` records the output as it is (checked) and the spare as it was left.
    ///
    /// Before the exchange the spare is checked: every folder whose entries this rebuild did not
    /// change must be as recorded, and every folder it did change must list the output's own
    /// files (the same inodes) but for the paths it changed, so a spare damaged by hand or by a
    /// killed build is never swapped in; then the result is nil, the output is left as it was and
    /// the spare is in no known state. Otherwise returns the paths whose file changed or went,
    /// and the records of the new output and spare.
    package func finishSpare(
        files: [(path: String, data: Data)], written: [String], dataPaths: [String], removed: Set<String>, lag: [String],
        trees: SiteTrees
    ) throws(SiteError) -> (changed: [String], trees: SiteTrees)? {
        let base = spare.path + "/"
        let live = output.path + "/"
        var changed = written
        for (path, data) in files {
            if Self.holds(live + path, data) { continue }
            unlink(base + path)
            if let reason = OutputFile.write(data, to: base + path) {
                throw .outputNotWritten(path: base + path, reason: reason)
            }
            changed.append(path)
        }
        for path in removed.sorted() where access(live + path, F_OK) == 0 {
            unlink(base + path)
            Self.removeEmptyFolders(above: path, in: base)
            changed.append(path)
        }
        let changedPaths = PathSet(changed)
        // Every folder this rebuild may have added to or taken from.
        let touched = PathSet(Set((changed + lag + removed + dataPaths).flatMap(Self.folders(above:))))
        let root = open(spare.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard root >= 0 else { return nil }
        defer { close(root) }
        // Folders as recorded need no listing; the others must be ones this rebuild touched.
        var recorded = Set<String>()
        guard
            let differing = trees.spare.mismatches(in: root, only: { entry in
                guard entry.identity.isFolder else { return false }
                if touched.contains(entry.pathBytes) { recorded.insert(entry.pathText) }
                return true
            }), differing.allSatisfy(touched.contains)
        else { return nil }
        let listed = Set(differing).union(touched.paths.subtracting(recorded)).sorted()
        for folder in listed {
            guard Self.sameListing(folder, spare: root, output: live, changed: changedPaths, removed: removed, touched: touched)
            else { return nil }
        }

        // The new output's record: the spare's folders, those listed looked up again, and the
        // output's files, those changed looked up again (the others are links to the output's).
        var next = TreeRecord()
        let relisted = PathSet(listed)
        next.append(trees.spare) { $0.identity.isFolder && !relisted.contains($0.pathBytes) }
        for folder in listed {
            if let identity = folder.withCString({ TreeRecord.Identity.of($0, in: root) }), identity.isFolder {
                next.append(folder, identity)
            }
        }
        next.append(trees.output) { !$0.identity.isFolder && !changedPaths.contains($0.pathBytes) }
        for path in Set(changed).sorted() {
            if let identity = path.withCString({ TreeRecord.Identity.of($0, in: root) }), !identity.isFolder {
                next.append(path, identity)
            }
        }
        try exchangeSpare()
        return (changed, SiteTrees(output: next, spare: trees.output))
    }

    /// The folders holding `path`, innermost first, down to the site's own (".").
    private static func folders(above path: String) -> [String] {
        var folders: [String] = []
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty {
            folders.append(folder)
            folder = (folder as NSString).deletingLastPathComponent
        }
        folders.append(".")
        return folders
    }

    /// Whether the spare's `folder` (relative to the open spare `spare`) lists what the output's
    /// (under the path `output`) does but for this rebuild's changes: each file the output's own
    /// (the inode its listing shows) unless `changed` names it, no file `removed` names, and
    /// each folder one the output has too or one this rebuild `touched` (listed in turn).
    private static func sameListing(
        _ folder: String, spare: Int32, output: String, changed: PathSet, removed: Set<String>, touched: PathSet
    ) -> Bool {
        let prefix = folder == "." ? "" : folder + "/"
        var theirs: [String: FolderListing.Entry] = [:]
        let outputFolder = open(output + prefix, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if outputFolder >= 0 {
            defer { close(outputFolder) }
            guard let entries = FolderListing.entries(of: outputFolder) else { return false }
            for entry in entries { theirs[entry.name] = entry }
        }
        var ours = Set<String>()
        let spareFolder = openat(spare, folder, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if spareFolder >= 0 {
            defer { close(spareFolder) }
            guard let entries = FolderListing.entries(of: spareFolder) else { return false }
            for entry in entries {
                let path = prefix + entry.name
                ours.insert(entry.name)
                guard let isFolder = entry.isFolder(in: spareFolder) else { return false }
                if isFolder {
                    guard theirs[entry.name]?.type == Int32(DT_DIR) || touched.contains(path) else { return false }
                } else if changed.contains(path) {
                    guard !removed.contains(path) else { return false }
                } else {
                    guard let same = theirs[entry.name], same.inode == entry.inode else { return false }
                }
            }
        }
        // What the output has and the spare not: only what this rebuild removed.
        for (name, entry) in theirs where !ours.contains(name) {
            let path = prefix + name
            guard entry.type == Int32(DT_DIR) ? touched.contains(path) : changed.contains(path) else { return false }
        }
        return true
    }

    /// Whether the files at `first` and `second` hold the same bytes; their sizes are checked
    /// before they are read, a run at a time.
    private static func sameBytes(_ first: String, _ second: String) -> Bool {
        var left = stat()
        var right = stat()
        guard lstat(first, &left) == 0, lstat(second, &right) == 0, left.st_size == right.st_size,
            let one = FileHandle(forReadingAtPath: first), let other = FileHandle(forReadingAtPath: second)
        else { return false }
        defer {
            try? one.close()
            try? other.close()
        }
        while true {
            let run = one.readData(ofLength: 1 << 20)
            guard run == other.readData(ofLength: 1 << 20) else { return false }
            if run.isEmpty { return true }
        }
    }

    /// Whether the file at `path` holds exactly `data`; its size is checked before it is read.
    private static func holds(_ path: String, _ data: Data) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, Int(info.st_size) == data.count else { return false }
        return FileManager.default.contents(atPath: path) == data
    }

    /// Puts the spare at the output path and the output at the spare's.
    private func exchangeSpare() throws(SiteError) {
        if FolderSwap.exchange(spare.path, output.path) { return }
        // Without an atomic exchange, three renames; the output is missing only between the first two.
        let aside = output.deletingLastPathComponent()
            .appendingPathComponent("\(leftoverPrefix)old-\(getpid())-\(UUID().uuidString)").path
        guard rename(output.path, aside) == 0 else {
            throw .outputNotWritten(path: output.path, reason: String(cString: strerror(errno)))
        }
        guard rename(spare.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside, output.path)
            throw .outputNotWritten(path: output.path, reason: reason)
        }
        _ = rename(aside, spare.path)
    }

    /// Hard-links `from` at `to`, creating the missing folders of `to`.
    private static func linkMakingFolders(_ from: String, _ to: String) throws(SiteError) {
        if link(from, to) == 0 { return }
        if errno == ENOENT {
            try? FileManager.default.createDirectory(
                atPath: (to as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if link(from, to) == 0 { return }
        }
        throw .outputNotWritten(path: to, reason: String(cString: strerror(errno)))
    }

    /// Removes the folders holding `path` under `base` that are left empty, innermost first.
    private static func removeEmptyFolders(above path: String, in base: String) {
        var folder = (path as NSString).deletingLastPathComponent
        while !folder.isEmpty, rmdir(base + folder) == 0 {
            folder = (folder as NSString).deletingLastPathComponent
        }
    }
}
