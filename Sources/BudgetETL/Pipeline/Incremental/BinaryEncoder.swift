/// A compact binary encoding of any `Codable` value, for the stored stage results: no number
/// formatting, no escaping, no quoting. Values are written straight into one byte buffer as they
/// are encoded (a tree of nodes first, as JSONEncoder builds, cost as much as JSON itself).
///
/// Layout (varints are LEB128; signed ones zigzag-encoded first; counts are 4 bytes, little-endian,
/// so that a container can count its entries after it was opened):
///
/// ```
/// value = tag byte, then its payload:
///   0 nil   1 false   2 true   3 signed (zigzag varint)   4 unsigned (varint)
///   5 string (varint byte length, UTF-8)   6 Double (8 bytes, little-endian bits)   7 Float (4 bytes)
///   8 array: count, values   9 keyed: count, then (varint key length, key UTF-8, value) entries
/// ```
///
/// Keyed entries come in the order the value's `encode(to:)` writes them, which for synthesized
/// conformances is declaration order; a `[String: …]` dictionary is written sorted by key, so equal
/// values give equal bytes and their hash can stand for the content.
///
/// Containers must be written in nested order — a container handed out is finished before its
/// parent writes again — as synthesized conformances do; writing to a finished container is an
/// error, not damaged bytes.
struct BinaryEncoder {
    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let sink = BinarySink()
        try sink.write(value, at: [])
        try sink.finish()
        return sink.bytes
    }
}

enum BinaryTag: UInt8 {
    case null = 0, isFalse, isTrue, signed, unsigned, string, double, float, array, keyed
}

/// The byte buffer and the stack of open containers of one encoding.
final class BinarySink {
    // Unchecked: one sink belongs to one encoding on one thread, and the run-time exclusivity
    // checks of every append cost a third of the encoding.
    @exclusivity(unchecked) private(set) var bytes: [UInt8] = []
    /// Offsets of the count fields of the open containers, innermost last.
    @exclusivity(unchecked) private var open: [Int] = []
    /// Whether a type is a string-keyed dictionary, by type: asking the runtime for every value costs
    /// more than writing it.
    private var isSortedDictionary: [ObjectIdentifier: Bool] = [:]

    init() { bytes.reserveCapacity(4096) }

    /// Makes the container whose count is at `countOffset` the innermost open one, closing those
    /// opened inside it; throws when it was closed already.
    func enter(_ countOffset: Int, _ path: [CodingKey]) throws {
        while let last = open.last, last != countOffset {
            guard last > countOffset else { throw Self.outOfOrder(path) }
            open.removeLast()
        }
        guard !open.isEmpty else { throw Self.outOfOrder(path) }
    }

    func finish() throws {
        open.removeAll()
    }

    private static func outOfOrder(_ path: [CodingKey]) -> EncodingError {
        .invalidValue(path, EncodingError.Context(codingPath: path,
                                                  debugDescription: "written to a container after it was finished"))
    }

    /// Adds one to the count of the container at `countOffset`.
    func count(_ countOffset: Int) {
        var n = UInt32(bytes[countOffset]) | UInt32(bytes[countOffset + 1]) << 8
            | UInt32(bytes[countOffset + 2]) << 16 | UInt32(bytes[countOffset + 3]) << 24
        n += 1
        for i in 0..<4 { bytes[countOffset + i] = UInt8(truncatingIfNeeded: n >> (8 * UInt32(i))) }
    }

    /// Opens a container: its tag and a zero count; returns the count's offset.
    func openContainer(_ tag: BinaryTag) -> Int {
        bytes.append(tag.rawValue)
        let offset = bytes.count
        bytes.append(contentsOf: [0, 0, 0, 0])
        open.append(offset)
        return offset
    }

    func tag(_ tag: BinaryTag) { bytes.append(tag.rawValue) }

