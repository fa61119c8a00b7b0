import Testing
@testable import GreenPubCompute
import GreenPubModel

private let here = SourceLocation(file: "content/plans/t.yaml", line: 1, column: 1)

private func date(_ text: String) -> CalendarDate {
    guard let date = CalendarDate.parse(text) else { fatalError("bad test date \(text)") }
    return date
}

private func entry(
    _ id: String, _ kind: RegisterKind, _ institution: String, _ status: RegisterStatus,
    start: String? = nil, end: String? = nil, title: String = "项目",
    area: Double? = nil, quantity: Double? = nil, pueAfter: Double? = nil
) -> RegisterEntry {
    RegisterEntry(
        id: id, kind: kind, institution: institution, title: title, status: status,
        start: start.map(date), end: end.map(date), areaM2: area, pueAfter: pueAfter, quantity: quantity,
        location: SourceLocation(file: "content/data/registers/r.csv", line: 2)
    )
}

private func criterion(_ shape: PlanCriterion.Shape, label: String? = nil) -> PlanCriterion {
    PlanCriterion(shape: shape, label: label, location: here)
}

private func task(
    _ id: String, deadline: String = "2025-12-31", criterion: PlanCriterion? = nil, units: [ResponsibleUnit] = []
) -> PlanTask {
    PlanTask(
        id: id, column: 3, number: "1", section: nil, keyWork: "重点工作", lead: "县机关事务管理中心",
        responsible: units, deadline: date(deadline), deadlineSource: .text, deadlineText: nil,
        criterion: criterion, location: here
    )
}

private let institutions = [
    InstitutionRef(id: "PSG001", name: "彭水自治县机关事务管理中心", group: .government, level: .county),
    InstitutionRef(id: "PSG002", name: "彭水自治县教育委员会", group: .government, level: .county),
    InstitutionRef(id: "PSG003", name: "彭水自治县卫生健康委员会", group: .government, level: .county),
    InstitutionRef(id: "PSG040", name: "保家镇人民政府", group: .government, level: .township),
    InstitutionRef(id: "PSE001", name: "彭水自治县汉葭中学", group: .education, level: .county),
    InstitutionRef(id: "PSH001", name: "彭水自治县人民医院", group: .health, level: .county),
]

private func evaluate(_ task: PlanTask, _ asOf: String, _ entries: [RegisterEntry], metrics: [PlanMetricSeries] = []) -> TaskEvaluation {
    TaskEvaluator.evaluate(task, asOf: date(asOf), context: EvaluationContext(entries: entries, institutions: institutions, metrics: metrics))
}

@Suite struct EvaluationTaskTests {
    // MARK: Statuses

    /// 专栏3 row 3: five trusteeship projects by the end of 2025; only three were done.
    @Test func countShortOfItsTargetIsInProgressThenOverdue() {
        let trusteeship = task("c3-3", criterion: criterion(.count(EntryFilter(kinds: [.trusteeship]), atLeast: 5), label: "能源费用托管项目"))
        let entries = [
            entry("T1", .trusteeship, "PSH001", .completed, start: "2022-03-01", end: "2022-07-01"),
            entry("T2", .trusteeship, "PSG001", .completed, start: "2023-02-01", end: "2023-05-01"),
            entry("T3", .trusteeship, "PSE001", .completed, start: "2024-06-01", end: "2024-09-01"),
            entry("T4", .trusteeship, "PSG002", .inProgress, start: "2025-10-01", end: "2026-06-30"),
        ]
        let early = evaluate(trusteeship, "2021-12-31", entries)
        #expect(early.status == .notStarted)
        #expect(early.missing == ["还差5个能源费用托管项目（已完成0个，目标5个）"])
        let middle = evaluate(trusteeship, "2023-12-31", entries)
        #expect(middle.status == .inProgress)
        #expect(middle.evidence == ["T1", "T2"])
        let end = evaluate(trusteeship, "2025-12-31", entries)
        #expect(end.status == .overdue)
        #expect(end.evidence == ["T1", "T2", "T3"])
        #expect(end.underway == ["T4"])
        #expect(end.missing == ["还差2个能源费用托管项目（已完成3个，目标5个）"])
    }

