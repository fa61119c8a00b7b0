import GreenPubMarkdown
import GreenPubModel
import GreenPubRender

/// The build, stage by stage: load -> validate -> compute -> render. Writing is separate
/// (`SiteWriter`), so that `check` runs every stage but the last and writes nothing.
public enum Pipeline {
    /// The outcome of every stage before writing: the files, or the problems that stop them.
    public struct Result: Sendable {
        public var files: [OutputFile]
        public var pageCount: Int
        public var diagnostics: [Diagnostic]

        public var succeeded: Bool { !diagnostics.hasErrors }
    }

    /// Stage 2, Validate: checks across files that no single parser can see.
    public static func validate(_ sources: ProjectSources) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstByOutput: [String: String] = [:]
        for page in sources.pages {
            if let first = firstByOutput[page.outputPath] {
                diagnostics.append(.error(SourceLocation(file: page.sourcePath, line: 1, column: 1),
                                          "writes the same page \(page.outputPath) as \(first); rename one of them"))
            } else {
                firstByOutput[page.outputPath] = page.sourcePath
            }
        }
        if !sources.pageFiles.contains("content/index.md") {
            diagnostics.append(.error(SourceLocation(file: "content/index.md"), "missing: the home page of the site"))
        }
        return diagnostics
    }

    /// Runs load's output through validate, compute and render. Pure.
    public static func run(_ sources: ProjectSources, loadDiagnostics: [Diagnostic]) -> Result {
        var diagnostics = loadDiagnostics + validate(sources)
        let (templates, templateProblems) = TemplateSet.parse(sources.templates)
        diagnostics += templateProblems
        guard !diagnostics.hasErrors, let templates, let config = sources.config else {
            return Result(files: [], pageCount: 0, diagnostics: diagnostics.sortedForPrinting())
        }
        let renderer = SiteRenderer(templates: templates, markdown: MarkdownRenderer())
        let pages = renderer.render(SiteInput(config: config, pages: sources.pages))
        let files = (pages + sources.assets).sorted { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return Result(files: files, pageCount: pages.count, diagnostics: diagnostics.sortedForPrinting())
    }
}
