import GreenPubTemplates

/// A link of a switcher or a list, marked when it is the page itself.
struct LinkView {
    let title: String
    let href: String
    let current: Bool

    init(title: String, href: String, current: Bool = false) {
        self.title = title
        self.href = href
        self.current = current
    }
}

/// A headline figure: label, number, unit and an optional note or link.
struct CardView {
    let label: String
    let value: String
    let unit: String
    let note: String?
    let href: String?
}

/// A table of figures rendered by `partials/inst-table`: a header row, body rows each led by a
/// row header (linked when `href` is set), inside a focusable scroll region.
struct TableView {
    struct Cell {
        let text: String
        /// Right-aligned, never broken (figures); false for text cells.
        let isNumber: Bool

        static func number(_ text: String) -> Cell { Cell(text: text, isNumber: true) }
        static func text(_ text: String) -> Cell { Cell(text: text, isNumber: false) }
    }

    /// A column header, with its unit printed small under it.
    struct Column {
        let title: String
        let unit: String?

        init(_ title: String, unit: String? = nil) {
            self.title = title
            self.unit = unit
        }
    }

    struct Row {
        let header: String
        let href: String?
        /// A second line under the row header (an id, a unit).
        let note: String?
        let cells: [Cell]

        init(header: String, href: String? = nil, note: String? = nil, cells: [Cell]) {
            self.header = header
            self.href = href
            self.note = note
            self.cells = cells
        }
    }

    /// Names the scroll region for screen readers.
    let label: String
    let caption: String?
    /// Header of the row-header column.
    let corner: String
    let columns: [Column]
    let rows: [Row]
    let footer: [Row]
    let hasFooter: Bool
    /// Extra class on the table (`inst-facts`, `inst-ranking`).
    let style: String?

    init(label: String, caption: String? = nil, corner: String, columns: [Column], rows: [Row],
         footer: [Row] = [], style: String? = nil) {
        self.label = label
        self.caption = caption
        self.corner = corner
        self.columns = columns
        self.rows = rows
        self.footer = footer
        hasFooter = !footer.isEmpty
        self.style = style
    }
}

/// A chart already rendered as a `<figure>` (ChartFigure), placed with `{{{html}}}`.
struct FigureView {
    let html: RenderedMarkup
}

/// Headline figures, rendered by `partials/inst-cards`.
struct CardsView {
    let cards: [CardView]
}

/// A row of links (year switcher, group switcher), rendered by `partials/inst-links` as a
/// navigation named `label`.
struct LinksView {
    let label: String
    let links: [LinkView]
}
