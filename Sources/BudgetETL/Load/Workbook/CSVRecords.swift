/// Splits CSV as `CSVBuffer` writes it (LF line ends, fields quoted only when needed, quotes
/// doubled) back into fields, so the workbook's cells are exactly the CSV files' fields.
enum CSVRecords {
    /// Calls `body` with the fields of each line of `bytes`.
    static func forEach(in bytes: [UInt8], _ body: ([String?]) throws -> Void) rethrows {
        var fields: [String?] = []
        var field: [UInt8] = []
        var quoted = false
        var index = 0
        let quote = UInt8(ascii: "\"")
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if quoted {
                if byte != quote {
                    field.append(byte)
                } else if index < bytes.count && bytes[index] == quote {
                    field.append(quote)
                    index += 1
                } else {
                    quoted = false
                }
                continue
            }
            switch byte {
            case quote:
                quoted = true
            case UInt8(ascii: ","):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
            case UInt8(ascii: "\n"):
                fields.append(String(decoding: field, as: UTF8.self))
                field.removeAll(keepingCapacity: true)
                try body(fields)
                fields.removeAll(keepingCapacity: true)
            default:
                field.append(byte)
            }
        }
        if !fields.isEmpty || !field.isEmpty {
            fields.append(String(decoding: field, as: UTF8.self))
            try body(fields)
        }
    }

    /// The fields of one line without its line end (a wide row's identifying fields).
    static func fields(of bytes: [UInt8]) -> [String?] {
        var result: [String?] = []
        forEach(in: bytes + [UInt8(ascii: "\n")]) { result = $0 }
        return result
    }
}
