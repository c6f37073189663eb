import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Deleting a whole site folder on every core.
///
/// A full build over an existing site deletes the previous site and its spare copy: 40,000
/// files and 20,000 folders at 10,000 articles. One after another, through `FileManager`, that
/// kept one core busy for four seconds at the end of the build while the other had nothing to do.
enum FolderRemoval {
    /// Deletes the folder at `path` and everything in it, the folders two levels down (a site's
    /// page folders) on every core. Whatever cannot be deleted that way is left to
    /// `FileManager`, which reports nothing either: a folder that stays is swept up by the next
    /// build's leftover check or replaced.
    package static func remove(_ path: String) {
        var deeper: [String] = []
        let top = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        if top >= 0 {
            empty(top, prefix: path + "/", levels: 2, deeper: &deeper)
            close(top)
        }
        let folders = deeper
        let shares = max(1, min(ProcessInfo.processInfo.activeProcessorCount, folders.count / 256))
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            for index in stride(from: share, to: folders.count, by: shares) {
                let folder = open(folders[index], O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                guard folder >= 0 else { continue }
                var none: [String] = []
                empty(folder, prefix: folders[index] + "/", levels: .max, deeper: &none)
                close(folder)
                rmdir(folders[index])
            }
        }
        // The folders above them could not go while they were there.
        let parents = Set(folders.map { String($0[..<($0.lastIndex(of: "/") ?? $0.endIndex)]) })
        for parent in parents { rmdir(parent) }
        if rmdir(path) != 0, FileManager.default.fileExists(atPath: path) {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Deletes what is in the open folder `descriptor`: its files, and its folders `levels`
    /// deep; the folders below that are listed in `deeper` by their path (`prefix` + name)
    /// and left for the caller. Entries are deleted relative to the open folder
    /// (`unlinkat`), so no whole path is looked up for each.
    private static func empty(_ descriptor: Int32, prefix: String, levels: Int, deeper: inout [String]) {
        for entry in FolderListing.entries(of: descriptor) ?? [] {
            guard let isFolder = entry.isFolder(in: descriptor) else { continue }
            guard isFolder else {
                unlinkat(descriptor, entry.name, 0)
                continue
            }
            guard levels > 1 else {
                deeper.append(prefix + entry.name)
                continue
            }
            let child = openat(descriptor, entry.name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard child >= 0 else { continue }
            empty(child, prefix: prefix + entry.name + "/", levels: levels - 1, deeper: &deeper)
            close(child)
            // Fails while folders below it wait in `deeper`; the caller removes it after them.
            unlinkat(descriptor, entry.name, AT_REMOVEDIR)
        }
    }
}
