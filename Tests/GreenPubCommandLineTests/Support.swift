import GreenPubCommandLine

/// A parser with defaults unlike the real generator's, so that tests see where defaults come from.
let testDefaults = SynthDefaults(seed: 77, institutions: 12, minimumInstitutions: 4, availableYears: 2020...2025)
let parser = GreenPubParser(synthDefaults: testDefaults)

func parse(_ arguments: String...) -> Invocation { parser.parse(arguments) }

/// The command the arguments run, or nil (the test then fails on the comparison).
func command(_ arguments: String...) -> Command? {
    if case .run(let command) = parser.parse(arguments) { return command }
    return nil
}

/// The usage error the arguments give, or nil.
func usageError(_ arguments: String...) -> UsageError? {
    if case .usageError(let error) = parser.parse(arguments) { return error }
    return nil
}

func project(root: String = ".", today: String? = nil) -> ProjectOptions {
    ProjectOptions(root: root, today: today)
}
