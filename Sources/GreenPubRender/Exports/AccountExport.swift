import GreenPubBytes
import GreenPubCompute
import GreenPubModel

/// `data/accounts.json`: the county's, each group's and each institution's accounts in every
/// statistics year. Institutions are rows of values under one list of field names
/// (`institution_fields`), one row per line, so that 30,000 institutions × years stay a file
/// of tens of megabytes written straight into one buffer. Schema: docs/exports-schema.md.
enum AccountExport {
    static let schema = "greenpub.accounts.v1"

    /// Decimals: tce and tonnes to 0.1 kg, m³ and m² to 0.01, kWh to 0.1, intensities and
    /// shares to 4 places.
    enum Places {
        static let tce = 4
        static let tonnes = 4
        static let cubicMetres = 2
        static let squareMetres = 2
        static let users = 2
        static let kWh = 1
        static let intensity = 4
        static let percent = 4
    }

    /// The columns of an institution row, in order.
    static let institutionFields = [
        "id", "name", "group", "category", "level",
        "area_m2", "users", "vehicles", "new_energy_vehicles", "water_m3", "pv_kwh",
        "energy_tce", "building_energy_tce", "vehicle_energy_tce",
    ] + EnergySource.allCases.map { "energy_tce_\($0.rawValue)" } + [
        "energy_equal_value_tce",
        "co2_t", "building_co2_t", "vehicle_co2_t",
    ] + EnergySource.allCases.map { "co2_t_\($0.rawValue)" } + [
        "energy_per_area", "energy_per_person", "water_per_person", "co2_per_area",
    ]

