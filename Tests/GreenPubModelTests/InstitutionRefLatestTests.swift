import GreenPubModel
import Testing

@Suite struct InstitutionRefLatestTests {
    func record(_ id: String, _ name: String, _ category: InstitutionCategory = .stateOrgan) -> InstitutionRecord {
        InstitutionRecord(id: id, name: name, category: category, areaM2: 100, users: 1,
                          location: SourceLocation(file: "content/data/statistics/x.csv", line: 2))
    }

    func year(_ year: Int, _ rows: [InstitutionRecord]) -> YearStatistics {
        YearStatistics(year: year, file: "content/data/statistics/\(year).csv", institutions: rows)
    }

    @Test func theLatestYearThatListsAnIdNamesIt() {
        let refs = InstitutionRef.latest(in: [
            year(2020, [record("A", "甲旧"), record("B", "乙"), record("C", "丙")]),
            year(2021, [record("A", "甲"), record("B", "乙新", .education)]),
            year(2022, [record("A", "甲"), record("B", "乙新", .education)]),  // the same ids in the same order
        ])
        #expect(refs.count == 3)
        #expect(refs["A"]?.name == "甲")
        #expect(refs["B"]?.name == "乙新")
        #expect(refs["B"]?.group == .education)
        #expect(refs["C"]?.name == "丙")
    }

    @Test func sameIdsInTheSameOrderStillTakeTheLaterNames() {
        // The ids line up year after year; only the names change.
        let refs = InstitutionRef.latest(in: [
            year(2020, [record("A", "甲1"), record("B", "乙1")]),
            year(2021, [record("A", "甲2"), record("B", "乙2")]),
        ])
        #expect(refs["A"]?.name == "甲2")
        #expect(refs["B"]?.name == "乙2")
    }

    @Test func anIdGivenTwiceInAYearTakesItsLastRow() {
        let refs = InstitutionRef.latest(in: [
            year(2020, [record("A", "甲"), record("A", "甲乙")]),
            year(2021, [record("B", "乙"), record("A", "甲二"), record("A", "甲三")]),
        ])
        #expect(refs["A"]?.name == "甲三")
        #expect(refs["B"]?.name == "乙")
        #expect(InstitutionRef.latest(in: []).isEmpty)
    }
}
