/// One worksheet, written row by row into a deflate stream: a bold header row, frozen, with an
/// autofilter, and cells typed as the records' values are (text, integer, exact decimal). Memory
/// holds one row and the column widths.
///
/// The rows come in blocks of documents (`ParquetBlocks`), each compressed as a stream of its own
/// (`DeflateStream.restart`), and nothing in a block's XML depends on another block: rows and
/// cells carry no `r` reference (a reader numbers them in order; an empty cell before a filled one
/// is an empty `<c/>`), and text is written into its cell (inline strings, not a table numbered in
/// order of first use over the whole workbook). So a block whose documents did not change is
/// copied from the previous run's workbook as it is (`copy`), and a cold run and a patched one
/// give the same bytes.
///
/// The sheet's head (dimension, view, column widths, header row) comes before its rows in the XML
/// but depends on all of them, so it is compressed last, as a separate piece put in front of the
/// rows (`DeflatedPiece`). A table with more rows or columns than a sheet holds is not truncated:
/// its sheet becomes a note saying how large it is and which file holds it.
final class SheetWriter {
    /// Excel's rows per sheet, the header included.
    static let excelRowLimit = 1_048_576
    /// Excel's columns per sheet (XFD).
    static let excelColumnLimit = 16_384

    /// A block's rows as compressed: what its documents were (`ParquetBlocks.signature`), how
    /// many rows, the widths its cells need, and the bytes (none for a block without rows).
    struct Segment {
        var signature: String
        var rows: Int
        var widths: [Int]
        var piece: DeflatedPiece?
    }

    let columns: [WorkbookColumn]
    private let rows: LaneDeflater
    private let dataRowLimit: Int
    private var widths: [Int]
    private var blockRows = 0
    private var cells: RowMarkup
    /// Data rows appended or copied, including those past the limit.
    private(set) var rowCount = 0
    private(set) var segments: [Segment] = []
    var overflows: Bool { rowCount > dataRowLimit || columns.count > Self.excelColumnLimit }

    /// `spool`: where the compressed rows go (nil: memory). `rowLimit`: rows per sheet. `lane`: the
    /// thread the rows are compressed on (nil: here, as they are written).
    init(columns: [WorkbookColumn], spool: Spool?, rowLimit: Int = excelRowLimit, lane: OrderedWorker? = nil) throws {
        self.columns = columns
        rows = LaneDeflater(try DeflateStream(spool: spool), lane: lane)
        dataRowLimit = rowLimit - 1
        widths = columns.map { SheetText.displayWidth($0.name) + 2 }
        cells = RowMarkup(columnCount: columns.count)
    }

    /// Appends one row: a value per column, typed by the output schema.
    func append(_ record: Record) throws {
        rowCount += 1
        blockRows += 1
        guard !overflows else { return }
        cells.append(record)
        if cells.line.count >= 1 << 16 { try flushLine() }
    }

    func append(_ texts: [String?]) throws {
        try append(texts.map(FieldValue.init))
    }

    /// Ends the block of documents `signature`: its rows become a segment of their own (its piece
    /// is filled in by `finish`, once compressed).
    func endBlock(signature: String) throws {
        if blockRows > 0 && !overflows {
            try flushLine()
            try rows.endPiece(segments.count)
        }
        segments.append(Segment(signature: signature, rows: blockRows, widths: cells.blockWidths, piece: nil))
        for n in widths.indices { widths[n] = max(widths[n], cells.blockWidths[n]) }
        cells.blockWidths = Array(repeating: 0, count: columns.count)
        blockRows = 0
    }

    /// Takes a block's rows as the previous run compressed them (at the end of a block).
    func copy(_ segment: Segment) {
        rowCount += segment.rows
        segments.append(segment)
        for n in widths.indices where n < segment.widths.count { widths[n] = max(widths[n], segment.widths[n]) }
    }

    /// Ends the rows appended outside any block (as their own segment), if there are any.
    func endRows() throws {
        if blockRows > 0 { try endBlock(signature: "") }
    }

    /// The sheet's XML as pieces (head, blocks, end), and the range of its autofilter; nothing
    /// when the table overflowed (the caller writes a note sheet instead).
    func finish(selected: Bool) throws -> (pieces: [DeflatedPiece], filterRange: String) {
        try endRows()
        for (number, piece) in try rows.pieces() { segments[number].piece = piece }
        guard !overflows else { return ([], "$A$1:$A$1") }
        let lastRow = rowCount + 1
        let lastColumn = SheetWriter.columnName(columns.count - 1)
        let range = "A1:\(lastColumn)\(lastRow)"
        let head = try DeflatedPiece.of(head(range: range, selected: selected), last: false)
        let end = try DeflatedPiece.of(Array("</sheetData><autoFilter ref=\"\(range)\"/></worksheet>".utf8))
        return ([head] + segments.compactMap(\.piece) + [end], "$A$1:$\(lastColumn)$\(lastRow)")
    }

    /// Everything before the first data row.
    private func head(range: String, selected: Bool) -> [UInt8] {
        var xml = WorkbookXML.declaration
            + "<worksheet xmlns=\"\(WorkbookXML.mainNamespace)\" xmlns:r=\"\(WorkbookXML.relationshipNamespace)\">"
            + "<dimension ref=\"\(range)\"/>"
            + "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/><cols>"
        for (n, width) in widths.enumerated() {
            xml += "<col min=\"\(n + 1)\" max=\"\(n + 1)\" width=\"\(min(width, Self.widest))\" customWidth=\"1\"/>"
        }
        var bytes = Array((xml + "</cols><sheetData>").utf8) + Markup.rowStart
        for column in columns {
            bytes += Markup.cellStarts[CellStyle.header] + Markup.inlineType
            WorkbookXML.appendTextElement(Array(column.name.utf8)[...], to: &bytes)
            bytes += Markup.inlineEnd
        }
        return bytes + Markup.rowEnd
    }