    /// 专栏2 row 1: 教委 done in May 2022, 卫健委 only in September, after the June deadline.
    @Test func unitsCriteriaAndALateCompletion() {
        func unit(_ name: String, _ id: String, _ label: String) -> ResponsibleUnit {
            ResponsibleUnit(unit: name, institution: id, breakdown: "负责制定", criterion: criterion(
                .exists(EntryFilter(kinds: [.mechanism], institutions: [id], titleContains: "低碳引领")), label: label
            ), location: here)
        }
        let plans = task("c2-1", deadline: "2022-06-30", units: [
            unit("县教委", "PSG002", "教育系统低碳引领行动方案"), unit("县卫生健康委", "PSG003", "卫生系统低碳引领行动方案"),
        ])
        let entries = [
            entry("M1", .mechanism, "PSG002", .completed, start: "2022-01-10", end: "2022-05-20", title: "教育系统低碳引领行动方案"),
            entry("M2", .mechanism, "PSG003", .completed, start: "2022-02-10", end: "2022-09-15", title: "卫生系统低碳引领行动方案"),
            entry("M3", .mechanism, "PSG003", .completed, start: "2022-02-10", end: "2022-03-15", title: "碳核查工作机制"),
        ]
        let before = evaluate(plans, "2021-12-31", entries)
        #expect(before.status == .notStarted)
        #expect(before.missing == ["县教委的教育系统低碳引领行动方案未完成", "县卫生健康委的卫生系统低碳引领行动方案未完成"])
        let onTheDeadline = evaluate(plans, "2022-06-30", entries)
        #expect(onTheDeadline.status == .overdue)
        #expect(onTheDeadline.missing == ["县卫生健康委的卫生系统低碳引领行动方案未完成"])
        #expect(onTheDeadline.parts.map(\.isMet) == [true, false])
        let after = evaluate(plans, "2022-12-31", entries)
        #expect(after.status == .completedLate)
        #expect(after.completedOn == date("2022-09-15"))
        #expect(after.evidence == ["M1", "M2"])
        #expect(after.missing.isEmpty)
    }

    @Test func completedOnTimeAndNotMeasurable() {
        let demo = task("sorting", criterion: criterion(.count(EntryFilter(kinds: [.sortingDemo]), atLeast: 2)))
        let entries = [
            entry("S1", .sortingDemo, "PSG001", .completed, end: "2022-10-01"),
            entry("S2", .sortingDemo, "PSE001", .completed, end: "2023-04-01"),
        ]
        let done = evaluate(demo, "2024-12-31", entries)
        #expect(done.status == .completed && done.completedOn == date("2023-04-01"))
        let unmeasurable = task("nev", criterion: criterion(.notMeasurable(
            reason: "无法计算比例", tally: Tally(filter: EntryFilter(kinds: [.nev]), field: .quantity, unit: "辆")
        )))
        let nev = evaluate(unmeasurable, "2024-12-31", [
            entry("V1", .nev, "PSG001", .completed, end: "2022-01-01", quantity: 3),
            entry("V2", .nev, "PSG002", .completed, end: "2024-01-01", quantity: 2),
        ])
        #expect(nev.status == .notMeasurable)
        #expect(nev.parts.first?.note == "无法计算比例（登记已完成5辆）")
        #expect(nev.evidence == ["V1", "V2"])
    }

    // MARK: Shapes

    @Test func sumOfAFieldSinceThePlanStarted() {
        let area = task("retrofit-area", criterion: criterion(.sum(
            EntryFilter(kinds: [.retrofit], completedSince: date("2021-01-01")), field: .areaM2, atLeast: 50_000, unit: "平方米"
        ), label: "既有建筑绿色化改造"))
        let entries = [
            entry("R0", .retrofit, "PSG001", .completed, end: "2019-06-30", area: 66_000),   // 十三五: not counted
            entry("R1", .retrofit, "PSH001", .completed, end: "2022-12-20", area: 9_000),
            entry("R2", .retrofit, "PSG001", .completed, end: "2023-11-30", area: 12_000),
            entry("R3", .retrofit, "PSE001", .completed, end: "2025-08-25", area: 31_000),
        ]
        let midway = evaluate(area, "2024-12-31", entries)
        #expect(midway.status == .inProgress)
        #expect(midway.parts.first?.current == 21_000)
        #expect(midway.missing == ["既有建筑绿色化改造还差29000平方米（已完成21000平方米，目标50000平方米）"])
        let done = evaluate(area, "2025-12-31", entries)
        #expect(done.status == .completed && done.completedOn == date("2025-08-25"))
        #expect(done.evidence == ["R1", "R2", "R3"])
    }

    @Test func shareOfASetOfInstitutions() {
        let organs = task("organs", criterion: criterion(.share(
            EntryFilter(kinds: [.conservationOrgan]), of: InstitutionSet(groups: [.government], level: .county), atLeastPercent: 100
        ), label: "节约型机关"))
        let entries = [
            entry("D1", .conservationOrgan, "PSG001", .completed, end: "2019-11-30"),
            entry("D2", .conservationOrgan, "PSG002", .completed, end: "2022-11-30"),
            entry("D3", .conservationOrgan, "PSG040", .completed, end: "2022-11-30"),   // 乡镇级: not in the set
            entry("D4", .conservationOrgan, "PSG003", .inProgress, start: "2025-03-01"),
        ]
        let result = evaluate(organs, "2025-12-31", entries)
        #expect(result.status == .overdue)
        #expect(result.evidence == ["D1", "D2"])
        #expect(abs((result.parts.first?.current ?? 0) - 200.0 / 3) < 1e-9)
        #expect(result.missing == ["县级党政机关节约型机关：已有2/3家（66.7%），目标100%，还差1家；尚未完成：彭水自治县卫生健康委员会"])
        let allDone = evaluate(organs, "2025-12-31", entries + [entry("D5", .conservationOrgan, "PSG003", .completed, end: "2024-12-01")])
        #expect(allDone.status == .completed && allDone.completedOn == date("2024-12-01"))
    }

