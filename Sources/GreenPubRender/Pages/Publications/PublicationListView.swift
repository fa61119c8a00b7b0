/// What `templates/list.mustache` sees: a list of publications or campaigns, newest first.
struct PublicationListView {
    struct Item {
        let title: String
        let href: String
        /// ISO date for `<time datetime>`; nil when the item has none.
        let date: String?
        /// The date as readers see it (2025年6月23日) or the campaign's dates.
        let dateText: String?
        let summary: String?
        /// A small line under the summary (the campaign a briefing belongs to, ...).
        let meta: String?
        let metaHref: String?
    }

    let title: String
    let intro: String
    let items: [Item]
    let hasItems: Bool
    /// What the page says when there is nothing to list.
    let emptyText: String

    init(title: String, intro: String, items: [Item], emptyText: String) {
        self.title = title
        self.intro = intro
        self.items = items
        self.hasItems = !items.isEmpty
        self.emptyText = emptyText
    }
}