    /// Widest column, in characters: a longer text shows cut at the edge (the cell holds all of it)
    /// rather than push the other columns off screen.
    fileprivate static let widest = 60

    private func flushLine() throws {
        try rows.write(cells.line)
        // A new buffer: the lane may still hold the old one.
        cells.line = []
        cells.line.reserveCapacity(Self.lineCapacity)
    }

    /// A line is handed over once it passes 64 KB; most rows are far shorter than the rest.
    fileprivate static let lineCapacity = 1 << 17

    /// A, B, … Z, AA, AB …
    static func columnName(_ index: Int) -> String {
        var n = index + 1
        var name = ""
        while n > 0 {
            let digit = (n - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + digit))) + name
            n = (n - 1) / 26
        }
        return name
    }
}

/// The rows being written and what each column's cells last held. A struct of its own, so that a
/// row's cells are written under one exclusive access: as stored properties of the class, every
/// access to the line or a column's cache was checked at run time (a third of a text cell's cost).
private struct RowMarkup {
    var line: [UInt8] = []
    /// The widths the block's cells need, per column.
    var blockWidths: [Int]
    /// Each column's last text and its cell markup: consecutive rows mostly repeat them (the
    /// document's fields, the table's title), and comparing text is cheaper than escaping it.
    private var lastTexts: [String]
    private var lastCells: [(markup: [UInt8], width: Int)]
    /// The UTF-8 bytes of the text being written.
    private var textBytes: [UInt8] = []

    init(columnCount: Int) {
        blockWidths = Array(repeating: 0, count: columnCount)
        lastTexts = Array(repeating: "", count: columnCount)
        lastCells = Array(repeating: ([], 0), count: columnCount)
        line.reserveCapacity(SheetWriter.lineCapacity)
    }

    /// One row: a value per column (values past the columns are left out).
    mutating func append(_ record: Record) {
        line += Markup.rowStart
        var skipped = 0
        for (n, value) in record.enumerated() where n < blockWidths.count {
            if case .null = value { skipped += 1; continue }
            if case .string(let text) = value, text.isEmpty { skipped += 1; continue }
            // Cells are numbered in order: an empty one keeps the next in its column.
            for _ in 0..<skipped { line += Markup.emptyCell }
            skipped = 0
            switch value {
            case .null: break
            case .string(let text): appendText(text, column: n)
            case .integer(let number): appendInteger(number, column: n)
            case .decimal(let number): appendDecimal(number, column: n)
            }
        }
        line += Markup.rowEnd
    }

    /// Excel reads 15 significant digits of a number exactly; a longer integer stays text.
    private mutating func appendInteger(_ number: Int, column n: Int) {
        guard number.magnitude < 1_000_000_000_000_000 else { return appendText(String(number), column: n) }
        line += Markup.cellStarts[CellStyle.integer]
        line += Markup.noType
        let start = line.count
        if number < 0 { line.append(UInt8(ascii: "-")) }
        line.appendDigits(number.magnitude)
        let width = line.count - start
        line += Markup.valueEnd
        blockWidths[n] = max(blockWidths[n], width + 2)
    }

    /// The exact decimal's own text (`description`), with the format of its scale (the decimals
    /// published); its width counts the thousands separators a reader shows.
    private mutating func appendDecimal(_ number: ExactDecimal, column n: Int) {
        line += Markup.cellStarts[CellStyle.decimal(number.scale)]
        line += Markup.noType
        let start = line.count
        number.appendText(to: &line)
        let length = line.count - start
        line += Markup.valueEnd
        let integerDigits = length - (number.scale > 0 ? number.scale + 1 : 0) - (number.mantissa < 0 ? 1 : 0)
        blockWidths[n] = max(blockWidths[n], length + (integerDigits - 1) / 3 + 2)
    }

    /// Text written into its cell (an inline string). A new text's markup is written straight
    /// into the line and kept from there, its bytes in a buffer reused for every text: no arrays
    /// made and freed per cell.
    private mutating func appendText(_ field: String, column n: Int) {
        if field != lastTexts[n] || lastCells[n].markup.isEmpty {
            textBytes.removeAll(keepingCapacity: true)
            textBytes += SheetText.fittingACell(field).utf8
            let start = line.count
            line += Markup.cellStarts[CellStyle.text]
            line += Markup.inlineType
            WorkbookXML.appendTextElement(textBytes[...], to: &line)
            line += Markup.inlineEnd
            lastTexts[n] = field
            lastCells[n].markup.removeAll(keepingCapacity: true)
            lastCells[n].markup += line[start...]
            lastCells[n].width = min(SheetText.displayWidth(textBytes[...]), SheetWriter.widest) + 2
        } else {
            line += lastCells[n].markup
        }
        blockWidths[n] = max(blockWidths[n], lastCells[n].width)
    }
}

/// The pieces of cell markup, as bytes made once.
private enum Markup {
    static let rowStart = Array("<row>".utf8)
    static let rowEnd = Array("</row>".utf8)
    static let emptyCell = Array("<c/>".utf8)
    static let valueEnd = Array("</v></c>".utf8)
    static let inlineEnd = Array("</is></c>".utf8)
    static let noType = Array("><v>".utf8)
    static let inlineType = Array(" t=\"inlineStr\"><is>".utf8)
    /// `<c s="<n>"` for every cell style.
    static let cellStarts = (0..<CellStyle.count).map { Array("<c s=\"\($0)\"".utf8) }
}
