/// A small binary encoding for stored load summaries and output layouts: little-endian integers,
/// length-prefixed byte strings. The reader checks every length against what is left, so a damaged file gives an
/// error, never a crash or a wrong value.
struct ByteWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func u32(_ value: Int) {
        precondition(value >= 0 && value <= Int(UInt32.max), "value out of range for u32")
        var v = UInt32(value)
        for _ in 0..<4 {
            bytes.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func u64(_ value: UInt64) {
        var v = value
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: v))
            v >>= 8
        }
    }

    /// A presence flag, then the value when present.
    mutating func optional<T>(_ value: T?, _ write: (inout ByteWriter, T) -> Void) {
        guard let value else {
            u32(0)
            return
        }
        u32(1)
        write(&self, value)
    }

    mutating func blob(_ value: [UInt8]) {
        u32(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func string(_ value: String) {
        u32(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }
}

struct ByteReader {
    struct Damaged: Error, CustomStringConvertible {
        var description: String { "stored data is damaged (a length points past its end)" }
    }

    private let bytes: [UInt8]
    private(set) var offset = 0
    private var end: Int { bytes.count }

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var atEnd: Bool { offset == end }

    mutating func u32() throws -> Int {
        guard end - offset >= 4 else { throw Damaged() }
        var v: UInt32 = 0
        for i in 0..<4 { v |= UInt32(bytes[offset + i]) << (8 * UInt32(i)) }
        offset += 4
        return Int(v)
    }

    mutating func byte() throws -> UInt8 {
        guard offset < end else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func u64() throws -> UInt64 {
        guard end - offset >= 8 else { throw Damaged() }
        var v: UInt64 = 0
        for i in 0..<8 { v |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += 8
        return v
    }

    /// A count of items that follow, each at least one byte: larger than what is left is damage.
    mutating func count() throws -> Int {
        let n = try u32()
        guard n <= end - offset else { throw Damaged() }
        return n
    }

    mutating func optional<T>(_ read: (inout ByteReader) throws -> T) throws -> T? {
        switch try u32() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw Damaged()
        }
    }

    mutating func blob() throws -> ArraySlice<UInt8> {
        let count = try u32()
        guard end - offset >= count else { throw Damaged() }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func string() throws -> String {
        String(decoding: try blob(), as: UTF8.self)
    }
}
