import Foundation
import GreenPubLoad
import GreenPubModel
import GreenPubRender

/// Stage 1, Load: reads a project folder into `ProjectSources`. The only stage that reads files.
public enum ProjectLoader {
    public static func load(root: URL) -> (ProjectSources, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        if !ProjectFiles.exists(root: root, relative: "content") {
            diagnostics.append(.error(SourceLocation(file: "content"),
                                      "no content/ folder here: run GreenPub in a project folder or pass --root"))
        }
        let (config, configProblems) = ContentLoader.loadSiteConfig(root: root)
        diagnostics += configProblems
        let (pages, pageProblems) = ContentLoader.loadPages(root: root)
        diagnostics += pageProblems

        var templates: [TemplateSource] = []
        for path in ProjectFiles.list(root: root, under: "templates", extension: "mustache") {
            guard let text = ProjectFiles.readText(root: root, relative: path, diagnostics: &diagnostics) else { continue }
            let name = String(path.dropFirst("templates/".count).dropLast(".mustache".count))
            templates.append(TemplateSource(name: name, path: path, text: text))
        }
        var assets: [OutputFile] = []
        for path in ProjectFiles.list(root: root, under: "templates/assets") {
            guard let bytes = ProjectFiles.readBytes(root: root, relative: path, diagnostics: &diagnostics) else { continue }
            assets.append(OutputFile(path: String(path.dropFirst("templates/".count)), bytes: bytes))
        }
        return (ProjectSources(config: config, pages: pages, pageFiles: ContentLoader.pageFiles(root: root), templates: templates, assets: assets), diagnostics)
    }
}
