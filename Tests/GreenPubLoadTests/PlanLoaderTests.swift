import Foundation
import Testing
@testable import GreenPubLoad
import GreenPubModel

/// The project root (three folders above this file) and the test fixtures.
private let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
private let projectRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

private func fixture(_ name: String) throws -> String {
    try String(contentsOf: testsFolder.appendingPathComponent("Fixtures/plans/\(name)"), encoding: .utf8)
}

/// The minimal fixture with one text replaced (the replaced text must occur exactly once).
private func minimal(replacing old: String, with new: String) throws -> String {
    let text = try fixture("minimal.yaml")
    #expect(text.components(separatedBy: old).count == 2, "fixture text to replace: \(old)")
    return text.replacingOccurrences(of: old, with: new)
}

private func messages(_ yaml: String) -> [String] {
    PlanLoader.parse(yaml: yaml, file: "content/plans/t.yaml").1.map(\.description)
}

@Suite struct PlanLoaderTests {
    // MARK: The committed plans

    @Test func countyPlanLoadsEveryRow() throws {
        let (plans, diagnostics) = PlanLoader.loadAll(root: projectRoot)
        #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description))")
        #expect(plans.map(\.id) == ["pengshui-14th-five-year-plan", "chongqing-green-low-carbon-action"])
        let plan = try #require(plans.first)
        #expect(plan.file == "content/plans/01-pengshui-14th-five-year-plan.yaml")
        #expect(plan.title == "彭水自治县公共机构节约能源资源“十四五”规划")
        #expect(plan.date.description == "2022-03-26")
        #expect(plan.documentNumber == nil)
        #expect(plan.period == PlanPeriod(startYear: 2021, endYear: 2025))
        #expect(plan.indicatorTable?.number == 1)

        // 专栏1: 3 totals, 4 county intensities, 4 education, 4 health.
        #expect(plan.indicators.count == 15)
        #expect(plan.indicators.filter { $0.scope == .county }.count == 7)
        #expect(plan.indicators.filter { $0.scope == .group(.education) }.count == 4)
        #expect(plan.indicators.filter { $0.scope == .group(.health) }.count == 4)
        #expect(plan.indicators.filter(\.isBinding).count == 12)
        let water = try #require(plan.indicators.first { $0.id == "county-water-total" })
        #expect(water.displayScale == 10000)
        #expect(water.name == "用水总量（万立方米）")
        #expect(water.base.value == 211 && water.target.value == 201)
        let health = try #require(plan.indicators.first { $0.id == "health-energy-per-area" })
        #expect(health.base.printed == "9.44" && health.base.decimals == 2)
        #expect(health.aggregation == .meanOfInstitutions)
        #expect(health.section == "卫生类机构能源资源强度（卫生类公共机构平均值）")
        let education = try #require(plan.indicators.first { $0.id == "education-energy-per-person" })
        #expect(education.target.printed == "≤18.30" && education.target.value == 18.3 && education.target.decimals == 2)

        // 专栏2 to 专栏6 with 4, 5, 2, 2 and 1 rows.
        #expect(plan.columns.map(\.number) == [2, 3, 4, 5, 6])
        #expect(plan.columns.map(\.tasks.count) == [4, 5, 2, 2, 1])
        #expect(plan.columns.map { $0.note != nil } == [true, true, false, false, true])
        let c21 = plan.columns[0].tasks[0]
        #expect(c21.keyWork == "截至2022年6月，完成低碳引领方案的制定。")
        #expect(c21.deadline.description == "2022-06-30" && c21.deadlineSource == .text)
        #expect(c21.deadlineText == "截至2022年6月")
        #expect(c21.responsible.map(\.unit) == ["县教委", "县卫生健康委"])
        let c23 = plan.columns[0].tasks[2]
        #expect(c23.responsible[1].breakdown == "")
        #expect(c23.responsible[0].breakdown.hasPrefix("机关事务管理中心牵头"))
        let c22 = plan.columns[0].tasks[1]
        #expect(c22.deadline.description == "2025-12-31" && c22.deadlineSource == .planPeriod)
        let c31 = plan.columns[1].tasks[0]
        #expect(c31.responsible.map(\.unit) == ["县机关事务管理中心", "县教委", "县重点用能单位"])
        #expect(plan.columns[4].tasks[0].responsible[0].breakdown == "负责推进县属学校")

        let targets = plan.targets.map(\.id)
        for id in ["retrofit-area", "conservation-organs", "water-saving-units", "training-total", "waste-sorting-demo-sites"] {
            #expect(targets.contains(id), "prose target \(id)")
        }
    }

