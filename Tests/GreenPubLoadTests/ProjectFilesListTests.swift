import Foundation
import Testing
@testable import GreenPubLoad

/// `ProjectFiles.list`: regular files at any depth, project-relative, in byte order; hidden
/// files and folders only when asked; links not followed; the extension compared without case.
@Suite struct ProjectFilesListTests {
    @Test func listsRegularFilesInByteOrder() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("greenpub-list-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = ["content/b.md", "content/A.MD", "content/z/deep/c.md", "content/notes.txt", "content/.hidden.md",
                     "content/.drafts/d.md", "content/报告/e.md", "content/data/f.csv", "other/g.md"]
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/link.md").path,
                                                   withDestinationPath: root.appendingPathComponent("content/b.md").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("content/linked-folder").path,
                                                   withDestinationPath: root.appendingPathComponent("other").path)

        #expect(ProjectFiles.list(root: root, under: "content", extension: "md")
                == ["content/A.MD", "content/b.md", "content/z/deep/c.md", "content/报告/e.md"])
        #expect(ProjectFiles.list(root: root, under: "content")
                == ["content/A.MD", "content/b.md", "content/data/f.csv", "content/notes.txt", "content/z/deep/c.md", "content/报告/e.md"])
        #expect(ProjectFiles.list(root: root, under: "content", extension: "md", includingHidden: true)
                == ["content/.drafts/d.md", "content/.hidden.md", "content/A.MD", "content/b.md", "content/z/deep/c.md", "content/报告/e.md"])
        #expect(ProjectFiles.list(root: root, under: nil, extension: "md").contains("other/g.md"))
        #expect(ProjectFiles.list(root: root, under: "missing").isEmpty)
    }

    @Test func extensionIsAfterTheLastDot() {
        #expect(ProjectFiles.pathExtension("a.tar.gz") == "gz")
        #expect(ProjectFiles.pathExtension(".md") == "")
        #expect(ProjectFiles.pathExtension("README") == "")
        #expect(ProjectFiles.pathExtension("2021.XLSX") == "XLSX")
    }
}
