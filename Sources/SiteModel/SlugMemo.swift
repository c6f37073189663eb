import Articles

/// `Slug.make` for many names that repeat (speaker ids, topics), working each out once.
///
/// `Slug.make` folds Unicode compatibility forms, which costs more than the rest of linking an
/// article; a large archive names the same few thousand speakers and topics tens of thousands
/// of times, and most ids are slugs already.
package struct SlugMemo {
    private var known: [String: String] = [:]

    /// An empty memo.
    package init() {}

    /// `Slug.make(name)`.
    package mutating func slug(_ name: String) -> String {
        if let slug = known[name] { return slug }
        let slug = Self.slug(name)
        known[name] = slug
        return slug
    }

    /// `Slug.make(name)`, without the Unicode folding when `name` is a slug already: ASCII
    /// lowercase letters and digits in groups joined by single hyphens, at most 80 characters,
    /// which `Slug.make` gives back unchanged.
    package static func slug(_ name: String) -> String {
        isSlug(name) ? name : Slug.make(name)
    }

    private static func isSlug(_ name: String) -> Bool {
        let bytes = name.utf8
        guard !bytes.isEmpty, bytes.count <= 80, bytes.first != 0x2D, bytes.last != 0x2D else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            switch byte {
            case 0x30...0x39, 0x61...0x7A: break
            case 0x2D where previous != 0x2D: break
            default: return false
            }
            previous = byte
        }
        return true
    }
}
