import GreenPubModel
import Mustache
import Testing
@testable import GreenPubRender

/// The view models with a hand-written Mustache lookup answer for every stored property,
/// exactly as the Mirror lookup they replace would.
@Suite struct MustacheLookupTests {
    func checkLookup(_ value: any MustacheParent) {
        let mirror = Mirror(reflecting: value)
        #expect(!mirror.children.isEmpty)
        for child in mirror.children {
            guard let label = child.label else { continue }
            let found = value.child(named: label)
            let optional = Mirror(reflecting: child.value)
            let stored: Any? = optional.displayStyle == .optional ? optional.children.first?.value : child.value
            #expect((found == nil) == (stored == nil), "\(type(of: value)).\(label)")
            if let found, let stored {
                #expect(String(describing: found) == String(describing: stored), "\(type(of: value)).\(label)")
            }
        }
        #expect(value.child(named: "noSuchProperty") == nil)
    }

    @Test func everyStoredPropertyIsFound() throws {
        let data = InstitutionFixture.small(registers: [InstitutionFixture.entry("RF-1", institution: "E1", area: 100)])
        let directory = InstitutionDirectory(data: data)
        let shared = InstitutionPageContext(data: data)
        let history = try #require(directory.history(id: "E1"))
        let view = InstitutionView(history: history, shared: shared)
        checkLookup(view)
        checkLookup(view.cards)
        view.cards.cards.forEach(checkLookup)
        checkLookup(view.factsTable)
        view.factsTable.columns.forEach(checkLookup)
        view.factsTable.rows.forEach(checkLookup)
        view.factsTable.rows[0].cells.forEach(checkLookup)
        checkLookup(view.trendFigure)
        view.projects.forEach(checkLookup)
        checkLookup(LinksView(label: "l", links: [LinkView(title: "t", href: "h", current: true)]))
        checkLookup(LinkView(title: "t", href: "h", current: true))
        checkLookup(TableView.Row(header: "h", href: nil, note: "n", cells: []))
        let list = InstitutionListView.index(data: data, directory: directory, ranking: IntensityRanking(try #require(data.latestAccounts)))
        list.sections.flatMap(\.rows).forEach(checkLookup)
    }
}

@Suite struct LayoutLookupTests {
    @Test func layoutAnswersForEveryStoredProperty() {
        let page = SitePage(outputPath: "a/b.html", title: "标题", description: "说明",
                            breadcrumbs: [SitePage.Crumb(title: "首页", outputPath: "index.html")],
                            menuPath: "a/b.html", kind: "page", bodyHTML: "<p>x</p>")
        let config = SiteConfig(title: "站点", organisation: "单位", description: "站点说明")
        let view = LayoutView(page: page, config: config, menu: [MenuItem(title: "首页", outputPath: "index.html", order: 0)])
        MustacheLookupTests().checkLookup(view)
        view.nav.forEach { MustacheLookupTests().checkLookup($0) }
        view.breadcrumbs.forEach { MustacheLookupTests().checkLookup($0) }
    }
}
