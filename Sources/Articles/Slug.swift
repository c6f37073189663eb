import Foundation

/// The one way Verbatim turns a name into a URL path segment.
///
/// Slugs are lowercase ASCII letters, digits and single hyphens. Letters with accents lose
/// them ("Müller" → "muller", "Nguyễn" → "nguyen"); apostrophes vanish ("O'Neill" → "oneill");
/// everything else separates words. A name with nothing left ("...", "../", "!!!") gets a
/// stable slug made from a hash of its scalars, so it never becomes empty, `.`, `..` or a path.
public enum Slug {
    /// Returns the slug for `name`.
    public static func make(_ name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        for scalar in name.decomposedStringWithCompatibilityMapping.unicodeScalars {
            if let letter = asciiLetterOrDigit(scalar) {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                pendingHyphen = false
                slug.unicodeScalars.append(letter)
            } else if isSilent(scalar) {
                continue
            } else {
                pendingHyphen = true
            }
        }
        if slug.isEmpty { return "x-" + stableHash(name) }
        return String(slug.prefix(80)).trimmingHyphens()
    }

    /// Returns `base`, or `base-2`, `base-3`… whichever `taken` does not hold yet.
    public static func unique(_ base: String, avoiding taken: Set<String>) -> String {
        if !taken.contains(base) { return base }
        var counter = 2
        while taken.contains("\(base)-\(counter)") { counter += 1 }
        return "\(base)-\(counter)"
    }

    // MARK: - Scalars

    private static func asciiLetterOrDigit(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x30...0x39, 0x61...0x7A: return scalar
        case 0x41...0x5A: return Unicode.Scalar(scalar.value + 0x20)
        default: return nil
        }
    }

    /// Combining accents and apostrophes join the letters around them instead of splitting words.
    private static func isSilent(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x27, 0x2019, 0x2018, 0x02BC: return true
        case 0x0300...0x036F: return true
        default: return false
        }
    }

    /// FNV-1a over the scalars: stable across runs and platforms, unlike `Hasher`.
    private static func stableHash(_ text: String) -> String {
        FNV1a.hex(FNV1a.hash(text.unicodeScalars.lazy.map(\.value)))
    }
}

extension String {
    fileprivate func trimmingHyphens() -> String {
        var scalars = Substring(self)
        while scalars.last == "-" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
