import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import GreenPubCharts

/// A parsed SVG (or HTML fragment): every element with its attributes and own text.
struct MarkupTree {
    struct Element {
        var name: String
        var attributes: [String: String]
        /// Text directly inside the element (not inside children).
        var text: String
        /// Names of the enclosing elements, outermost first.
        var ancestors: [String]
        /// The attributes of the enclosing elements, the nearest one's where several set one
        /// (what SVG's presentation attributes inherit).
        var inherited: [String: String] = [:]

        func number(_ attribute: String) -> Double? { attributes[attribute].flatMap(Double.init) }

        /// A presentation attribute as the element renders it: its own, else the nearest
        /// enclosing element's.
        func presentation(_ attribute: String) -> String? { attributes[attribute] ?? inherited[attribute] }
    }

    var elements: [Element] = []
    var parseError: String?

    /// Parses `markup` as XML; `parseError` is set when it is not well-formed.
    init(_ markup: String) {
        let delegate = Collector()
        let parser = XMLParser(data: Data(markup.utf8))
        parser.delegate = delegate
        if !parser.parse() {
            parseError = parser.parserError.map { "\($0)" } ?? "unknown XML error"
        }
        elements = delegate.finished
    }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    var root: Element? { elements.first { $0.ancestors.isEmpty } }

    private final class Collector: NSObject, XMLParserDelegate {
        var stack: [Element] = []
        var finished: [Element] = []

        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
            let inherited = stack.last.map { $0.inherited.merging($0.attributes) { _, own in own } } ?? [:]
            stack.append(Element(name: elementName, attributes: attributeDict, text: "",
                                 ancestors: stack.map(\.name), inherited: inherited))
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard !stack.isEmpty else { return }
            stack[stack.count - 1].text += string
        }

        func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                    qualifiedName qName: String?) {
            if let element = stack.popLast() { finished.append(element) }
        }
    }
}

/// The box a `<text>` element is estimated to cover, with the same metrics the charts use.
struct TextBox: CustomStringConvertible {
    var text: String
    var left: Double
    var right: Double
    var top: Double
    var bottom: Double

    init?(_ element: MarkupTree.Element, defaultSize: Double) {
        guard element.name == "text", let x = element.number("x"), let y = element.number("y") else { return nil }
        let size = element.presentation("font-size").flatMap(Double.init) ?? defaultSize
        let bold = element.presentation("font-weight") == "bold"
        let width = TextMetrics.width(element.text, fontSize: size, bold: bold)
        switch element.presentation("text-anchor") ?? "start" {
        case "middle": left = x - width / 2
        case "end": left = x - width
        default: left = x
        }
        text = element.text
        right = left + width
        top = y - size * 0.8
        bottom = y + size * 0.2
    }

    func overlaps(_ other: TextBox, tolerance: Double = 0.5) -> Bool {
        left < other.right - tolerance && other.left < right - tolerance
            && top < other.bottom - tolerance && other.top < bottom - tolerance
    }

    var description: String { "\"\(text)\" [\(left)…\(right)] × [\(top)…\(bottom)]" }
}

/// Checks shared by every chart: well-formed, accessible, unique and resolvable ids, no
/// non-finite numbers, texts inside the canvas and not overlapping one another.
func checkChartInvariants(_ chart: any Chart) -> [String] {
    var problems: [String] = []
    let svg = chart.svg()
    let tree = MarkupTree(svg)
    if let error = tree.parseError { return ["SVG is not well-formed XML: \(error)"] }
    guard let root = tree.root, root.name == "svg" else { return ["no <svg> root"] }
    if root.attributes["role"] != "img" { problems.append("root lacks role=img") }
    if let token = nonFiniteToken(in: svg) { problems.append("SVG contains \(token)") }
    // ids: unique, prefixed, and every reference resolves.
    let ids = tree.elements.compactMap { $0.attributes["id"] }
    if Set(ids).count != ids.count { problems.append("duplicate ids: \(ids)") }
    let prefix = Markup.idFragment(chart.id) + "-"
    for id in ids where !id.hasPrefix(prefix) { problems.append("id \(id) lacks prefix \(prefix)") }
    let labelled = (root.attributes["aria-labelledby"] ?? "").split(separator: " ").map(String.init)
    if labelled.count != 2 { problems.append("aria-labelledby should name title and desc") }
    for reference in labelled where !ids.contains(reference) { problems.append("aria reference \(reference) missing") }
    let titles = tree.elements.filter { $0.name == "title" && $0.ancestors == ["svg"] }
    let descs = tree.elements.filter { $0.name == "desc" && $0.ancestors == ["svg"] }
    if titles.count != 1 || titles.first?.text != chart.title { problems.append("root <title> should be the chart title") }
    if descs.count != 1 || (descs.first?.text.isEmpty ?? true) { problems.append("root <desc> missing or empty") }
    for element in tree.elements {
        for (name, value) in element.attributes.sorted(by: { $0.key < $1.key }) where value.hasPrefix("url(#") {
            let target = String(value.dropFirst(5).dropLast())
            if !ids.contains(target) { problems.append("\(name)=\(value) does not resolve") }
        }
    }
    // Canvas size and scaling.
    let viewBox = (root.attributes["viewBox"] ?? "").split(separator: " ").compactMap { Double($0) }
    guard viewBox.count == 4 else { return problems + ["bad viewBox"] }
    let width = viewBox[2]
    let height = viewBox[3]
    if !(root.attributes["style"] ?? "").contains("max-width") { problems.append("no max-width style") }
    // Texts: inside the canvas, no overlaps.
    let defaultSize = root.number("font-size") ?? 14
    let boxes = tree.all("text").compactMap { TextBox($0, defaultSize: defaultSize) }
    for box in boxes where box.left < -0.5 || box.right > width + 0.5 || box.top < -0.5 || box.bottom > height + 0.5 {
        problems.append("text off the canvas (\(width)×\(height)): \(box)")
    }
    for i in boxes.indices {
        for j in boxes.indices where j > i && boxes[i].overlaps(boxes[j]) {
            problems.append("texts overlap: \(boxes[i]) and \(boxes[j])")
        }
    }
    // The data table.
    let table = chart.dataTableHTML()
    let tableTree = MarkupTree(table)
    if let error = tableTree.parseError { problems.append("table is not well-formed: \(error)") }
    if tableTree.all("caption").first?.text.isEmpty ?? true { problems.append("table without caption") }
    if tableTree.all("summary").first?.text != "数据表" { problems.append("table summary should be 数据表") }
    if tableTree.all("th").contains(where: { $0.attributes["scope"] == nil }) { problems.append("th without scope") }
    if let token = nonFiniteToken(in: table) { problems.append("table contains \(token)") }
    return problems
}

/// The first `nan`, `inf` or `infinity` standing as a word of its own (as Swift prints
/// non-finite doubles), if any.
func nonFiniteToken(in text: String) -> String? {
    var word = ""
    for character in text.lowercased() + " " {
        if character.isLetter && character.isASCII {
            word.append(character)
        } else {
            if ["nan", "inf", "infinity"].contains(word) { return word }
            word = ""
        }
    }
    return nil
}
