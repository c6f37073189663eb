/// Finds the element that holds a page's article and the blocks of article text in it, with
/// Readability's scoring: each paragraph gives points (for its length and commas) to the elements
/// around it, names such as "article-body" add to an element's points and names such as "comments"
/// take them away, link-heavy elements lose points in proportion, and the best element is widened
/// to its parent or siblings where they hold more of the same text.
struct MainContent {
    let tree: PageTree
    let page: PageBlocks
    /// For each node, true when it or an ancestor is page furniture.
    private(set) var excluded: [Bool]
    /// For each node, the characters of text in its subtree (furniture left out).
    private(set) var textLength: [Int]
    /// For each node, the characters of link text in its subtree (furniture left out).
    private(set) var linkLength: [Int]

    init(tree: PageTree, page: PageBlocks) {
        self.tree = tree
        self.page = page
        let nodes = tree.nodes
        var total = [Int](repeating: 0, count: nodes.count)
        for block in page.blocks { total[block.owner] += block.length }
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 { total[nodes[index].parent] += total[index] }
        // Furniture is left out, unless leaving it out would take the article with it: a page
        // whose body is `class="single-post has-sidebar"`, an `<article class="author-jane">`
        // around the element marked as the article's body, a `<div class="side-of-rail">` that
        // holds most of the `<article>` it sits in.
        let pageText = max(1, total.first ?? 1)
        var marksArticle = [Bool](repeating: false, count: nodes.count)
        var holdsArticle = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices.reversed() {
            let marked = ElementHints.isContent(nodes[index]) || nodes[index].tag == "article"
            marksArticle[index] = marked && total[index] * 4 >= pageText
            if marksArticle[index] { holdsArticle[index] = true }
            if holdsArticle[index], nodes[index].parent >= 0 { holdsArticle[nodes[index].parent] = true }
        }
        // What "most of the text" is measured against: the page, or the marked article around.
        var whole = [Int](repeating: pageText, count: nodes.count)
        excluded = [Bool](repeating: false, count: nodes.count)
        for index in nodes.indices {
            let parent = nodes[index].parent
            if parent >= 0 { whole[index] = marksArticle[parent] ? total[parent] : whole[parent] }
            excluded[index] =
                (parent >= 0 && excluded[parent])
                || (!holdsArticle[index] && !Self.pageTags.contains(nodes[index].tag)
                    && ElementHints.isBoilerplate(nodes[index]) && total[index] * 2 < whole[index])
        }
        textLength = [Int](repeating: 0, count: nodes.count)
        linkLength = [Int](repeating: 0, count: nodes.count)
        for block in page.blocks where !excluded[block.owner] {
            textLength[block.owner] += block.length
            linkLength[block.owner] += block.linkLength
        }
        for index in nodes.indices.reversed() where nodes[index].parent >= 0 {
            textLength[nodes[index].parent] += textLength[index]
            linkLength[nodes[index].parent] += linkLength[index]
        }
    }

    /// The share of an element's text that is link text.
    func linkDensity(_ node: Int) -> Double {
        textLength[node] == 0 ? 0 : Double(linkLength[node]) / Double(textLength[node])
    }

    /// Tags that hold the whole page, whatever their names say.
    private static let pageTags: Set<String> = ["html", "body", "main"]

    /// Tags of elements that hold paragraphs rather than being one.
    private static let containerTags: Set<String> = ["div", "section", "article", "main", "td", "body", "form", "center"]

    /// Tags whose own text counts as a paragraph for scoring.
    private static let paragraphTags: Set<String> = ["p", "div", "td", "pre", "blockquote", "section", "article", "dd", "main", "font", "span"]

