import Yams

/// How every YAML file and front matter is read: one document, composed into nodes.
enum YAMLDocument {
    /// The nodes of the single document in `yaml`; nil when there is none.
    ///
    /// - The basic resolver: GreenPub reads every scalar as text and converts it itself, which
    ///   spares Yams' regular-expression tag resolution (most of the time of loading a plan).
    /// - Empty constructor maps: composing makes nodes, not Swift values (Yams' default
    ///   constructor builds its dictionaries of closures anew on every call).
    /// - UTF-8 given, not Yams' default encoding, which reads the whole process environment on
    ///   every call (and prints a line when `YAMS_DEFAULT_ENCODING` is set).
    static func compose(_ yaml: String) throws -> Node? {
        try Yams.compose(yaml: yaml, .basic, Constructor([:], [:], [:]), .utf8)
    }
}
