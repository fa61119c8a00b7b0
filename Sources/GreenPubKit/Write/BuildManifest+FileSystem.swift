import Foundation
import GreenPubLoad
import GreenPubModel

/// What the last successful build of a site was made from, kept beside the site folder
/// (`.<site>.greenpub`, never published): a fingerprint of every input and of the GreenPub
/// binary, the day built for, and the files written. When nothing changed since, a rebuild
/// only checks the site is still as written and stops.
struct BuildManifest: Equatable {
    struct File: Equatable {
        var path: String
        var size: Int
        /// Modification time, as `stat(2)` gives it.
        var modifiedSeconds: Int
        var modifiedNanoseconds: Int

        init(path: String, size: Int, modifiedSeconds: Int, modifiedNanoseconds: Int) {
            self.path = path
            self.size = size
            self.modifiedSeconds = modifiedSeconds
            self.modifiedNanoseconds = modifiedNanoseconds
        }

        /// The size and modification time of the file at `path` (nil when it is not there).
        init?(_ sitePath: String, statusOf path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            self.init(sitePath, status: status)
        }

        /// The size and modification time in `status` (of a file just written).
        init(_ sitePath: String, status: stat) {
            path = sitePath
            size = Int(status.st_size)
            modifiedSeconds = Int(status.st_mtim.tv_sec)
            modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
        }
    }

    var fingerprint: String
    var pageCount: Int
    /// The warnings of that build, printed again so a no-op rebuild still shows them.
    var warnings: [String]
    var files: [File]

    static func location(for output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).greenpub")
    }

    /// FNV-1a over the binary's identity, the build day and every file of content/ and
    /// templates/ (path and bytes), in path order.
    static func fingerprint(root: URL, today: String) -> String {
        var hash = FNV1a()
        // The binary's size and modification time, from stat(2) (which follows the link).
        var exe = stat()
        if stat("/proc/self/exe", &exe) == 0 {
            hash.add("\(exe.st_size)|\(exe.st_mtim.tv_sec).\(exe.st_mtim.tv_nsec)")
        }
        hash.add(today)
        // Every input read into one reused buffer with plain system calls: this is most of a
        // no-op rebuild's own work.
        var buffer: [UInt8] = []
        for folder in ["content", "templates"] {
            for path in ProjectFiles.list(root: root, under: folder, includingHidden: true) {
                hash.add(path)
                if let count = FileBytes.read(root.path + "/" + path, into: &buffer) {
                    buffer.withUnsafeBytes { hash.add(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
                }
            }
        }
        return String(hash.value, radix: 16)
    }

    static func read(for output: URL) -> BuildManifest? {
        guard let data = try? Data(contentsOf: location(for: output)) else { return nil }
        return BuildManifest(decoding: [UInt8](data))
    }

    /// Records the site as its writer left it.
    static func write(fingerprint: String, pageCount: Int, warnings: [String], files: [File], output: URL) {
        let manifest = BuildManifest(fingerprint: fingerprint, pageCount: pageCount, warnings: warnings, files: files)
        try? Data(manifest.encoded()).write(to: location(for: output))
    }

    /// True when every file of the last build is still there, unchanged, and nothing else is.
    func siteIsIntact(at output: URL) -> Bool {
        let root = output.path
        for file in files {
            guard File(file.path, statusOf: root + "/" + file.path) == file else { return false }
        }
        return ProjectFiles.count(root: output) == files.count
    }
}

/// 64-bit FNV-1a taken eight bytes at a time (the inputs are megabytes of statistics at city
/// scale, read before anything else can start), with the tail byte by byte: enough to notice a
/// changed input (not a security hash). Every step is a bijection of the running value, so a
/// single changed word always changes the result.
struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    mutating func add(_ data: Data) {
        data.withUnsafeBytes { add($0) }
    }

    mutating func add(_ raw: UnsafeRawBufferPointer) {
        let words = raw.count / 8
        for index in 0..<words {
            let word = raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
            value = (value ^ word) &* Self.prime
            value ^= value >> 31
        }
        for byte in raw[(words * 8)...] { value = (value ^ UInt64(byte)) &* Self.prime }
        add(separator: 0xFF)
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
    }

    private mutating func add(separator: UInt8) { value = (value ^ UInt64(separator)) &* Self.prime }
}
