import GreenPubTemplates

// Direct name lookups for the view models of these pages, so templates never reflect on
// them. Each lookup names every stored property; `DirectLookupSiteTests` checks that none is
// missing.

extension MethodologyBaseCheck.PlanChecks: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .title: title.templateValue
        case .rows: rows.templateValue
        default: nil
        }
    }
}

extension MethodologyBaseCheck.Row: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .indicator: indicator.templateValue
        case .declared: declared.templateValue
        case .printed: printed.templateValue
        case .ratioOfTotals: ratioOfTotals.templateValue
        case .meanOfInstitutions: meanOfInstitutions.templateValue
        case .matches: matches.templateValue
        case .verdict: verdict.templateValue
        default: nil
        }
    }
}

extension MethodologyFactors.Row: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .name: name.templateValue
        case .value: value.templateValue
        case .unit: unit.templateValue
        case .source: source.templateValue
        default: nil
        }
    }
}

extension MethodologyFactors.YearOverride: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .year: year.templateValue
        case .rows: rows.templateValue
        default: nil
        }
    }
}

extension MethodologyView: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .hasFactors: hasFactors.templateValue
        case .standardCoal: standardCoal.templateValue
        case .densities: densities.templateValue
        case .co2: co2.templateValue
        case .co2PerTce: co2PerTce.templateValue
        case .overrides: overrides.templateValue
        case .hasOverrides: hasOverrides.templateValue
        case .yearSets: yearSets.templateValue
        case .factorsFile: factorsFile.templateValue
        case .example: example.templateValue
        case .plans: plans.templateValue
        case .hasPlans: hasPlans.templateValue
        case .statistics: statistics.templateValue
        case .registers: registers.templateValue
        case .hasRegisters: hasRegisters.templateValue
        case .baseChecks: baseChecks.templateValue
        case .hasBaseChecks: hasBaseChecks.templateValue
        case .mismatchCount: mismatchCount.templateValue
        case .structureHref: structureHref.templateValue
        case .listHref: listHref.templateValue
        case .indicatorsHref: indicatorsHref.templateValue
        case .registerHref: registerHref.templateValue
        default: nil
        }
    }
}

extension MethodologyView.SourceFile: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .path: path.templateValue
        case .what: what.templateValue
        default: nil
        }
    }
}

extension MethodologyView.YearSet: TemplateObject {
    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch ViewKey(key) {
        case .year: year.templateValue
        case .set: set.templateValue
        default: nil
        }
    }
}
