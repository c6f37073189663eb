import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Exchanges two folders in one step, so that no moment exists at which either path is missing.
///
/// Linux has `renameat2(…, RENAME_EXCHANGE)` and macOS `renamex_np(…, RENAME_SWAP)`. Some file
/// systems refuse the exchange; then `exchange` returns false and the caller falls back to two
/// plain renames.
enum FolderSwap {
    /// Swaps the folders at `first` and `second`; false when the system or file system cannot.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
            // glibc declares renameat2 only under _GNU_SOURCE, which Swift's Glibc module does not
            // set, so the function is looked up by name (glibc 2.28 and later have it).
            typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
            guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return false }
            let renameat2 = unsafeBitCast(symbol, to: RenameAt2.self)
            let renameExchange: UInt32 = 1 << 1
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #elseif canImport(Darwin)
            return renamex_np(first, second, UInt32(RENAME_SWAP)) == 0
        #else
            return false
        #endif
    }
}
