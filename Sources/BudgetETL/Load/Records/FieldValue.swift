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
