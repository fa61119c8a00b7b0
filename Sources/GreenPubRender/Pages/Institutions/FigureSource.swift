import GreenPubModel

/// The "数据来源" line under a figure or table: which statistics it comes from and where the
/// method is explained. Returns escaped HTML.
enum FigureSource {
    /// `数据来源：2020年统计报表；计算方法见方法说明。` (the page names the file once).
    static func statistics(year: Int, from: String, method: String = MethodologyPaths.formulas) -> String {
        "数据来源：\(year)年统计报表；计算方法见"
            + "<a href=\"\(XMLText.escape(RelativeURL.link(from: from, to: method)))\">方法说明</a>。"
    }

    /// The same for a figure over several years.
    static func statistics(years: [Int], from: String, method: String = MethodologyPaths.formulas) -> String {
        let span = years.count > 1 ? "\(years[0])—\(years[years.count - 1])年" : years.first.map { "\($0)年" } ?? ""
        return "数据来源：\(span)各年统计报表；计算方法见"
            + "<a href=\"\(XMLText.escape(RelativeURL.link(from: from, to: method)))\">方法说明</a>。"
    }
}
