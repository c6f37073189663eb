import SiteModel

extension WordDiff {
    /// The report's words as HTML: added words in `<ins>`, dropped ones in `<del>`, a change as
    /// both, each with a hidden label for screen readers (and, through the stylesheet, a visible
    /// mark in print); words the report leaves out of a longer first report as an ellipsis, and
    /// words beyond it dimmed.
    var html: String {
        segments.map { segment in
            switch segment {
            case .same(let words):
                return HTML.escape(words)
            case .added(let words):
                return #"<ins class="added"><span class="visually-hidden">added: </span>\#(HTML.escape(words))</ins>"#
            case .dropped(let words):
                return #"<del class="dropped"><span class="visually-hidden">dropped: </span>\#(HTML.escape(words))</del>"#
            case .changed(let from, let to):
                return #"<span class="changed"><del><span class="visually-hidden">changed from: </span>\#(HTML.escape(from))</del> "#
                    + #"<ins><span class="visually-hidden">to: </span>\#(HTML.escape(to))</ins></span>"#
            case .elided(let words):
                return #"<span class="elided" title="\#(HTML.escape(words))">…</span>"#
            case .beyond(let words):
                return #"<span class="beyond">\#(HTML.escape(words))</span>"#
            }
        }.joined(separator: " ")
    }

    /// What the report is next to the first one, in a few words.
    var label: String {
        if changesWording { return "Different wording" }
        if !segments.contains(where: { if case .same = $0 { true } else { false } }) { return "Another part of it" }
        let elides = segments.contains { if case .elided = $0 { true } else { false } }
        let goesBeyond = segments.contains { if case .beyond = $0 { true } else { false } }
        switch (elides, goesBeyond) {
        case (false, false): return "Same words"
        case (true, false): return "Part of it"
        case (false, true): return "Quotes more"
        case (true, true): return "Overlapping part"
        }
    }
}
