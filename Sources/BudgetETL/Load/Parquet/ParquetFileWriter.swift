/// Writes one Parquet file of a table: records are collected column by column (`ParquetColumnBuffer`)
/// and written as a row group whenever `rowGroupRows` rows or `maxGroupValues` values are
/// collected, so memory stays bounded for any number of rows and of columns (a wide table can
/// have hundreds).
/// The file is a `TemporaryFile`, put in place by the run's `OutputCommit` with the CSV files.
final class ParquetFileWriter {
    let file: TemporaryFile
    private let schema: TableSchema
    private let settings: ParquetSettings
    private let keyValues: [(key: String, value: String)]
    private var columns: [ParquetColumnBuffer]
    private var buffered = 0
    private var offset = 0
    private var rowCount = 0
    private var rowGroups: [Parquet.RowGroup] = []
    /// The blocks written so far (`ParquetBlocks`), for the next run's layout.
    private(set) var layout: ParquetFileLayout
    private var blockStart = Parquet.magic.count
    private var blockFirstGroup = 0
    /// Values of one row group at most: about 10 MB collected (a value takes 1–17 bytes).
    static let maxGroupValues = 1_000_000

    /// `keyValues`: the footer's key-value metadata (tool version, configuration fingerprint).
    init(file: TemporaryFile, schema: TableSchema, settings: ParquetSettings,
         keyValues: [(key: String, value: String)]) throws {
        self.file = file
        self.schema = schema
        self.settings = settings
        self.keyValues = keyValues
        columns = schema.columns.map(ParquetColumnBuffer.init)
        layout = ParquetFileLayout(schema: Self.schemaKey(schema, settings))
        try put(Parquet.magic)
    }

    /// `skipped`: the index of a value the file does not hold (a long record in its year's
    /// partition leaves out fiscal_year), passed over instead of making a shorter record.
    func append(_ record: Record, skipping skipped: Int? = nil) throws {
        guard record.count == columns.count + (skipped == nil ? 0 : 1) else { throw ParquetError.typeMismatch(column: schema.name) }
        var column = 0
        for (index, value) in record.enumerated() where index != skipped {
            guard schema.columns[column].admits(value) else { throw ParquetError.typeMismatch(column: schema.columns[column].name) }
            column += 1
        }
        try Self.append(record, skipping: skipped, to: &columns)
        buffered += 1
        if buffered >= settings.rowGroupRows || buffered * columns.count >= Self.maxGroupValues { try flushRowGroup() }
    }

    /// The record's values into their columns under one exclusive access to `columns` (a class's
    /// stored array is checked at run time on every access: a third of a value's cost).
    private static func append(_ record: Record, skipping skipped: Int?, to columns: inout [ParquetColumnBuffer]) throws {
        var column = 0
        for (index, value) in record.enumerated() where index != skipped {
            try columns[column].append(value)
            column += 1
        }
    }

    /// Ends the current block (`ParquetBlocks`): its rows become row groups of their own.
    func endBlock(signature: String) throws {
        try flushRowGroup()
        layout.blocks.append(ParquetFileLayout.Block(
            signature: signature, start: blockStart, length: offset - blockStart,
            rowGroups: rowGroups[blockFirstGroup...].map { $0.moved(by: -blockStart) }))
        blockStart = offset
        blockFirstGroup = rowGroups.count
    }

    /// Appends a block of the previous file as it is (`source`: that file, open), its row groups
    /// moved to where it lands; no rows may be collected.
    func copy(_ block: ParquetFileLayout.Block, from source: Int32) throws {
        precondition(buffered == 0, "a block is copied between blocks")
        try file.copy(from: source, block.start..<(block.start + block.length))
        rowGroups += block.rowGroups.map { $0.moved(by: offset) }
        rowCount += block.rowGroups.reduce(0) { $0 + $1.rowCount }
        offset += block.length
        try endBlock(signature: block.signature)
    }

    /// What a block's bytes depend on besides its rows: the columns, their types and the settings.
    static func schemaKey(_ schema: TableSchema, _ settings: ParquetSettings) -> String {
        var f = Fingerprint("parquet.schema")
        for column in schema.columns { f.add(column.name, "\(column.type) \(column.nullable)") }
        f.add("compression", settings.compression.rawValue)
        f.add("row_group_rows", String(settings.rowGroupRows))
        return f.hex
    }

    /// Writes the last row group and the footer, and closes the file.
    func finish(createdBy: String) throws {
        try flushRowGroup()
        let footer = Parquet.fileMetadata(schema: schema, rowCount: rowCount, rowGroups: rowGroups,
                                          keyValues: keyValues, createdBy: createdBy)
        var length = UInt32(footer.count)
        var tail = footer
        for _ in 0..<4 { tail.append(UInt8(truncatingIfNeeded: length)); length >>= 8 }
        try put(tail + Parquet.magic)
        try file.finish()
    }

    /// Writes the rows collected so far as a row group (nothing when there are none).
    private func flushRowGroup() throws {
        guard buffered > 0 else { return }
        let start = offset
        var chunks: [Parquet.ColumnChunk] = []
        for index in columns.indices {
            let (bytes, chunk) = columns[index].encode(codec: settings.compression.codec, at: offset)
            try put(bytes)
            chunks.append(chunk)
            columns[index].removeAll()
        }
        rowGroups.append(Parquet.RowGroup(columns: chunks, rowCount: buffered, fileOffset: start))
        rowCount += buffered
        buffered = 0
    }

    private func put(_ bytes: [UInt8]) throws {
        try file.write(bytes)
        offset += bytes.count
    }
}

/// The `parquet:` section of pipeline.yaml.
public struct ParquetSettings: Sendable, Equatable {
    public enum Compression: String, Sendable, CaseIterable {
        case gzip, none

        var codec: Parquet.Codec { self == .gzip ? .gzip : .uncompressed }
    }

    public var compression: Compression = .gzip
    /// Rows per row group: bounds the memory a file takes while written.
    public var rowGroupRows = 50_000

    public init(compression: Compression = .gzip, rowGroupRows: Int = 50_000) {
        self.compression = compression
        self.rowGroupRows = rowGroupRows
    }
}
