import Foundation

/// The Parquet half of the output assembly (`OutputAssembler`), fed the same fragments as the CSV
/// files, document by document:
///
/// - `parquet/long/fiscal_year=YYYY/<part>.parquet`, Hive-partitioned by fiscal year (an unknown
///   year in `fiscal_year=__HIVE_DEFAULT_PARTITION__`, where Hive puts nulls; the partition column
///   is in the folder name, not in the file, as Hive, Spark and DuckDB expect);
/// - `parquet/documents<suffix>.parquet`, `validation…`, `rejects…` and `parquet/wide/<key>….parquet`,
///   where `<part>` and `<suffix>` name the shard (`ParquetLayout`).
///
/// A year's partition is rewritten only when its documents or their stored results changed: its
/// key (`partitionKeys`) is kept beside it in a hidden file, and a partition whose key is unchanged
/// is left as it is.
///
/// Every file is written in blocks of documents (`ParquetBlocks`): with the previous run's files
/// (`ParquetReuse`), a block whose documents and results are unchanged is copied from the old file
/// as bytes, and only the others are encoded from the fragments.
final class ParquetAssembly {
    private let layout: ParquetLayout
    private let settings: ParquetSettings
    private let keyValues: [(key: String, value: String)]
    private let partitionKeys: [Int?: String]
    private var long: [Int?: ParquetFileWriter] = [:]
    private var tables: [String: ParquetFileWriter] = [:]
    private var wideColumns: [String: WideCSV.ColumnUnion]
    private(set) var files: [TemporaryFile] = []
    private(set) var kept: [URL] = []
    private let reuse: ParquetReuse?
    /// The old file of each writer that has one usable, by the writer's identity.
    private var sources: [ObjectIdentifier: ParquetSource] = [:]
    /// Writers that copied the current block (they take no rows until the next).
    private var copying: Set<ObjectIdentifier> = []
    private var block: String?

    /// `partitionKeys`: for each fiscal year present, a fingerprint of what its partition holds.
    init(layout: ParquetLayout, settings: ParquetSettings, keyValues: [(key: String, value: String)],
         partitionKeys: [Int?: String], wideColumns: [String: WideCSV.ColumnUnion], reuse: ParquetReuse? = nil) throws {
        self.layout = layout
        self.reuse = reuse
        self.settings = settings
        self.keyValues = keyValues
        self.partitionKeys = partitionKeys
        self.wideColumns = wideColumns
        for (year, key) in partitionKeys {
            let target = layout.longPart(year: year)
            if Self.storedKey(of: target) == key && FileManager.default.fileExists(atPath: target.path) {
                kept += [target, layout.keyFile(of: target)]
                continue
            }
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            let keyFile = try TemporaryFile(for: layout.keyFile(of: target))
            files.append(keyFile)
            try keyFile.write(Array(key.utf8))
            try keyFile.finish()
            long[year] = try open(target, OutputSchema.longPartition)
        }
        try FileManager.default.createDirectory(at: layout.wideFolder, withIntermediateDirectories: true)
        for schema in OutputSchema.fixedTables where schema.name != OutputSchema.long.name {
            tables[schema.name] = try open(layout.table(schema.name), schema)
        }
        for (key, union) in wideColumns {
            tables["wide/\(key)"] = try open(layout.wide(key), OutputSchema.wide(tableKey: key, valueColumns: union.names))
        }
    }

    private var writers: [ParquetFileWriter] { Array(long.values) + Array(tables.values) }

    /// Starts the next block of documents (`signature`: `ParquetBlocks.signature`): files that hold
    /// it from the previous run copy it now; the others take the block's fragments by `add`.
    /// Blocks bound the rows collected, so memory stays bounded per file.
    func begin(block signature: String) throws {
        try endBlock()
        copying = []
        for writer in writers {
            guard let source = sources[ObjectIdentifier(writer)], let old = source.blocks[signature] else { continue }
            try writer.copy(old, from: source.descriptor)
            copying.insert(ObjectIdentifier(writer))
        }
        block = signature
    }

    /// Whether some file encodes the block `signature` (does not copy it), so its documents'
    /// fragments are needed; reads only what `init` set, so any thread may ask.
    func encodes(block signature: String) -> Bool {
        writers.contains { sources[ObjectIdentifier($0)]?.blocks[signature] == nil }
    }

    private func endBlock() throws {
        guard let block else { return }
        for writer in writers where !copying.contains(ObjectIdentifier(writer)) { try writer.endBlock(signature: block) }
    }

    func add(_ fragment: LoadFragment) throws {
        func encoding(_ writer: ParquetFileWriter) -> Bool { !copying.contains(ObjectIdentifier(writer)) }
        if let writer = long[fragment.fiscalYear], encoding(writer) {
            for record in fragment.long { try writer.append(record, skipping: OutputSchema.partitionIndex) }
        }
        try append(fragment.documents, to: OutputSchema.documents.name)
        try append(fragment.validation, to: OutputSchema.validation.name)
        try append(fragment.rejects, to: OutputSchema.rejects.name)
        for part in fragment.wide {
            guard let union = wideColumns[part.tableKey], let writer = tables["wide/\(part.tableKey)"], encoding(writer) else { continue }
            let positions = part.columns.map { union.position(of: $0)! }
            for row in part.rows {
                var record = Record()
                record.reserveCapacity(row.identity.count + union.names.count)
                record += row.identity
                record += row.placed(at: positions, columnCount: union.names.count).lazy.map { $0.map(FieldValue.decimal) ?? .null }
                try writer.append(record)
            }
        }
    }

    /// Writes every file's last row group and footer.
    func finish() throws {
        try endBlock()
        block = nil
        let createdBy = "budget-etl version \(BudgetETLVersion.current)"
        for writer in Array(long.values) + Array(tables.values) { try writer.finish(createdBy: createdBy) }
    }

    /// Parquet files (and partition keys) under the folder that this run neither wrote nor kept:
    /// years no longer present, wide kinds gone, parts of another shard setting.
    func stale() -> [URL] {
        let current = Set((files.map(\.target) + kept).map(\.standardizedFileURL.path))
        return ParquetLayout.files(below: layout.folder.deletingLastPathComponent())
            .filter { !current.contains($0.standardizedFileURL.path) }
    }

    /// Where every block of every file is (those kept from the previous run's as they were).
    var layouts: [String: ParquetFileLayout] {
        var layouts: [String: ParquetFileLayout] = [:]
        for writer in writers { layouts[relative(writer.file.target)] = writer.layout }
        for url in kept { if let old = reuse?.layouts[relative(url)] { layouts[relative(url)] = old } }
        return layouts
    }

    private func relative(_ url: URL) -> String {
        String(url.path.dropFirst(layout.folder.deletingLastPathComponent().path.count + 1))
    }

    private func append(_ records: [Record], to table: String) throws {
        guard let writer = tables[table], !copying.contains(ObjectIdentifier(writer)) else { return }
        for record in records { try writer.append(record) }
    }

    private func open(_ target: URL, _ schema: TableSchema) throws -> ParquetFileWriter {
        let file = try TemporaryFile(for: target)
        files.append(file)
        let writer = try ParquetFileWriter(file: file, schema: schema, settings: settings, keyValues: keyValues)
        if let source = reuse?.open(relative(target), schema: writer.layout.schema) { sources[ObjectIdentifier(writer)] = source }
        return writer
    }

    private static func storedKey(of target: URL) -> String? {
        FileManager.default.contents(atPath: ParquetLayout.keyFile(of: target).path).map { String(decoding: $0, as: UTF8.self) }
    }
}
