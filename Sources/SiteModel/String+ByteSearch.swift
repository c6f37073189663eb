import Foundation

extension String {
    /// The first place `needle` occurs from `start` on, found by comparing UTF-8 bytes, when it
    /// begins and ends on character boundaries; nil when there is none such.
    ///
    /// Foundation's `range(of:)` turns both strings into UTF-16 on every call, which made finding
    /// each quote in its paragraph show in profiles. Text and quote come from the same file, so
    /// their bytes match; callers fall back to Foundation's search, which also matches other
    /// spellings of the same characters, when this finds nothing.
    func byteRange(of needle: String, from start: Index) -> Range<Index>? {
        var haystack = self
        var needle = needle
        let offset = utf8.distance(from: startIndex, to: start)
        let found: Int? = haystack.withUTF8 { text in
            needle.withUTF8 { word -> Int? in
                guard let base = text.baseAddress, let wordBase = word.baseAddress, word.count <= text.count - offset
                else { return nil }
                // Each place the first byte occurs (memchr), then the whole needle (memcmp).
                let last = text.count - word.count
                var position = offset
                while position <= last {
                    guard let hit = memchr(base + position, Int32(wordBase[0]), last - position + 1) else { return nil }
                    let candidate = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + candidate, wordBase, word.count) == 0 { return candidate }
                    position = candidate + 1
                }
                return nil
            }
        }
        guard let found else { return nil }
        let lower = utf8.index(startIndex, offsetBy: found)
        let upper = utf8.index(lower, offsetBy: needle.utf8.count)
        guard Index(lower, within: self) != nil, Index(upper, within: self) != nil else { return nil }
        return lower..<upper
    }
}
