#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How many regular files a folder holds, at any depth, hidden ones included: read straight
/// from the directory entries (`opendir`/`readdir`), without building a path or URL per file,
/// so that checking a site of 30,000 pages stays a small part of a no-op rebuild.
enum RegularFileCount {
    /// `nil` when the folder, or a folder inside it, cannot be read.
    static func under(_ path: String) -> Int? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var count = 0
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            let child = path + "/" + name
            var isFile = entry.pointee.d_type == UInt8(DT_REG)
            var isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                // Some file systems leave the type out: ask for it.
                var status = stat()
                guard lstat(child, &status) == 0 else { return nil }
                isFile = status.st_mode & S_IFMT == S_IFREG
                isFolder = status.st_mode & S_IFMT == S_IFDIR
            }
            if isFile {
                count += 1
            } else if isFolder {
                guard let inner = under(child) else { return nil }
                count += inner
            }
        }
        return count
    }
}
