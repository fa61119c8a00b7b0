import Testing
@testable import GreenPubTemplates

struct Person: TemplateObject {
    var name: String
    var note: String?
    var tags: [String] = []
    var active = true

    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch key.name {
        case "name": name.templateValue
        case "note": note.templateValue
        case "tags": tags.templateValue
        case "active": active.templateValue
        default: nil
        }
    }
}

struct Page: TemplateObject {
    var title: String
    var note: String?
    var people: [Person]

    func templateValue(forKey key: TemplateKey) -> TemplateValue? {
        switch key.name {
        case "title": title.templateValue
        case "note": note.templateValue
        case "people": people.templateValue
        default: nil
        }
    }
}

/// A view model without a conformance: found by reflection.
struct Plain {
    var heading: String
    var count: Int
    var ratio: Double
    var missing: String?
    var rows: [Row]
    struct Row { var label: String }
}

private func render(_ text: String, _ value: Any, partials: [String: String] = [:]) throws -> String {
    var library = TemplateLibrary()
    try library.add("main", text: text)
    for (name, text) in partials { try library.add(name, text: text) }
    return library.render("main", TemplateValue.reflecting(value)!)
}

@Suite struct TemplateRenderingTests {
    let page = Page(title: "节能 <周>", note: nil, people: [
        Person(name: "甲", note: "n1", tags: ["a", "b"]),
        Person(name: "乙 & 丙", note: nil, active: false),
    ])

    @Test func variablesAreEscapedUnlessTripleOrAmpersand() throws {
        #expect(try render("{{title}}|{{{title}}}|{{&title}}", page) == "节能 &lt;周&gt;|节能 <周>|节能 <周>")
        #expect(try render("{{x}}", ["x"]) == "")
        #expect(try render("{{title}}", Plain(heading: "\"'", count: 1, ratio: 0, missing: nil, rows: [])) == "")
        #expect(try render("{{heading}}", Plain(heading: "\"'", count: 1, ratio: 0, missing: nil, rows: [])) == "&quot;&#39;")
    }

    @Test func sectionsIterateListsAndTestBooleansAndOptionals() throws {
        #expect(try render("{{#people}}[{{name}}]{{/people}}", page) == "[甲][乙 &amp; 丙]")
        #expect(try render("{{#people}}{{#active}}+{{/active}}{{^active}}-{{/active}}{{/people}}", page) == "+-")
        #expect(try render("{{#note}}has{{/note}}{{^note}}none{{/note}}", page) == "none")
        #expect(try render("{{#people}}{{#tags}}<{{.}}>{{/tags}}{{^tags}}no tags{{/tags}};{{/people}}", page) == "<a><b>;no tags;")
        #expect(try render("{{#title}}({{.}}){{/title}}", page) == "(节能 &lt;周&gt;)")
    }

    @Test func listElementsAreReadWhereTheyLieAndEmptyOptionalsSkipped() throws {
        struct Roster: TemplateObject {
            var people: [Person?]
            var none: [Person?]
            func templateValue(forKey key: TemplateKey) -> TemplateValue? {
                switch key.name {
                case "people": people.templateValue
                case "none": none.templateValue
                default: nil
                }
            }
        }
        let roster = Roster(people: [nil, Person(name: "甲", tags: ["a"]), nil, Person(name: "乙")], none: [nil, nil])
        #expect(try render("{{#people}}[{{name}}{{#.tags}}:{{.}}{{/.tags}}]{{/people}}", roster) == "[甲:a][乙]")
        #expect(try render("{{#none}}x{{/none}}{{^none}}empty{{/none}}", roster) == "empty")
        #expect(try render("{{^people}}empty{{/people}}", roster) == "")
        // An element that is an object shows as nothing by itself; its children by name.
        #expect(try render("{{#people}}<{{.}}>{{/people}}", roster) == "<><>")
    }

    @Test func namesClimbTheContextStackUnlessAnchored() throws {
        // `note` is nil on the second person, so the lookup climbs to the page (nil too),
        // while `title` is only on the page.
        let withNote = Page(title: "T", note: "page note", people: page.people)
        #expect(try render("{{#people}}{{note}}/{{title}};{{/people}}", withNote) == "n1/T;page note/T;")
        #expect(try render("{{#people}}{{.note}};{{/people}}", withNote) == "n1;;")
        #expect(try render("{{#people}}{{#.note}}[{{.}}]{{/.note}}{{/people}}", withNote) == "[n1]")
    }

    @Test func keysCarryTheirNumberInTheVocabulary() throws {
        // A view model that switches on numbers only: 0 is "title", 1 is "people".
        struct Numbered: TemplateObject {
            var title: String
            var people: [Person]
            func templateValue(forKey key: TemplateKey) -> TemplateValue? {
                switch key.code {
                case 0: title.templateValue
                case 1: people.templateValue
                default: nil
                }
            }
        }
        var library = TemplateLibrary(vocabulary: TemplateVocabulary(["title", "people", "unused"]))
        try library.add("main", text: "{{title}}:{{#people}}{{name}},{{/people}}{{missing}}")
        let value = Numbered(title: "T", people: [Person(name: "甲"), Person(name: "乙")])
        // Names outside the vocabulary (`name`, `missing`) reach the view model as -1 and are
        // found by their text (Person compares texts).
        #expect(library.render("main", value.templateValue!) == "T:甲,乙,")
        // Without the vocabulary every code is -1, and the numbered view model answers nothing.
        var plain = TemplateLibrary()
        try plain.add("main", text: "{{title}}:{{#people}}{{name}},{{/people}}")
        #expect(plain.render("main", value.templateValue!) == ":")
        #expect(TemplateVocabulary(["a", "b"]).key("b") == TemplateKey("b", code: 1))
        #expect(TemplateVocabulary(["a", "b"]).key("c").code == -1)
    }

