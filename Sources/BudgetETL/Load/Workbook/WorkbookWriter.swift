import Foundation

/// output/budget.xlsx: the outputs as one workbook for spreadsheet users. Sheets: `about` (the run
/// and what every column holds), `documents`, one per table kind (the wide files), `validation`,
/// `rejects` and `long`, each holding the same fields as its CSV file, typed (`WorkbookColumn`).
///
/// Written while the CSV files are put together, from the same typed records, one document at a
/// time: each sheet is compressed as its rows come into a spool file beside the output (hidden,
/// removed at the end or by the next run), and the archive is put together from them at the end.
/// Rows come in blocks of documents (`begin(block:)`); with the previous run's workbook and its
/// layout (`WorkbookReuse`), a sheet's block whose documents did not change is copied from the
/// old file as compressed bytes, and only the others are rendered (`SheetWriter`). The `about`
/// sheet, which holds the run time, is an entry of its own, written last.
final class WorkbookWriter {
    static let fileName = "budget.xlsx"
    /// About this many documents per block (`ParquetBlocks.starts`): fewer than Parquet's, since
    /// a block costs the workbook only a flush of each sheet's stream and a line of its layout,
    /// and one changed document renders its block's rows again.
    static let documentsPerBlock = 8

    /// What the `about` sheet says of the run.
    struct About {
        var toolVersion: String
        var configFingerprint: String
        var runTime: String
        var outputUnit: String
    }

    private struct Sheet {
        var name: String
        var table: WorkbookTable
        var writer: SheetWriter
        /// The previous workbook's blocks of this sheet, by signature (empty: none to copy).
        var old: [String: WorkbookLayout.Segment] = [:]
    }

    private let target: URL
    private let aboutName: String
    private let about: About
    private let rowLimit: Int
    private let base: String
    private let reuse: WorkbookReuse?
    private var spools: [Spool] = []
    /// The thread every sheet's rows are compressed on, when the workbook has one (`deflateThread`).
    private let lane: OrderedWorker?
    private var sheets: [Sheet] = []
    /// Sheets that copied the current block (they take no rows until the next).
    private var copying: Set<Int> = []
    private var block: String?
    /// Where every sheet's blocks went, once finished.
    private(set) var layout: WorkbookLayout?
    /// Where each table's rows go: indexes into `sheets`.
    private let documents = 0
    private let wideSheets: [String: Int]
    private let validation: Int
    private let rejects: Int
    private let long: Int

    /// `wideColumns`: each table kind's value columns, in the order the sheets come. `rowLimit`:
    /// Excel's rows per sheet, unless a test asks for less. `base`: what the rows' bytes depend on
    /// besides the documents' stored results (configuration, tool). `reuse`: the previous run's
    /// workbook, whose unchanged blocks are copied. `deflateThread`: compress the sheets' rows on
    /// a thread of their own, beside the one that writes them.
    init(folder: URL, wideColumns: [(tableKey: String, names: [String])], about: About,
         rowLimit: Int = SheetWriter.excelRowLimit, base: String = "", reuse: WorkbookReuse? = nil,
         deflateThread: Bool = false) throws {
        target = folder.appendingPathComponent(Self.fileName)
        // A 64 KB piece of XML per item: the backlog bounds what waits to about 2 MB.
        lane = deflateThread ? OrderedWorker(backlog: 16) : nil
        self.about = about
        self.rowLimit = rowLimit
        self.base = "\(base) rows \(rowLimit)"
        self.reuse = reuse?.layout.base == self.base ? reuse : nil
        wideSheets = Dictionary(uniqueKeysWithValues: wideColumns.enumerated().map { ($1.tableKey, 1 + $0) })
        validation = 1 + wideColumns.count
        rejects = validation + 1
        long = rejects + 1
        var names = SheetNames()
        // "about" first, so no table kind can take its name.
        aboutName = names.name(for: "about")
        let fixed = [WorkbookTable.documents, .validation, .rejects, .long].map { ($0, names.name(for: $0.name)) }
        let wide = wideColumns.map { WorkbookTable.wide($0.tableKey, valueColumns: $0.names) }.map { ($0, names.name(for: $0.name)) }
        do {
            for (table, name) in [fixed[0]] + wide + fixed[1...] {
                let old = self.reuse?.segments(of: table.name, schema: Self.schemaKey(table)) ?? [:]
                sheets.append(Sheet(name: name, table: table, writer: try sheetWriter(table.columns), old: old))
            }
        } catch {
            discard()
            throw error
        }
    }

