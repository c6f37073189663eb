import Articles

/// The word classes of `Lexicon.classes`, looked up by a word's lowercase UTF-8 bytes.
///
/// Every word of every article is looked up once, so the lookup must not build a `String` nor
/// run the standard library's seeded hasher: the keys sit end to end in one byte array, in an
/// open-addressing table sized to a power of two at least four times the number of words.
struct WordClassTable: Sendable {
    /// Where each slot's key starts in `bytes`, or -1 for an empty slot.
    private let starts: [Int32]
    /// Each slot's key length.
    private let lengths: [Int32]
    /// Each slot's classes.
    private let classes: [WordClass]
    /// Every key's bytes, end to end.
    private let bytes: [UInt8]
    /// Slot count minus one.
    private let mask: Int

    /// A table holding `table`.
    init(_ table: [String: WordClass]) {
        var size = 16
        while size < table.count * 4 { size *= 2 }
        var starts = [Int32](repeating: -1, count: size)
        var lengths = [Int32](repeating: 0, count: size)
        var classes = [WordClass](repeating: [], count: size)
        var bytes: [UInt8] = []
        for (word, wordClasses) in table {
            let key = Array(word.utf8)
            var slot = key.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while starts[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            starts[slot] = Int32(bytes.count)
            lengths[slot] = Int32(key.count)
            classes[slot] = wordClasses
            bytes.append(contentsOf: key)
        }
        self.starts = starts
        self.lengths = lengths
        self.classes = classes
        self.bytes = bytes
        self.mask = size - 1
    }

    /// The classes of the word spelled by `word` (lowercase UTF-8), or none.
    func classify(_ word: UnsafeBufferPointer<UInt8>) -> WordClass {
        var slot = Self.hash(word) & mask
        while true {
            let start = Int(starts[slot])
            if start < 0 { return [] }
            if Int(lengths[slot]) == word.count && matches(word, at: start) { return classes[slot] }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ word: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var index = 0
        while index < word.count {
            if bytes[start + index] != word[index] { return false }
            index += 1
        }
        return true
    }

    /// FNV-1a over the bytes, one multiply per byte. No seed is needed: the keys are fixed and
    /// at most a quarter of the slots are taken, so no input can make a probe run long.
    private static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        let value = FNV1a.hash(word)
        return Int(truncatingIfNeeded: value ^ (value >> 29))
    }
}
