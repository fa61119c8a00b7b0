import GreenPubBytes
import Testing
@testable import GreenPubCharts

/// `SVGWriter.group`: what a `<g>` gives its elements is written once, on the group; an element
/// writes only what differs, so that it renders as it would outside the group.
@Suite struct SVGGroupTests {
    /// The elements `body` writes, as text.
    private func written(_ body: (SVGWriter) -> Void) -> String {
        let writer = SVGWriter(idPrefix: "g")
        body(writer)
        return String(decoding: writer.body, as: UTF8.self)
    }

    @Test func textsLeaveOutWhatTheirGroupGives() {
        let markup = written { writer in
            writer.group(GroupStyle(fill: ChartPalette.mutedText, anchor: "end", fontSize: 13)) { labels in
                labels.text("5", x: 24, y: 272, anchor: "end", size: 13, color: ChartPalette.mutedText)
                labels.text("合计", x: 10, y: 20, size: 13, color: ChartPalette.text, bold: true)
                labels.text("14", x: 1, y: 2, anchor: "end", color: ChartPalette.mutedText)
            }
        }
        #expect(markup == """
            <g fill="#595959" text-anchor="end" font-size="13">
            <text x="24" y="272">5</text>
            <text x="10" y="20" text-anchor="start" font-weight="bold" fill="#1A1A1A">合计</text>
            <text x="1" y="2" font-size="14">14</text>
            </g>

            """)
    }

    @Test func linesLeaveOutTheGroupsStroke() {
        let markup = written { writer in
            writer.group(GroupStyle(stroke: ChartPalette.grid)) { grid in
                grid.line(x1: 0, y1: 1, x2: 2, y2: 1, stroke: ChartPalette.grid)
                grid.line(x1: 0, y1: 0, x2: 2, y2: 0, stroke: ChartPalette.axis, width: 2)
            }
            writer.line(x1: 0, y1: 3, x2: 2, y2: 3, stroke: ChartPalette.grid)
        }
        #expect(markup == """
            <g stroke="#E3E3E3">
            <line x1="0" y1="1" x2="2" y2="1"/>
            <line x1="0" y1="0" x2="2" y2="0" stroke="#767676" stroke-width="2"/>
            </g>
            <line x1="0" y1="3" x2="2" y2="3" stroke="#E3E3E3"/>

            """)
    }

    @Test func markersLeaveOutTheirColourAndOutline() {
        let markup = written { writer in
            writer.group(GroupStyle(fill: "#009E73", stroke: ChartPalette.outline, strokeWidth: 1)) { markers in
                markers.marker(.square, x: 10, y: 10, radius: 4, color: "#009E73", tooltip: "甲")
                markers.marker(.ring, x: 20, y: 10, radius: 4, color: "#009E73")
            }
            writer.marker(.square, x: 10, y: 10, radius: 4, color: "#009E73")
        }
        #expect(markup == """
            <g fill="#009E73" stroke="#FFFFFF" stroke-width="1">
            <rect x="6.6" y="6.6" width="6.8" height="6.8"><title>甲</title></rect>
            <circle cx="20" cy="10" r="3.4" fill="#FFFFFF" stroke="#009E73" stroke-width="2"/>
            </g>
            <rect x="6.6" y="6.6" width="6.8" height="6.8" fill="#009E73" stroke="#FFFFFF" stroke-width="1"/>

            """)
    }

    /// A group inside another: its elements inherit from both, the inner group winning.
    @Test func nestedGroupsInheritFromBoth() {
        let markup = written { writer in
            writer.group(GroupStyle(fill: ChartPalette.mutedText, anchor: "end")) { outer in
                outer.group(GroupStyle(fontSize: 13)) { inner in
                    inner.text("a", x: 1, y: 2, anchor: "end", size: 13, color: ChartPalette.mutedText)
                    inner.text("b", x: 1, y: 2, size: 13, color: ChartPalette.mutedText)
                }
            }
        }
        #expect(markup == """
            <g fill="#595959" text-anchor="end">
            <g font-size="13">
            <text x="1" y="2">a</text>
            <text x="1" y="2" text-anchor="start">b</text>
            </g>
            </g>

            """)
    }

    /// Every line chart's markers, grid lines and axis labels are grouped, and every text still
    /// resolves to the size, anchor and colour it had on its own (the inspector reads what the
    /// groups give).
    @Test func lineChartTextsKeepTheirLook() throws {
        let tree = MarkupTree(SampleCharts.countyIntensity.svg())
        #expect(tree.parseError == nil)
        #expect(tree.all("g").count >= 4)
        let yearLabels = tree.all("text").filter { $0.text.count == 4 && Int($0.text) != nil }
        #expect(!yearLabels.isEmpty)
        for label in yearLabels {
            #expect(label.presentation("font-size") == "13")
            #expect(label.presentation("text-anchor") == "middle")
            #expect(label.presentation("fill") == ChartPalette.mutedText)
        }
        for text in tree.all("text") { #expect(text.presentation("stroke") == nil, "\(text.text) is outlined") }
    }
}
