import GreenPubCompute
import GreenPubModel

/// The facts table of an institution page: one row per reported quantity, one column per year.
enum InstitutionFacts {
    static func table(_ history: InstitutionHistory, years: [Int], sources: [EnergySource]) -> TableView {
        let records = history.records
        let accounts = history.accounts
        func fromRecord(_ name: String, _ unit: String, _ value: (InstitutionRecord) -> String) -> TableView.Row {
            TableView.Row(header: name, note: unit, cells: records.map { .number($0.map(value) ?? Figures.number(nil, decimals: 0)) })
        }
        func fromAccount(_ name: String, _ unit: String, _ value: (InstitutionAccount) -> String) -> TableView.Row {
            TableView.Row(header: name, note: unit, cells: accounts.map { .number($0.map(value) ?? Figures.number(nil, decimals: 0)) })
        }
        func whole(_ value: Double) -> String { Figures.number(value, decimals: 0, grouping: true) }
        func hundredths(_ value: Double) -> String { Figures.number(value, decimals: 2, grouping: true) }
        var rows = [
            fromRecord("建筑面积", "平方米") { whole($0.areaM2) },
            fromRecord("用能人数", "人") { whole($0.users) },
            fromRecord("公务用车", "辆") { "\($0.vehicles)" },
            fromRecord("其中新能源汽车", "辆") { "\($0.newEnergyVehicles)" },
        ]
        for source in sources {
            rows.append(fromRecord(source.chineseName, source.displayUnit) { whole($0.energy[source]) })
        }
        rows += [
            fromAccount("能源消费总量", "吨标准煤（电力按当量值）") { hundredths($0.totals.totalEnergyTce) },
            fromAccount("其中建筑", "吨标准煤") { hundredths($0.totals.buildingEnergyTce) },
            fromAccount("其中车辆", "吨标准煤") { hundredths($0.totals.vehicleEnergyTce) },
            fromAccount("碳排放总量", "吨") { hundredths($0.totals.totalCO2Tonnes) },
            fromRecord("用水量", "立方米") { whole($0.waterM3) },
        ]
        if records.contains(where: { ($0?.pvKWh ?? 0) > 0 }) {
            rows.append(fromRecord("光伏发电量", "千瓦时（自发，不抵扣）") { whole($0.pvKWh) })
        }
        for measure in IntensityMeasure.all {
            rows.append(fromAccount(measure.name, measure.unit) { Figures.number(measure.value($0.intensities), decimals: 2) })
        }
        return TableView(label: "\(history.name)逐年数据", caption: "逐年数据", corner: "项目",
                         columns: years.map { .init("\($0)年") }, rows: rows, style: "inst-by-year")
    }
}