    /// The elements that hold the article, in document order: the best-scoring element and the
    /// siblings that score close to it.
    func containers() -> [Int] {
        let nodes = tree.nodes
        var score = [Double](repeating: 0, count: nodes.count)
        var scored = [Bool](repeating: false, count: nodes.count)
        for block in page.blocks where !excluded[block.owner] && block.length >= 25 {
            guard Self.paragraphTags.contains(nodes[block.owner].tag) else { continue }
            let commas = block.text.unicodeScalars.lazy.filter { $0 == "," || $0 == "，" || $0 == "、" }.count
            let points = 1 + Double(commas) + min(Double(block.length / 100), 3)
            // Text straight inside a container counts as a paragraph of that container, as
            // Readability wraps such runs in paragraphs of their own.
            var ancestor = Self.containerTags.contains(nodes[block.owner].tag) ? block.owner : nodes[block.owner].parent
            var level = 0
            while ancestor >= 0, level < 5 {
                if !scored[ancestor] {
                    scored[ancestor] = true
                    score[ancestor] = Self.tagScore(nodes[ancestor].tag) + ElementHints.weight(nodes[ancestor])
                }
                score[ancestor] += points / (level == 0 ? 1 : level == 1 ? 2 : Double(level) * 3)
                ancestor = nodes[ancestor].parent
                level += 1
            }
        }
        var final = [Double](repeating: -.infinity, count: nodes.count)
        for index in nodes.indices where scored[index] && !excluded[index] {
            final[index] = score[index] * (1 - linkDensity(index))
        }
        guard var top = final.indices.max(by: { final[$0] < final[$1] }), final[top] > -.infinity else {
            return [0]
        }
        top = widened(top, final: final)
        return withSiblings(top, final: final)
    }

    private static func tagScore(_ tag: String) -> Double {
        switch tag {
        case "div", "article", "main", "section": return 5
        case "pre", "td", "blockquote": return 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": return -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": return -5
        default: return 0
        }
    }

    /// Readability's moves up the tree: to a common ancestor of several near-best elements, to a
    /// parent that scores higher, and through wrappers that hold nothing else.
    private func widened(_ start: Int, final: [Double]) -> Int {
        let nodes = tree.nodes
        var top = start
        let rivals = final.indices.filter { $0 != top && final[$0] >= final[top] * 0.75 }
            .sorted { final[$0] > final[$1] }.prefix(4)
        if rivals.count >= 3 {
            var parent = nodes[top].parent
            while parent > 0 {
                if rivals.filter({ page.contains(parent, $0) }).count >= 3 {
                    top = parent
                    break
                }
                parent = nodes[parent].parent
            }
        }
        var lastScore = final[top]
        let threshold = lastScore / 3
        var parent = nodes[top].parent
        while parent > 0, nodes[parent].tag != "body" {
            if final[parent] == -.infinity {
                parent = nodes[parent].parent
                continue
            }
            if final[parent] < threshold { break }
            if final[parent] > lastScore {
                top = parent
                break
            }
            lastScore = final[parent]
            parent = nodes[parent].parent
        }
        while nodes[top].parent > 0, nodes[nodes[top].parent].tag != "body",
            nodes[nodes[top].parent].children.filter({ !nodes[$0].isText && !excluded[$0] }).count == 1
        {
            top = nodes[top].parent
        }
        return top
    }

    /// The best element and those of its siblings that score at least a fifth as well, or are
    /// paragraphs of prose with few links.
    private func withSiblings(_ top: Int, final: [Double]) -> [Int] {
        let nodes = tree.nodes
        let parent = nodes[top].parent
        guard parent >= 0 else { return [top] }
        let threshold = max(10, final[top] * 0.2)
        return nodes[parent].children.filter { sibling in
            if sibling == top { return true }
            if nodes[sibling].isText || excluded[sibling] { return false }
            let bonus = !nodes[top].marker.isEmpty && nodes[sibling].marker == nodes[top].marker ? final[top] * 0.2 : 0
            if final[sibling] + bonus >= threshold { return true }
            guard nodes[sibling].tag == "p" else { return false }
            let length = textLength[sibling]
            let density = linkDensity(sibling)
            return (length > 80 && density < 0.25) || (length > 0 && length <= 80 && density == 0 && endsSentence(sibling))
        }
    }

    private func endsSentence(_ node: Int) -> Bool {
        guard let block = page.blocks.last(where: { page.contains(node, $0.owner) }) else { return false }
        return block.text.hasSuffix(".")
    }
}