    @Test func municipalPlanLoads() throws {
        let (plans, _) = PlanLoader.loadAll(root: projectRoot)
        let plan = try #require(plans.last)
        #expect(plan.issuers.count == 4)
        #expect(plan.documentNumber == "渝机管发〔2022〕110号")
        #expect(plan.indicators.map { $0.target.changePercent } == [-5, -7])
        #expect(plan.indicators.allSatisfy { $0.base.value == nil })
        let coal = try #require(plan.targets.first { $0.id == "municipal-coal-share" })
        guard case .indicator(let bound) = coal.criterion?.shape else {
            Issue.record("coal share is an indicator criterion")
            return
        }
        #expect(bound.key.metric == .coalShare && bound.comparison == .less && bound.value == 2)
    }

    // MARK: The minimal fixture

    @Test func minimalFixtureLoads() throws {
        let (plan, diagnostics) = PlanLoader.parse(yaml: try fixture("minimal.yaml"), file: "content/plans/t.yaml")
        #expect(diagnostics.isEmpty)
        let loaded = try #require(plan)
        #expect(loaded.columns[0].tasks[0].location == SourceLocation(file: "content/plans/t.yaml", line: 24, column: 9))
        #expect(loaded.indicators[0].base.location == SourceLocation(file: "content/plans/t.yaml", line: 16, column: 49))
        let training = loaded.targets[0]
        #expect(training.deadline == CalendarDate.endOfYear(2025) && training.deadlineSource == .planPeriod)
        guard case .sum(let filter, let field, let atLeast, let unit) = training.criterion?.shape else {
            Issue.record("training is a sum")
            return
        }
        #expect(filter.kinds == [.training] && field == .quantity && atLeast == 1000 && unit == "人次")
    }

    // MARK: One error per rule, with its line and column

