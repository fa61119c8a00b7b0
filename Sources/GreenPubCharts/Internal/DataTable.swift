import GreenPubBytes

/// Writes a chart's numbers as an accessible HTML table inside a `<details>` block.
struct DataTable {
    /// Column headers, the first one heading the row-header column.
    var columns: [String]
    /// Body rows: a row header and one cell per remaining column.
    var rows: [(header: String, cells: [String])]
    /// Optional footer rows (totals).
    var footer: [(header: String, cells: [String])] = []

    /// Appends the `<details>` block as UTF-8; the units belong in the column headers.
    func write(to output: ByteBuffer, chartID: String, caption: String) {
        func put(_ text: StaticString) { output.append(text) }
        func escaped(_ text: String) { Markup.appendEscaped(text, to: output) }
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
        output.append(Markup.idFragment(chartID))
        put("-data\">\n<summary>")
        output.append(ChartStrings.dataTable)
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
    }
}
