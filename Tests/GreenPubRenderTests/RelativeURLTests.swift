import Testing
@testable import GreenPubRender

@Suite struct RelativeURLTests {
    /// The definition: go up out of the folders `from` does not share with `to`, then down.
    func reference(from: String, to: String) -> String {
        let fromParts = from.split(separator: "/").dropLast()
        let toParts = to.split(separator: "/")
        var common = 0
        while common < fromParts.count, common < toParts.count - 1,
              fromParts[fromParts.startIndex + common] == toParts[common] {
            common += 1
        }
        return String(repeating: "../", count: fromParts.count - common) + toParts[common...].joined(separator: "/")
    }

    @Test func linksMatchTheDefinitionForEveryPairOfPaths() {
        let paths = ["index.html", "404.html", "a.html", "ab/x.html", "a/b.html", "a/b/c.html", "a/bc/d.html",
                     "a/b/index.html", "institutions/PSG001.html", "institutions/index.html", "groups/教育.html",
                     "projects/index.html#entry-RF-1", "a/b/c/d/e.html", "b/a.html", "assets/style.css"]
        for from in paths where !from.contains("#") {
            for to in paths {
                #expect(RelativeURL.link(from: from, to: to) == reference(from: from, to: to), "\(from) -> \(to)")
            }
        }
        #expect(RelativeURL.link(from: "a/b/c.html", to: "a/d.html") == "../d.html")
        #expect(RelativeURL.link(from: "ab/x.html", to: "a/y.html") == "../a/y.html")
    }
}
