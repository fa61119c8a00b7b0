/// One file of the built site, in memory: its site-relative path and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// Site-relative path with `/` separators, e.g. `institutions/PSG001.html`.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }
}
