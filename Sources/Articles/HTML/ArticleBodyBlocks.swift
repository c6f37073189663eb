import Foundation

/// Picks the paragraphs of the article from the blocks of the elements that hold it, leaving out
/// what sits among them but is not the article: the headline again, link lists, bylines, and the
/// stock lines of page furniture ("Advertisement", "Sign up for…", "Read more").
enum ArticleBodyBlocks {
    /// The article's paragraphs, in page order; `declaredBody` is the page's JSON-LD
    /// `articleBody`, when it has one.
    static func paragraphs(_ content: MainContent, title: String?, declaredBody: String?) -> [String] {
        let page = content.page
        let containers = content.containers()
        let titleKey = title.map(key)
        let isText = { (index: Int) in isArticleText(page.blocks[index], content, titleKey: titleKey) }
        let chosen = page.blocks.indices.filter { index in
            let owner = page.blocks[index].owner
            return !content.excluded[owner] && containers.contains { page.contains($0, owner) } && isText(index)
        }
        // A top-level heading before the text is the headline in some form; one among the
        // paragraphs is a section heading (some pages use <h1> for every heading).
        let isHeadline = { (index: Int) in content.tree.nodes[page.blocks[index].owner].tag == "h1" }
        let paragraphs = chosen.drop(while: isHeadline).map { page.blocks[$0].text }
        return declaredBody.flatMap { DeclaredBody($0).replacement(for: paragraphs) } ?? paragraphs
    }

    /// True when a block can be article text wherever it sits: not the headline again, not mostly
    /// links, not decoration or a stock line of furniture.
    private static func isArticleText(_ block: PageBlocks.Block, _ content: MainContent, titleKey: String?) -> Bool {
        if let titleKey, repeats(titleKey, key(block.text)) { return false }
        if block.linkLength * 2 > block.length { return false }
        // A block of bullets, bars or dashes only is decoration.
        if !block.text.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil }) {
            return false
        }
        return !inLinkList(block.owner, content) && !isFurniture(block.text)
    }

    /// True when a block's text is the headline again, perhaps longer or shorter than the
    /// headline the page declares ("Hunter diagnosed with plague" beside "Hunter diagnosed with
    /// plague after eating a rabbit").
    private static func repeats(_ titleKey: String, _ blockKey: String) -> Bool {
        if blockKey == titleKey { return true }
        guard min(blockKey.count, titleKey.count) >= 20, blockKey.count <= titleKey.count * 2,
            blockKey.count * 3 >= titleKey.count * 2
        else { return false }
        return blockKey.hasPrefix(titleKey) || titleKey.hasPrefix(blockKey)
    }

    /// True when the block sits in a list or table that is mostly links (a list of other stories).
    private static func inLinkList(_ owner: Int, _ content: MainContent) -> Bool {
        var node = owner
        for _ in 0..<4 {
            guard node >= 0 else { return false }
            let tag = content.tree.nodes[node].tag
            if ["ul", "ol", "table", "dl"].contains(tag) {
                // A list of other stories is short items that are mostly links; a list in the
                // article has items of prose with a link here and there.
                let items = max(1, content.tree.nodes[node].children.count)
                let density = content.linkDensity(node)
                return density > 0.6 || (density > 0.3 && content.textLength[node] / items < 100)
            }
            node = content.tree.nodes[node].parent
        }
        return false
    }

    /// Lines that pages put among paragraphs but that are never article text.
    private static let furniturePrefixes = [
        "advertisement", "sign up", "subscribe", "read more", "related:", "related coverage", "related articles",
        "follow us", "share this", "click here", "all rights reserved", "copyright", "©", "this story has been shared",
        "more from", "see also", "recommended:", "listen to this", "story continues", "continue reading",
        "scroll to continue", "image:", "photo:", "image caption", "media caption", "getty images", "(photo",
        "photograph:", "we use cookies", "skip to", "read next", "most popular", "you may also like",
        "newsletter", "get the latest", "supported by", "this article was originally",
    ]

    /// Whole lines (ignoring case and trailing punctuation) that label page furniture.
    private static let furnitureLines: Set<String> = [
        "advert", "ad", "comments", "comment", "previous post", "next post", "previous article", "next article",
        "share", "share this", "tweet", "email", "print", "related", "related stories", "more", "loading",
        "sponsored", "tell us what you think", "leave a comment", "leave a reply", "back to top", "top",
    ]

    /// Stamps such as "Published 1 day ago" or "Updated 11:21 pm CST, Tuesday".
    private static let stampPrefixes = ["published", "updated", "posted", "last updated", "first published", "last modified"]

    private static func isFurniture(_ text: String) -> Bool {
        let lower = text.lowercased()
        if text.count < 200, furniturePrefixes.contains(where: lower.hasPrefix) { return true }
        if text.count < 60, lower.hasPrefix("by ") { return true }
        if text.count < 40, furnitureLines.contains(lower.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))) {
            return true
        }
        if text.count < 80, stampPrefixes.contains(where: lower.hasPrefix),
            lower.contains(where: \.isNumber) || lower.contains(" ago")
        {
            return true
        }
        return false
    }

    /// A block's text for comparison: letters and digits only, lowercased.
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { scalar in
            scalar.isASCII ? ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) : scalar.properties.isAlphabetic
        }))
    }
}
