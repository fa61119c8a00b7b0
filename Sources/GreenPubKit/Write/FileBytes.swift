import Foundation

/// Whole files read with plain system calls into a buffer the caller keeps: the fingerprint of
/// a no-op rebuild reads every input, and a rebuild compares each page with the file already
/// in the site.
enum FileBytes {
    /// Reads the file at `path` into `buffer` (grown as needed, never shrunk) and returns its
    /// length; nil when it cannot be opened or read.
    static func read(_ path: String, into buffer: inout [UInt8]) -> Int? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        // One byte more than its size, to see the end in the same call.
        let size = Int(status.st_size)
        if buffer.count < size + 1 { buffer = [UInt8](repeating: 0, count: size + 1) }
        var count = 0
        while true {
            if count == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }  // it grew
            let received = buffer.withUnsafeMutableBytes { raw in
                Glibc.read(descriptor, raw.baseAddress! + count, raw.count - count)
            }
            if received < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if received == 0 { return count }
            count += received
        }
    }
}
