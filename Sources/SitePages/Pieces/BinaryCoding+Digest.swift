extension BinaryWriter {
    /// A 64-bit hash of the bytes written, eight bytes at a step: every node of the graph is
    /// digested on each rebuild, and a byte at a time that was half the digests' time.
    ///
    /// Each step (xor a word in, multiply by an odd number, fold the high bits down) is a
    /// bijection of the state, so two inputs that differ in one word always differ in their digest;
    /// like FNV-1a, it guards against accidents, not attacks.
    package var digest: UInt64 {
        bytes.withUnsafeBytes(Self.digest)
    }

    /// The digest (as `digest`) of `raw`.
    package static func digest(of raw: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(raw.count)
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))) &* multiplier
            hash ^= hash >> 32
            offset += 8
        }
        var last: UInt64 = 0
        for (shift, byte) in raw[offset...].enumerated() { last |= UInt64(byte) << (8 * UInt64(shift)) }
        hash = (hash ^ last) &* multiplier
        return hash ^ (hash >> 32)
    }
}
