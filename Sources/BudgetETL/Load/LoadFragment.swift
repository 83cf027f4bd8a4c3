/// One document's part of every output table, as typed records: its rows of long, rejects,
/// validation and documents, and its rows of each wide table. The load stage stores one per
/// document and puts the output files (CSV and Parquet) together from them, so a run in which one
/// document changed computes only that document's rows, and every format is written from the same
/// data.
///
/// The records come from the same builders (`OutputRecords`) the one-shot renderers use, so the
/// files put together are byte for byte what `OutputWriter` writes for all documents at once.
struct LoadFragment: Equatable {
    var long: [Record]
    var rejects: [Record]
    var validation: [Record]
    var documents: [Record]
    var wide: [WideCSV.Part]

    init(long: [Record], rejects: [Record], validation: [Record], documents: [Record], wide: [WideCSV.Part]) {
        self.long = long
        self.rejects = rejects
        self.validation = validation
        self.documents = documents
        self.wide = wide
    }

    /// `result`: the document's validation result.
    init(_ document: NormalizedDocument, validation result: ValidationResult) {
        long = OutputRecords.long(document)
        rejects = OutputRecords.rejects(document)
        validation = OutputRecords.validation(result.findings)
        documents = [OutputRecords.document(document, counts: OutputRecords.counts(result.findings),
                                            consistency: result.share)]
        wide = WideCSV.parts(of: document)
    }

    /// The document's fiscal year (the long partition it belongs to); nil when unknown.
    var fiscalYear: Int? {
        guard let record = documents.first, case .integer(let year) = record[Self.fiscalYearIndex] else { return nil }
        return year
    }

    private static let fiscalYearIndex = OutputSchema.documents.header.firstIndex(of: OutputSchema.partitionColumn)!

    /// The wide columns by table key.
    typealias Columns = [(tableKey: String, columns: [String])]

    /// All the first pass of the load needs: the wide columns (for the files' headers), the fiscal
    /// year (the long partition the document goes to) and its number of rows of long (a document
    /// without any adds nothing to its partition).
    struct Summary {
        var columns: Columns
        var fiscalYear: Int?
        var longRows: Int
    }

    var summary: Summary {
        Summary(columns: wide.map { ($0.tableKey, $0.columns) }, fiscalYear: fiscalYear, longRows: long.count)
    }

    /// Stored form: the summary first (`prefixLength` bytes, readable on their own), then the
    /// rest.
    func encoded() -> (payload: [UInt8], prefixLength: Int) {
        var w = ByteWriter(reservingCapacity: 160 * (long.count + 64))
        w.u32(wide.count)
        for part in wide {
            w.string(part.tableKey)
            w.u32(part.columns.count)
            for column in part.columns { w.string(column) }
        }
        w.optional(fiscalYear) { $0.u64(UInt64(bitPattern: Int64($1))) }
        w.u32(long.count)
        let prefixLength = w.bytes.count
        w.records(long)
        w.records(rejects)
        w.records(validation)
        w.records(documents)
        for part in wide {
            w.u32(part.rows.count)
            for row in part.rows {
                w.record(row.identity)
                w.u32(row.values.count)
                for (column, value) in row.values {
                    w.u32(column)
                    w.field(.decimal(value))
                }
            }
        }
        return (w.bytes, prefixLength)
    }

    static func decodeSummary(_ bytes: [UInt8], prefixLength: Int) throws -> Summary {
        var r = ByteReader(bytes, to: prefixLength)
        let count = try r.count()
        var result: Columns = []
        for _ in 0..<count {
            let key = try r.string()
            let n = try r.count()
            var columns: [String] = []
            columns.reserveCapacity(n)
            for _ in 0..<n { columns.append(try r.string()) }
            result.append((key, columns))
        }
        let year = try r.optional { Int(Int64(bitPattern: try $0.u64())) }
        let longRows = try r.u32()
        guard r.atEnd else { throw ByteReader.Damaged() }
        return Summary(columns: result, fiscalYear: year, longRows: longRows)
    }

    static func decode(_ bytes: [UInt8], prefixLength: Int) throws -> LoadFragment {
        let columns = try decodeSummary(bytes, prefixLength: prefixLength).columns
        var r = ByteReader(bytes, from: prefixLength)
        var fragment = LoadFragment(long: try r.records(), rejects: try r.records(), validation: try r.records(),
                                    documents: try r.records(), wide: [])
        for (key, names) in columns {
            let n = try r.count()
            var rows: [WideCSV.Row] = []
            rows.reserveCapacity(n)
            for _ in 0..<n {
                let identity = try r.record()
                let count = try r.count()
                var values: [(column: Int, value: ExactDecimal)] = []
                values.reserveCapacity(count)
                for _ in 0..<count {
                    let column = try r.u32()
                    guard column < names.count, case .decimal(let value) = try r.field() else { throw ByteReader.Damaged() }
                    values.append((column, value))
                }
                rows.append(WideCSV.Row(identity: identity, values: values))
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

extension Array where Element == Record {
    /// Appends the records as CSV lines (no header).
    func appendCSVLines(to bytes: inout [UInt8]) {
        CSVBuffer.append(to: &bytes) { csv in forEach { csv.appendRecord($0) } }
    }
}
