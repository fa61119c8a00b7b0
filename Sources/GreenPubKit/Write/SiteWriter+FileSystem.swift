import Foundation
import GreenPubModel
import GreenPubRender
import GreenPubBytes

/// Stage 5, Write: puts the built files in place, all or nothing.
///
/// Files are written as the renderer hands them over (from both rendering threads) into a
/// staging folder beside the output; `commit` swaps it in only when every file is written, so
/// a failed build leaves the previous site as it was (`discard` removes the staging folder).
/// A file whose bytes did not change is hard-linked from the previous site instead of
/// rewritten, so its modification time stays and an rsync deploy sends only what changed.
///
/// Files are written with plain `write(2)`, not flushed one by one: the swap is what makes the
/// build all or nothing, and the system writes the pages out in its own time.
public final class SiteWriter: SiteOutput, @unchecked Sendable {
    public struct Summary: Sendable, Equatable {
        public var written: Int
        public var unchanged: Int
    }

    public enum Failure: Error, CustomStringConvertible {
        case cannotWrite(path: String, reason: String)
        case cannotSwap(reason: String)

        public var description: String {
            switch self {
            case let .cannotWrite(path, reason): "cannot write \(path): \(reason)"
            case let .cannotSwap(reason): "cannot put the new site in place: \(reason)"
            }
        }
    }

    private let output: String
    private let staging: String
    private let retired: String
    /// Whether there is a site at `output` whose files may be reused.
    private let hasPrevious: Bool
    private let lock = NSLock()
    private var folders: Set<Substring> = [""]
    private var summary = Summary(written: 0, unchanged: 0)
    private var recorded: [BuildManifest.File] = []
    private var failure: Failure?

    /// Creates the staging folder beside `output` (and `output`'s parent if needed).
    public init(output: URL) throws {
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let pid = ProcessInfo.processInfo.processIdentifier
        self.output = output.path
        staging = parent.appendingPathComponent(".\(output.lastPathComponent).new-\(pid)").path
        retired = parent.appendingPathComponent(".\(output.lastPathComponent).old-\(pid)").path
        let fm = FileManager.default
        hasPrevious = fm.fileExists(atPath: self.output)
        try? fm.removeItem(atPath: staging)
        try? fm.removeItem(atPath: retired)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotWrite(path: staging, reason: error.localizedDescription)
        }
    }

    /// The files handed over so far.
    public var fileCount: Int { lock.withLock { recorded.count } }

    /// The files as written, by path, for the build manifest.
    var files: [BuildManifest.File] {
        lock.withLock { recorded }.sorted { $0.path.precedesInUTF8Order($1.path) }
    }

    public func put(_ file: OutputFile) {
        file.bytes.withUnsafeBufferPointer { put(path: file.path, contents: $0) }
    }

    public func put(path sitePath: String, contents bytes: UnsafeBufferPointer<UInt8>) {
        if lock.withLock({ failure != nil }) { return }
        do {
            try createFolders(for: sitePath)
            let target = staging + "/" + sitePath
            let previous = output + "/" + sitePath
            let unchanged = hasPrevious && Self.hasBytes(bytes, at: previous) && link(previous, target) == 0
            let entry = unchanged
                ? try Self.record(sitePath, at: target)
                : BuildManifest.File(sitePath, status: try Self.write(bytes, to: target))
            lock.withLock {
                recorded.append(entry)
                if unchanged { summary.unchanged += 1 } else { summary.written += 1 }
            }
        } catch let error as Failure {
            lock.withLock { if failure == nil { failure = error } }
        } catch {
            lock.withLock { if failure == nil { failure = .cannotWrite(path: sitePath, reason: "\(error)") } }
        }
    }

    /// Swaps the staging folder in: the old site steps aside, the new one takes its name, the
    /// old one goes. Throws (and leaves the previous site in place) when any file failed.
    public func commit() throws -> Summary {
        if let failure = lock.withLock({ failure }) {
            discard()
            throw failure
        }
        let fm = FileManager.default
        let hadPrevious = fm.fileExists(atPath: output)
        if hadPrevious {
            guard rename(output, retired) == 0 else {
                let reason = Self.reason()
                discard()
                throw Failure.cannotSwap(reason: reason)
            }
        }
        guard rename(staging, output) == 0 else {
            let reason = Self.reason()
            if hadPrevious { _ = rename(retired, output) }
            discard()
            throw Failure.cannotSwap(reason: reason)
        }
        if hadPrevious { try? fm.removeItem(atPath: retired) }
        return lock.withLock { summary }
    }

    /// Removes the staging folder; the previous site is untouched.
    public func discard() {
        try? FileManager.default.removeItem(atPath: staging)
    }

    // MARK: - Files

    /// Creates every folder above `path` in the staging folder that is not there yet.
    private func createFolders(for path: String) throws {
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return }
        let folder = path[..<slash]
        try lock.withLock {
            if folders.contains(folder) { return }
            var end = folder.startIndex
            while end < folder.endIndex {
                end = folder[folder.index(after: end)...].firstIndex(of: "/") ?? folder.endIndex
                let prefix = folder[..<end]
                if folders.contains(prefix) { continue }
                if mkdir(staging + "/" + prefix, 0o777) != 0, errno != EEXIST {
                    throw Failure.cannotWrite(path: String(prefix), reason: Self.reason())
                }
                folders.insert(prefix)
            }
        }
    }

    /// Writes the file; returns its status once written (its size and modification time).
    private static func write(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) throws -> stat {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw Failure.cannotWrite(path: path, reason: reason()) }
        defer { close(descriptor) }
        var offset = 0
        while offset < bytes.count {
            let count = Glibc.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { throw Failure.cannotWrite(path: path, reason: reason()) }
            offset += count
        }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Failure.cannotWrite(path: path, reason: reason()) }
        return status
    }

    /// True when the file at `path` holds exactly `bytes`.
    private static func hasBytes(_ bytes: UnsafeBufferPointer<UInt8>, at path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0, Int(status.st_size) == bytes.count else { return false }
        var existing: [UInt8] = []
        guard let count = FileBytes.read(path, into: &existing), count == bytes.count else { return false }
        guard let expected = bytes.baseAddress, count > 0 else { return true }
        return existing.withUnsafeBytes { memcmp($0.baseAddress!, expected, count) == 0 }
    }

    private static func record(_ sitePath: String, at path: String) throws -> BuildManifest.File {
        guard let file = BuildManifest.File(sitePath, statusOf: path) else {
            throw Failure.cannotWrite(path: path, reason: reason())
        }
        return file
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
