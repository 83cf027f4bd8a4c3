/// The stored form of the normalize and validate stages' results (see `StateCodable` for the layout).

/// A normalize result is stored without its narrative: the lines are the extract result's, stored
/// with it, and only validate reads them (`DocumentJob` takes them from the extract result when the
/// normalize result is read back). Stored twice, they were 40 % of the normalize payload, compressed,
/// hashed and read back by the load for nothing.
extension NormalizedDocument: StateCodable {
    func write(to out: inout StateWriter) {
        out.string(documentId)
        out.string(sourceFile)
        out.string(sha256)
        metadata.write(to: &out)
        out.string(sourceUnit)
        out.array(tables)
        out.array(rejects)
        status.write(to: &out)
        out.int(numbersFound)
    }

    init(from input: inout StateReader) throws {
        self.init(documentId: try input.string(), sourceFile: try input.string(), sha256: try input.string(),
                  metadata: try DocumentMetadata(from: &input), sourceUnit: try input.string(),
                  tables: try input.array(), rejects: try input.array(), status: try DocumentStatus(from: &input),
                  numbersFound: try input.int())
    }
}

extension NormalizedTable: StateCodable {
    func write(to out: inout StateWriter) {
        out.string(tableKey)
        out.choice(naming)
        out.string(title)
        out.int(titleLine)
        out.string(sourceUnit)
        out.bool(statedEmpty)
        out.array(sections)
    }

    init(from input: inout StateReader) throws {
        self.init(tableKey: try input.string(), naming: try input.choice(), title: try input.string(),
                  titleLine: try input.int(), sourceUnit: try input.string(), statedEmpty: try input.bool(),
                  sections: try input.array())
    }
}

extension NormalizedSection: StateCodable {
    func write(to out: inout StateWriter) {
        out.string(name)
        out.strings(columns)
        out.unsigned(UInt64(moneyColumns.count))
        for money in moneyColumns { out.bool(money) }
        out.array(rows)
        out.strings(placementIdentities)
        out.optional(gridCorrection) { $0.string($1) }
    }

    init(from input: inout StateReader) throws {
        let name = try input.string()
        let columns = try input.strings()
        let count = try input.count()
        var money: [Bool] = []
        money.reserveCapacity(count)
        for _ in 0..<count { money.append(try input.bool()) }
        self.init(name: name, columns: columns, moneyColumns: money, rows: try input.array(),
                  placementIdentities: try input.strings(), gridCorrection: try input.optional { try $0.string() })
    }
}

extension NormalizedRow: StateCodable {
    func write(to out: inout StateWriter) {
        out.int(rowNumber)
        out.optional(code) { $1.write(to: &$0) }
        out.string(label)
        out.int(line)
        out.array(cells)
        out.strings(placedBy)
    }

    init(from input: inout StateReader) throws {
        self.init(rowNumber: try input.int(), code: try input.optional { try ClassificationCode(from: &$0) },
                  label: try input.string(), line: try input.int(), cells: try input.array(),
                  placedBy: try input.strings())
    }
}

extension ClassificationCode: StateCodable {
    func write(to out: inout StateWriter) {
        out.string(code)
        out.choice(scheme)
        out.optional(level) { $0.int($1) }
        out.optional(parent) { $0.string($1) }
    }

    init(from input: inout StateReader) throws {
        self.init(code: try input.string(), scheme: try input.choice(), level: try input.optional { try $0.int() },
                  parent: try input.optional { try $0.string() })
    }
}

extension NormalizedCell: StateCodable {
    func write(to out: inout StateWriter) {
        out.int(column)
        out.int64(value.mantissa)
        out.int(value.scale)
        out.string(unit)
        out.string(sourceValue)
        out.string(sourceUnit)
        out.int(line)
        out.choice(confidence)
    }

    init(from input: inout StateReader) throws {
        let column = try input.int()
        let mantissa = try input.int64()
        let scale = try input.int()
        guard (0...ExactDecimal.maxScale).contains(scale) else { throw StateReader.Damaged() }
        self.init(column: column, value: ExactDecimal(mantissa: mantissa, scale: scale), unit: try input.string(),
                  sourceValue: try input.string(), sourceUnit: try input.string(), line: try input.int(),
                  confidence: try input.choice())
    }
}

extension ValidationResult: StateCodable {
    func write(to out: inout StateWriter) {
        out.array(findings)
        out.int(compared)
        out.int(held)
    }

    init(from input: inout StateReader) throws {
        self.init(findings: try input.array(), compared: try input.int(), held: try input.int())
    }
}

extension Finding: StateCodable {
    func write(to out: inout StateWriter) {
        out.string(documentId)
        out.string(sourceFile)
        out.string(tableKey)
        out.choice(rule)
        out.choice(severity)
        out.optional(detail) { $0.string($1) }
        out.string(subject)
        out.string(expected)
        out.string(actual)
        out.string(difference)
        out.string(unit)
        out.optional(sourceLine) { $0.int($1) }
        out.string(message)
        out.choice(confidence)
    }

    init(from input: inout StateReader) throws {
        self.init(documentId: try input.string(), sourceFile: try input.string(), tableKey: try input.string(),
                  rule: try input.choice(), severity: try input.choice(), detail: try input.optional { try $0.string() },
                  subject: try input.string(), expected: try input.string(), actual: try input.string(),
                  difference: try input.string(), unit: try input.string(),
                  sourceLine: try input.optional { try $0.int() }, message: try input.string(),
                  confidence: try input.choice())
    }
}
