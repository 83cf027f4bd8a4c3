import Foundation

/// output/budget.xlsx: the outputs as one workbook for spreadsheet users. Sheets: `about` (the run
/// and what every column holds), `documents`, one per table kind (the wide files), `validation`,
/// `rejects` and `long`, each holding the same fields as its CSV file, typed (`WorkbookColumn`).
///
/// Written while the CSV files are put together, from the same typed records, one document at a
/// time: each sheet is compressed as its rows come into a spool file beside the output (hidden,
/// removed at the end or by the next run), and the archive is put together from them at the end.
final class WorkbookWriter {
    static let fileName = "budget.xlsx"

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
    }

    private let target: URL
    private let aboutName: String
    private let about: About
    private let rowLimit: Int
    private let strings: SharedStrings
    private var spools: [TemporaryFile] = []
    private var sheets: [Sheet] = []
    /// Where each table's rows go: indexes into `sheets`.
    private let documents = 0
    private let wideSheets: [String: Int]
    private let validation: Int
    private let rejects: Int
    private let long: Int

    /// `wideColumns`: each table kind's value columns, in the order the sheets come. `rowLimit` and
    /// `sharedStringBudget` (bytes): Excel's rows per sheet and the shared strings' memory, unless
    /// a test asks for less.
    init(folder: URL, wideColumns: [(tableKey: String, names: [String])], about: About,
         rowLimit: Int = SheetWriter.excelRowLimit, sharedStringBudget: Int = SharedStrings.defaultBudget) throws {
        target = folder.appendingPathComponent(Self.fileName)
        strings = SharedStrings(byteBudget: sharedStringBudget)
        self.about = about
        self.rowLimit = rowLimit
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
                sheets.append(Sheet(name: name, table: table, writer: try sheetWriter(table.columns)))
            }
        } catch {
            discard()
            throw error
        }
    }

    /// Appends one document's rows to every sheet.
    func add(_ fragment: LoadFragment, wideColumns: [String: WideCSV.ColumnUnion]) throws {
        for (records, sheet) in [(fragment.documents, documents), (fragment.validation, validation),
                                 (fragment.rejects, rejects), (fragment.long, long)] {
            let writer = sheets[sheet].writer
            for record in records { try writer.append(record) }
        }
        for part in fragment.wide {
            guard let sheet = wideSheets[part.tableKey], let union = wideColumns[part.tableKey] else { continue }
            let writer = sheets[sheet].writer
            let positions = part.columns.map { union.position(of: $0)! }
            for row in part.rows {
                let values = row.placed(at: positions, columnCount: union.names.count).map { $0.map(FieldValue.decimal) ?? .null }
                try writer.append(row.identity + values)
            }
        }
    }

    /// Completes the workbook under its temporary name, to be renamed into place with the other
    /// outputs.
    func finish() throws -> TemporaryFile {
        let file = try TemporaryFile(for: target)
        do {
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
            parts.insert((aboutName, aboutSheet.filterRange, aboutSheet.pieces), at: 0)

            let zip = ZipArchiveWriter(writingTo: file)
            try zip.add("[Content_Types].xml", [try .of(Array(WorkbookXML.contentTypes(sheetCount: parts.count).utf8))])
            try zip.add("_rels/.rels", [try .of(Array(WorkbookXML.rootRelationships.utf8))])
            try zip.add("xl/workbook.xml", [try .of(Array(WorkbookXML.workbook(parts.map { ($0.name, $0.filterRange) }).utf8))])
            try zip.add("xl/_rels/workbook.xml.rels", [try .of(Array(WorkbookXML.workbookRelationships(sheetCount: parts.count).utf8))])
            try zip.add("xl/styles.xml", [try .of(Array(CellStyle.stylesXML.utf8))])
            for (n, part) in parts.enumerated() { try zip.add("xl/worksheets/sheet\(n + 1).xml", part.pieces) }
            let stringStream = try DeflateStream(spool: try spool())
            try strings.write(to: stringStream)
            try zip.add("xl/sharedStrings.xml", [try stringStream.finish(last: true)])
            try zip.finish()
            discard()
            return file
        } catch {
            file.discard()
            discard()
            throw error
        }
    }

    /// Removes the spool files (done, failed or abandoned).
    func discard() {
        spools.forEach { $0.discard() }
        spools = []
    }

    private func spool() throws -> TemporaryFile {
        let file = try TemporaryFile(for: target.deletingLastPathComponent()
            .appendingPathComponent("\(Self.fileName).part\(spools.count + 1)"))
        spools.append(file)
        return file
    }

    private func sheetWriter(_ columns: [WorkbookColumn]) throws -> SheetWriter {
        try SheetWriter(columns: columns, strings: strings, spool: try spool(), rowLimit: rowLimit)
    }

    /// The sheet of a table too large for a sheet: where its rows are instead.
    private func noteSheet(_ sheet: Sheet) throws -> (pieces: [DeflatedPiece], filterRange: String) {
        let note = try SheetWriter(columns: [WorkbookColumn(name: "note", kind: .text, meaning: "")], strings: strings, spool: nil)
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
        let writer = try SheetWriter(columns: columns, strings: strings, spool: nil)
        for (item, value) in [("tool_version", about.toolVersion), ("config_fingerprint", about.configFingerprint),
                              ("run_time", about.runTime), ("output_unit", about.outputUnit)] {
            try writer.append(["(run)", item, nil, value])
        }
        for row in sheetRows { try writer.append(row) }
        return try writer.finish(selected: true)
    }
}
