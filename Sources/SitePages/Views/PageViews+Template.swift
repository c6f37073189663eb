// Each view answers for its fields by the names templates use: the property names in
// `PageViews.swift`. A test checks every stored property is answered for.

extension LayoutView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "siteTitle": self.siteTitle
        case "description": present(self.description)
        case "canonical": present(self.canonical)
        case "baseHref": present(self.baseHref)
        case "jsonLD": present(self.jsonLD)
        case "speakerFeed": present(self.speakerFeed)
        case "ogType": self.ogType
        case "noIndex": self.noIndex
        case "footerNote": present(self.footerNote)
        case "fictionNote": present(self.fictionNote)
        case "links": self.links
        case "isHome": self.isHome
        case "isPeople": self.isPeople
        case "isTopics": self.isTopics
        case "isSearch": self.isSearch
        case "isArchive": self.isArchive
        default: nil
        }
    }
}

extension NavLinks: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "home": self.home
        case "articles": self.articles
        case "people": self.people
        case "topics": present(self.topics)
        case "stylesheet": self.stylesheet
        case "feed": self.feed
        case "quotes": self.quotes
        case "quotesCSV": self.quotesCSV
        case "search": self.search
        default: nil
        }
    }
}

extension DateView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "text": self.text
        case "iso": present(self.iso)
        default: nil
        }
    }
}

extension LinkView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        default: nil
        }
    }
}

extension TeaserView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "title": self.title
        case "url": self.url
        case "kicker": present(self.kicker)
        case "source": present(self.source)
        case "date": present(self.date)
        case "standfirst": present(self.standfirst)
        case "quoteCountText": self.quoteCountText
        case "isFiction": self.isFiction
        default: nil
        }
    }
}

extension SpeakerItemView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        case "role": present(self.role)
        case "countText": self.countText
        default: nil
        }
    }
}

extension PagerView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "count": self.count
        case "previous": present(self.previous)
        case "next": present(self.next)
        case "entries": self.entries
        default: nil
        }
    }
}

extension PagerView.Entry: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "number": self.number
        case "label": self.label
        case "url": present(self.url)
        case "isGap": self.isGap
        case "isCurrent": self.isCurrent
        default: nil
        }
    }
}

extension HomePage: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "heading": self.heading
        case "articles": self.articles
        case "allArticlesText": self.allArticlesText
        case "speakers": self.speakers
        case "chartHTML": present(self.chartHTML)
        case "topics": self.topics
        default: nil
        }
    }
}

extension ArticlePage: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "title": self.title
        case "kicker": present(self.kicker)
        case "source": present(self.source)
        case "date": present(self.date)
        case "standfirst": present(self.standfirst)
        case "quoteCountText": self.quoteCountText
        case "topics": self.topics
        case "titleHTML": self.titleHTML
        case "standfirstHTML": present(self.standfirstHTML)
        case "bodyHTML": self.bodyHTML
        case "speakers": self.speakers
        case "related": self.related
        case "alsoReported": self.alsoReported
        case "isFiction": self.isFiction
        case "unsureNote": present(self.unsureNote)
        default: nil
        }
    }
}

extension PeoplePage: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "summary": self.summary
        case "groups": self.groups
        case "pager": present(self.pager)
        default: nil
        }
    }
}

extension PeopleGroupView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "heading": self.heading
        case "letters": self.letters
        case "index": self.index
        default: nil
        }
    }
}

extension LetterView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "letter": self.letter
        case "speakers": self.speakers
        default: nil
        }
    }
}

extension PersonPage: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "name": self.name
        case "kindLabel": self.kindLabel
        case "roles": self.roles
        case "aliasesText": present(self.aliasesText)
        case "quoteCountText": self.quoteCountText
        case "articleCountText": self.articleCountText
        case "topics": self.topics
        case "groups": self.groups
        case "timelineHTML": present(self.timelineHTML)
        case "timelineNote": present(self.timelineNote)
        case "feedURL": present(self.feedURL)
        case "alongside": self.alongside
        case "unsureNote": present(self.unsureNote)
        case "pager": present(self.pager)
        default: nil
        }
    }
}

extension QuoteGroupView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "title": self.title
        case "url": self.url
        case "source": present(self.source)
        case "date": present(self.date)
        case "quotes": self.quotes
        default: nil
        }
    }
}

extension PersonQuoteView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "text": self.text
        case "url": self.url
        case "continued": present(self.continued)
        case "articleTitle": self.articleTitle
        case "context": present(self.context)
        case "isUncertain": self.isUncertain
        case "reports": self.reports
        case "statementURL": present(self.statementURL)
        case "reportsText": "Reported in \(Counting.text(self.reportCount, "article"))"
        case "reportCount": self.reportCount
        case "moreReports": present(self.moreReports)
        default: nil
        }
    }
}

extension ContinuedQuoteView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "cue": self.cue
        case "text": self.text
        case "url": self.url
        default: nil
        }
    }
}

extension TopicsPage: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "topics": self.topics
        default: nil
        }
    }
}

extension TopicItemView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": self.url
        case "countText": self.countText
        default: nil
        }
    }
}

extension TopicPage: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "name": self.name
        case "articles": self.articles
        case "speakers": self.speakers
        case "chartHTML": present(self.chartHTML)
        case "pager": present(self.pager)
        default: nil
        }
    }
}

extension ArchivePage: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "summary": self.summary
        case "articles": self.articles
        case "groups": self.groups
        case "pager": present(self.pager)
        default: nil
        }
    }
}

extension ArchiveGroupView: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "id": self.id
        case "heading": self.heading
        case "articles": self.articles
        default: nil
        }
    }
}

extension SearchPage: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        case "indexScript": self.indexScript
        case "searchScript": self.searchScript
        default: nil
        }
    }
}

extension NotFoundPage: TemplateView {
    func field(named name: String) -> Any? {
        switch name {
        case "layout": self.layout
        default: nil
        }
    }
}