    static func json(_ data: SiteData) -> ByteBuffer {
        let institutionCount = data.accounts.reduce(0) { $0 + $1.institutions.count }
        let out = JSONOutput(reserving: 4096 + institutionCount * 256)
        // Keys in sorted order, as every object of the exports.
        out.raw("{")
        out.string("institution_fields")
        out.raw(":")
        out.write(.strings(institutionFields))
        out.raw(",")
        out.string("schema")
        out.raw(":")
        out.string(schema)
        out.raw(",")
        out.string("units")
        out.raw(":")
        out.write(units)
        out.raw(",")
        out.string("years")
        out.raw(":[")
        for (index, year) in data.accounts.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("\n")
            write(year, to: out)
        }
        out.raw("\n]}\n")
        return out.buffer
    }

    static let units: JSONValue = .object([
        ("energy", .string("吨标准煤 (tce)，电力按当量值；energy_equal_value_tce 电力按等价值")),
        ("co2", .string("吨 (t)")),
        ("water", .string("立方米 (m³)")),
        ("area", .string("平方米 (m²)")),
        ("pv", .string("千瓦时 (kWh)")),
        ("energy_per_area", .string("千克标准煤/平方米")),
        ("energy_per_person", .string("千克标准煤/人")),
        ("water_per_person", .string("立方米/人")),
        ("co2_per_area", .string("千克/平方米")),
        ("shares", .string("%")),
    ])

    /// One year: county and groups as objects, then the institution rows.
    static func write(_ year: YearAccounts, to out: JSONOutput) {
        out.raw("{")
        out.string("county")
        out.raw(":")
        out.write(.object(totals(year.county.totals) + [("intensities_mean_of_institutions", intensities(year.county.meanOfInstitutions))]))
        out.raw(",")
        out.string("file")
        out.raw(":")
        out.string(year.file)
        out.raw(",")
        out.string("groups")
        out.raw(":")
        out.write(.array(year.groups.map(group), lines: true))
        out.raw(",")
        out.string("institutions")
        out.raw(":[")
        for (index, institution) in year.institutions.enumerated() {
            if index > 0 { out.raw(",") }
            out.raw("\n")
            row(institution, to: out)
        }
        out.raw("\n],")
        out.string("year")
        out.raw(":")
        out.integer(year.year)
        out.raw("}")
    }

    static func group(_ account: GroupAccount) -> JSONValue {
        let shares = account.shares
        return .object(totals(account.totals) + [
            ("group", .string(account.group.rawValue)),
            ("name", .string(account.group.chineseName)),
            ("intensities_mean_of_institutions", intensities(account.meanOfInstitutions)),
            ("shares_of_county_percent", .object([
                ("energy", .number(shares.energyPercent, decimals: Places.percent)),
                ("co2", .number(shares.co2Percent, decimals: Places.percent)),
                ("building_energy", .number(shares.buildingEnergyPercent, decimals: Places.percent)),
                ("vehicle_energy", .number(shares.vehicleEnergyPercent, decimals: Places.percent)),
                ("building_co2", .number(shares.buildingCO2Percent, decimals: Places.percent)),
                ("vehicle_co2", .number(shares.vehicleCO2Percent, decimals: Places.percent)),
                ("water", .number(shares.waterPercent, decimals: Places.percent)),
                ("area", .number(shares.areaPercent, decimals: Places.percent)),
            ])),
        ])
    }

    /// The members of a county or group object.
    static func totals(_ totals: AccountTotals) -> [(String, JSONValue)] {
        [
            ("institution_count", .int(totals.institutionCount)),
            ("area_m2", .number(totals.areaM2, decimals: Places.squareMetres)),
            ("users", .number(totals.users, decimals: Places.users)),
            ("vehicles", .int(totals.vehicles)),
            ("new_energy_vehicles", .int(totals.newEnergyVehicles)),
            ("water_m3", .number(totals.waterM3, decimals: Places.cubicMetres)),
            ("pv_kwh", .number(totals.pvKWh, decimals: Places.kWh)),
            ("energy_tce", bySource(totals.energyTce, total: totals.totalEnergyTce, building: totals.buildingEnergyTce,
                                    vehicle: totals.vehicleEnergyTce, decimals: Places.tce)),
            ("energy_equal_value_tce", .number(totals.totalEnergyEqualValueTce, decimals: Places.tce)),
            ("energy_shares_percent", shares(totals.energySharesPercent)),
            ("co2_t", bySource(totals.co2Tonnes, total: totals.totalCO2Tonnes, building: totals.buildingCO2Tonnes,
                               vehicle: totals.vehicleCO2Tonnes, decimals: Places.tonnes)),
            ("co2_shares_percent", shares(totals.co2SharesPercent)),
            ("building_energy_share_percent", .number(totals.buildingEnergySharePercent, decimals: Places.percent)),
            ("building_co2_share_percent", .number(totals.buildingCO2SharePercent, decimals: Places.percent)),
            ("nev_share_percent", .number(totals.nevSharePercent, decimals: Places.percent)),
            ("intensities_ratio_of_totals", intensities(totals.intensities)),
        ]
    }

    static func bySource(_ amounts: SourceAmounts, total: Double, building: Double, vehicle: Double, decimals: Int) -> JSONValue {
        .object([
            ("total", .number(total, decimals: decimals)),
            ("building", .number(building, decimals: decimals)),
            ("vehicle", .number(vehicle, decimals: decimals)),
            ("by_source", .object(amounts.entries.map { ($0.source.rawValue, .number($0.amount, decimals: decimals)) })),
        ])
    }

    static func shares(_ amounts: SourceAmounts) -> JSONValue {
        .object(amounts.entries.map { ($0.source.rawValue, .number($0.amount, decimals: Places.percent)) })
    }

    static func intensities(_ values: Intensities) -> JSONValue {
        .object([
            ("energy_per_area", .number(values.energyPerArea, decimals: Places.intensity)),
            ("energy_per_person", .number(values.energyPerPerson, decimals: Places.intensity)),
            ("water_per_person", .number(values.waterPerPerson, decimals: Places.intensity)),
            ("co2_per_area", .number(values.co2PerArea, decimals: Places.intensity)),
        ])
    }

    /// One institution as an array in `institutionFields` order, written directly.
    static func row(_ institution: InstitutionAccount, to out: JSONOutput) {
        let totals = institution.totals
        let intensities = totals.intensities
        out.raw("[")
        out.string(institution.id)
        out.raw(",")
        out.string(institution.name)
        out.raw(",")
        out.string(institution.group.rawValue)
        out.raw(",")
        out.string(institution.category.code)
        out.raw(",")
        if let level = institution.level { out.string(level.rawValue) } else { out.raw("null") }
        func number(_ value: Double?, _ decimals: Int) {
            out.raw(",")
            out.number(value, decimals: decimals)
        }
        number(totals.areaM2, Places.squareMetres)
        number(totals.users, Places.users)
        out.raw(",")
        out.integer(totals.vehicles)
        out.raw(",")
        out.integer(totals.newEnergyVehicles)
        number(totals.waterM3, Places.cubicMetres)
        number(totals.pvKWh, Places.kWh)
        number(totals.totalEnergyTce, Places.tce)
        number(totals.buildingEnergyTce, Places.tce)
        number(totals.vehicleEnergyTce, Places.tce)
        for source in EnergySource.allCases { number(totals.energyTce[source], Places.tce) }
        number(totals.totalEnergyEqualValueTce, Places.tce)
        number(totals.totalCO2Tonnes, Places.tonnes)
        number(totals.buildingCO2Tonnes, Places.tonnes)
        number(totals.vehicleCO2Tonnes, Places.tonnes)
        for source in EnergySource.allCases { number(totals.co2Tonnes[source], Places.tonnes) }
        number(intensities.energyPerArea, Places.intensity)
        number(intensities.energyPerPerson, Places.intensity)
        number(intensities.waterPerPerson, Places.intensity)
        number(intensities.co2PerArea, Places.intensity)
        out.raw("]")
    }
}
