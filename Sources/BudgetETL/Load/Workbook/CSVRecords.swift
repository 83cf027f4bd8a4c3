/// Splits CSV as `CSVBuffer` writes it (LF line ends, fields quoted only when needed, quotes
/// doubled) back into fields, so the workbook's cells are exactly the CSV files' fields. Fields
/// stay bytes: a sheet needs their UTF-8 and nothing else, and the long table has millions.
enum CSVRecords {
    typealias Field = ArraySlice<UInt8>

    /// Calls `body` with the fields of each line of `bytes`.
    static func forEach(in bytes: [UInt8], _ body: ([Field]) throws -> Void) rethrows {
        var fields: [Field] = []
        var index = 0
        while index < bytes.count {
            let field: Field
            if bytes[index] == quote {
                (field, index) = quotedField(bytes, from: index + 1)
            } else {
                var end = index
                while end < bytes.count && bytes[end] != comma && bytes[end] != lineFeed { end += 1 }
                field = bytes[index..<end]
                index = end
            }
            fields.append(field)
            if index < bytes.count && bytes[index] == comma {
                index += 1
                // A comma before the line end: the line's last field is empty.
                guard index >= bytes.count || bytes[index] == lineFeed else { continue }
                fields.append([])
            }
            try body(fields)
            fields.removeAll(keepingCapacity: true)
            index += 1
        }
    }

    /// The fields of one line without its line end (a wide row's identifying fields).
    static func fields(of bytes: [UInt8]) -> [Field] {
        var result: [Field] = []
        forEach(in: bytes + [lineFeed]) { result = $0 }
        return result
    }

    /// The field starting after an opening quote, unescaped, and the index after its closing quote.
    private static func quotedField(_ bytes: [UInt8], from start: Int) -> (Field, Int) {
        var field: [UInt8] = []
        var index = start
        while index < bytes.count {
            if bytes[index] == quote {
                if index + 1 < bytes.count && bytes[index + 1] == quote {
                    field.append(quote)
                    index += 2
                    continue
                }
                return (field[...], index + 1)
            }
            field.append(bytes[index])
            index += 1
        }
        return (field[...], index)
    }

    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
}
