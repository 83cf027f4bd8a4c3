/// The binary form of the stored stage results, written and read field by field by hand-written code
/// (`StateCodable`): Codable's generic containers cost a dynamic call, an existential box and a
/// key per field, about as much as normalizing the document itself.
///
/// Layout: fields in a fixed order per type, no tags and no keys. Integers are LEB128 varints
/// (signed ones zigzag-encoded first), a string is its UTF-8 byte count then its bytes, an array
/// its element count then its elements, an optional a 0/1 byte then the value, an enum a byte.
/// Equal values give equal bytes, so the hash of the bytes stands for the content. The reader checks
/// every length and count against what is left and every byte-coded value against its range: a
/// damaged payload gives an error, never a crash. The file's format number (`stateFormat`) names
/// this layout; change it with the layout.
protocol StateCodable {
    func write(to out: inout StateWriter)
    init(from input: inout StateReader) throws
}

extension StateCodable {
    /// The value's bytes.
    func stateBytes() -> [UInt8] {
        var out = StateWriter()
        write(to: &out)
        return out.bytes
    }

    /// The value read from `bytes`, which must hold it and nothing more.
    init(stateBytes bytes: [UInt8]) throws {
        var input = StateReader(bytes)
        self = try Self(from: &input)
        guard input.atEnd else { throw StateReader.Damaged() }
    }
}

struct StateWriter {
    private(set) var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 16) }

    mutating func unsigned(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ value: Int) { int64(Int64(value)) }

    mutating func int64(_ value: Int64) {
        unsigned(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            unsigned(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout StateWriter, T) -> Void) {
        guard let value else { return bytes.append(0) }
        bytes.append(1)
        write(&self, value)
    }

    mutating func array<T: StateCodable>(_ values: [T]) {
        unsigned(UInt64(values.count))
        for value in values { value.write(to: &self) }
    }

    mutating func strings(_ values: [String]) {
        unsigned(UInt64(values.count))
        for value in values { string(value) }
    }

    /// An enum as the position of its case among `allCases`.
    mutating func choice<E: CaseIterable & Equatable>(_ value: E) {
        var index = 0
        for c in E.allCases {
            if c == value { break }
            index += 1
        }
        bytes.append(UInt8(index))
    }
}

struct StateReader {
    struct Damaged: Error, CustomStringConvertible {
        var description: String { "stored stage result is damaged" }
    }

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    mutating func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset]
    }

    mutating func unsigned() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64, shift < 63 || b <= 1 else { throw Damaged() }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
        }
    }

    mutating func int64() throws -> Int64 {
        let z = try unsigned()
        return Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
    }

    mutating func int() throws -> Int { Int(try int64()) }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    /// A count of things that follow, each at least one byte long.
    mutating func count() throws -> Int {
        let n = try unsigned()
        guard n <= UInt64(bytes.count - offset) else { throw Damaged() }
        return Int(n)
    }

    mutating func string() throws -> String {
        let n = try count()
        defer { offset += n }
        return String(decoding: bytes[offset..<offset + n], as: UTF8.self)
    }

    mutating func optional<T>(_ read: (inout StateReader) throws -> T) throws -> T? {
        try bool() ? try read(&self) : nil
    }

    mutating func array<T: StateCodable>(of type: T.Type = T.self) throws -> [T] {
        let n = try count()
        var values: [T] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try T(from: &self)) }
        return values
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var values: [String] = []
        values.reserveCapacity(n)
        for _ in 0..<n { values.append(try string()) }
        return values
    }

    mutating func choice<E: CaseIterable>(of type: E.Type = E.self) throws -> E {
        let index = Int(try byte())
        var i = 0
        for c in E.allCases {
            if i == index { return c }
            i += 1
        }
        throw Damaged()
    }
}