    @Test func dottedNamesLookInside() throws {
        struct Outer: TemplateObject {
            var inner: Person
            func templateValue(forKey key: TemplateKey) -> TemplateValue? { key.name == "inner" ? inner.templateValue : nil }
        }
        #expect(try render("{{inner.name}}", Outer(inner: Person(name: "x"))) == "x")
        #expect(try render("{{inner.nothing}}", Outer(inner: Person(name: "x"))) == "")
    }

    @Test func reflectionFindsStoredPropertiesOfPlainStructs() throws {
        let plain = Plain(heading: "H", count: 3, ratio: 1.5, missing: nil, rows: [.init(label: "r1"), .init(label: "r2")])
        #expect(try render("{{heading}} {{count}} {{ratio}} [{{missing}}]{{#rows}} {{label}}{{/rows}}", plain) == "H 3 1.5 [] r1 r2")
        #expect(try render("{{^missing}}none{{/missing}}", plain) == "none")
    }

    @Test func standaloneTagsTakeTheirLineWithThem() throws {
        let text = """
        <ul>
          {{#people}}
          <li>{{name}}</li>
          {{/people}}
          {{! a comment }}
        </ul>

        """
        #expect(try render(text, page) == "<ul>\n  <li>甲</li>\n  <li>乙 &amp; 丙</li>\n</ul>\n")
        #expect(try render("a {{#active}}x{{/active}} b\n", Person(name: "")) == "a x b\n")
        #expect(try render("  {{! c }} x\n", page) == "   x\n")
    }

    @Test func standalonePartialsIndentEveryLine() throws {
        let partials = ["item": "<li>{{name}}</li>\n<li>again</li>\n"]
        let text = "<ul>\n  {{> item}}\n</ul>\n"
        #expect(try render(text, Person(name: "甲"), partials: partials) == "<ul>\n  <li>甲</li>\n  <li>again</li>\n</ul>\n")
        #expect(try render("[{{> item}}]", Person(name: "甲"), partials: partials) == "[<li>甲</li>\n<li>again</li>\n]")
    }

    @Test func setDelimitersApplyToTheRestOfTheTemplate() throws {
        let text = "{{=<% %>=}}\ntitle: <%name%>\n{{< figure >}} <%#active%>on<%/active%>\n"
        #expect(try render(text, Person(name: "甲")) == "title: 甲\n{{< figure >}} on\n")
    }

    @Test func windowsLineEndingsAreKept() throws {
        #expect(try render("{{#active}}\r\nyes\r\n{{/active}}\r\n", Person(name: "")) == "yes\r\n")
    }
}

@Suite struct TemplateSyntaxTests {
    func error(_ text: String) -> TemplateSyntaxError? {
        var library = TemplateLibrary()
        do {
            try library.add("t", text: text)
            return nil
        } catch {
            return error
        }
    }

    @Test func unclosedTagIsReportedWhereTheBracesShouldBe() throws {
        let found = try #require(error("<h1>{{title}}</h1>\n{{#items}}\n<p>{{name}</p>\n"))
        #expect(found.line == 3 && found.column == 10)
        #expect(found.message == "a tag is not closed with }}")
    }

    @Test func unclosedSectionPointsAtItsOpeningTag() throws {
        let found = try #require(error("a\n  {{#items}}\nx\n"))
        #expect(found.line == 2 && found.column == 3)
        #expect(found.message.contains("{{#items}} is never closed"))
    }

    @Test func mismatchedCloseNamesBothSections() throws {
        let found = try #require(error("{{#a}}\n{{/b}}"))
        #expect(found.line == 2 && found.column == 4)
        #expect(found.message.contains("{{#a}} (line 1) is closed by {{/b}}"))
        #expect(try #require(error("x {{/b}}")).message.contains("never opened"))
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let found = try #require(error("节能{{name"))
        #expect(found.line == 1 && found.column == 9)
    }

    @Test func unsupportedTagsAreNamed() throws {
        #expect(try #require(error("{{<parent}}{{/parent}}")).message.contains("not supported"))
        #expect(try #require(error("{{=<% %>}}")).message.contains("set-delimiter"))
        #expect(try #require(error("{{> *dynamic}}")).message.contains("dynamic partials"))
        #expect(try #require(error("{{upper(name)}}")).message.contains("transforms"))
        #expect(try #require(error("{{! never closed")).message.contains("comment"))
        #expect(try #require(error("{{}}")).message.contains("no name"))
        #expect(try #require(error("{{{raw}}")).message.contains("}}}"))
    }

    @Test func sourcesAddedTogetherAreCompiledOnceAndTheirErrorsNameTheirSource() throws {
        var library = TemplateLibrary()
        let failures = library.add([
            (name: "page", text: "<{{> partials/item}}>"),
            (name: "broken", text: "{{#a}}"),
            (name: "partials/item", text: "{{title}}"),
        ])
        #expect(failures.map(\.source) == [1])
        #expect(failures.first?.error.message.contains("{{#a}} is never closed") == true)
        #expect(library.render("page", TemplateValue.reflecting(Page(title: "节能", note: nil, people: []))!) == "<节能>")
        #expect(!library.contains("broken"))
    }

    @Test func missingPartialsAreListedWithTheirTag() throws {
        var library = TemplateLibrary()
        try library.add("page", text: "a\n  {{> partials/nav}}\n{{> here}}")
        try library.add("here", text: "x")
        let missing = library.missingPartials
        #expect(missing.count == 1)
        #expect(missing.first?.partial == "partials/nav")
        #expect(missing.first?.line == 2 && missing.first?.column == 3)
    }
}
