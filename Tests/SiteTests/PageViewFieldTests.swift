import Mustache
import Testing

@testable import Site

/// Every field of every page view must be readable by name, the way the templates read it.
@Suite struct PageViewFieldTests {
    let renderer = SiteRenderer(
        graph: SiteGraph(documents: [Fixtures.weather, Fixtures.bases, Fixtures.visit]), templates: try! SiteTemplates())

    /// One page of each kind, built from the fixture graph.
    var pages: [Any] {
        let graph = renderer.graph
        var pages: [Any] = [renderer.homePage(), renderer.peoplePage(), renderer.topicsPage(), renderer.searchPage()]
        pages += graph.articles.map { renderer.articlePage($0) as Any }
        pages += graph.speakers.map { renderer.personPage($0) as Any }
        pages += graph.topics.map { renderer.topicPage($0) as Any }
        pages.append(NotFoundPage(layout: renderer.layout(for: SitePath.notFound, title: "Page not found")))
        return pages
    }

    @Test func everyStoredFieldIsReadableByName() {
        var checked = Set<String>()
        for page in pages { check(page, path: String(describing: type(of: page)), checked: &checked) }
        // Every view type of the pages was reached, nested ones included.
        #expect(checked.isSuperset(of: ["LayoutView", "NavLinks", "TeaserView", "SpeakerItemView", "PersonQuoteView", "LetterView"]))
    }

    /// Compares each stored field of `value` (found by reflection) with what `child(named:)` gives,
    /// then does the same for the values inside it.
    private func check(_ value: Any, path: String, checked: inout Set<String>) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional, .collection:
            for child in mirror.children { check(child.value, path: path, checked: &checked) }
        case .struct where String(reflecting: type(of: value)).hasPrefix("Site."):
            guard let parent = value as? MustacheParent else {
                Issue.record("\(path): \(type(of: value)) has no by-name field access for the templates")
                return
            }
            checked.insert(String(describing: type(of: value)))
            for child in mirror.children {
                guard let label = child.label else { continue }
                let reflected: Any? =
                    Mirror(reflecting: child.value).displayStyle == .optional
                    ? Mirror(reflecting: child.value).children.first?.value : child.value
                let named = parent.child(named: label)
                #expect(
                    named.map { String(describing: $0) } == reflected.map { String(describing: $0) },
                    "\(path).\(label) reads differently by name")
                check(child.value, path: "\(path).\(label)", checked: &checked)
            }
        default:
            break
        }
    }
}
