#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A growable run of bytes that a writer appends many short pieces to (the UTF-8 of a page, of
/// an SVG chart, of a data table), handed over as an array when the document is done.
///
/// It is a class, so a writer that holds it appends without the copy-on-write check an array
/// makes on every append, and its appends are inlined: one capacity check, then the bytes are
/// stored (pieces of up to 16 bytes as two words, longer ones with one memory copy). It is not
/// `Sendable`: one thread writes one document.
public final class ByteBuffer {
    @exclusivity(unchecked) @usableFromInline var storage: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) @usableFromInline var used: Int
    @exclusivity(unchecked) @usableFromInline var capacity: Int

    /// An empty buffer with room for `capacity` bytes before it first grows.
    public init(capacity: Int = 256) {
        self.capacity = max(capacity, 16)
        storage = Self.reallocate(nil, capacity: self.capacity)
        used = 0
    }

    deinit { free(storage) }

    /// The number of bytes written.
    @inlinable public var count: Int { used }

    /// The last byte written, if any.
    @inlinable public var last: UInt8? { used > 0 ? storage[used - 1] : nil }

    /// The bytes written, as an array (a copy).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: storage, count: used)) }

    /// The bytes from `offset` to the end, as an array (a copy).
    public func bytes(from offset: Int) -> [UInt8] {
        precondition(offset >= 0 && offset <= used, "offset out of range")
        return Array(UnsafeBufferPointer(start: storage + offset, count: used - offset))
    }

    /// Calls `body` with the bytes written; the pointer is valid only inside `body`.
    @inlinable
    public func withUnsafeBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: storage, count: used))
    }

    @inlinable
    public func append(_ byte: UInt8) {
        if used == capacity { grow(toHold: used + 1) }
        storage[used] = byte
        used += 1
    }

    @inlinable
    public func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count > 0, let source = bytes.baseAddress else { return }
        if capacity - used < count { grow(toHold: used + count) }
        let target = UnsafeMutableRawPointer(storage + used)
        let from = UnsafeRawPointer(source)
        // Short pieces (most of them) as two words that may overlap, longer ones by memcpy.
        if count >= 8 && count <= 16 {
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: count - 8, as: UInt64.self)
        } else if count >= 4 && count < 8 {
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: count - 4, as: UInt32.self)
        } else if count < 4 {
            for index in 0..<count {
                target.storeBytes(of: from.load(fromByteOffset: index, as: UInt8.self), toByteOffset: index, as: UInt8.self)
            }
        } else {
            target.copyMemory(from: from, byteCount: count)
        }
        used += count
    }

    /// Appends a literal: markup of the writer's own.
    @inlinable
    public func append(_ literal: StaticString) {
        append(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// Appends the UTF-8 of `text` (read where it lies: the string is not copied or retained).
    @inlinable
    public func append(_ text: String) {
        text.withUTF8Bytes { append($0) }
    }

    /// Appends the UTF-8 of `text`.
    @inlinable
    public func append(_ text: Substring) {
        text.withUTF8Bytes { append($0) }
    }

    @inlinable
    public func append(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { append($0) }
    }

    /// Appends the bytes of another buffer.
    @inlinable
    public func append(_ other: ByteBuffer) {
        append(UnsafeBufferPointer(start: other.storage, count: other.used))
    }

    /// Lets `write` put up to `maximum` bytes at the end (a number's digits) and keeps as many
    /// as it says it wrote.
    @inlinable
    public func append(upTo maximum: Int, _ write: (UnsafeMutablePointer<UInt8>) -> Int) {
        if capacity - used < maximum { grow(toHold: used + maximum) }
        let written = write(storage + used)
        precondition(written >= 0 && written <= maximum, "wrote more than it asked room for")
        used += written
    }

    /// Inserts `bytes` at `offset`, moving the bytes from there on back.
    public func insert(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        precondition(offset >= 0 && offset <= used, "offset out of range")
        let count = bytes.count
        guard count > 0, let source = bytes.baseAddress else { return }
        if capacity - used < count { grow(toHold: used + count) }
        UnsafeMutableRawPointer(storage + offset + count)
            .copyMemory(from: storage + offset, byteCount: used - offset)  // the ranges overlap
        (storage + offset).update(from: source, count: count)
        used += count
    }

    /// Inserts `bytes` at `offset`, moving the bytes from there on back.
    public func insert(_ bytes: [UInt8], at offset: Int) {
        bytes.withUnsafeBufferPointer { insert($0, at: offset) }
    }

    /// Forgets the bytes from `offset` on (their room is kept).
    public func truncate(to offset: Int) {
        precondition(offset >= 0 && offset <= used, "offset out of range")
        used = offset
    }

    /// Makes room for at least `minimum` bytes, at least doubling the room there was.
    ///
    /// With `realloc`, which extends the block where it lies when it can, and moves the pages of
    /// a large block (a list page of megabytes) to a larger mapping instead of copying them.
    @usableFromInline
    func grow(toHold minimum: Int) {
        let newCapacity = max(minimum, capacity * 2)
        storage = Self.reallocate(storage, capacity: newCapacity)
        capacity = newCapacity
    }

    private static func reallocate(_ block: UnsafeMutablePointer<UInt8>?, capacity: Int) -> UnsafeMutablePointer<UInt8> {
        guard let raw = realloc(block, capacity) else { fatalError("out of memory for \(capacity) bytes") }
        return raw.assumingMemoryBound(to: UInt8.self)
    }
}
