import Foundation
import ZIPFoundation

/// The zip container of a workbook (Office Open XML): its parts by name and their relationships.
struct XLSXPackage {
    private let archive: Archive
    /// Entries by lower-cased part name: part names are case-insensitive in Open XML.
    private let entries: [String: Entry]

    init(data: Data) throws(XLSXError) {
        let archive: Archive
        do {
            archive = try Archive(data: data, accessMode: .read)
        } catch {
            throw XLSXError(Self.notAZipMessage(data))
        }
        var entries: [String: Entry] = [:]
        for entry in archive where entry.type == .file {
            let name = entry.path.lowercased()
            if entries[name] == nil { entries[name] = entry }
        }
        guard !entries.isEmpty else { throw XLSXError(Self.notAZipMessage(data)) }
        self.archive = archive
        self.entries = entries
    }

    private static func notAZipMessage(_ data: Data) -> String {
        if data.isEmpty {
            return "the file is empty; an .xlsx workbook is expected"
        }
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            return "this is an old Excel 97-2003 (.xls) workbook, not an .xlsx one; save it as .xlsx"
        }
        return "this is not an .xlsx workbook (not a zip archive); save the sheet as .xlsx or as \"CSV UTF-8\""
    }

    func contains(_ part: String) -> Bool { entries[part.lowercased()] != nil }

    /// The bytes of a part, e.g. `xl/workbook.xml`, unpacked straight into the array the XML
    /// reader reads (a sheet of 30,000 rows is about 20 MB).
    func bytes(of part: String) throws(XLSXError) -> [UInt8] {
        guard let entry = entries[part.lowercased()] else {
            throw XLSXError("the workbook has no part \(part); save it again in Excel or WPS")
        }
        var bytes: [UInt8] = []
        // The size the archive states, up to a bound: a damaged or hostile entry may state any.
        bytes.reserveCapacity(Int(min(entry.uncompressedSize, 64 << 20)))
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in bytes.append(contentsOf: chunk) }
        } catch {
            throw XLSXError("the workbook part \(part) cannot be unpacked (\(error)); the file may be damaged")
        }
        return bytes
    }

    /// The relationships of `part` (from `<dir>/_rels/<name>.rels`), targets resolved to part names.
    /// A part without a relationships file has none.
    func relationships(of part: String) throws(XLSXError) -> [XLSXRelationship] {
        let (directory, name) = Self.split(part)
        let relsPart = (directory.isEmpty ? "" : directory + "/") + "_rels/" + name + ".rels"
        guard contains(relsPart) else { return [] }
        let collector = RelationshipCollector()
        try XMLEventReader.read(try bytes(of: relsPart), part: relsPart, into: collector)
        return collector.relationships.map { raw in
            XLSXRelationship(id: raw.id, type: raw.type, target: Self.resolve(raw.target, from: directory),
                             isExternal: raw.isExternal)
        }
    }

    private static func split(_ part: String) -> (directory: String, name: String) {
        guard let slash = part.lastIndex(of: "/") else { return ("", part) }
        return (String(part[..<slash]), String(part[part.index(after: slash)...]))
    }

    /// Resolves a relationship target against the directory of its source part.
    static func resolve(_ target: String, from directory: String) -> String {
        var components: [Substring]
        var rest = Substring(target)
        if rest.hasPrefix("/") {
            components = []
            rest = rest.dropFirst()
        } else {
            components = directory.split(separator: "/")
        }
        for component in rest.split(separator: "/") {
            switch component {
            case ".": continue
            case "..": if !components.isEmpty { components.removeLast() }
            default: components.append(component)
            }
        }
        return components.joined(separator: "/")
    }
}

/// One relationship of a package part: `rId1` → `xl/worksheets/sheet1.xml`.
struct XLSXRelationship: Hashable {
    var id: String
    /// The full type URI; only its last path component matters here (`worksheet`, `sharedStrings`).
    var type: String
    /// The target part, resolved to a name inside the package.
    var target: String
    var isExternal: Bool

    /// `officeDocument`, `worksheet`, `sharedStrings`, `styles`, ...
    var kind: String { type.split(separator: "/").last.map(String.init) ?? type }
}

private final class RelationshipCollector: XMLEventHandler {
    struct Raw {
        var id: String, type: String, target: String, isExternal: Bool
    }
    var relationships: [Raw] = []

    func startElement(_ name: String, attributes: XMLAttributes) {
        guard name == "Relationship", let id = attributes["Id"],
              let target = attributes["Target"] else { return }
        relationships.append(Raw(id: id, type: attributes["Type"] ?? "", target: target,
                                 isExternal: attributes["TargetMode"] == "External"))
    }

    func endElement(_ name: String) {}
    func characters(_ text: String) {}
}
