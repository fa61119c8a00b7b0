@testable import GreenPubCharts

/// Charts with realistic data from the county plan, shared by the golden and property tests.
enum SampleCharts {
    /// 图1: 2020 energy shares by group (percent).
    static let energyByGroup = PieChart(
        id: "fig1-energy-by-group", title: "2020年分类机构能源消费占比",
        slices: [
            .init(key: "government", label: "党政机关", value: 47.31),
            .init(key: "education", label: "教育", value: 25.18),
            .init(key: "health", label: "卫生", value: 26.06),
            .init(key: "other", label: "其他", value: 1.45),
        ],
        unit: "%", decimals: 2)

    /// Carbon by source, as tonnes derived from the plan's shares of 45169 t.
    static let carbonBySource = PieChart(
        id: "carbon-by-source", title: "2020年碳排放总量构成（按能源品种）",
        slices: [
            .init(key: "electricity", label: "电力", value: 36961.79),
            .init(key: "coal", label: "煤炭", value: 334.25),
            .init(key: "gas", label: "天然气", value: 1865.48),
            .init(key: "gasoline", label: "汽油", value: 5180.88),
            .init(key: "diesel", label: "柴油", value: 831.11),
        ],
        unit: "t CO₂", decimals: 0, donut: true, grouping: true)

    /// The county's indicator: base 2020 = 11.92, target 2025 = 11.44 kgce/m², one missing year.
    static let countyIntensity = LineChart(
        id: "county-intensity", title: "全县公共机构单位建筑面积能耗",
        description: "约束性指标，2025年比2020年下降4%。",
        xValues: [2020, 2021, 2022, 2023, 2024],
        series: [ChartSeries(key: "county", label: "全县", values: [11.92, 11.81, nil, 11.63, 11.52])],
        targetPath: .init(baseYear: 2020, baseValue: 11.92, targetYear: 2025, targetValue: 11.44),
        unit: "kgce/m²", decimals: 2)

    /// The county with education and health: lines of different levels.
    static let energyIntensity = LineChart(
        id: "energy-intensity", title: "单位建筑面积能耗",
        xValues: [2020, 2021, 2022, 2023, 2024, 2025],
        series: [
            ChartSeries(key: "county", label: "全县", values: [11.92, 11.81, nil, 11.63, 11.52, nil]),
            ChartSeries(key: "education", label: "教育", values: [6.12, 6.05, 5.98, 6.02, 5.91, nil]),
            ChartSeries(key: "health", label: "卫生", values: [19.87, 19.54, 19.60, 19.21, 18.95, nil]),
        ],
        targetPath: .init(baseYear: 2020, baseValue: 11.92, targetYear: 2025, targetValue: 11.44),
        unit: "kgce/m²", decimals: 2)
}

extension SampleCharts {
    /// A ranking of institutions by energy use, with long official names.
    static let institutionRanking = BarChart(
        id: "ranking-energy", title: "2024年能源消费量前12名公共机构",
        orientation: .horizontal,
        categories: [
            "彭水苗族土家族自治县人民医院", "彭水苗族土家族自治县中医院", "彭水第一中学校", "县疾病预防控制中心",
            "县妇幼保健院", "彭水中学", "县委办公室", "县人民政府办公室", "汉葭街道办事处", "县教育委员会",
            "保家镇人民政府", "县机关事务管理中心",
        ],
        series: [ChartSeries(key: "energy", label: "能源消费量", values: [
            2356.4, 1284.7, 612.3, 388.0, 342.9, 301.2, 188.6, 176.1, 98.4, 87.5, 41.2, 36.8,
        ])],
        unit: "tce", decimals: 1, grouping: true, categoryHeader: "单位")

    /// Energy mix by group as a horizontal stack (tce).
    static let energyMixByGroup = BarChart(
        id: "mix-by-group", title: "2024年分类机构能源消费构成",
        orientation: .horizontal,
        categories: ["党政机关", "教育", "卫生", "其他"],
        series: [
            ChartSeries(key: "electricity", label: "电力", values: [5120, 2980, 3310, 160]),
            ChartSeries(key: "coal", label: "煤炭", values: [0, 96, 12, 0]),
            ChartSeries(key: "gas", label: "天然气", values: [410, 520, 610, 18]),
            ChartSeries(key: "lpg", label: "液化石油气", values: [12, 88, 20, nil]),
            ChartSeries(key: "gasoline", label: "汽油", values: [1450, 60, 140, 22]),
            ChartSeries(key: "diesel", label: "柴油", values: [210, 25, 80, 4]),
        ],
        mode: .stacked, unit: "tce", decimals: 0, grouping: true)

