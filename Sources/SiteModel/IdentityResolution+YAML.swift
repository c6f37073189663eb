import Attribution

extension IdentityResolution {
    /// The merges as `people.yml` entries to confirm, then the near misses as commented-out
    /// entries to choose from; empty when there is neither.
    public var peopleYAML: String {
        var lines: [String] = []
        if !merges.isEmpty {
            lines.append("# Speakers merged across articles. Copy an entry into people.yml to keep it as it is;")
            lines.append("# leave a name out of its aliases to give that name a page of its own.")
            for merge in merges {
                lines += Self.entry(id: merge.id, name: merge.name, kind: merge.kind, aliases: merge.aliases)
            }
        }
        for miss in nearMisses {
            if !lines.isEmpty { lines.append("") }
            let choices = miss.candidates.map(\.name)
            let list = choices.dropLast().joined(separator: ", ") + (choices.count > 1 ? " or " : "") + (choices.last ?? "")
            lines.append("# Not merged: \(Self.quoted(miss.name)) (\(miss.id)) may be \(list). To merge it, copy one of these into people.yml:")
            for candidate in miss.candidates {
                lines += Self.entry(id: candidate.id, name: candidate.name, kind: .person, aliases: [miss.name]).map { "# " + $0 }
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    private static func entry(id: String, name: String, kind: SpeakerKind, aliases: [String]) -> [String] {
        var lines = ["\(id):", "  name: \(quoted(name))"]
        if kind == .organization { lines.append("  kind: organization") }
        if !aliases.isEmpty { lines.append("  aliases: [\(aliases.map(quoted).joined(separator: ", "))]") }
        return lines
    }

    /// `text` as a double-quoted YAML scalar.
    private static func quoted(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case _ where scalar.value < 0x20: escaped += "\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"" + escaped + "\""
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
