import GreenPubCharts
import GreenPubCompute
import GreenPubModel
import GreenPubTemplates

/// What `templates/institutions.mustache` sees: the list page, or a further page of one group.
struct InstitutionListView {
    struct Row {
        let rank: Int
        let name: String
        let id: String
        let href: String
        let intensity: String
        /// The sparkline's SVG (generated markup).
        let sparkline: RenderedMarkup
        let area: String
        let users: String
        let energy: String
        let co2: String
        let water: String
    }

    struct Section {
        let anchor: String
        let title: String
        let groupHref: String
        let summary: String
        let rows: [Row]
        let hasRows: Bool
        /// Links to every page of the group's ranking, when it has more than one.
        let pages: LinksView?
    }

    let title: String
    let yearNote: String
    let lead: String
    let groupLinks: LinksView?
    let sections: [Section]
    let absent: [LinkView]
    let hasAbsent: Bool
    let absentNote: String
    let intensitiesHref: String
    let structureHref: String

    /// The list page: page 1 of every group, and the institutions missing from the latest year.
    static func index(data: SiteData, directory: InstitutionDirectory, ranking: IntensityRanking) -> InstitutionListView {
        let path = InstitutionPaths.list
        let year = directory.years[directory.years.count - 1]
        let sections = InstitutionGroup.allCases.map { section(group: $0, page: 1, directory: directory, ranking: ranking, from: path) }
        let latestIndex = directory.years.count - 1
        let absent = directory.histories.filter { $0.accounts[latestIndex] == nil }.map { history in
            LinkView(title: "\(history.name)（\(history.id)，最近报送\(directory.years[history.latestYearIndex])年）",
                     href: RelativeURL.link(from: path, to: history.path))
        }
        return InstitutionListView(
            title: InstitutionListPageBuilder.menuTitle, path: path, year: year, years: directory.years,
            groupLinks: LinksView(label: "按分类跳转", links: InstitutionGroup.allCases.map {
                LinkView(title: $0.pageTitle, href: "#" + InstitutionPaths.listAnchor($0))
            }),
            sections: sections, absent: absent)
    }

    /// Page `page` (2 or more) of one group's ranking.
    static func ranking(group: InstitutionGroup, page: Int, data: SiteData, directory: InstitutionDirectory,
                        ranking: IntensityRanking, from path: String) -> InstitutionListView {
        let year = directory.years[directory.years.count - 1]
        return InstitutionListView(
            title: "\(group.pageTitle)排名（第\(page)页）", path: path, year: year, years: directory.years, groupLinks: nil,
            sections: [section(group: group, page: page, directory: directory, ranking: ranking, from: path)], absent: [])
    }

    private init(title: String, path: String, year: Int, years: [Int], groupLinks: LinksView?, sections: [Section], absent: [LinkView]) {
        self.title = title
        yearNote = "统计年度：\(year)年（趋势 \(GroupView.span(years))）"
        lead = "按\(year)年单位建筑面积能耗（千克标准煤/平方米）由高到低排列，每类单独排名；“趋势”为该单位各年的单位建筑面积能耗。点击单位名称查看逐年数据、能源结构和项目。"
        self.groupLinks = groupLinks
        self.sections = sections
        self.absent = absent
        hasAbsent = !absent.isEmpty
        absentNote = "以下单位往年报送过统计数据，\(year)年未报送，未参加本年排名："
        intensitiesHref = RelativeURL.link(from: path, to: MethodologyPaths.intensities)
        structureHref = RelativeURL.link(from: path, to: InstitutionPaths.structure(year))
    }

    static func section(group: InstitutionGroup, page: Int, directory: InstitutionDirectory, ranking: IntensityRanking,
                        from path: String) -> Section {
        let members = ranking.members(of: group)
        let size = InstitutionListPageBuilder.pageSize
        let start = (page - 1) * size
        let slice = members[min(start, members.count)..<min(start + size, members.count)]
        let years = directory.years.map(String.init)
        let rows = slice.enumerated().map { offset, account in
            row(rank: start + offset + 1, account: account, history: directory.history(id: account.id), years: years, from: path)
        }
        let pageCount = InstitutionListPageBuilder.pageCount(members.count)
        let pages: LinksView? = pageCount > 1 ? LinksView(label: "\(group.pageTitle)排名分页", links: (1...pageCount).map { number in
            let target = number == 1 ? InstitutionPaths.list : InstitutionPaths.ranking(group, page: number)
            let first = (number - 1) * size + 1
            let last = min(number * size, members.count)
            return LinkView(title: "第\(first)—\(last)名", href: RelativeURL.link(from: path, to: target)
                                + (number == 1 ? "#" + InstitutionPaths.listAnchor(group) : ""), current: number == page)
        }) : nil
        let shown = pageCount > 1 ? "，本页第\(start + 1)—\(start + slice.count)名" : ""
        return Section(
            anchor: InstitutionPaths.listAnchor(group), title: group.pageTitle,
            groupHref: RelativeURL.link(from: path, to: InstitutionPaths.group(group)),
            summary: "共\(members.count)家\(shown)。", rows: rows, hasRows: !rows.isEmpty, pages: pages)
    }

    static func row(rank: Int, account: InstitutionAccount, history: InstitutionHistory?, years: [String], from path: String) -> Row {
        let totals = account.totals
        let trend = history?.energyPerAreaByYear ?? [account.intensities.energyPerArea]
        let spark = Sparkline(
            id: "trend-\(InstitutionPaths.slug(forID: account.id))", title: "\(account.name)单位建筑面积能耗趋势",
            values: trend, xLabels: years, unit: "千克标准煤/平方米", decimals: 2, key: account.group.paletteKey,
            width: 88, height: 22)
        return Row(
            rank: rank, name: account.name, id: account.id,
            href: RelativeURL.link(from: path, to: InstitutionPaths.institution(id: account.id)),
            intensity: Figures.number(account.intensities.energyPerArea, decimals: 2),
            sparkline: RenderedMarkup(bytes: spark.svgBytes()),
            area: Figures.number(totals.areaM2, decimals: 0, grouping: true),
            users: Figures.number(totals.users, decimals: 0, grouping: true),
            energy: Figures.number(totals.totalEnergyTce, decimals: 2, grouping: true),
            co2: Figures.number(totals.totalCO2Tonnes, decimals: 2, grouping: true),
            water: Figures.number(totals.waterM3, decimals: 0, grouping: true))
    }
}
