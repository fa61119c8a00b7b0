import Foundation
import Testing
@testable import GreenPubCompute
import GreenPubLoad
import GreenPubModel

/// The committed plans evaluated on the committed sample registers, 2021 to 2025: the sample
/// is made so that some tasks are done on time, some late, some still under way and some
/// overdue. The institutions are the Pengshui sample's (ids, groups and levels as in the
/// sample statistics), listed in a test fixture until the statistics are wired in.
private let projectRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A project file read by the table reader, as the build reads it.
private func table(_ path: String) throws -> RawTable {
    let (raw, problems) = TableReader.read(contentsOf: projectRoot.appendingPathComponent(path), file: path)
    #expect(problems.isEmpty, "\(problems.map(\.description))")
    return try #require(raw)
}

private func sampleInstitutions() throws -> [InstitutionRef] {
    let rows = try table("Tests/GreenPubLoadTests/Fixtures/registers/sample-institutions.csv").rows
    return rows.map { row in
        InstitutionRef(
            id: row[0].text, name: row[1].text, group: InstitutionGroup(rawValue: row[2].text) ?? .other,
            level: InstitutionLevel(chineseOrKey: row[3].text)
        )
    }
}

private func sampleEntries() throws -> ([RegisterEntry], [Diagnostic]) {
    let folder = projectRoot.appendingPathComponent("content/data/registers")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".csv") }.sorted()
    #expect(files == ["designations.csv", "energy.csv", "management.csv", "publicity.csv", "retrofits.csv", "trainings.csv"])
    var entries: [RegisterEntry] = []
    var diagnostics: [Diagnostic] = []
    for file in files {
        let (found, problems) = RegisterMapping.entries(from: try table("content/data/registers/\(file)"))
        entries += found
        diagnostics += problems
    }
    return (entries, diagnostics)
}

@Suite struct EvaluationSampleTests {
    @Test func sampleRegistersAreValid() throws {
        let (entries, diagnostics) = try sampleEntries()
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        let institutions = try sampleInstitutions()
        #expect(institutions.count == 292)
        var byID: [String: InstitutionRef] = [:]
        for institution in institutions { byID[institution.id] = institution }
        #expect(RegisterValidation.check(entries, institutions: byID).isEmpty)
        let (plans, planDiagnostics) = PlanLoader.loadAll(root: projectRoot)
        #expect(planDiagnostics.isEmpty)
        #expect(PlanValidation.check(plans, institutions: byID).isEmpty)
        // Every kind the plans count appears in the sample.
        let kinds = Set(entries.map(\.kind))
        #expect(RegisterKind.allCases.filter { !kinds.contains($0) } == [])
    }

