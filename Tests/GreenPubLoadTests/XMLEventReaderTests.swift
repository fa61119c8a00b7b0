import Testing
@testable import GreenPubLoad

/// Writes every event as text: `<name a="1">`, `</name>`, and `"text"` with adjacent pieces joined.
private final class EventRecorder: XMLEventHandler {
    var events: [String] = []
    private var text: String?

    func startElement(_ name: String, attributes: XMLAttributes) {
        flushText()
        events.append("<" + name + attributes.all.map { " \($0.name)=\"\($0.value)\"" }.joined() + ">")
    }

    func endElement(_ name: String) {
        flushText()
        events.append("</\(name)>")
    }

    func characters(_ text: String) { self.text = (self.text ?? "") + text }

    func flushText() {
        if let text { events.append("\"\(text)\"") }
        text = nil
    }
}

private let part = "xl/worksheets/sheet1.xml"

private func events(_ bytes: [UInt8]) throws(XLSXError) -> [String] {
    let recorder = EventRecorder()
    try XMLEventReader.read(bytes, part: part, into: recorder)
    recorder.flushText()
    return recorder.events
}

private func events(_ xml: String) throws(XLSXError) -> [String] { try events(Array(xml.utf8)) }

/// The message of the error reading `bytes` throws; nil when it reads.
private func failure(_ bytes: [UInt8]) -> String? {
    do {
        _ = try events(bytes)
        return nil
    } catch {
        return error.message
    }
}

private func failure(_ xml: String) -> String? { failure(Array(xml.utf8)) }

/// The message of a well-formedness error at `line`, `column`.
private func damaged(_ reason: String, line: Int, column: Int) -> String {
    "the workbook part \(part) is not well-formed XML: \(reason), at its line \(line), column \(column); "
        + "the file may be damaged: save the workbook again in Excel or WPS"
}

