/// A compact binary encoding of any `Codable` value, for the stored stage results: no number
/// formatting, no escaping, no key repeated in full. The stage results are a tree of structs,
/// arrays, strings and integers; JSON spent most of a run's time writing and reading them.
///
/// Layout (integers are LEB128 varints; signed ones zigzag-encoded first):
///
/// ```
/// varint n, then n strings (varint byte length, UTF-8)   the string table: every key and string value once
/// value                                                  the root
///
/// value = tag byte, then its payload:
///   0 nil   1 false   2 true   3 signed (zigzag varint)   4 unsigned (varint)
///   5 string (varint index into the table)   6 Double (8 bytes, little-endian bits)   7 Float (4 bytes)
///   8 array: varint count, values   9 keyed: varint count, then (varint key index, value) pairs
/// ```
///
/// Keyed entries are written sorted by key (UTF-8 byte order) and strings are numbered in order of
/// first use, so equal values give equal bytes — whatever order a dictionary's keys come in — and
/// their hash can stand for the content.
struct BinaryEncoder {
    func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let encoder = BinaryTreeEncoder(codingPath: [])
        try value.encode(to: encoder)
        var body = BinaryBodyWriter()
        body.write(encoder.root)
        var out: [UInt8] = []
        out.reserveCapacity(body.bytes.count + body.stringBytes + 4 * body.strings.count + 8)
        BinaryBodyWriter.varint(UInt64(body.strings.count), into: &out)
        for string in body.strings {
            BinaryBodyWriter.varint(UInt64(string.utf8.count), into: &out)
            out.append(contentsOf: string.utf8)
        }
        out.append(contentsOf: body.bytes)
        return out
    }
}

enum BinaryTag: UInt8 {
    case null = 0, isFalse, isTrue, signed, unsigned, string, double, float, array, keyed
}

/// A value being encoded. Containers are boxes because Codable hands out a container and keeps
/// writing into it after the value holding it was made.
enum BinaryNode {
    case null, bool(Bool), signed(Int64), unsigned(UInt64), string(String), double(Double), float(Float)
    case array(BinaryArrayBox), keyed(BinaryKeyedBox)
    /// A value encoded through a nested encoder (`superEncoder`), taken when the tree is written.
    case deferred(BinaryTreeEncoder)
}

final class BinaryArrayBox { var items: [BinaryNode] = [] }
final class BinaryKeyedBox { var entries: [(key: String, value: BinaryNode)] = [] }

/// Serializes a node tree to bytes and collects the string table.
struct BinaryBodyWriter {
    private(set) var bytes: [UInt8] = []
    private(set) var strings: [String] = []
    private(set) var stringBytes = 0
    private var numbers: [String: Int] = [:]

    mutating func write(_ node: BinaryNode) {
        switch node {
        case .null: tag(.null)
        case .bool(let b): tag(b ? .isTrue : .isFalse)
        case .signed(let v):
            tag(.signed)
            Self.varint(UInt64(bitPattern: (v << 1) ^ (v >> 63)), into: &bytes)
        case .unsigned(let v):
            tag(.unsigned)
            Self.varint(v, into: &bytes)
        case .string(let s):
            tag(.string)
            Self.varint(UInt64(number(s)), into: &bytes)
        case .double(let d):
            tag(.double)
            fixed(d.bitPattern, width: 8)
        case .float(let f):
            tag(.float)
            fixed(UInt64(f.bitPattern), width: 4)
        case .array(let box):
            tag(.array)
            Self.varint(UInt64(box.items.count), into: &bytes)
            for item in box.items { write(item) }
        case .keyed(let box):
            tag(.keyed)
            Self.varint(UInt64(box.entries.count), into: &bytes)
            let sorted = box.entries.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for entry in sorted {
                Self.varint(UInt64(number(entry.key)), into: &bytes)
                write(entry.value)
            }
        case .deferred(let encoder):
            write(encoder.root)
        }
    }

    private mutating func tag(_ tag: BinaryTag) { bytes.append(tag.rawValue) }

    private mutating func fixed(_ value: UInt64, width: Int) {
        for i in 0..<width { bytes.append(UInt8(truncatingIfNeeded: value >> (8 * UInt64(i)))) }
    }

    /// The string's index in the table, adding it on first use.
    private mutating func number(_ s: String) -> Int {
        if let n = numbers[s] { return n }
        numbers[s] = strings.count
        strings.append(s)
        stringBytes += s.utf8.count
        return strings.count - 1
    }

    static func varint(_ value: UInt64, into out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }
}

/// The `Encoder` that builds the node tree of one value.
final class BinaryTreeEncoder: Encoder {
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    var root: BinaryNode = .null