    /// Energy by source and year, grouped vertical bars (tce).
    static let energyBySourceAndYear = BarChart(
        id: "source-by-year", title: "2020—2024年主要能源品种消费量",
        orientation: .vertical,
        categories: ["2020", "2021", "2022", "2023", "2024"],
        series: [
            ChartSeries(key: "electricity", label: "电力", values: [11950, 11870, 11690, 11560, 11420]),
            ChartSeries(key: "gas", label: "天然气", values: [1480, 1530, 1550, 1610, 1560]),
            ChartSeries(key: "gasoline", label: "汽油", values: [1720, 1690, nil, 1600, 1510]),
        ],
        mode: .grouped, unit: "tce", decimals: 0, grouping: true, categoryHeader: "年份")

    /// Year-on-year change by group, positive and negative, vertical single series (%).
    static let changeByGroup = BarChart(
        id: "change-by-group", title: "2024年各类机构单位面积能耗同比变化",
        orientation: .vertical,
        categories: ["党政机关", "教育", "卫生", "其他"],
        series: [ChartSeries(key: "change", label: "同比变化", values: [-3.42, 1.17, -0.85, 6.3])],
        unit: "%", decimals: 2)

    /// The same as a horizontal chart with a missing value.
    static let changeByGroupHorizontal = BarChart(
        id: "change-horizontal", title: "2024年各类机构人均能耗同比变化",
        orientation: .horizontal,
        categories: ["党政机关", "教育", "卫生", "其他", "社会团体"],
        series: [ChartSeries(key: "change", label: "同比变化", values: [-3.42, 1.17, -0.85, 6.3, nil])],
        unit: "%", decimals: 2)

    /// Energy per m² by group in two years, grouped horizontal bars.
    static let intensityByGroupTwoYears = BarChart(
        id: "intensity-two-years", title: "各类机构单位建筑面积能耗（2020年与2024年）",
        orientation: .horizontal,
        categories: ["党政机关", "教育", "卫生", "其他"],
        series: [
            ChartSeries(key: "y2020", label: "2020年", values: [14.86, 6.12, 19.87, 9.43]),
            ChartSeries(key: "y2024", label: "2024年", values: [14.02, 5.91, 18.95, nil]),
        ],
        mode: .grouped, unit: "kgce/m²", decimals: 2)

    /// Carbon by group, stacked vertical bars by year (t CO₂).
    static let carbonByGroupAndYear = BarChart(
        id: "carbon-by-year", title: "2020—2024年碳排放量（按机构类别）",
        orientation: .vertical,
        categories: ["2020", "2021", "2022", "2023", "2024"],
        series: [
            ChartSeries(key: "government", label: "党政机关", values: [20502, 20110, 19760, 19530, 19210]),
            ChartSeries(key: "education", label: "教育", values: [11012, 10890, 10640, 10710, 10420]),
            ChartSeries(key: "health", label: "卫生", values: [13027, 13190, 13040, 12880, 12610]),
            ChartSeries(key: "other", label: "其他", values: [628, 611, 600, 590, 583]),
        ],
        mode: .stacked, unit: "t CO₂", decimals: 0, grouping: true, categoryHeader: "年份")

    /// An indicator's progress (energy per m², down from 11.92 towards 11.44).
    static let intensityProgress = ProgressBar(
        id: "progress-intensity", title: "单位建筑面积能耗（2024年）",
        value: 11.52, target: 11.44, base: 11.92, expected: 11.536,
        unit: "kgce/m²", decimals: 2)

    /// A task's completion.
    static let taskProgress = ProgressBar(
        id: "progress-task", title: "县级机关节约型机关创建完成率",
        value: 72.5, target: 100, unit: "%", decimals: 1)

    /// An indicator that went the wrong way.
    static let regressingProgress = ProgressBar(
        id: "progress-regress", title: "人均用水量（2024年）",
        value: 24.6, target: 22.96, base: 23.92, expected: 23.15,
        unit: "m³/人", decimals: 2)

    /// A sparkline for a table cell, with a gap.
    static let sparkline = Sparkline(
        id: "spark-intensity", title: "单位建筑面积能耗 2020—2025年",
        values: [11.92, 11.81, nil, 11.63, 11.52, 11.49],
        xLabels: ["2020", "2021", "2022", "2023", "2024", "2025"], unit: "kgce/m²", decimals: 2, key: "county")
}
