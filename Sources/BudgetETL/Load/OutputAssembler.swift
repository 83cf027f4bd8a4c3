import Foundation

/// The load stage's second half: puts the output files together from the documents' fragments,
/// streaming (one document's fragment in memory at a time), into temporary files beside the
/// outputs. `OutputCommit` then renames them into place all together, CSV and Parquet alike.
///
/// Two passes over the documents: the first reads only each fragment's summary (a few hundred
/// bytes, the load stage's state file) to know every wide file's columns before writing its header,
/// and each document's fiscal year; the second appends each document's rows to every file. With
/// the previous run's files and their layouts (`csvReuse`, `ParquetOptions.reuse`), an unchanged
/// document's CSV lines and an unchanged block's Parquet row groups are copied from the old files
/// as bytes, and a fragment is made only when some file must render it.
struct OutputAssembler {
    let folder: URL
    let byteOrderMark: Bool
    /// The unit money values are in, for datapackage.json.
    let outputUnit: String
    /// Parquet outputs besides the CSV files; nil: CSV only.
    var parquet: ParquetOptions?
    /// budget.xlsx besides the CSV files (`WorkbookWriter`), saying this of the run; nil: none
    /// (an earlier one is removed).
    var workbook: WorkbookWriter.About?
    /// Write the workbook on a thread of its own (`OrderedWorker`), beside the CSV and Parquet files.
    var workbookThread = false
    /// Encode the Parquet files on a thread of their own, beside the CSV files and the workbook.
    var parquetThread = false
    /// The previous run's workbook, whose unchanged blocks are copied; nil: none.
    var workbookReuse: WorkbookReuse?
    /// What the workbook's rows depend on besides the fragments (configuration, tool).
    var workbookBase = ""
    var workbookDocumentsPerBlock = WorkbookWriter.documentsPerBlock
    /// The previous run's CSV files, whose unchanged documents' lines are copied; nil: none.
    var csvReuse: CSVReuse?
    /// What CSV lines depend on besides the fragments (see `CSVLayout.base`).
    var csvBase = ""

    struct ParquetOptions {
        var settings: ParquetSettings
        var shard: Shard
        /// The footer's key-value metadata (tool version, configuration fingerprint).
        var keyValues: [(key: String, value: String)]
        /// What every partition's content depends on besides its documents (configuration, tool).
        var baseKey: String
        /// The previous run's Parquet files, whose unchanged blocks are copied; nil: none.
        var reuse: ParquetReuse?
        var documentsPerBlock = ParquetBlocks.documentsPerBlock
    }

    /// Where the fragments come from: the summaries alone (first pass) and the whole fragment.
    struct Source {
        var count: Int
        var summary: (Int) throws -> LoadFragment.Summary
        var fragment: (Int) throws -> LoadFragment
        /// A fingerprint of the document's stored fragment: equal keys, equal fragments.
        var key: (Int) -> String
        /// The document's path; needed only with `csvReuse`, which finds documents by it.
        var sourceFile: (Int) -> String = { "document \($0 + 1)" }
        /// Called after each document of the second pass.
        var progress: (Int) -> Void = { _ in }
    }

    /// The complete files under temporary names, the outputs left as they are because their
    /// content would not change, and the files that no longer belong.
    struct Prepared {
        var files: [TemporaryFile] = []
        var kept: [URL] = []
        var removals: [URL] = []
        /// Where each document's lines are in the CSV files, for the next run (`CSVLayout`).
        var csvLayout: CSVLayout?
        /// Where each block is in the Parquet files, for the next run; nil without Parquet.
        var parquetLayouts: [String: ParquetFileLayout]?
        /// Where each block is in the workbook's sheets, for the next run; nil without a workbook.
        var workbookLayout: WorkbookLayout?

        func discard() { files.forEach { $0.discard() } }
    }