    func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    func signed(_ v: Int64) {
        tag(.signed)
        varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)))
    }

    func unsigned(_ v: UInt64) {
        tag(.unsigned)
        varint(v)
    }

    func text(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func string(_ s: String) {
        tag(.string)
        text(s)
    }

    func fixed(_ tag: BinaryTag, _ value: UInt64, width: Int) {
        self.tag(tag)
        for i in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
    }

    /// Writes one value: primitives directly, a string-keyed dictionary sorted, anything else
    /// through its own `encode(to:)`.
    func write<T: Encodable>(_ value: T, at path: [CodingKey]) throws {
        // Comparing type metadata is cheap; a dynamic cast that fails is not.
        if T.self == String.self { return string(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return signed(Int64(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return tag(unsafeBitCast(value, to: Bool.self) ? .isTrue : .isFalse) }
        let type = ObjectIdentifier(T.self)
        let sorted: Bool
        if let known = isSortedDictionary[type] {
            sorted = known
        } else {
            sorted = T.self is any BinarySortedDictionary.Type
            isSortedDictionary[type] = sorted
        }
        if sorted, let dictionary = value as? any BinarySortedDictionary {
            return try dictionary.encodeSorted(to: self, at: path)
        }
        let start = bytes.count
        try value.encode(to: BinaryStreamEncoder(sink: self, codingPath: path))
        // A value that wrote nothing at all (an empty custom encode) reads back as nil.
        if bytes.count == start { tag(.null) }
    }
}

/// A `[String: …]` dictionary, written with its keys sorted (Swift's own order differs from
/// process to process).
protocol BinarySortedDictionary {
    func encodeSorted(to sink: BinarySink, at path: [CodingKey]) throws
}

extension Dictionary: BinarySortedDictionary where Key == String, Value: Encodable {
    func encodeSorted(to sink: BinarySink, at path: [CodingKey]) throws {
        let countOffset = sink.openContainer(.keyed)
        for key in keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            try sink.enter(countOffset, path)
            sink.count(countOffset)
            sink.text(key)
            try sink.write(self[key]!, at: path + [BinaryIndexKey(stringValue: key)])
        }
    }
}

/// The `Encoder` handed to a value's `encode(to:)`.
struct BinaryStreamEncoder: Encoder {
    let sink: BinarySink
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(BinaryKeyedEncoding<Key>(sink: sink, countOffset: sink.openContainer(.keyed),
                                                               codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        BinaryUnkeyedEncoding(sink: sink, countOffset: sink.openContainer(.array), codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { BinarySingleValueEncoding(sink: sink, codingPath: codingPath) }
}

private struct BinaryKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let sink: BinarySink
    let countOffset: Int
    let codingPath: [CodingKey]

    private func entry(_ key: Key) throws {
        try sink.enter(countOffset, codingPath)
        sink.count(countOffset)
        sink.text(key.stringValue)
    }

    mutating func encodeNil(forKey key: Key) throws {
        try entry(key)
        sink.tag(.null)
    }

    mutating func encode(_ value: String, forKey key: Key) throws {
        try entry(key)
        sink.string(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        try entry(key)
        sink.signed(Int64(value))
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try entry(key)
        sink.tag(value ? .isTrue : .isFalse)
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try entry(key)
        try sink.write(value, at: codingPath + [key])
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        // Opening a container cannot throw; a misuse shows at the next write, which checks the order.
        try? entry(key)
        return KeyedEncodingContainer(BinaryKeyedEncoding<NestedKey>(sink: sink, countOffset: sink.openContainer(.keyed),
                                                                     codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        try? entry(key)
        return BinaryUnkeyedEncoding(sink: sink, countOffset: sink.openContainer(.array), codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> Encoder {
        try? entry(key)
        return BinaryStreamEncoder(sink: sink, codingPath: codingPath + [key])
    }
}

private struct BinaryUnkeyedEncoding: UnkeyedEncodingContainer {
    let sink: BinarySink
    let countOffset: Int
    let codingPath: [CodingKey]
    private(set) var count = 0

    init(sink: BinarySink, countOffset: Int, codingPath: [CodingKey]) {
        self.sink = sink
        self.countOffset = countOffset
        self.codingPath = codingPath
    }

    private mutating func item() throws -> [CodingKey] {
        try sink.enter(countOffset, codingPath)
        sink.count(countOffset)
        count += 1
        return codingPath + [BinaryIndexKey(index: count - 1)]
    }

    mutating func encodeNil() throws {
        _ = try item()
        sink.tag(.null)
    }

    mutating func encode<T: Encodable>(_ value: T) throws { try sink.write(value, at: try item()) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let path = (try? item()) ?? codingPath
        return KeyedEncodingContainer(BinaryKeyedEncoding<NestedKey>(sink: sink, countOffset: sink.openContainer(.keyed),
                                                                     codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let path = (try? item()) ?? codingPath
        return BinaryUnkeyedEncoding(sink: sink, countOffset: sink.openContainer(.array), codingPath: path)
    }

    mutating func superEncoder() -> Encoder {
        BinaryStreamEncoder(sink: sink, codingPath: (try? item()) ?? codingPath)
    }
}

private struct BinarySingleValueEncoding: SingleValueEncodingContainer {
    let sink: BinarySink
    let codingPath: [CodingKey]

    mutating func encodeNil() throws { sink.tag(.null) }
    mutating func encode(_ value: Bool) throws { sink.tag(value ? .isTrue : .isFalse) }
    mutating func encode(_ value: String) throws { sink.string(value) }
    mutating func encode(_ value: Double) throws { sink.fixed(.double, value.bitPattern, width: 8) }
    mutating func encode(_ value: Float) throws { sink.fixed(.float, UInt64(value.bitPattern), width: 4) }
    mutating func encode(_ value: Int) throws { sink.signed(Int64(value)) }
    mutating func encode(_ value: Int8) throws { sink.signed(Int64(value)) }
    mutating func encode(_ value: Int16) throws { sink.signed(Int64(value)) }
    mutating func encode(_ value: Int32) throws { sink.signed(Int64(value)) }
    mutating func encode(_ value: Int64) throws { sink.signed(value) }
    mutating func encode(_ value: UInt) throws { sink.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { sink.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { sink.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { sink.unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { sink.unsigned(value) }
    mutating func encode<T: Encodable>(_ value: T) throws { try sink.write(value, at: codingPath) }
}

/// An array position or a dictionary key as a coding key, for coding paths in errors. An array
/// position's name is made only when asked for: one is made for every element written or read.
struct BinaryIndexKey: CodingKey {
    private let key: String?
    let intValue: Int?
    var stringValue: String { key ?? "Index \(intValue ?? 0)" }
    init(index: Int) {
        key = nil
        intValue = index
    }
    init(stringValue: String) {
        key = stringValue
        intValue = nil
    }
    init?(intValue: Int) { self.init(index: intValue) }
}
