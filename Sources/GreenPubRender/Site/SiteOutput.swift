import Foundation
import GreenPubModel
import GreenPubBytes

/// Where the built files go, each as soon as it is rendered, from any of the rendering threads:
/// the build's writer puts them on disk at once, so a site of 30,000 pages is never held in
/// memory whole.
public protocol SiteOutput: Sendable {
    func put(_ file: OutputFile)
    /// `put` for bytes that stay the caller's (a page in its render buffer): done with them
    /// when it returns, so they need not be copied into an array first.
    func put(path: String, contents: UnsafeBufferPointer<UInt8>)
}

extension SiteOutput {
    public func put(path: String, contents: UnsafeBufferPointer<UInt8>) {
        put(OutputFile(path: path, bytes: Array(contents)))
    }
}

/// Keeps every file in memory, for `Pipeline.run` callers that want the files (tests).
public final class CollectedOutput: SiteOutput, @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [OutputFile] = []

    public init() {}

    public func put(_ file: OutputFile) {
        lock.withLock { collected.append(file) }
    }

    /// The files put so far, sorted by path (bytewise).
    public var files: [OutputFile] {
        lock.withLock { collected }.sorted { $0.path.precedesInUTF8Order($1.path) }
    }
}

/// Counts the files and drops them: `greenpub check`, and rendering that goes on only to find
/// problems after an earlier stage failed.
public final class DiscardedOutput: SiteOutput, @unchecked Sendable {
    private let lock = NSLock()
    private var counted = 0

    public init() {}

    public func put(_ file: OutputFile) {
        lock.withLock { counted += 1 }
    }

    public func put(path: String, contents: UnsafeBufferPointer<UInt8>) {
        lock.withLock { counted += 1 }
    }

    public var count: Int { lock.withLock { counted } }
}
