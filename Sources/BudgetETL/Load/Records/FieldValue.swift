/// One field of an output row, typed as its schema column says. Every format is written from
/// these: CSV renders them as text, Parquet as typed columns.
enum FieldValue: Equatable {
    /// No value: an empty CSV field, a Parquet null. Only in nullable columns.
    case null
    case string(String)
    case integer(Int)
    case decimal(ExactDecimal)

    init(_ text: String?) { self = text.map(FieldValue.string) ?? .null }
    init(_ number: Int?) { self = number.map(FieldValue.integer) ?? .null }
}

/// One output row: a value per schema column, in column order.
typealias Record = [FieldValue]

extension CSVBuffer {
    mutating func append(_ value: FieldValue) {
        switch value {
        case .null: append("")
        case .string(let text): append(text)
        case .integer(let number): append(number)
        case .decimal(let number): append(number)
        }
    }

    mutating func appendRecord(_ record: Record) {
        for value in record { append(value) }
        endRow()
    }
}

extension ByteWriter {
    mutating func field(_ value: FieldValue) {
        switch value {
        case .null:
            byte(0)
        case .string(let text):
            byte(1)
            string(text)
        case .integer(let number):
            byte(2)
            u64(UInt64(bitPattern: Int64(number)))
        case .decimal(let number):
            byte(3)
            u64(UInt64(bitPattern: number.mantissa))
            byte(UInt8(number.scale))
        }
    }

    mutating func record(_ record: Record) {
        u32(record.count)
        for value in record { field(value) }
    }

    mutating func records(_ records: [Record]) {
        u32(records.count)
        for r in records { record(r) }
    }
}

extension ByteReader {
    mutating func field() throws -> FieldValue {
        switch try byte() {
        case 0: return .null
        case 1: return .string(try string())
        case 2: return .integer(Int(Int64(bitPattern: try u64())))
        case 3:
            let mantissa = Int64(bitPattern: try u64())
            let scale = Int(try byte())
            guard scale <= ExactDecimal.maxScale else { throw Damaged() }
            return .decimal(ExactDecimal(mantissa: mantissa, scale: scale))
        default: throw Damaged()
        }
    }

    mutating func record() throws -> Record {
        let n = try count()
        var record: Record = []
        record.reserveCapacity(n)
        for _ in 0..<n { record.append(try field()) }
        return record
    }

    mutating func records() throws -> [Record] {
        let n = try count()
        var result: [Record] = []
        result.reserveCapacity(n)
        for _ in 0..<n { result.append(try record()) }
        return result
    }
}