    func assemble(_ source: Source) throws -> Prepared {
        let wideFolder = folder.appendingPathComponent(WideCSV.folderName)
        try FileManager.default.createDirectory(at: wideFolder, withIntermediateDirectories: true)

        var unions: [String: WideCSV.ColumnUnion] = [:]
        var partitions: [Int?: Fingerprint] = [:]
        for index in 0..<source.count {
            let summary = try source.summary(index)
            for (key, columns) in summary.columns {
                let union = unions[key] ?? WideCSV.ColumnUnion()
                unions[key] = union
                union.add(columns)
            }
            if let parquet, summary.longRows > 0 {
                partitions[summary.fiscalYear, default: Self.partitionKey(parquet)].add("document", source.key(index))
            }
        }

        var prepared = Prepared()
        var workbookWriter: WorkbookWriter?
        var workbookLane: OrderedWorker?
        var parquetLane: OrderedWorker?
        do {
            let csv = try CSVFiles(folder: folder, byteOrderMark: byteOrderMark, unions: unions, reuse: csvReuse)
            prepared.files += csv.files
            let columnar = try parquet.map {
                try ParquetAssembly(layout: ParquetLayout(outputFolder: folder, shard: $0.shard), settings: $0.settings,
                                    keyValues: $0.keyValues, partitionKeys: partitions.mapValues(\.hex), wideColumns: unions,
                                    reuse: $0.reuse)
            }
            prepared.files += columnar?.files ?? []
            prepared.kept += columnar?.kept ?? []
            workbookWriter = try workbook.map { about in
                try WorkbookWriter(folder: folder, wideColumns: unions.keys.sorted().map { ($0, unions[$0]!.names) }, about: about,
                                   base: workbookBase, reuse: workbookReuse, deflateThread: workbookThread)
            }
            if workbookWriter != nil && workbookThread { workbookLane = OrderedWorker() }
            if columnar != nil && parquetThread { parquetLane = OrderedWorker() }
            let documents = (0..<source.count).map { CSVLayout.Document(sourceFile: source.sourceFile($0), loadKey: source.key($0)) }
            // Parquet files and the workbook are written in blocks of documents, each their own.
            func blockEnds(_ documentsPerBlock: Int?) -> [Int: Int] {
                guard let documentsPerBlock else { return [:] }
                let starts = ParquetBlocks.starts(documents.map(\.sourceFile), documentsPerBlock: documentsPerBlock)
                return Dictionary(uniqueKeysWithValues: zip(starts, starts.dropFirst() + [documents.count]))
            }
            let parquetBlockEnds = blockEnds(parquet?.documentsPerBlock)
            let workbookBlockEnds = blockEnds(workbookWriter == nil ? nil : workbookDocumentsPerBlock)
            var workbookRendersBlock = false
            var parquetEncodesBlock = false
            for (index, document) in documents.enumerated() {
                if let columnar, let end = parquetBlockEnds[index] {
                    let signature = ParquetBlocks.signature(documents[index..<end])
                    parquetEncodesBlock = columnar.encodes(block: signature)
                    try submit(to: parquetLane) { try columnar.begin(block: signature) }
                }
                if let workbookWriter, let end = workbookBlockEnds[index] {
                    let signature = ParquetBlocks.signature(documents[index..<end])
                    workbookRendersBlock = workbookWriter.renders(block: signature)
                    try submit(to: workbookLane) { try workbookWriter.begin(block: signature) }
                }
                // Only the files rendered from this document need its fragment decoded.
                guard !csv.copies(document) || parquetEncodesBlock || workbookRendersBlock else {
                    try csv.add(document, fragment: nil)
                    source.progress(index)
                    continue
                }
                let fragment = try source.fragment(index)
                guard fragment.wide.allSatisfy({ part in
                    unions[part.tableKey].map { union in part.columns.allSatisfy { union.position(of: $0) != nil } } ?? false
                }) else { throw AssemblyError.columnsChanged(document: index) }
                try csv.add(document, fragment: fragment)
                if let columnar, parquetEncodesBlock {
                    // The unions are only read from here on (as by the workbook's thread).
                    try submit(to: parquetLane) { try columnar.add(fragment) }
                }
                if let workbookWriter, workbookRendersBlock {
                    // The unions are only read from here on, so both threads may look into them.
                    try submit(to: workbookLane) { try workbookWriter.add(fragment, wideColumns: unions) }
                }
                source.progress(index)
            }
            try csv.finish()
            prepared.csvLayout = csv.layout(base: csvBase)
            if let columnar { try submit(to: parquetLane) { try columnar.finish() } }
            try parquetLane?.finish()
            prepared.parquetLayouts = columnar?.layouts
            try workbookLane?.finish()
            if let workbookWriter {
                prepared.files.append(try workbookWriter.finish())
                prepared.workbookLayout = workbookWriter.layout
            }
            let workbookFile = folder.appendingPathComponent(WorkbookWriter.fileName)
            if workbook == nil && FileManager.default.fileExists(atPath: workbookFile.path) {
                prepared.removals.append(workbookFile)
            }
            let package = try TemporaryFile(for: folder.appendingPathComponent(DataPackage.fileName))
            prepared.files.append(package)
            try package.write(try dataPackage(unions: unions, years: Array(partitions.keys)).encoded())
            try package.finish()

            for name in try FileManager.default.contentsOfDirectory(atPath: wideFolder.path)
            where name.hasSuffix(".csv") && !name.hasPrefix(".") && unions[String(name.dropLast(4))] == nil {
                prepared.removals.append(wideFolder.appendingPathComponent(name))
            }
            prepared.removals += columnar?.stale() ?? ParquetLayout.files(below: folder)
            return prepared
        } catch {
            try? workbookLane?.finish()   // its thread must be done with the writer before it is discarded
            try? parquetLane?.finish()    // and this one with the Parquet files
            prepared.discard()
            workbookWriter?.discard()
            throw error
        }
    }

