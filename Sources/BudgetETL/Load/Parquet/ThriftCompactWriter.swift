/// Writes Thrift structures in the compact protocol (Apache Thrift, "Thrift Compact protocol
/// encoding"), the encoding of Parquet's page headers and file footer.
///
/// Only what Parquet metadata needs: structs, i32/i64 (zigzag varints), binary, bool fields and
/// lists of structs, i32 or binary. Field ids must increase within a struct (Parquet's do), so the
/// short form (delta in the high nibble) is used whenever the gap is at most 15.
struct ThriftCompactWriter {
    private(set) var bytes: [UInt8] = []
    /// The last field id written in the open struct, and those of the structs around it.
    private var lastFieldId: Int16 = 0
    private var outerFieldIds: [Int16] = []

    /// Compact protocol type ids (those Parquet metadata uses).
    enum FieldType: UInt8 {
        case boolTrue = 1, boolFalse = 2, i32 = 5, i64 = 6, binary = 8, list = 9, structure = 12
    }

    mutating func i32(_ id: Int16, _ value: Int32) {
        header(id, .i32)
        varint(zigzag(Int64(value)))
    }

    mutating func i64(_ id: Int16, _ value: Int64) {
        header(id, .i64)
        varint(zigzag(value))
    }

    mutating func bool(_ id: Int16, _ value: Bool) {
        header(id, value ? .boolTrue : .boolFalse)
    }

    mutating func binary(_ id: Int16, _ value: [UInt8]) {
        header(id, .binary)
        rawBinary(value)
    }

    mutating func string(_ id: Int16, _ value: String) { binary(id, Array(value.utf8)) }

    /// A nested struct field; `body` writes its fields.
    mutating func structure(_ id: Int16, _ body: (inout ThriftCompactWriter) -> Void) {
        header(id, .structure)
        nested(body)
    }

    mutating func list(_ id: Int16, i32 values: [Int32]) {
        header(id, .list)
        listHeader(count: values.count, .i32)
        for value in values { varint(zigzag(Int64(value))) }
    }

    mutating func list(_ id: Int16, strings values: [String]) {
        header(id, .list)
        listHeader(count: values.count, .binary)
        for value in values { rawBinary(Array(value.utf8)) }
    }

    /// A list of structs; `element` writes the fields of one.
    mutating func list<T>(_ id: Int16, structs values: [T], _ element: (inout ThriftCompactWriter, T) -> Void) {
        header(id, .list)
        listHeader(count: values.count, .structure)
        for value in values { nested { element(&$0, value) } }
    }

    /// Ends the top-level struct.
    mutating func stop() { bytes.append(0) }

    private mutating func nested(_ body: (inout ThriftCompactWriter) -> Void) {
        outerFieldIds.append(lastFieldId)
        lastFieldId = 0
        body(&self)
        bytes.append(0)
        lastFieldId = outerFieldIds.removeLast()
    }

    private mutating func header(_ id: Int16, _ type: FieldType) {
        let delta = Int(id) - Int(lastFieldId)
        if delta > 0 && delta <= 15 {
            bytes.append(UInt8(delta) << 4 | type.rawValue)
        } else {
            bytes.append(type.rawValue)
            varint(zigzag(Int64(id)))
        }
        lastFieldId = id
    }

    private mutating func listHeader(count: Int, _ element: FieldType) {
        if count < 15 {
            bytes.append(UInt8(count) << 4 | element.rawValue)
        } else {
            bytes.append(0xF0 | element.rawValue)
            varint(UInt64(count))
        }
    }

    private mutating func rawBinary(_ value: [UInt8]) {
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    private mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    private func zigzag(_ value: Int64) -> UInt64 {
        UInt64(bitPattern: (value << 1) ^ (value >> 63))
    }
}