    /// Whether some sheet must render the block `signature` (`ParquetBlocks.signature`), so its
    /// documents' fragments are needed; reads only what `init` set, so any thread may ask.
    func renders(block signature: String) -> Bool {
        sheets.contains { $0.old[signature] == nil }
    }

    /// Starts the next block of documents: sheets that hold it in the previous workbook copy it
    /// now; the others take its documents' rows by `add`.
    func begin(block signature: String) throws {
        try endBlock()
        copying = []
        for (n, sheet) in sheets.enumerated() {
            guard let reuse, let old = sheet.old[signature] else { continue }
            let piece = old.rows == 0 ? nil : DeflatedPiece(crc: old.crc, size: old.size, compressedSize: old.compressedSize,
                                                            storage: .file(reuse.file, old.start))
            sheet.writer.copy(SheetWriter.Segment(signature: signature, rows: old.rows, widths: old.widths, piece: piece))
            copying.insert(n)
        }
        block = signature
    }

    private func endBlock() throws {
        guard let block else { return }
        for (n, sheet) in sheets.enumerated() where !copying.contains(n) { try sheet.writer.endBlock(signature: block) }
        self.block = nil
    }

    /// Appends one document's rows to every sheet that renders the current block.
    func add(_ fragment: LoadFragment, wideColumns: [String: WideCSV.ColumnUnion]) throws {
        for (records, sheet) in [(fragment.documents, documents), (fragment.validation, validation),
                                 (fragment.rejects, rejects), (fragment.long, long)] where !copying.contains(sheet) {
            let writer = sheets[sheet].writer
            for record in records { try writer.append(record) }
        }
        for part in fragment.wide {
            guard let sheet = wideSheets[part.tableKey], !copying.contains(sheet), let union = wideColumns[part.tableKey] else { continue }
            let writer = sheets[sheet].writer
            let positions = part.columns.map { union.position(of: $0)! }
            for row in part.rows {
                let values = row.placed(at: positions, columnCount: union.names.count).map { $0.map(FieldValue.decimal) ?? .null }
                try writer.append(row.identity + values)
            }
        }
    }

    /// The columns of a sheet, as its layout records them.
    static func schemaKey(_ table: WorkbookTable) -> String {
        table.columns.map { "\($0.name):\($0.kind.rawValue)" }.joined(separator: "\n")
    }

    /// Completes the workbook under its temporary name, to be renamed into place with the other
    /// outputs.
    func finish() throws -> TemporaryFile {
        let file = try TemporaryFile(for: target)
        do {
            try endBlock()
            // Every sheet's rows queued for the lane before the first sheet's finish ends it.
            for sheet in sheets { try sheet.writer.endRows() }
            var parts: [(name: String, filterRange: String, pieces: [DeflatedPiece])] = []
            var aboutRows: [[String?]] = []
            for sheet in sheets {
                var (pieces, range) = try sheet.writer.finish(selected: false)
                if sheet.writer.overflows {
                    (pieces, range) = try noteSheet(sheet)
                }
                parts.append((sheet.name, range, pieces))
                aboutRows += describe(sheet)
            }
            let aboutSheet = try self.aboutSheet(aboutRows)
            let names = [(aboutName, aboutSheet.filterRange)] + parts.map { ($0.name, $0.filterRange) }

            let zip = ZipArchiveWriter(writingTo: file)
            try zip.add("[Content_Types].xml", [try .of(Array(WorkbookXML.contentTypes(sheetCount: names.count).utf8))])
            try zip.add("_rels/.rels", [try .of(Array(WorkbookXML.rootRelationships.utf8))])
            try zip.add("xl/workbook.xml", [try .of(Array(WorkbookXML.workbook(names).utf8))])
            try zip.add("xl/_rels/workbook.xml.rels", [try .of(Array(WorkbookXML.workbookRelationships(sheetCount: names.count).utf8))])
            try zip.add("xl/styles.xml", [try .of(Array(CellStyle.stylesXML.utf8))])
            var layout = WorkbookLayout(base: base)
            for (n, part) in parts.enumerated() {
                let starts = try zip.add("xl/worksheets/sheet\(n + 2).xml", part.pieces)
                if !sheets[n].writer.overflows { layout.sheets[sheets[n].table.name] = sheetLayout(sheets[n], starts: starts) }
            }
            // Last: the only entry that changes with every run, so nothing after it moves.
            try zip.add("xl/worksheets/sheet1.xml", aboutSheet.pieces)
            try zip.finish()
            self.layout = layout
            discard()
            return file
        } catch {
            file.discard()
            discard()
            throw error
        }
    }