    /// Runs `work` on the workbook's thread when it has one, else now.
    private func submit(to lane: OrderedWorker?, _ work: @escaping () throws -> Void) throws {
        if let lane { try lane.submit(work) } else { try work() }
    }

    /// Every CSV file, then every Parquet file, each with its schema.
    private func dataPackage(unions: [String: WideCSV.ColumnUnion], years: [Int?]) -> DataPackage {
        var package = DataPackage(outputUnit: outputUnit, byteOrderMark: byteOrderMark)
        for table in OutputSchema.fixedTables { package.addCSV(table, path: "\(table.name).csv") }
        let wide = unions.keys.sorted().map { OutputSchema.wide(tableKey: $0, valueColumns: unions[$0]!.names) }
        for table in wide { package.addCSV(table, path: "\(table.name).csv") }
        guard let parquet else { return package }
        let layout = ParquetLayout(outputFolder: folder, shard: parquet.shard)
        func relative(_ url: URL) -> String { String(url.path.dropFirst(folder.path.count + 1)) }
        let ordered = years.compactMap { $0 }.sorted().map { Optional($0) } + (years.contains(nil) ? [nil] : [])
        for year in ordered {
            package.addParquet(OutputSchema.longPartition, name: "long-\(year.map(String.init) ?? "unknown-year")",
                               path: relative(layout.longPart(year: year)))
        }
        for table in OutputSchema.fixedTables where table.name != OutputSchema.long.name {
            package.addParquet(table, name: table.name, path: relative(layout.table(table.name)))
        }
        for (key, table) in zip(unions.keys.sorted(), wide) {
            package.addParquet(table, name: table.name, path: relative(layout.wide(key)))
        }
        return package
    }

    private static func partitionKey(_ options: ParquetOptions) -> Fingerprint {
        var key = Fingerprint("parquet.partition")
        key.add("base", options.baseKey)
        key.add("shard", options.shard.description)
        // Partitions written before files were cut in blocks (or with other blocks) are written again.
        key.add("documents_per_block", String(options.documentsPerBlock))
        return key
    }

    enum AssemblyError: Error, CustomStringConvertible {
        /// A fragment's wide columns differ between the two passes (its file changed under the run).
        case columnsChanged(document: Int)

        var description: String {
            switch self {
            case .columnsChanged(let index):
                return "the stored load result of document \(index + 1) changed while the outputs were written"
            }
        }
    }
}