    init(codingPath: [CodingKey]) { self.codingPath = codingPath }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let box: BinaryKeyedBox
        if case .keyed(let existing) = root { box = existing } else { box = BinaryKeyedBox(); root = .keyed(box) }
        return KeyedEncodingContainer(BinaryKeyedEncoding<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        let box: BinaryArrayBox
        if case .array(let existing) = root { box = existing } else { box = BinaryArrayBox(); root = .array(box) }
        return BinaryUnkeyedEncoding(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer { BinarySingleValueEncoding(encoder: self) }

    /// The node of one value: primitives directly, anything else through its own `encode(to:)`.
    static func node<T: Encodable>(_ value: T, at path: [CodingKey]) throws -> BinaryNode {
        switch value {
        case let v as String: return .string(v)
        case let v as Int: return .signed(Int64(v))
        case let v as Bool: return .bool(v)
        case let v as Int64: return .signed(v)
        case let v as UInt64: return .unsigned(v)
        case let v as Double: return .double(v)
        default:
            let encoder = BinaryTreeEncoder(codingPath: path)
            try value.encode(to: encoder)
            return encoder.root
        }
    }
}

private struct BinaryKeyedEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: BinaryKeyedBox
    let codingPath: [CodingKey]

    private func put(_ key: Key, _ node: BinaryNode) {
        if let i = box.entries.firstIndex(where: { $0.key == key.stringValue }) {
            box.entries[i].value = node   // written twice: the last value counts, as in JSON
        } else {
            box.entries.append((key.stringValue, node))
        }
    }

    mutating func encodeNil(forKey key: Key) throws { put(key, .null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        put(key, try BinaryTreeEncoder.node(value, at: codingPath + [key]))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = BinaryKeyedBox()
        put(key, .keyed(nested))
        return KeyedEncodingContainer(BinaryKeyedEncoding<NestedKey>(box: nested, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let nested = BinaryArrayBox()
        put(key, .array(nested))
        return BinaryUnkeyedEncoding(box: nested, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder { superEncoder(forKey: Key(stringValue: "super")!) }
    mutating func superEncoder(forKey key: Key) -> Encoder {
        let encoder = BinaryTreeEncoder(codingPath: codingPath + [key])
        put(key, .deferred(encoder))
        return encoder
    }
}

private struct BinaryUnkeyedEncoding: UnkeyedEncodingContainer {
    let box: BinaryArrayBox
    let codingPath: [CodingKey]
    var count: Int { box.items.count }

    private var nextPath: [CodingKey] { codingPath + [BinaryIndexKey(index: box.items.count)] }

    mutating func encodeNil() throws { box.items.append(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { box.items.append(try BinaryTreeEncoder.node(value, at: nextPath)) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let nested = BinaryKeyedBox()
        let path = nextPath
        box.items.append(.keyed(nested))
        return KeyedEncodingContainer(BinaryKeyedEncoding<NestedKey>(box: nested, codingPath: path))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let nested = BinaryArrayBox()
        let path = nextPath
        box.items.append(.array(nested))
        return BinaryUnkeyedEncoding(box: nested, codingPath: path)
    }

    mutating func superEncoder() -> Encoder {
        let encoder = BinaryTreeEncoder(codingPath: nextPath)
        box.items.append(.deferred(encoder))
        return encoder
    }
}

private struct BinarySingleValueEncoding: SingleValueEncodingContainer {
    let encoder: BinaryTreeEncoder
    var codingPath: [CodingKey] { encoder.codingPath }

    mutating func encodeNil() throws { encoder.root = .null }
    mutating func encode(_ value: Bool) throws { encoder.root = .bool(value) }
    mutating func encode(_ value: String) throws { encoder.root = .string(value) }
    mutating func encode(_ value: Double) throws { encoder.root = .double(value) }
    mutating func encode(_ value: Float) throws { encoder.root = .float(value) }
    mutating func encode(_ value: Int) throws { encoder.root = .signed(Int64(value)) }
    mutating func encode(_ value: Int8) throws { encoder.root = .signed(Int64(value)) }
    mutating func encode(_ value: Int16) throws { encoder.root = .signed(Int64(value)) }
    mutating func encode(_ value: Int32) throws { encoder.root = .signed(Int64(value)) }
    mutating func encode(_ value: Int64) throws { encoder.root = .signed(value) }
    mutating func encode(_ value: UInt) throws { encoder.root = .unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { encoder.root = .unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { encoder.root = .unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { encoder.root = .unsigned(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { encoder.root = .unsigned(value) }
    mutating func encode<T: Encodable>(_ value: T) throws {
        encoder.root = try BinaryTreeEncoder.node(value, at: codingPath)
    }
}

/// An array position as a coding key, for coding paths in errors.
struct BinaryIndexKey: CodingKey {
    let index: Int
    var stringValue: String { "Index \(index)" }
    var intValue: Int? { index }
    init(index: Int) { self.index = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { index = intValue }
}
