import Foundation
import GreenPubModel

/// Stage 5, Write: puts the built files in place, all or nothing.
///
/// The new site is written into a temporary folder beside the output and swapped in only when
/// every file is written, so a failed build leaves the previous site as it was. A file whose
/// bytes did not change is hard-linked from the previous site instead of rewritten, so its
/// modification time stays and an rsync deploy sends only what changed.
public enum SiteWriter {
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

    public static func write(_ files: [OutputFile], to output: URL) throws -> Summary {
        let fm = FileManager.default
        let output = output.standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).new-\(pid)")
        let retired = parent.appendingPathComponent(".\(name).old-\(pid)")
        try? fm.removeItem(at: staging)
        try? fm.removeItem(at: retired)
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure.cannotWrite(path: staging.path, reason: error.localizedDescription)
        }

        var summary = Summary(written: 0, unchanged: 0)
        var createdFolders: Set<String> = [staging.path]
        do {
            for file in files {
                let target = staging.appendingPathComponent(file.path)
                let folder = target.deletingLastPathComponent()
                if !createdFolders.contains(folder.path) {
                    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
                    createdFolders.insert(folder.path)
                }
                let previous = output.appendingPathComponent(file.path)
                if sameBytes(at: previous, as: file.bytes), link(previous.path, target.path) == 0 {
                    summary.unchanged += 1
                    continue
                }
                try Data(file.bytes).write(to: target)
                summary.written += 1
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw Failure.cannotWrite(path: output.path, reason: error.localizedDescription)
        }

        // Swap: the old site steps aside, the new one takes its name, the old one goes.
        let hadPrevious = fm.fileExists(atPath: output.path)
        if hadPrevious {
            guard rename(output.path, retired.path) == 0 else {
                try? fm.removeItem(at: staging)
                throw Failure.cannotSwap(reason: String(cString: strerror(errno)))
            }
        }
        guard rename(staging.path, output.path) == 0 else {
            let reason = String(cString: strerror(errno))
            if hadPrevious { _ = rename(retired.path, output.path) }
            try? fm.removeItem(at: staging)
            throw Failure.cannotSwap(reason: reason)
        }
        if hadPrevious { try? fm.removeItem(at: retired) }
        return summary
    }

    private static func sameBytes(at url: URL, as bytes: [UInt8]) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              let size = attributes[.size] as? NSNumber, size.intValue == bytes.count,
              let data = try? Data(contentsOf: url)
        else { return false }
        return data.elementsEqual(bytes)
    }
}