    /// Where the sheet's blocks lie, from where its pieces went (`starts`: after the head).
    private func sheetLayout(_ sheet: Sheet, starts: [Int]) -> WorkbookLayout.Sheet {
        var layout = WorkbookLayout.Sheet(schema: Self.schemaKey(sheet.table))
        var next = starts.dropFirst().makeIterator()
        for segment in sheet.writer.segments {
            let piece = segment.piece
            let start = piece == nil ? 0 : next.next()!
            layout.segments.append(WorkbookLayout.Segment(signature: segment.signature, rows: segment.rows, widths: segment.widths,
                                                          crc: piece?.crc ?? 0, size: piece?.size ?? 0,
                                                          compressedSize: piece?.compressedSize ?? 0, start: start))
        }
        return layout
    }

    /// Removes the spool files (done, failed or abandoned), once the lane is done writing them.
    func discard() {
        try? lane?.finish()
        spools.forEach { $0.discard() }
        spools = []
    }

    private func spool() throws -> Spool {
        let file = try Spool(for: target.deletingLastPathComponent()
            .appendingPathComponent("\(Self.fileName).part\(spools.count + 1)"))
        spools.append(file)
        return file
    }

    private func sheetWriter(_ columns: [WorkbookColumn]) throws -> SheetWriter {
        try SheetWriter(columns: columns, spool: try spool(), rowLimit: rowLimit, lane: lane)
    }

    /// The sheet of a table too large for a sheet: where its rows are instead.
    private func noteSheet(_ sheet: Sheet) throws -> (pieces: [DeflatedPiece], filterRange: String) {
        let note = try SheetWriter(columns: [WorkbookColumn(name: "note", kind: .text, meaning: "")], spool: nil)
        try note.append([Self.overflowNote(sheet, limit: rowLimit)])
        return try note.finish(selected: false)
    }

    static func overflowNote(rows: Int, columns: Int, csvFile: String, limit: Int) -> String {
        "This table has \(rows) rows and \(columns) columns, more than a sheet holds (\(limit - 1) rows below "
            + "its header, \(SheetWriter.excelColumnLimit) columns): it is in \(csvFile) (and the other output formats) instead."
    }

    private static func overflowNote(_ sheet: Sheet, limit: Int) -> String {
        overflowNote(rows: sheet.writer.rowCount, columns: sheet.table.columns.count, csvFile: sheet.table.csvFile, limit: limit)
    }

    /// The sheet's lines of `about`: its rows, then each column.
    private func describe(_ sheet: Sheet) -> [[String?]] {
        let rows = sheet.writer.overflows
            ? Self.overflowNote(sheet, limit: rowLimit)
            : "\(sheet.writer.rowCount) rows: the lines of \(sheet.table.csvFile)"
        return [[sheet.name, nil, nil, rows]] + sheet.table.columns.map { [sheet.name, $0.name, $0.kind.rawValue, $0.meaning] }
    }

    private func aboutSheet(_ sheetRows: [[String?]]) throws -> (pieces: [DeflatedPiece], filterRange: String) {
        let columns = [("sheet", "the sheet described"), ("column", "a column of that sheet"),
                       ("type", "text, integer or decimal"), ("meaning", "what it holds")]
            .map { WorkbookColumn(name: $0.0, kind: .text, meaning: $0.1) }
        let writer = try SheetWriter(columns: columns, spool: nil)
        for (item, value) in [("tool_version", about.toolVersion), ("config_fingerprint", about.configFingerprint),
                              ("run_time", about.runTime), ("output_unit", about.outputUnit)] {
            try writer.append(["(run)", item, nil, value])
        }
        for row in sheetRows { try writer.append(row) }
        return try writer.finish(selected: true)
    }
}
