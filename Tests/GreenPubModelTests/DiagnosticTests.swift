import Testing
@testable import GreenPubModel

@Suite struct DiagnosticTests {
    @Test func printsFileLineColumn() {
        let d = Diagnostic.error(SourceLocation(file: "content/index.md", line: 3, column: 7), "bad")
        #expect(d.description == "content/index.md:3:7: error: bad")
    }

    @Test func lineWithoutColumnPrintsColumnOne() {
        let d = Diagnostic.warning(SourceLocation(file: "a.csv", line: 2), "odd")
        #expect(d.description == "a.csv:2:1: warning: odd")
    }

    @Test func wholeFileHasNoLine() {
        let d = Diagnostic.error(SourceLocation(file: "a.csv"), "empty")
        #expect(d.description == "a.csv:1:1: error: empty")
    }

    @Test func sortsByLocationThenSeverity() {
        let a = Diagnostic.warning(SourceLocation(file: "b", line: 1), "w")
        let b = Diagnostic.error(SourceLocation(file: "a", line: 9), "e")
        let c = Diagnostic.error(SourceLocation(file: "b", line: 1), "e")
        #expect([a, b, c].sortedForPrinting() == [b, c, a])
        #expect([a].hasErrors == false)
        #expect([a, c].hasErrors)
    }

    @Test func categoryCodesAndNamesMapToGroups() {
        #expect(InstitutionCategory(codeOrName: "021")?.group == .education)
        #expect(InstitutionCategory(codeOrName: "党政机关")?.group == .government)
        #expect(InstitutionCategory(codeOrName: "024")?.group == .health)
        #expect(InstitutionCategory(codeOrName: "023")?.group == .other)
        #expect(InstitutionCategory(codeOrName: "x") == nil)
        #expect(InstitutionLevel(chineseOrKey: "街道") == .township)
    }
}
