/// What a `greenpub` command line asks for.
public enum Invocation: Sendable, Equatable {
    /// Run a command with these options.
    case run(Command)
    /// Print this help to standard output and exit 0.
    case help(HelpTopic)
    /// Print the version to standard output and exit 0.
    case version
    /// Print the error and the usage to standard error and exit 64.
    case usageError(UsageError)
}

public enum HelpTopic: Sendable, Equatable {
    /// The program's overview and its list of subcommands.
    case program
    /// One subcommand, by name.
    case command(String)
}

/// A subcommand with its options, converted to their types and checked.
public enum Command: Sendable, Equatable {
    case build(BuildOptions)
    case check(CheckOptions)
    case new(NewOptions)
    case synth(SynthOptions)
}

/// Options of the commands that read a project.
public struct ProjectOptions: Sendable, Equatable {
    /// The project folder as written (relative to the current directory or absolute).
    public var root: String
    /// The day to build for, YYYY-MM-DD (checked); nil for today.
    public var today: String?

    public init(root: String, today: String?) {
        self.root = root
        self.today = today
    }
}

public struct BuildOptions: Sendable, Equatable {
    public var project: ProjectOptions
    /// Where to write the site; nil for <root>/site.
    public var out: String?

    public init(project: ProjectOptions, out: String?) {
        self.project = project
        self.out = out
    }
}

public struct CheckOptions: Sendable, Equatable {
    public var project: ProjectOptions

    public init(project: ProjectOptions) {
        self.project = project
    }
}

/// What `greenpub new` starts.
public enum DocumentKind: String, Sendable, Equatable, CaseIterable {
    case briefing
    case report
}

public struct NewOptions: Sendable, Equatable {
    public var kind: DocumentKind
    public var project: ProjectOptions
    public var title: String
    /// Publication date as written; nil for today.
    public var date: String?
    public var slug: String

    public init(kind: DocumentKind, project: ProjectOptions, title: String, date: String?, slug: String) {
        self.kind = kind
        self.project = project
        self.title = title
        self.date = date
        self.slug = slug
    }
}

public struct SynthOptions: Sendable, Equatable {
    public var seed: UInt64
    public var institutions: Int
    public var years: ClosedRange<Int>
    public var out: String
    public var from: String?

    public init(seed: UInt64, institutions: Int, years: ClosedRange<Int>, out: String, from: String?) {
        self.seed = seed
        self.institutions = institutions
        self.years = years
        self.out = out
        self.from = from
    }
}

/// The sample generator's defaults and limits, which `greenpub synth` shows and checks; given by
/// the caller so that this module needs no generator.
public struct SynthDefaults: Sendable, Equatable {
    public var seed: UInt64
    public var institutions: Int
    public var minimumInstitutions: Int
    public var availableYears: ClosedRange<Int>

    public init(seed: UInt64, institutions: Int, minimumInstitutions: Int, availableYears: ClosedRange<Int>) {
        self.seed = seed
        self.institutions = institutions
        self.minimumInstitutions = minimumInstitutions
        self.availableYears = availableYears
    }
}
