/// One document's part of every output table, as typed records: its rows of long, rejects,
/// validation and documents, and its rows of each wide table. The load stage puts the output files
/// (CSV, Parquet, the workbook) together from them, so every format is written from the same data.
/// Only a fragment's summary is stored: the fragment is made again from the document's normalize
/// and validate results when some file renders it (a whole assembly, or the documents that changed
/// and their blocks).
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
    /// without any adds nothing to its partition). The state keeps it for every document.
    struct Summary {
        var columns: Columns
        var fiscalYear: Int?
        var longRows: Int
    }

    var summary: Summary {
        Summary(columns: wide.map { ($0.tableKey, $0.columns) }, fiscalYear: fiscalYear, longRows: long.count)
    }
}

extension LoadFragment.Summary {
    /// The summary of the fragment `LoadFragment(document, validation:)` makes, without making
    /// its records.
    init(_ document: NormalizedDocument) {
        var longRows = 0
        for table in document.tables {
            for section in table.sections {
                for row in section.rows { longRows += row.cells.count }
            }
        }
        self.init(columns: WideCSV.columns(of: document), fiscalYear: document.metadata.fiscalYear, longRows: longRows)
    }

    /// Stored form (the load stage's state file: the fragment itself is made again from the
    /// normalize and validate results when a file must render it).
    func encoded() -> [UInt8] {
        var w = ByteWriter(reservingCapacity: 1024)
        w.u32(columns.count)
        for (tableKey, names) in columns {
            w.string(tableKey)
            w.u32(names.count)
            for name in names { w.string(name) }
        }
        w.optional(fiscalYear) { $0.u64(UInt64(bitPattern: Int64($1))) }
        w.u32(longRows)
        return w.bytes
    }

    /// `memo`: the columns of summaries decoded before, by their bytes (documents of one form share
    /// their columns, and making their names' strings was most of a summary's decoding).
    init(decoding bytes: [UInt8], memo: ColumnsMemo? = nil) throws {
        var r = ByteReader(bytes)
        let columns: LoadFragment.Columns
        if let memo {
            try Self.skipColumns(&r)
            let key = ColumnsMemo.Key(bytes: Array(bytes[0..<r.offset]))
            if let known = memo.known[key] {
                columns = known
            } else {
                var again = ByteReader(key.bytes)
                columns = try Self.columns(&again)
                memo.known[key] = columns
            }
        } else {
            columns = try Self.columns(&r)
        }
        let year = try r.optional { Int(Int64(bitPattern: try $0.u64())) }
        let longRows = try r.u32()
        guard r.atEnd else { throw ByteReader.Damaged() }
        self.init(columns: columns, fiscalYear: year, longRows: longRows)
    }

    private static func columns(_ r: inout ByteReader) throws -> LoadFragment.Columns {
        let count = try r.count()
        var columns: LoadFragment.Columns = []
        for _ in 0..<count {
            let key = try r.string()
            let n = try r.count()
            var names: [String] = []
            names.reserveCapacity(n)
            for _ in 0..<n { names.append(try r.string()) }
            columns.append((key, names))
        }
        return columns
    }

    /// Moves past the columns as `columns` reads them, making no string.
    private static func skipColumns(_ r: inout ByteReader) throws {
        for _ in 0..<(try r.count()) {
            _ = try r.blob()
            for _ in 0..<(try r.count()) { _ = try r.blob() }
        }
    }

    /// Decoded columns by their stored bytes, for one load's summaries (used from one thread).
    final class ColumnsMemo {
        struct Key: Hashable {
            let bytes: [UInt8]

            /// Hashes the length and the bytes at both ends only: the keys are a few kilobytes of
            /// column names, hashing all of them cost most of a summary's decoding, and equal keys
            /// are still told by all their bytes (`==`).
            func hash(into hasher: inout Hasher) {
                hasher.combine(bytes.count)
                bytes.withUnsafeBytes { all in
                    let end = Self.hashedEnd
                    if all.count <= 2 * end {
                        hasher.combine(bytes: all)
                    } else {
                        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: all[..<end]))
                        hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: all[(all.count - end)...]))
                    }
                }
            }

            /// Bytes hashed at each end of a key.
            static let hashedEnd = 128
        }

        fileprivate var known: [Key: LoadFragment.Columns] = [:]
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
