/// Writes a chart's numbers as an accessible HTML table inside a `<details>` block.
struct DataTable {
    /// Column headers, the first one heading the row-header column.
    var columns: [String]
    /// Body rows: a row header and one cell per remaining column.
    var rows: [(header: String, cells: [String])]
    /// Optional footer rows (totals).
    var footer: [(header: String, cells: [String])] = []

    /// The `<details>` block; the units belong in the column headers.
    func html(chartID: String, caption: String) -> String {
        let prefix = Markup.idFragment(chartID)
        var output = "<details class=\"chart-data\" id=\"\(prefix)-data\">\n"
        output += "<summary>\(ChartStrings.dataTable)</summary>\n"
        output += "<table>\n"
        output += "<caption>\(Markup.escape(caption))</caption>\n"
        output += "<thead>\n<tr>"
        for column in columns { output += "<th scope=\"col\">\(Markup.escape(column))</th>" }
        output += "</tr>\n</thead>\n"
        output += "<tbody>\n"
        for row in rows { output += rowHTML(row) }
        output += "</tbody>\n"
        if !footer.isEmpty {
            output += "<tfoot>\n"
            for row in footer { output += rowHTML(row) }
            output += "</tfoot>\n"
        }
        output += "</table>\n</details>\n"
        return output
    }

    private func rowHTML(_ row: (header: String, cells: [String])) -> String {
        var line = "<tr><th scope=\"row\">\(Markup.escape(row.header))</th>"
        for cell in row.cells {
            let missing = cell == ChartNumberFormat.missing
            line += missing ? "<td class=\"missing\">" : "<td class=\"num\">"
            line += Markup.escape(cell) + "</td>"
        }
        return line + "</tr>\n"
    }
}