    @Test func allEntriesMustMeetTheBound() {
        let pue = task("pue", criterion: criterion(.all(
            EntryFilter(kinds: [.dataCentre]), field: .pueAfter, comparison: .less, bound: 1.5, atLeast: 1
        ), label: "数据中心机房绿色化改造项目"))
        let good = entry("DC1", .dataCentre, "PSG001", .completed, end: "2023-10-31", title: "政府机房", pueAfter: 1.38)
        let bad = entry("DC2", .dataCentre, "PSH001", .completed, end: "2024-05-31", title: "医院机房", pueAfter: 1.62)
        #expect(evaluate(pue, "2022-12-31", [good, bad]).missing == ["数据中心机房绿色化改造项目未完成"])
        let first = evaluate(pue, "2023-12-31", [good, bad])
        #expect(first.status == .completed && first.evidence == ["DC1"])
        let broken = evaluate(pue, "2024-12-31", [good, bad])
        #expect(broken.status == .inProgress)
        #expect(broken.missing == ["DC2（医院机房）的改造后PUE为1.62，未达到<1.5"])
        // Met again after a second retrofit: completed on the day it became met again.
        let fixed = entry("DC2", .dataCentre, "PSH001", .completed, end: "2024-05-31", title: "医院机房", pueAfter: 1.45)
        let fixedResult = evaluate(pue, "2024-12-31", [good, fixed])
        #expect(fixedResult.status == .completed && fixedResult.completedOn == date("2023-10-31"))
    }

    @Test func existsWithAPlatformUnderway() {
        let platform = task("c5-1", criterion: criterion(.exists(EntryFilter(kinds: [.platform], titleContains: "监测")), label: "监测平台"))
        let entries = [entry("P1", .platform, "PSG001", .inProgress, start: "2023-03-01", end: "2026-06-30", title: "能耗监测平台")]
        #expect(evaluate(platform, "2022-12-31", entries).status == .notStarted)
        #expect(evaluate(platform, "2024-12-31", entries).status == .inProgress)
        let end = evaluate(platform, "2025-12-31", entries)
        #expect(end.status == .overdue)
        #expect(end.underway == ["P1"])
        #expect(end.missing == ["监测平台未完成"])
    }

    @Test func groupAndLevelFilters() {
        let township = task("c3-4", criterion: criterion(.count(EntryFilter(kinds: [.singleRetrofit], level: .township), atLeast: 1)))
        let entries = [
            entry("S1", .singleRetrofit, "PSG001", .completed, end: "2022-05-01"),
            entry("S2", .singleRetrofit, "PSX999", .completed, end: "2022-05-01"),   // unknown institution: no group, no level
        ]
        #expect(evaluate(township, "2022-12-31", entries).status == .notStarted)
        let withTownship = entries + [entry("S3", .singleRetrofit, "PSG040", .completed, end: "2022-10-01")]
        #expect(evaluate(township, "2022-12-31", withTownship).evidence == ["S3"])
    }

    @Test func indicatorBoundOnAMetric() {
        let key = MetricKey(metric: .coalShare, scope: .county, aggregation: .ratioOfTotals)
        let coal = task("coal", criterion: criterion(.indicator(MetricBound(key: key, comparison: .less, value: 2)), label: "煤炭消费占比"))
        let series = PlanMetricSeries(key: key, values: [
            YearValue(year: 2020, value: 0.86), YearValue(year: 2021, value: 2.4), YearValue(year: 2022, value: 1.6),
        ])
        #expect(evaluate(coal, "2021-12-31", [], metrics: [series]).missing == ["2021年煤炭消费占比为2.4%，未达到<2%"])
        let met = evaluate(coal, "2022-12-31", [], metrics: [series])
        #expect(met.status == .completed && met.completedOn == date("2022-12-31"))
        #expect(evaluate(coal, "2022-12-31", []).missing == ["缺少煤炭消费占比的数据"])
    }

    @Test func allOfNeedsEveryPart() {
        let water = task("water", criterion: criterion(.allOf([
            criterion(.share(EntryFilter(kinds: [.waterSavingUnit]), of: InstitutionSet(groups: [.government], level: .county), atLeastPercent: 100), label: "节水型单位"),
            criterion(.share(EntryFilter(kinds: [.waterSavingUnit]), of: InstitutionSet(groups: [.education, .health], level: .county), atLeastPercent: 50), label: "节水型单位"),
        ])))
        let entries = ["PSG001", "PSG002", "PSG003", "PSE001"].enumerated().map {
            entry("W\($0.offset)", .waterSavingUnit, $0.element, .completed, end: "202\($0.offset + 1)-06-30")
        }
        let result = evaluate(water, "2025-12-31", entries)
        #expect(result.status == .completed)
        // The county-level organs are all done in 2023 (PSG003); half of the schools and
        // hospitals only in 2024 (PSE001), which completes the whole.
        #expect(result.completedOn == date("2024-06-30"))
        #expect(evaluate(water, "2023-12-31", entries).missing.count == 1)
        #expect(result.evidence == ["W0", "W1", "W2", "W3"])
    }
}
