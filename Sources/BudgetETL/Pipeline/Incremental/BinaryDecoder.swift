/// Reads what `BinaryEncoder` wrote back into any `Decodable`. Every count and length is checked
/// against the bytes that are left, so damaged bytes give an error, never a crash or a value of
/// another shape.
struct BinaryDecoder {
    func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        var parser = BinaryParser(bytes)
        let root = try parser.document()
        return try T(from: BinaryTreeDecoder(root, codingPath: []))
    }
}

/// A decoded value; keyed entries stay in stored order, and a container has few keys, so they are
/// searched, not hashed.
indirect enum BinaryValue {
    case null, bool(Bool), signed(Int64), unsigned(UInt64), string(String), double(Double), float(Float)
    case array([BinaryValue]), keyed([(key: String, value: BinaryValue)])
}

struct BinaryParser {
    private let bytes: [UInt8]
    private var offset = 0
    private static let maximumDepth = 256

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    static func damaged(_ why: String) -> DecodingError {
        .dataCorrupted(DecodingError.Context(codingPath: [], debugDescription: "stored result is damaged: \(why)"))
    }

    mutating func document() throws -> BinaryValue {
        let root = try value(depth: 0)
        guard offset == bytes.count else { throw Self.damaged("bytes after the value") }
        return root
    }

    private mutating func value(depth: Int) throws -> BinaryValue {
        guard depth < Self.maximumDepth else { throw Self.damaged("nested too deep") }
        guard offset < bytes.count, let tag = BinaryTag(rawValue: bytes[offset]) else { throw Self.damaged("bad tag") }
        offset += 1
        switch tag {
        case .null: return .null
        case .isFalse: return .bool(false)
        case .isTrue: return .bool(true)
        case .signed:
            let z = try varint()
            return .signed(Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1))
        case .unsigned: return .unsigned(try varint())
        case .string: return .string(try string())
        case .double: return .double(Double(bitPattern: try fixed(8)))
        case .float: return .float(Float(bitPattern: UInt32(try fixed(4))))
        case .array:
            let count = try counted(fixed(4))
            var items: [BinaryValue] = []
            items.reserveCapacity(count)
            for _ in 0..<count { items.append(try value(depth: depth + 1)) }
            return .array(items)
        case .keyed:
            let count = try counted(fixed(4))
            var entries: [(key: String, value: BinaryValue)] = []
            entries.reserveCapacity(count)
            for _ in 0..<count { entries.append((try string(), try value(depth: depth + 1))) }
            return .keyed(entries)
        }
    }

    private mutating func string() throws -> String {
        let length = try counted(varint())
        defer { offset += length }
        return String(decoding: bytes[offset..<offset + length], as: UTF8.self)
    }

    /// A count of things that follow, each at least one byte long: more than the bytes left is damage.
    private func counted(_ n: UInt64) throws -> Int {
        guard n <= UInt64(bytes.count - offset) else { throw Self.damaged("count past the end") }
        return Int(n)
    }

    private mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Self.damaged("bad number") }
            let byte = bytes[offset]
            offset += 1
            result |= UInt64(byte & 0x7f) << shift
            if byte < 0x80 { return result }
            shift += 7
        }
    }

    private mutating func fixed(_ width: Int) throws -> UInt64 {
        guard bytes.count - offset >= width else { throw Self.damaged("truncated number") }
        var v: UInt64 = 0
        for i in 0..<width { v |= UInt64(bytes[offset + i]) << (8 * UInt64(i)) }
        offset += width
        return v
    }
}

