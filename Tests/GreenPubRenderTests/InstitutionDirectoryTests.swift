import GreenPubCompute
import GreenPubModel
import Testing
@testable import GreenPubRender

@Suite struct InstitutionDirectoryTests {
    @Test func historiesHoldEveryYearAndTheLatestName() throws {
        var data = InstitutionFixture.small()
        // Rename the hospital in the second year: the page takes the latest name.
        var statistics = data.statistics
        statistics[1].institutions[3].name = "县人民医院"
        data.use(statistics: statistics)
        data.accounts = Accounting.series(data.statistics, factors: InstitutionFixture.factors)
        let directory = InstitutionDirectory(data: data)
        #expect(directory.years == [2020, 2021])
        #expect(directory.histories.map(\.id) == ["E1", "E2", "G1", "H1", "O1"])
        let hospital = try #require(directory.history(id: "H1"))
        #expect(hospital.name == "县人民医院")
        #expect(hospital.records.map { $0?.name } == ["人民医院", "县人民医院"])
        let library = try #require(directory.history(id: "O1"))
        #expect(library.accounts[1] == nil)
        #expect(library.latestYearIndex == 0)
        #expect(library.latest.name == "图书馆")
        #expect(directory.history(id: "nobody") == nil)
    }

    @Test func recordsAreMatchedByIdWhenTheFileOrderDiffers() throws {
        var data = InstitutionFixture.small()
        // Statistics in another order than the accounts: records still belong to their ids.
        var statistics = data.statistics
        statistics[0].institutions.reverse()
        data.use(statistics: statistics)
        let directory = InstitutionDirectory(data: data)
        for history in directory.histories {
            for (record, account) in zip(history.records, history.accounts) {
                #expect(record?.id == account?.id)
            }
        }
    }

    @Test func yearsWithTheSameIdsInTheSameOrderKeepEachYearsFirstRow() throws {
        // Three years list A, B, A in that order: each year's first row of A counts, in every year.
        func rows(_ kwh: Double) -> [InstitutionRecord] {
            [
                InstitutionFixture.record("A", "甲", .stateOrgan, area: 1000, users: 10, kwh: kwh),
                InstitutionFixture.record("B", "乙", .education, area: 1000, users: 10, kwh: 5000),
                InstitutionFixture.record("A", "甲重复", .stateOrgan, area: 1000, users: 10, kwh: 1),
            ]
        }
        let data = InstitutionFixture.data([(2020, rows(1000)), (2021, rows(2000)), (2022, rows(3000))])
        let directory = InstitutionDirectory(data: data)
        #expect(directory.histories.map(\.id) == ["A", "B"])
        let a = try #require(directory.history(id: "A"))
        #expect(a.records.map { $0?.energy.electricityKWh } == [1000, 2000, 3000])
        #expect(a.accounts.map { $0?.name } == ["甲", "甲", "甲"])
        #expect(a.latest.name == "甲")
        let b = try #require(directory.history(id: "B"))
        #expect(b.accounts.allSatisfy { $0?.id == "B" })
        #expect(b.records.allSatisfy { $0?.id == "B" })
    }

    @Test func entriesAreGroupedByInstitutionInDateOrder() {
        let entries = [
            InstitutionFixture.entry("B", institution: "E1", start: CalendarDate(year: 2022, month: 1, day: 1)),
            InstitutionFixture.entry("A", institution: "E1", start: nil),
            InstitutionFixture.entry("C", institution: "E1", start: CalendarDate(year: 2021, month: 1, day: 1)),
            InstitutionFixture.entry("D", institution: "H1"),
        ]
        let directory = InstitutionDirectory(data: InstitutionFixture.small(registers: entries))
        #expect(directory.history(id: "E1")?.entries.map(\.id) == ["C", "B", "A"])
        #expect(directory.history(id: "H1")?.entries.map(\.id) == ["D"])
        #expect(directory.history(id: "G1")?.entries.isEmpty == true)
    }

    @Test func rankingPutsTheHighestIntensityFirstWithinEachGroup() throws {
        let data = InstitutionFixture.small()
        let ranking = IntensityRanking(try #require(data.latestAccounts))
        let education = ranking.members(of: .education)
        // E2: 21,000 kWh × 0.1229 / 500 m² = 5.16 kgce/m²; E1 ≈ 2.87 kgce/m².
        #expect(education.map(\.id) == ["E2", "E1"])
        #expect(ranking.rank(of: "E2") == 1)
        #expect(ranking.rank(of: "E1") == 2)
        #expect(ranking.members(of: .other).isEmpty)
        #expect(ranking.rank(of: "O1") == nil)
    }

    @Test func rankingBreaksTiesById() {
        let totals = AccountTotals(AccountSums())
        let a = InstitutionAccount(id: "B", name: "b", category: .education, level: nil, totals: totals)
        let b = InstitutionAccount(id: "A", name: "a", category: .education, level: nil, totals: totals)
        #expect(IntensityRanking.order(b, a))
        #expect(!IntensityRanking.order(a, b))
    }
}
