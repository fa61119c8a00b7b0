import GreenPubModel

/// Where the structure, group and institution pages live. Every other page that links to one
/// of them asks here, so a path is decided in one place.
enum InstitutionPaths {
    /// The ranked list of institutions (公共机构).
    static let list = "institutions/index.html"

    /// 能耗结构 of one statistics year.
    static func structure(_ year: Int) -> String { "structure/\(year).html" }

    /// The page of a reporting group: `groups/education.html`.
    static func group(_ group: InstitutionGroup) -> String { "groups/\(group.rawValue).html" }

    /// The page of one institution: `institutions/PSG001.html`, or a derived file name for an
    /// id that cannot be one (see `slug(forID:)`).
    static func institution(id: String) -> String { "institutions/\(slug(forID: id)).html" }

    /// A further page of a group's ranking when the group is too long for the list page:
    /// `institutions/ranking/education-2.html` (the first page is the list page itself).
    static func ranking(_ group: InstitutionGroup, page: Int) -> String {
        "institutions/ranking/\(group.rawValue)-\(page).html"
    }

    /// The anchor of a group's section on the list page.
    static func listAnchor(_ group: InstitutionGroup) -> String { "group-\(group.rawValue)" }

    /// Longest id used as a file name as it is.
    static let longestPlainID = 64

    /// The file name (without `.html`) of an institution's page.
    ///
    /// An id made only of ASCII letters, digits and `-` (PSG001, a 统一社会信用代码) is used as
    /// it is, unless it is `index` (the list page) or longer than `longestPlainID`. Any other id
    /// becomes its ASCII letters, digits and `-` (at most 32), `_`, and the 16 hex digits of the
    /// FNV-1a hash of its UTF-8 bytes: deterministic, and never equal to a plain id because
    /// plain ids hold no `_`.
    static func slug(forID id: String) -> String {
        if isPlain(id) { return id }
        let kept = String(id.unicodeScalars.filter(isPlainScalar).prefix(32).map(Character.init))
        return (kept.isEmpty ? "id" : kept) + "_" + fnv1a64Hex(id)
    }

    static func isPlain(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.count <= longestPlainID && id.lowercased() != "index"
            && id.unicodeScalars.allSatisfy(isPlainScalar)
    }

    private static func isPlainScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-": true
        default: false
        }
    }

    /// FNV-1a, 64 bits, of the UTF-8 bytes, as 16 lower-case hex digits.
    static func fnv1a64Hex(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// The address of the methodology page and its sections, for every page that explains a figure.
enum MethodologyPaths {
    static let page = "methodology.html"
    static let factors = "methodology.html#factors"
    static let formulas = "methodology.html#formulas"
    static let intensities = "methodology.html#intensities"
    static let evaluation = "methodology.html#evaluation"
    static let sources = "methodology.html#sources"
    static let conflicts = "methodology.html#conflicts"
}

/// The project register page, built by the plan pages, with one anchor per entry.
enum RegisterPaths {
    static let list = PlanPaths.projects

    /// `projects/index.html#entry-<id>`: the anchor the register page gives each entry.
    static func entry(_ id: String) -> String { PlanPaths.projects + "#" + PlanPaths.entryAnchor(id) }
}
