/// The stored form of the extract stage's result (see `StateCodable` for the layout).

extension ExtractArtifact: StateCodable {
    func write(to out: inout StateWriter) {
        document.write(to: &out)
        out.bool(failedBeforeExtract)
    }

    init(from input: inout StateReader) throws {
        self.init(document: try ExtractedDocument(from: &input), failedBeforeExtract: try input.bool())
    }
}

extension ExtractedDocument: StateCodable {
    func write(to out: inout StateWriter) {
        out.string(sourceFile)
        out.string(sha256)
        metadata.write(to: &out)
        out.array(tables)
        out.array(rejects)
        status.write(to: &out)
        out.array(narrative)
        out.int(numbersFound)
    }

    init(from input: inout StateReader) throws {
        self.init(sourceFile: try input.string(), sha256: try input.string(), metadata: try DocumentMetadata(from: &input),
                  tables: try input.array(), rejects: try input.array(), status: try DocumentStatus(from: &input),
                  narrative: try input.array(), numbersFound: try input.int())
    }
}

extension DocumentMetadata: StateCodable {
    func write(to out: inout StateWriter) {
        out.optional(agency) { $0.string($1) }
        out.optional(fiscalYear) { $0.int($1) }
        out.choice(kind)
    }

    init(from input: inout StateReader) throws {
        self.init(agency: try input.optional { try $0.string() }, fiscalYear: try input.optional { try $0.int() },
                  kind: try input.choice())
    }
}

extension DocumentStatus: StateCodable {
    func write(to out: inout StateWriter) {
        switch self {
        case .ok: out.byte(0)
        case .noTables: out.byte(1)
        case .failed(let why):
            out.byte(2)
            out.string(why)
        }
    }

    init(from input: inout StateReader) throws {
        switch try input.byte() {
        case 0: self = .ok
        case 1: self = .noTables
        case 2: self = .failed(try input.string())
        default: throw StateReader.Damaged()
        }
    }
}

extension ExtractedTable: StateCodable {
    func write(to out: inout StateWriter) {
        out.string(tableKey)
        out.choice(naming)
        out.string(title)
        out.int(titleLine)
        out.optional(unitText) { $0.string($1) }
        out.bool(statedEmpty)
        out.array(sections)
    }

    init(from input: inout StateReader) throws {
        self.init(tableKey: try input.string(), naming: try input.choice(), title: try input.string(),
                  titleLine: try input.int(), unitText: try input.optional { try $0.string() },
                  statedEmpty: try input.bool(), sections: try input.array())
    }
}

extension ExtractedSection: StateCodable {
    func write(to out: inout StateWriter) {
        out.string(name)
        out.unsigned(UInt64(columns.count))
        for column in columns { out.strings(column.components) }
        out.array(rows)
    }

    init(from input: inout StateReader) throws {
        let name = try input.string()
        let count = try input.count()
        var columns: [HeaderPath] = []
        columns.reserveCapacity(count)
        for _ in 0..<count { columns.append(HeaderPath(try input.strings())) }
        self.init(name: name, columns: columns, rows: try input.array())
    }
}

extension ExtractedRow: StateCodable {
    func write(to out: inout StateWriter) {
        out.int(line)
        out.strings(codeParts)
        out.string(label)
        out.array(cells)
        out.string(codeHeader)
        out.optional(unit) { $0.string($1) }
    }

    init(from input: inout StateReader) throws {
        self.init(line: try input.int(), codeParts: try input.strings(), label: try input.string(),
                  cells: try input.array(), codeHeader: try input.string(), unit: try input.optional { try $0.string() })
    }
}

extension RawCell: StateCodable {
    func write(to out: inout StateWriter) {
        out.int(column)
        out.string(text)
        out.int(line)
        out.bool(guessed)
    }

    init(from input: inout StateReader) throws {
        self.init(column: try input.int(), text: try input.string(), line: try input.int(), guessed: try input.bool())
    }
}

extension RejectedLine: StateCodable {
    func write(to out: inout StateWriter) {
        out.int(line)
        out.string(tableTitle)
        out.string(text)
        out.string(reason)
    }

    init(from input: inout StateReader) throws {
        self.init(line: try input.int(), tableTitle: try input.string(), text: try input.string(),
                  reason: try input.string())
    }
}

extension SourceLine: StateCodable {
    func write(to out: inout StateWriter) {
        out.int(line)
        out.string(text)
    }

    init(from input: inout StateReader) throws {
        self.init(line: try input.int(), text: try input.string())
    }
}
