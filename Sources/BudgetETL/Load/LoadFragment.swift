/// One document's part of every output file, rendered: its lines of long.csv, rejects.csv,
/// validation.csv and documents.csv, and its rows of each wide file. The load stage stores one per
/// document and puts the output files together from them, so a run in which one document changed
/// renders only that document's lines.
///
/// The lines come from the same renderers `OutputWriter` uses, each given this one document, so the
/// files put together are byte for byte what `OutputWriter` writes for all documents at once.
struct LoadFragment: Equatable {
    var long: [UInt8]
    var rejects: [UInt8]
    var validation: [UInt8]
    var documents: [UInt8]
    var wide: [WideCSV.Part]

    init(long: [UInt8], rejects: [UInt8], validation: [UInt8], documents: [UInt8], wide: [WideCSV.Part]) {
        self.long = long
        self.rejects = rejects
        self.validation = validation
        self.documents = documents
        self.wide = wide
    }

    /// `result`: the document's validation result.
    init(_ document: NormalizedDocument, validation result: ValidationResult) {
        long = Self.body(LongCSV.render([document], byteOrderMark: false))
        rejects = Self.body(RejectsCSV.render([document], byteOrderMark: false))
        validation = Self.body(ValidationCSV.render(result.findings, byteOrderMark: false))
        documents = Self.body(DocumentsCSV.render([document], findings: result.findings,
                                                  consistency: [document.documentId: result.consistency],
                                                  byteOrderMark: false))
        wide = WideCSV.parts(of: document)
    }

    /// The rendered file without its header line.
    private static func body(_ file: [UInt8]) -> [UInt8] {
        guard let end = file.firstIndex(of: UInt8(ascii: "\n")) else { return [] }
        return Array(file[(end + 1)...])
    }

    /// The wide columns by table key: all the first pass of the load needs.
    typealias Columns = [(tableKey: String, columns: [String])]

    /// Stored form: the wide columns first (`prefixLength` bytes, readable on their own), then the
    /// rest.
    func encoded() -> (payload: [UInt8], prefixLength: Int) {
        var w = ByteWriter(reservingCapacity: long.count + rejects.count + validation.count + documents.count + 4096)
        w.u32(wide.count)
        for part in wide {
            w.string(part.tableKey)
            w.u32(part.columns.count)
            for column in part.columns { w.string(column) }
        }
        let prefixLength = w.bytes.count
        w.blob(long)
        w.blob(rejects)
        w.blob(validation)
        w.blob(documents)
        for part in wide {
            w.u32(part.rows.count)
            for row in part.rows {
                w.blob(row.prefix)
                w.u32(row.values.count)
                for (column, value) in row.values {
                    w.u32(column)
                    w.string(value)
                }
            }
        }
        return (w.bytes, prefixLength)
    }

    static func decodeColumns(_ bytes: [UInt8], prefixLength: Int) throws -> Columns {
        var r = ByteReader(bytes, to: prefixLength)
        let count = try r.u32()
        var result: Columns = []
        for _ in 0..<count {
            let key = try r.string()
            let n = try r.u32()
            guard n <= prefixLength else { throw ByteReader.Damaged() }
            var columns: [String] = []
            columns.reserveCapacity(n)
            for _ in 0..<n { columns.append(try r.string()) }
            result.append((key, columns))
        }
        guard r.atEnd else { throw ByteReader.Damaged() }
        return result
    }

    static func decode(_ bytes: [UInt8], prefixLength: Int) throws -> LoadFragment {
        let columns = try decodeColumns(bytes, prefixLength: prefixLength)
        var r = ByteReader(bytes, from: prefixLength)
        var fragment = LoadFragment(long: Array(try r.blob()), rejects: Array(try r.blob()),
                                    validation: Array(try r.blob()), documents: Array(try r.blob()), wide: [])
        for (key, names) in columns {
            let n = try r.u32()
            guard n <= bytes.count else { throw ByteReader.Damaged() }
            var rows: [WideCSV.Row] = []
            rows.reserveCapacity(n)
            for _ in 0..<n {
                let prefix = Array(try r.blob())
                let count = try r.u32()
                guard count <= bytes.count else { throw ByteReader.Damaged() }
                var values: [(column: Int, value: String)] = []
                values.reserveCapacity(count)
                for _ in 0..<count {
                    let column = try r.u32()
                    guard column < names.count else { throw ByteReader.Damaged() }
                    values.append((column, try r.string()))
                }
                rows.append(WideCSV.Row(prefix: prefix, values: values))
            }
            fragment.wide.append(WideCSV.Part(tableKey: key, columns: names, rows: rows))
        }
        guard r.atEnd else { throw ByteReader.Damaged() }
        return fragment
    }
}

/// The header lines of the output files (with the byte order mark when asked for).
struct OutputHeaders {
    let long: [UInt8]
    let rejects: [UInt8]
    let validation: [UInt8]
    let documents: [UInt8]

    init(byteOrderMark: Bool) {
        long = LongCSV.render([], byteOrderMark: byteOrderMark)
        rejects = RejectsCSV.render([], byteOrderMark: byteOrderMark)
        validation = ValidationCSV.render([], byteOrderMark: byteOrderMark)
        documents = DocumentsCSV.render([], byteOrderMark: byteOrderMark)
    }

    var all: [UInt8] { long + rejects + validation + documents + WideCSV.header(["x"], byteOrderMark: false) }
}
