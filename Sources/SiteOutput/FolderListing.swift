#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The entries of a folder read through its open descriptor, for the walks over a whole site
/// (stamping, linking the spare, deleting) that work relative to open folders.
enum FolderListing {
    /// One entry of a listing.
    struct Entry {
        /// The entry's name in its folder.
        var name: String
        /// The inode the listing shows.
        var inode: UInt64
        /// The type the listing gives (`DT_DIR`, `DT_REG`, …); `DT_UNKNOWN` on file systems that give none.
        var type: Int32

        /// Whether the entry is a folder, by the listing's type or, when it gives none, by
        /// `fstatat` in the open `folder` it was listed from; nil when that fails.
        func isFolder(in folder: Int32) -> Bool? {
            guard type == Int32(DT_UNKNOWN) else { return type == Int32(DT_DIR) }
            var info = stat()
            guard fstatat(folder, name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { return nil }
            return (info.st_mode & S_IFMT) == S_IFDIR
        }
    }

    /// Where the name lies in an entry of a listing.
    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// Every entry of the open folder `descriptor` but `.` and `..`, nil when it cannot be
    /// listed. The descriptor stays open, and the listing is whole before the caller changes
    /// the folder.
    package static func entries(of descriptor: Int32) -> [Entry]? {
        let listing = dup(descriptor)
        guard listing >= 0 else { return nil }
        guard let directory = fdopendir(listing) else {
            close(listing)
            return nil
        }
        defer { closedir(directory) }
        var entries: [Entry] = []
        while let entry = readdir(directory) {
            // Read in place up to its NUL: the entry is only as long as its name, and copying the
            // whole 256-byte field read past the end of the listing's buffer when an entry with a
            // short name ended it at the end of a page.
            let name = String(cString: UnsafeRawPointer(entry).advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            entries.append(Entry(name: name, inode: UInt64(entry.pointee.d_ino), type: Int32(entry.pointee.d_type)))
        }
        return entries
    }
}
