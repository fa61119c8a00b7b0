/// Writes a chart's numbers as an accessible HTML table inside a `<details>` block.
struct DataTable {
    /// Column headers, the first one heading the row-header column.
    var columns: [String]
    /// Body rows: a row header and one cell per remaining column.
    var rows: [(header: String, cells: [String])]
    /// Optional footer rows (totals).
    var footer: [(header: String, cells: [String])] = []

    /// The `<details>` block as UTF-8; the units belong in the column headers.
    func bytes(chartID: String, caption: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(256 + 64 * (rows.count + footer.count) * columns.count)
        func put(_ text: String) { output.append(contentsOf: text.utf8) }
        func escaped(_ text: String) { Markup.appendEscaped(text, to: &output) }
        func row(_ row: (header: String, cells: [String])) {
            put("<tr><th scope=\"row\">")
            escaped(row.header)
            put("</th>")
            for cell in row.cells {
                put(ChartStrings.isMissing(cell) ? "<td class=\"missing\">" : "<td class=\"num\">")
                escaped(cell)
                put("</td>")
            }
            put("</tr>\n")
        }
        put("<details class=\"chart-data\" id=\"")
        put(Markup.idFragment(chartID))
        put("-data\">\n<summary>")
        put(ChartStrings.dataTable)
        put("</summary>\n<table>\n<caption>")
        escaped(caption)
        put("</caption>\n<thead>\n<tr>")
        for column in columns {
            put("<th scope=\"col\">")
            escaped(column)
            put("</th>")
        }
        put("</tr>\n</thead>\n<tbody>\n")
        for body in rows { row(body) }
        put("</tbody>\n")
        if !footer.isEmpty {
            put("<tfoot>\n")
            for total in footer { row(total) }
            put("</tfoot>\n")
        }
        put("</table>\n</details>\n")
        return output
    }
}