/// The `Decoder` over one decoded value.
struct BinaryTreeDecoder: Decoder {
    let value: BinaryValue
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    init(_ value: BinaryValue, codingPath: [CodingKey]) {
        self.value = value
        self.codingPath = codingPath
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .keyed(let entries) = value else { throw mismatch([String: Int].self) }
        return KeyedDecodingContainer(BinaryKeyedDecoding<Key>(entries: entries, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .array(let items) = value else { throw mismatch([Int].self) }
        return BinaryUnkeyedDecoding(items: items, codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { BinarySingleValueDecoding(decoder: self) }

    func mismatch(_ type: Any.Type) -> DecodingError {
        .typeMismatch(type, DecodingError.Context(codingPath: codingPath, debugDescription: "stored value is \(value)"))
    }

    /// The value as a primitive, or nil when `T` is not one (then it decodes itself).
    func primitive<T>(_ type: T.Type) throws -> T? {
        switch (value, type) {
        case (.string(let s), is String.Type): return s as? T
        case (.bool(let b), is Bool.Type): return b as? T
        case (.double(let d), is Double.Type): return d as? T
        case (.float(let f), is Float.Type): return f as? T
        case (.signed, is Int.Type), (.unsigned, is Int.Type): return try integer(Int.self) as? T
        case (.signed, is Int64.Type), (.unsigned, is Int64.Type): return try integer(Int64.self) as? T
        case (.signed, is UInt64.Type), (.unsigned, is UInt64.Type): return try integer(UInt64.self) as? T
        default: return nil
        }
    }

    func integer<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        let result: I?
        switch value {
        case .signed(let v): result = I(exactly: v)
        case .unsigned(let v): result = I(exactly: v)
        default: throw mismatch(type)
        }
        guard let result else { throw mismatch(type) }
        return result
    }

    func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
        if let p = try primitive(type) { return p }
        return try T(from: self)
    }
}

private struct BinaryKeyedDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let entries: [(key: String, value: BinaryValue)]
    let codingPath: [CodingKey]

    var allKeys: [Key] { entries.compactMap { Key(stringValue: $0.key) } }

    func contains(_ key: Key) -> Bool { find(key) != nil }

    private func find(_ key: Key) -> BinaryValue? {
        let name = key.stringValue
        return entries.first { $0.key == name }?.value
    }

    private func decoder(_ key: Key) throws -> BinaryTreeDecoder {
        guard let v = find(key) else {
            throw DecodingError.keyNotFound(key, DecodingError.Context(codingPath: codingPath, debugDescription: "no stored value"))
        }
        return BinaryTreeDecoder(v, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        if case .null = try decoder(key).value { return true }
        return false
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try decoder(key).decodeValue(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer { try decoder(key).unkeyedContainer() }
    func superDecoder() throws -> Decoder { try decoder(Key(stringValue: "super")!) }
    func superDecoder(forKey key: Key) throws -> Decoder { try decoder(key) }
}

private struct BinaryUnkeyedDecoding: UnkeyedDecodingContainer {
    let items: [BinaryValue]
    let codingPath: [CodingKey]
    var currentIndex = 0
    var count: Int? { items.count }
    var isAtEnd: Bool { currentIndex >= items.count }

    init(items: [BinaryValue], codingPath: [CodingKey]) {
        self.items = items
        self.codingPath = codingPath
    }

    private mutating func next() throws -> BinaryTreeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(BinaryValue.self, DecodingError.Context(codingPath: codingPath,
                                                                                      debugDescription: "array ended"))
        }
        defer { currentIndex += 1 }
        return BinaryTreeDecoder(items[currentIndex], codingPath: codingPath + [BinaryIndexKey(index: currentIndex)])
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, case .null = items[currentIndex] else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer { try next().unkeyedContainer() }
    mutating func superDecoder() throws -> Decoder { try next() }
}

private struct BinarySingleValueDecoding: SingleValueDecodingContainer {
    let decoder: BinaryTreeDecoder
    var codingPath: [CodingKey] { decoder.codingPath }

    func decodeNil() -> Bool {
        if case .null = decoder.value { return true }
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let b) = decoder.value else { throw decoder.mismatch(type) }
        return b
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let s) = decoder.value else { throw decoder.mismatch(type) }
        return s
    }

    func decode(_ type: Double.Type) throws -> Double {
        guard case .double(let d) = decoder.value else { throw decoder.mismatch(type) }
        return d
    }

    func decode(_ type: Float.Type) throws -> Float {
        guard case .float(let f) = decoder.value else { throw decoder.mismatch(type) }
        return f
    }

    func decode(_ type: Int.Type) throws -> Int { try decoder.integer(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decoder.integer(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decoder.integer(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decoder.integer(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decoder.integer(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decoder.integer(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decoder.integer(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decoder.integer(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decoder.integer(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decoder.integer(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try decoder.decodeValue(type) }
}