@Suite struct XMLEventReaderTests {
    @Test func declarationCommentsAndProcessingInstructionsAreSkipped() throws {
        let xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!-- written by hand -->
            <?mso-application progid="Excel.Sheet"?>
            <sheet><!-- inside --><row r="1"><?pi inside?><v>7</v></row></sheet>
            <!-- after -->

            """
        #expect(try events(xml) == ["<sheet>", "<row r=\"1\">", "<v>", "\"7\"", "</v>", "</row>", "</sheet>"])
        #expect(try events("<?xml version='1.0' encoding='utf-8'?><a/>") == ["<a>", "</a>"])
        #expect(try events("<?xml version=\"1.0\"?><a/>") == ["<a>", "</a>"])
        #expect(try events("<!----><a>x<!-- - -->y</a>") == ["<a>", "\"xy\"", "</a>"])
    }

    @Test func prefixesAreRemovedFromElementNames() throws {
        let xml = """
            <x:worksheet xmlns:x="urn:main" xmlns:r="urn:rels"><x:row r="2"><x:c/></x:row></x:worksheet>
            """
        #expect(try events(xml) == ["<worksheet xmlns:x=\"urn:main\" xmlns:r=\"urn:rels\">", "<row r=\"2\">", "<c>",
                                    "</c>", "</row>", "</worksheet>"])
    }

    @Test func attributesAreFoundByNameOrLocalName() throws {
        final class Lookup: XMLEventHandler {
            var found: [String?] = []
            func startElement(_ name: String, attributes: XMLAttributes) {
                found = [attributes["id"], attributes["name"], attributes["r:id"], attributes["missing"],
                         attributes["i"]]
            }
            func endElement(_ name: String) {}
            func characters(_ text: String) {}
        }
        let lookup = Lookup()
        try XMLEventReader.read(Array("<sheet name=\"数据\" r:id=\"rId2\" sheetId=\"1\"/>".utf8), part: part, into: lookup)
        #expect(lookup.found == ["rId2", "数据", "rId2", nil, nil])
        // A name without prefix wins over a prefixed one, wherever it stands.
        try XMLEventReader.read(Array("<s r:id=\"1\" id=\"2\"/>".utf8), part: part, into: lookup)
        #expect(lookup.found.first == "2")
        try XMLEventReader.read(Array("<s a:id=\"1\" b:id=\"2\"/>".utf8), part: part, into: lookup)
        #expect(lookup.found.first == "1")
    }

    @Test func attributeQuotesAndWhitespace() throws {
        #expect(try events("<a x = '1'\n\ty\t=\"it's\"  z='say \"hi\"' />")
            == ["<a x=\"1\" y=\"it's\" z=\"say \"hi\"\">", "</a>"])
        // Tabs and line ends in values become spaces; a character reference keeps them.
        #expect(try events("<a v=\"one\ttwo\r\nthree\rfour\nfive&#10;six&#9;\"/>")
            == ["<a v=\"one two three four five\nsix\t\">", "</a>"])
        #expect(try events("<a empty=\"\" e2=''></a>") == ["<a empty=\"\" e2=\"\">", "</a>"])
    }

    @Test func selfClosingTags() throws {
        #expect(try events("<a><b/><c /><d x=\"1\"/></a>")
            == ["<a>", "<b>", "</b>", "<c>", "</c>", "<d x=\"1\">", "</d>", "</a>"])
        #expect(try events("<a/>") == ["<a>", "</a>"])
        #expect(try events("<a ></a >") == ["<a>", "</a>"])
    }

    @Test func entitiesAndCharacterReferences() throws {
        #expect(try events("<t>&lt;b&gt; &amp; &quot;q&quot; &apos;a&apos;</t>") == ["<t>", "\"<b> & \"q\" 'a'\"", "</t>"])
        #expect(try events("<t>&#20013;&#x6587;&#x4e2D; &#65;&#x1F600;</t>") == ["<t>", "\"中文中 A😀\"", "</t>"])
        #expect(try events("<t f='&lt;&amp;&#x41;&gt;'/>") == ["<t f=\"<&A>\">", "</t>"])
        // Decoded text is not read again as markup or as a reference.
        #expect(try events("<t>&amp;lt;&#38;#65;</t>") == ["<t>", "\"&lt;&#65;\"", "</t>"])
    }

    @Test func cdataSections() throws {
        #expect(try events("<t><![CDATA[<b>&amp;</b> ]] ]>]]></t>") == ["<t>", "\"<b>&amp;</b> ]] ]>\"", "</t>"])
        #expect(try events("<t>a<![CDATA[]]>b<![CDATA[c\r\nd]]></t>") == ["<t>", "\"ab" + "c\nd\"", "</t>"])
    }

    @Test func textKeepsWhitespaceAndNormalizesLineEnds() throws {
        #expect(try events("<si><t xml:space=\"preserve\">  </t>\n  <t> a\tb </t></si>")
            == ["<si>", "<t xml:space=\"preserve\">", "\"  \"", "</t>", "\"\n  \"", "<t>", "\" a\tb \"", "</t>", "</si>"])
        #expect(try events("<t>one\r\ntwo\rthree\n</t>") == ["<t>", "\"one\ntwo\nthree\n\"", "</t>"])
    }

    @Test func byteOrderMarkAndNonASCIIText() throws {
        #expect(try events([0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\"?><名称 属性=\"值\">县 医院</名称>".utf8))
            == ["<名称 属性=\"值\">", "\"县 医院\"", "</名称>"])
    }

    @Test(arguments: [
        // Unclosed and mismatched tags.
        ("<a><b></a>", "the end tag </a> does not match the start tag <b> of line 1", 1, 7),
        ("<a>\n  <b>\n</c></b></a>", "the end tag </c> does not match the start tag <b> of line 2", 3, 1),
        ("<x:a></a>", "the end tag </a> does not match the start tag <x:a> of line 1", 1, 6),
        ("<a>\n<b>text", "the part ends before the element <b> of line 2 is closed", 2, 8),
        ("</a>", "the end tag </a> has no start tag", 1, 1),
        ("<a></a></a>", "the end tag </a> has no start tag", 1, 8),
        // References.
        ("<a>&bogus;</a>", "the entity &bogus; is not defined (XML defines &lt; &gt; &amp; &quot; &apos; and "
            + "character references)", 1, 4),
        ("<a x=\"&nbsp;\"/>", "the entity &nbsp; is not defined (XML defines &lt; &gt; &amp; &quot; &apos; and "
            + "character references)", 1, 7),
        ("<a>AT&T</a>", "an \"&\" that starts no complete entity or character reference (a literal & must be "
            + "written &amp;)", 1, 6),
        ("<a>a & b</a>", "an \"&\" that starts no complete entity or character reference (a literal & must be "
            + "written &amp;)", 1, 6),
        ("<a>&;</a>", "an \"&\" that starts no complete entity or character reference (a literal & must be "
            + "written &amp;)", 1, 4),
        ("<a>&#xZZ;</a>", "the character reference &#xZZ; does not stand for a character XML allows", 1, 4),
        ("<a>&#0;</a>", "the character reference &#0; does not stand for a character XML allows", 1, 4),
        ("<a>&#xD800;</a>", "the character reference &#xD800; does not stand for a character XML allows", 1, 4),
        ("<a>&#x110000;</a>", "the character reference &#x110000; does not stand for a character XML allows", 1, 4),
        ("<a>&#99999999999999999999;</a>",
         "the character reference &#99999999999999999999; does not stand for a character XML allows", 1, 4),
        ("<a>&#X41;</a>", "the character reference &#X41; does not stand for a character XML allows", 1, 4),
        ("<a>&#;</a>", "the character reference &#; does not stand for a character XML allows", 1, 4),
        // Truncated parts.
        ("<a><b x=\"1", "the part ends inside an attribute value", 1, 9),
        ("<a><b x", "the part ends inside a tag", 1, 8),
        ("<a><b", "the part ends inside a tag", 1, 6),
        ("<a><", "the part ends inside a tag", 1, 4),
        ("<a></a", "the part ends inside a tag", 1, 7),
        ("<a><!-- note", "the part ends inside a comment", 1, 4),
        ("<a><!-", "the part ends inside a tag", 1, 4),
        ("<a><![CDATA[text]]", "the part ends inside a CDATA section", 1, 4),
        ("<a><?pi", "the part ends inside a processing instruction", 1, 4),
        ("<?xml version=\"1.0\"", "the part ends inside the XML declaration", 1, 1),
        ("<a>&am", "the part ends inside a reference", 1, 4),
        // Outside the root element.
        ("<a/>junk", "text outside the root element", 1, 5),
        ("junk<a/>", "text outside the root element", 1, 1),
        ("<a/>&amp;", "text outside the root element", 1, 5),
        ("<a/>\n<b/>", "the element <b> follows the end of the root element", 2, 1),
        ("<a/><![CDATA[x]]>", "a CDATA section outside the root element", 1, 5),
        ("", "the part is empty", 1, 1),
        (" \n\t", "the part is empty", 2, 2),
        ("<!-- only a comment -->", "the part has no element", 1, 24),
        // Tags and attributes.
        ("<a x=1/>", "\"1\" where a quote (\" or ') opening the attribute value is expected", 1, 6),
        ("<a x=\"1\"y=\"2\"/>", "\"y\" where a space, \">\" or \"/>\" is expected", 1, 9),
        ("<a x/>", "\"/\" where \"=\" after the attribute name is expected", 1, 5),
        ("<a x=\"1\" x=\"2\"/>", "the attribute x appears twice in one tag", 1, 10),
        ("<a x=\"a<b\"/>", "a \"<\" in an attribute value (it must be written &lt;)", 1, 8),
        ("<a/ >", "a space where \">\" after \"/\" is expected", 1, 4),
        ("<1a/>", "\"1\" where an element name after \"<\" is expected", 1, 2),
        ("< a/>", "a space where an element name after \"<\" is expected", 1, 2),
        ("<a></ a>", "a space where an element name after \"</\" is expected", 1, 6),
        ("<a></a b>", "\"b\" where \">\" after the element name is expected", 1, 8),
        // Other markup.
        ("<a><!-- a -- b --></a>", "\"--\" inside a comment", 1, 11),
        ("<a><!-- a ---></a>", "\"--\" inside a comment", 1, 11),
        ("<a/><?xml version=\"1.0\"?>", "an XML declaration (<?xml ...?>) that is not at the start of the part", 1, 5),
        (" <?xml version=\"1.0\"?><a/>",
         "an XML declaration (<?xml ...?>) that is not at the start of the part", 1, 2),
        ("<a><!ELEMENT a ANY></a>", "markup that starts with \"<!\" but is neither a comment nor a CDATA section",
         1, 4),
        ("<?xml version=\"1.0\"encoding=\"UTF-8\"?><a/>", "\"e\" where a space or \"?>\" is expected", 1, 20),
        // Characters.
        ("<a>\u{1}</a>", "the control character U+0001, which XML does not allow", 1, 4),
        ("<a x=\"\u{1B}\"/>", "the control character U+001B, which XML does not allow", 1, 7),
    ])
    func malformedXMLIsAnErrorWithItsPlace(_ xml: String, _ reason: String, _ line: Int, _ column: Int) {
        #expect(failure(xml) == damaged(reason, line: line, column: column))
    }

    @Test func bytesThatAreNotUTF8() {
        let notUTF8 = "bytes that are not UTF-8"
        #expect(failure(Array("<a>".utf8) + [0xFF] + Array("</a>".utf8)) == damaged(notUTF8, line: 1, column: 4))
        // An overlong "/", a surrogate, a sequence cut short, U+FFFE.
        #expect(failure(Array("<a>".utf8) + [0xC0, 0xAF] + Array("</a>".utf8)) == damaged(notUTF8, line: 1, column: 4))
        #expect(failure(Array("<a>".utf8) + [0xED, 0xA0, 0x80] + Array("</a>".utf8))
            == damaged(notUTF8, line: 1, column: 4))
        #expect(failure(Array("<a>中".utf8) + [0xE4, 0xB8] + Array("</a>".utf8)) == damaged(notUTF8, line: 1, column: 5))
        #expect(failure(Array("<a x=\"".utf8) + [0xEF, 0xBF, 0xBE] + Array("\"/>".utf8))
            == damaged(notUTF8, line: 1, column: 7))
        #expect(failure(Array("<a".utf8) + [0xE4] + Array("/>".utf8)) == damaged(notUTF8, line: 1, column: 3))
        #expect(failure(Array("<a><!--".utf8) + [0xFF] + Array("--></a>".utf8)) == damaged(notUTF8, line: 1, column: 8))
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(failure("<a>\n中文<b></a>") == damaged(
            "the end tag </a> does not match the start tag <b> of line 2", line: 2, column: 6))
        #expect(failure("<a>\r\n\r\n  &x;</a>") == damaged("the entity &x; is not defined (XML defines &lt; &gt; "
            + "&amp; &quot; &apos; and character references)", line: 3, column: 3))
    }

    @Test func otherEncodingsAreRefusedBySaying() {
        let advice = "GreenPub reads workbook parts in UTF-8 only: save the workbook again in Excel or WPS"
        #expect(failure("<?xml version=\"1.0\" encoding=\"GBK\"?><a/>")
            == "the workbook part \(part) declares the encoding \"GBK\"; \(advice)")
        #expect(failure("<?xml version=\"1.0\" encoding=\"ISO-8859-1\" standalone=\"yes\"?><a/>")
            == "the workbook part \(part) declares the encoding \"ISO-8859-1\"; \(advice)")
        let utf16 = "the workbook part \(part) is in UTF-16; \(advice)"
        #expect(failure([0xFF, 0xFE] + Array("<a/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) == utf16)
        #expect(failure([0xFE, 0xFF] + Array("<a/>".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }) == utf16)
        #expect(failure(Array("<a/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }) == utf16)
    }

    @Test func documentTypeDeclarationsAreRefused() {
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE a [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <a>&secret;</a>
            """
        #expect(failure(xml) == "the workbook part \(part) has a document type declaration (<!DOCTYPE ...>) at its "
            + "line 2, column 1, which workbook parts do not have and GreenPub does not read: save the workbook again "
            + "in Excel or WPS")
    }

    @Test func eventsArriveWhileThePartIsRead() {
        // A big part cut short: every row before the cut reaches the handler before the error,
        // and the error names the last line.
        final class RowCounter: XMLEventHandler {
            var rows = 0, characters = 0, lastValue = ""
            private var inValue = false
            func startElement(_ name: String, attributes: XMLAttributes) {
                if name == "row" { rows += 1 }
                if name == "v" { inValue = true; lastValue = "" }
            }
            func endElement(_ name: String) { if name == "v" { inValue = false } }
            func characters(_ text: String) {
                characters += text.utf8.count
                if inValue { lastValue += text }
            }
        }
        // Built from byte pieces: string interpolation 20,000 times is slow in a debug build.
        var whole = Array("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<x:worksheet xmlns:x=\"urn:x\">"
            .utf8) + Array("<x:sheetData>\n".utf8)
        let pieces = ["<x:row r=\"", "\"><x:c r=\"A", "\" t=\"inlineStr\"><x:is><x:t>单位 &amp; 名称 ",
                      "</x:t></x:is></x:c><x:c r=\"B", "\" s=\"1\"><x:v>", ".5</x:v></x:c></x:row>\n"].map { Array($0.utf8) }
        for row in 1...20_000 {
            let number = Array(String(row).utf8)
            for piece in pieces.dropLast() {
                whole.append(contentsOf: piece)
                whole.append(contentsOf: number)
            }
            whole.append(contentsOf: pieces[pieces.count - 1])
        }
        whole.append(contentsOf: "</x:sheetData></x:worksheet>".utf8)
        #expect(whole.count > 2_000_000)
        let counter = RowCounter()
        #expect(throws: Never.self) { try XMLEventReader.read(whole, part: part, into: counter) }
        #expect(counter.rows == 20_000)
        #expect(counter.lastValue == "20000.5")

        let cut = RowCounter()
        // Cut after the row's last "</x:c>", before "</x:row>\n</x:sheetData></x:worksheet>".
        let cutBytes = Array(whole[..<(whole.count - 37)])
        do {
            try XMLEventReader.read(cutBytes, part: part, into: cut)
            Issue.record("a part cut short was read")
        } catch {
            #expect(error.message.hasPrefix("the workbook part \(part) is not well-formed XML: the part ends before "
                + "the element <x:row> of line 20002 is closed, at its line 20002, column "))
        }
        #expect(cut.rows == 20_000)
        #expect(cut.characters > 400_000)
    }
}