    @Test func unknownMetric() throws {
        let yaml = try minimal(replacing: "metric: energy_per_area", with: "metric: energy_per_square")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:13:13: error: unknown metric 'energy_per_square' in indicator 'county-energy-per-area' (did you mean 'energy_per_area'?); accepted: energy_tce, water_m3, co2_t, energy_per_area, energy_per_person, water_per_person, co2_per_area, coal_share, electricity_share, nev_share, building_energy_tce, vehicle_energy_tce, building_co2_t, vehicle_co2_t, pv_kwh",
        ])
    }

    @Test func unknownKindSuggestsTheNearest() throws {
        let yaml = try minimal(replacing: "kinds: [trusteeship]", with: "kinds: [trustee]")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:36:27: error: unknown kind 'trustee' in 'count' of the criterion of task 'c3-3' (did you mean 'trusteeship'?); accepted: retrofit, single_retrofit, pv, solar_thermal, heat_pump, canteen, trusteeship, emc, data_centre, food_waste, metering, nev, charging, conservation_organ, water_saving_unit, sorting_demo, demo_unit, training, publicity, mechanism, platform, carbon_accounting",
        ])
    }

    @Test func unknownKey() throws {
        let yaml = try minimal(replacing: "    lead: 县机关事务管理中心", with: "    leader: 县机关事务管理中心")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:27:9: error: unknown key 'leader' in task 'c3-3' (did you mean 'lead'?); allowed keys: id, number, key_work, lead, responsible, deadline, deadline_source, deadline_text, criterion",
            "content/plans/t.yaml:24:9: error: task 'c3-3' is missing 'lead'",
        ])
    }

    @Test func missingField() throws {
        let yaml = try minimal(replacing: "    unit: 千克标煤/平方米·年\n", with: "")
        #expect(messages(yaml) == ["content/plans/t.yaml:8:5: error: indicator 'county-energy-per-area' is missing 'unit'"])
    }

    @Test func badDate() throws {
        let yaml = try minimal(replacing: "deadline: 2025-12-31", with: "deadline: 2025-02-30")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:32:19: error: 'deadline' of task 'c3-3' is not a valid date: '2025-02-30' (write it as 2025-12-31)",
        ])
    }

    @Test func badComparison() throws {
        let yaml = try minimal(replacing: "comparison: \"≤\"", with: "comparison: \"=\"")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:17:57: error: unknown comparison '=' in the target of indicator 'county-energy-per-area' (did you mean '≤'?); accepted: ≤, <, ≥, >",
        ])
    }

    @Test func yamlSyntaxErrorHasItsMark() throws {
        let yaml = try minimal(replacing: "    title: 建筑绿色化改造重点工作", with: "    title: [建筑绿色化改造重点工作")
        let found = messages(yaml)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("content/plans/t.yaml:") == true)
        #expect(found.first?.contains("error: YAML syntax error") == true)
    }

    @Test func duplicateKeyIsAnError() throws {
        let yaml = try minimal(replacing: "    direction: lower_is_better", with: "    direction: lower_is_better\n    direction: higher_is_better")
        #expect(messages(yaml).first?.contains("duplicate key 'direction'") == true)
    }

    @Test func printedTextMustMatchValueAndDecimals() throws {
        let wrongValue = try minimal(replacing: "printed: \"11.92\", value: 11.92", with: "printed: \"11.92\", value: 11.29")
        #expect(messages(wrongValue) == [
            "content/plans/t.yaml:16:33: error: printed '11.92' says 11.92 but 'value' is 11.29",
        ])
        let wrongDecimals = try minimal(replacing: "value: 11.92, decimals: 2", with: "value: 11.92, decimals: 1")
        #expect(messages(wrongDecimals) == [
            "content/plans/t.yaml:16:66: error: decimals is 1 but '11.92' is printed with 2",
        ])
    }

    @Test func comparisonMustFitTheDirection() throws {
        let yaml = try minimal(replacing: "direction: lower_is_better", with: "direction: higher_is_better")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:17:13: error: indicator 'county-energy-per-area': comparison '≤' contradicts direction 'higher_is_better'",
        ])
    }

    @Test func aggregationMustFitTheMetric() throws {
        let yaml = try minimal(replacing: "aggregation: ratio_of_totals", with: "aggregation: total")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:14:18: error: aggregation 'total' does not fit metric 'energy_per_area'; use ratio_of_totals or mean_of_institutions",
        ])
    }

    @Test func planPeriodDeadlineMustBeThePeriodEnd() throws {
        let yaml = try minimal(replacing: "    deadline_source: plan_period", with: "    deadline: 2024-12-31\n    deadline_source: plan_period")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:41:15: error: deadline 2024-12-31 is not the end of the plan period (2025-12-31), yet deadline_source is plan_period",
        ])
    }

    @Test func aTaskNeedsACriterion() throws {
        let yaml = try minimal(replacing: "        criterion:\n          count: {kinds: [trusteeship], at_least: 5}\n          label: 能源费用托管项目\n", with: "")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:24:9: error: task 'c3-3' has no criterion, on the task or on a responsible unit; write one (use `not_measurable:` with a reason when the registers cannot tell)",
        ])
    }

    @Test func criterionShapesAreExclusive() throws {
        let yaml = try minimal(replacing: "          label: 能源费用托管项目", with: "          exists: {kinds: [trusteeship]}")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:36:11: error: the criterion of task 'c3-3' has several shapes (count, exists); use all_of to combine them",
        ])
    }

    @Test func duplicateIDs() throws {
        let yaml = try minimal(replacing: "  - id: training-total", with: "  - id: c3-3")
        #expect(messages(yaml) == [
            "content/plans/t.yaml:39:5: error: id 'c3-3' is already used at line 24; indicator and task ids must be unique in a plan",
        ])
    }

    @Test func everyProblemIsReportedInOneRun() throws {
        var yaml = try minimal(replacing: "metric: energy_per_area", with: "metric: energy")
        yaml = yaml.replacingOccurrences(of: "deadline: 2025-12-31", with: "deadline: 31.12.2025")
        yaml = yaml.replacingOccurrences(of: "field: quantity", with: "field: people")
        let found = messages(yaml)
        #expect(found.count == 3)
        #expect(PlanLoader.parse(yaml: yaml, file: "content/plans/t.yaml").0 == nil)
    }

    @Test func institutionsNamedByPlansMustExist() throws {
        let (plan, _) = PlanLoader.parse(yaml: try fixture("minimal.yaml"), file: "content/plans/t.yaml")
        let loaded = try #require(plan)
        let known = ["PSG001": InstitutionRef(id: "PSG001", name: "机关事务管理中心", group: .government, level: .county)]
        #expect(PlanValidation.check([loaded], institutions: known).map(\.description) == [
            "content/plans/t.yaml:29:13: error: responsible unit 县卫生健康委 names institution 'PSG003', which is not in the statistics",
        ])
    }
}
