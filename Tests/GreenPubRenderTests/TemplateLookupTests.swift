import GreenPubModel
import GreenPubTemplates
import Testing
@testable import GreenPubRender

/// The view models with a hand-written template lookup answer for every stored property,
/// exactly as the reflection they replace would.
@Suite struct TemplateLookupTests {
    func checkLookup(_ value: any TemplateObject) {
        let mirror = Mirror(reflecting: value)
        #expect(!mirror.children.isEmpty)
        for child in mirror.children {
            guard let label = child.label else { continue }
            let found = value.templateValue(forKey: ViewKey.vocabulary.key(label))
            let reflected = TemplateValue.reflecting(child.value)
            #expect(describe(found) == describe(reflected), "\(type(of: value)).\(label)")
        }
        #expect(value.templateValue(forKey: ViewKey.vocabulary.key("noSuchProperty")) == nil)
    }

    /// A comparable description: texts and booleans in full, lists element by element, objects
    /// by the type they wrap.
    func describe(_ value: TemplateValue?) -> String {
        switch value {
        case nil: "nil"
        case .text(let text)?: "text(\(text))"
        case .markup(let bytes)?: "markup(\(String(decoding: bytes, as: UTF8.self)))"
        case .bool(let flag)?: "bool(\(flag))"
        case .list(let list)?: "[" + list.elements.map(describe).joined(separator: ",") + "]"
        case .object?: "object"
        }
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

@Suite struct RowLookupTests {
    @Test func registerAndGroupRowsAnswerForEveryStoredProperty() {
        let lookup = TemplateLookupTests()
        lookup.checkLookup(ProjectListView.Entry(
            anchor: "entry-RF-1", id: "RF-1", title: "改造", note: "说明", hasNote: true, institution: "单位",
            institutionHref: "../institutions/E1.html", hasInstitutionHref: true, statusLabel: "已完成",
            statusClass: "done", start: "2021-01", end: "2021-06", cells: ["1", "2"]))
        lookup.checkLookup(TaskTableView.EntryLink(id: "RF-1", title: "改造", href: "projects.html#entry-RF-1"))
        lookup.checkLookup(GroupView.Member(rank: 3, name: "单位", href: "../institutions/E1.html", value: "1.5"))
    }
}

@Suite struct LayoutLookupTests {
    @Test func layoutAnswersForEveryStoredProperty() {
        let page = SitePage(outputPath: "a/b.html", title: "标题", description: "说明",
                            breadcrumbs: [SitePage.Crumb(title: "首页", outputPath: "index.html")],
                            menuPath: "a/b.html", kind: "page", bodyHTML: "<p>x</p>")
        let config = SiteConfig(title: "站点", organisation: "单位", description: "站点说明")
        let view = LayoutView(page: page, config: config, menu: [MenuItem(title: "首页", outputPath: "index.html", order: 0)])
        TemplateLookupTests().checkLookup(view)
        view.nav.forEach { TemplateLookupTests().checkLookup($0) }
        view.breadcrumbs.forEach { TemplateLookupTests().checkLookup($0) }
    }
}

@Suite struct TemplateSetTests {
    @Test func aPartialThatNamesNoTemplateIsALoadTimeError() {
        let sources = [
            TemplateSource(name: "layout", path: "templates/layout.mustache", text: "{{{content}}}"),
            TemplateSource(name: "page", path: "templates/page.mustache", text: "<h1>{{title}}</h1>\n  {{> partials/missing}}\n"),
        ]
        let (set, diagnostics) = TemplateSet.parse(sources)
        #expect(set == nil)
        #expect(diagnostics.map(\.description) == [
            "templates/page.mustache:2:3: error: template {{> partials/missing}}: there is no templates/partials/missing.mustache",
        ])
    }
}