    @Test func countyPlanTaskStatusesYearByYear() throws {
        let (plans, _) = PlanLoader.loadAll(root: projectRoot)
        let plan = try #require(plans.first { $0.id == "pengshui-14th-five-year-plan" })
        let (entries, _) = try sampleEntries()
        let (evaluation, _) = PlanEvaluator.evaluate(
            plan, years: [2021, 2022, 2023, 2024, 2025], entries: entries, institutions: try sampleInstitutions(), metrics: []
        )
        func statuses(_ id: String) -> String {
            evaluation.years.map { year in
                year.tasks.first { $0.taskID == id }.map { $0.status.chineseName } ?? "?"
            }.joined(separator: " ")
        }
        #expect(statuses("c2-1") == "未开始 逾期完成 逾期完成 逾期完成 逾期完成")
        #expect(statuses("c2-2") == "进行中 进行中 已完成 已完成 已完成")
        #expect(statuses("c2-3") == "未开始 未开始 已完成 已完成 已完成")
        #expect(statuses("c2-4") == "未开始 已完成 已完成 已完成 已完成")
        #expect(statuses("c3-1") == "未开始 未开始 进行中 已完成 已完成")
        #expect(statuses("c3-2") == "未开始 未开始 进行中 进行中 逾期")
        #expect(statuses("c3-3") == "未开始 进行中 进行中 进行中 逾期")
        #expect(statuses("c3-4") == "未开始 已完成 已完成 已完成 已完成")
        #expect(statuses("c3-5") == "未开始 未开始 进行中 已完成 已完成")
        #expect(statuses("c4-1") == "未开始 未开始 已完成 已完成 已完成")
        #expect(statuses("c4-2") == "未开始 进行中 进行中 已完成 已完成")
        #expect(statuses("c5-1") == "未开始 未开始 进行中 进行中 逾期")
        #expect(statuses("c5-2") == "进行中 已完成 已完成 已完成 已完成")
        #expect(statuses("c6-1") == "未开始 未开始 未开始 进行中 逾期")
        #expect(statuses("retrofit-area") == "未开始 进行中 进行中 进行中 已完成")
        #expect(statuses("conservation-organs") == "进行中 进行中 进行中 进行中 逾期")
        #expect(statuses("water-saving-units") == "进行中 进行中 进行中 进行中 已完成")
        #expect(statuses("waste-sorting-demo-sites") == "未开始 进行中 已完成 已完成 已完成")
        #expect(statuses("training-total") == "进行中 进行中 进行中 进行中 已完成")
        #expect(statuses("nev-share") == "无法评估 无法评估 无法评估 无法评估 无法评估")

        let last = try #require(evaluation.years.last)
        func task(_ id: String) throws -> TaskEvaluation { try #require(last.tasks.first { $0.taskID == id }) }
        #expect(try task("c3-3").missing == ["还差2个能源费用托管项目（已完成3个，目标5个）"])
        #expect(try task("c3-3").evidence == ["RF-040", "RF-041", "RF-042"])
        #expect(try task("c3-3").underway == ["RF-043"])
        #expect(try task("c6-1").missing == ["县卫生健康委的县属医院餐厨垃圾就地资源化处理设备未完成"])
        #expect(try task("c2-1").completedOn?.description == "2022-09-15")
        #expect(try task("training-total").completedOn?.description == "2025-09-26")
        #expect(try task("training-total").parts.first?.current == 1035)
        #expect(try task("retrofit-area").parts.first?.current == 52000)
        let organs = try task("conservation-organs")
        #expect(organs.missing.first?.hasPrefix("党政机关节约型机关：已有100/112家（89.3%），目标100%，还差12家；尚未完成：") == true)
        // Ten of the twelve are named, then how many there are.
        let listed = try #require(organs.missing.first?.split(separator: "：").last)
        #expect(listed.hasSuffix("等12家"))
        #expect(listed.split(separator: "、").count == 10)
    }

    @Test func municipalTargetsOnTheSample() throws {
        let (plans, _) = PlanLoader.loadAll(root: projectRoot)
        let plan = try #require(plans.first { $0.id == "chongqing-green-low-carbon-action" })
        let (entries, _) = try sampleEntries()
        let coal = PlanMetricSeries(key: MetricKey(metric: .coalShare, scope: .county, aggregation: .ratioOfTotals), values: [
            YearValue(year: 2024, value: 0.4), YearValue(year: 2025, value: 0.2),
        ])
        let (evaluation, _) = PlanEvaluator.evaluate(
            plan, years: [2024, 2025], entries: entries, institutions: try sampleInstitutions(), metrics: [coal]
        )
        func status(_ id: String, _ index: Int) -> TaskStatus? {
            evaluation.years[index].tasks.first { $0.taskID == id }?.status
        }
        #expect(status("municipal-monitoring-platform", 1) == .overdue)
        #expect(status("municipal-data-centre-pue", 1) == .completed)
        #expect(status("municipal-conservation-organs", 0) == .inProgress)
        #expect(status("municipal-conservation-organs", 1) == .completed)
        #expect(status("municipal-coal-share", 0) == .completed)
        #expect(status("municipal-heat-pump-area", 1) == .notMeasurable)
        let heatPump = evaluation.years[1].tasks.first { $0.taskID == "municipal-heat-pump-area" }
        #expect(heatPump?.parts.first?.note == "全市目标（30万平方米），未分解到区县；此处列出本县的贡献。（登记已完成10000平方米）")
    }
}
