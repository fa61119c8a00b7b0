import Testing
@testable import GreenPubCharts

@Suite struct PaletteTests {
    static func contrast(_ a: String, _ b: String) -> Double {
        let la = SeriesPaint.relativeLuminance(a), lb = SeriesPaint.relativeLuminance(b)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    @Test func everyGroupAndSourceHasAStyle() {
        for key in ChartPalette.groupKeys + ChartPalette.energySourceKeys + [ChartPalette.countyKey] {
            #expect(ChartPalette.style(forKey: key) != nil, "\(key)")
        }
        #expect(ChartPalette.style(forKey: "unknown") == nil)
    }

    /// Within a family, styles differ in colour and in a cue that survives greyscale.
    @Test(arguments: [ChartPalette.groupKeys + [ChartPalette.countyKey], ChartPalette.energySourceKeys])
    func familiesAreDistinguishableWithoutColour(keys: [String]) {
        let styles = keys.compactMap(ChartPalette.style(forKey:))
        #expect(Set(styles.map(\.color)).count == keys.count)
        #expect(Set(styles.map(\.marker)).count == keys.count)
        // Dashes differ too, except that the county total shares the solid line of 党政机关.
        let lines = keys.filter { $0 != ChartPalette.countyKey }.compactMap(ChartPalette.style(forKey:)).map(\.dash)
        #expect(Set(lines).count == lines.count)
        // Fill patterns: every pair differs (county is drawn as a line only).
        let fills = keys.filter { $0 != ChartPalette.countyKey }.compactMap(ChartPalette.style(forKey:)).map(\.pattern)
        #expect(Set(fills).count == fills.count)
    }

    @Test func groupsAndSourcesDoNotShareColours() {
        let groups = Set(ChartPalette.groupKeys.compactMap { ChartPalette.style(forKey: $0)?.color })
        let sources = Set(ChartPalette.energySourceKeys.compactMap { ChartPalette.style(forKey: $0)?.color })
        #expect(groups.isDisjoint(with: sources))
    }

    @Test func textColoursHaveEnoughContrastOnWhite() {
        #expect(PaletteTests.contrast(ChartPalette.text, "#FFFFFF") >= 4.5)
        #expect(PaletteTests.contrast(ChartPalette.mutedText, "#FFFFFF") >= 4.5)
        #expect(PaletteTests.contrast(ChartPalette.axis, "#FFFFFF") >= 4.5)
        // Every text drawn by any chart uses one of those colours.
        for (name, chart) in ChartInvariantTests.charts {
            for text in MarkupTree(chart.svg()).all("text") {
                let fill = text.presentation("fill") ?? ChartPalette.text
                #expect(PaletteTests.contrast(fill, "#FFFFFF") >= 4.5, "\(name): \(text.text) in \(fill)")
            }
        }
    }

    @Test func linesAndMarksStandOutFromWhite() {
        // Non-text graphics need 3:1 (WCAG 1.4.11) where they are the only mark: lines and markers.
        for style in ChartPalette.fallbackStyles.prefix(4) {
            #expect(PaletteTests.contrast(style.color, "#FFFFFF") >= 3, "\(style.color)")
        }
        #expect(PaletteTests.contrast(ChartPalette.targetPath, "#FFFFFF") >= 3)
        #expect(PaletteTests.contrast(ChartPalette.targetAccent, "#FFFFFF") >= 3)
        #expect(PaletteTests.contrast(ChartPalette.progress, "#FFFFFF") >= 3)
        #expect(PaletteTests.contrast(ChartPalette.regress, "#FFFFFF") >= 3)
    }

    @Test func unknownKeysGetDistinctFallbacks() {
        let styles = ChartPalette.styles(forKeys: ["a", "government", "b", "c", "a"])
        #expect(styles[0] == styles[4])
        #expect(styles[1] == ChartPalette.style(forKey: "government"))
        let colours = styles.prefix(4).map(\.color)
        #expect(Set(colours).count == 4, "\(colours)")
        #expect(styles[0].color != "#0072B2" || styles[1].color != "#0072B2")
        // Many unknown keys: styles still differ pairwise in some cue.
        let many = ChartPalette.styles(forKeys: (0..<16).map { "k\($0)" })
        #expect(Set(many).count == 16)
    }

    @Test func luminanceOfKnownColours() {
        #expect(SeriesPaint.relativeLuminance("#FFFFFF") == 1)
        #expect(SeriesPaint.relativeLuminance("#000000") == 0)
        #expect(abs(PaletteTests.contrast("#767676", "#FFFFFF") - 4.54) < 0.01)
    }
}
