import Mustache

// Templates read view fields by name. Without these conformances the template engine finds each
// field through `Mirror`, which costs more than everything else a build does; a `switch` over the
// field names is the same lookup without reflection. `PageViewFieldTests` walks real pages and
// fails when a field is missing here, so a field added to a view cannot silently render empty.

extension LayoutView: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "siteTitle": self.siteTitle
        case "description": self.description
        case "canonical": self.canonical
        case "baseHref": self.baseHref
        case "jsonLD": self.jsonLD
        case "footerNote": self.footerNote
        case "fictionNote": self.fictionNote
        case "links": self.links
        case "isHome": self.isHome
        case "isPeople": self.isPeople
        case "isTopics": self.isTopics
        case "isSearch": self.isSearch
        default: nil
        }
    }
}

extension NavLinks: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "home": self.home
        case "people": self.people
        case "topics": self.topics
        case "stylesheet": self.stylesheet
        case "feed": self.feed
        case "quotes": self.quotes
        case "search": self.search
        default: nil
        }
    }
}

extension DateView: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "iso": self.iso
        default: nil
        }
    }
}

extension LinkView: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        default: nil
        }
    }
}

extension TeaserView: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "kicker": self.kicker
        case "source": self.source
        case "date": self.date
        case "standfirst": self.standfirst
        case "quoteCountText": self.quoteCountText
        case "isFiction": self.isFiction
        default: nil
        }
    }
}

extension SpeakerItemView: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        case "role": self.role
        case "countText": self.countText
        default: nil
        }
    }
}

extension HomePage: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "heading": self.heading
        case "articles": self.articles
        case "speakers": self.speakers
        case "topics": self.topics
        default: nil
        }
    }
}

extension ArticlePage: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "title": self.title
        case "kicker": self.kicker
        case "source": self.source
        case "date": self.date
        case "standfirst": self.standfirst
        case "quoteCountText": self.quoteCountText
        case "topics": self.topics
        case "titleHTML": self.titleHTML
        case "standfirstHTML": self.standfirstHTML
        case "bodyHTML": self.bodyHTML
        case "speakers": self.speakers
        case "related": self.related
        case "isFiction": self.isFiction
        default: nil
        }
    }
}

extension PeoplePage: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "summary": self.summary
        case "groups": self.groups
        default: nil
        }
    }
}

extension PeopleGroupView: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "heading": self.heading
        case "letters": self.letters
        default: nil
        }
    }
}

extension LetterView: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "letter": self.letter
        case "speakers": self.speakers
        default: nil
        }
    }
}

extension PersonPage: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "name": self.name
        case "kindLabel": self.kindLabel
        case "roles": self.roles
        case "aliasesText": self.aliasesText
        case "quoteCountText": self.quoteCountText
        case "articleCountText": self.articleCountText
        case "groups": self.groups
        case "alongside": self.alongside
        default: nil
        }
    }
}

extension QuoteGroupView: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "title": self.title
        case "url": self.url
        case "source": self.source
        case "date": self.date
        case "quotes": self.quotes
        default: nil
        }
    }
}

extension PersonQuoteView: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "text": self.text
        case "url": self.url
        case "articleTitle": self.articleTitle
        default: nil
        }
    }
}

extension TopicsPage: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "topics": self.topics
        default: nil
        }
    }
}

extension TopicItemView: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        case "countText": self.countText
        default: nil
        }
    }
}

extension TopicPage: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "name": self.name
        case "articles": self.articles
        case "speakers": self.speakers
        default: nil
        }
    }
}

extension SearchPage: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "indexScript": self.indexScript
        case "searchScript": self.searchScript
        default: nil
        }
    }
}

extension NotFoundPage: MustacheParent {
    /// The field named `name`, as the templates read it.
    func child(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        default: nil
        }
    }
}
