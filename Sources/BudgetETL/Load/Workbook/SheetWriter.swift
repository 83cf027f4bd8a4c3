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
    private let rows: DeflateStream
    private let dataRowLimit: Int
    private var widths: [Int]
    private var blockWidths: [Int]
    private var blockRows = 0
    private var line: [UInt8] = []
    /// Each column's last text and its cell markup: consecutive rows mostly repeat them (the
    /// document's fields, the table's title), and comparing text is cheaper than escaping it.
    private var lastTexts: [String]
    private var lastCells: [(markup: [UInt8], width: Int)]
    /// Data rows appended or copied, including those past the limit.
    private(set) var rowCount = 0
    private(set) var segments: [Segment] = []
    var overflows: Bool { rowCount > dataRowLimit || columns.count > Self.excelColumnLimit }

    /// `spool`: where the compressed rows go (nil: memory). `rowLimit`: rows per sheet.
    init(columns: [WorkbookColumn], spool: Spool?, rowLimit: Int = excelRowLimit) throws {
        self.columns = columns
        rows = try DeflateStream(spool: spool)
        dataRowLimit = rowLimit - 1
        widths = columns.map { SheetText.displayWidth($0.name) + 2 }
        blockWidths = Array(repeating: 0, count: columns.count)
        lastTexts = Array(repeating: "", count: columns.count)
        lastCells = Array(repeating: ([], 0), count: columns.count)
        line.reserveCapacity(1 << 16)
    }

    /// Appends one row: a value per column, typed by the output schema.
    func append(_ record: Record) throws {
        rowCount += 1
        blockRows += 1
        guard !overflows else { return }
        line += Markup.rowStart
        var skipped = 0
        for (n, value) in record.enumerated() where n < columns.count {
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
        if line.count >= 1 << 16 { try flushLine() }
    }

    func append(_ texts: [String?]) throws {
        try append(texts.map(FieldValue.init))
    }

    /// Ends the block of documents `signature`: its rows become a segment of their own.
    func endBlock(signature: String) throws {
        var piece: DeflatedPiece?
        if blockRows > 0 && !overflows {
            try flushLine()
            piece = try rows.finish(last: false)
            try rows.restart()
        }
        segments.append(Segment(signature: signature, rows: blockRows, widths: blockWidths, piece: piece))
        for n in widths.indices { widths[n] = max(widths[n], blockWidths[n]) }
        blockWidths = Array(repeating: 0, count: columns.count)
        blockRows = 0
    }

    /// Takes a block's rows as the previous run compressed them (at the end of a block).
    func copy(_ segment: Segment) {
        rowCount += segment.rows
        segments.append(segment)
        for n in widths.indices where n < segment.widths.count { widths[n] = max(widths[n], segment.widths[n]) }
    }

    /// The sheet's XML as pieces (head, blocks, end), and the range of its autofilter; nothing
    /// when the table overflowed (the caller writes a note sheet instead).
    func finish(selected: Bool) throws -> (pieces: [DeflatedPiece], filterRange: String) {
        if blockRows > 0 { try endBlock(signature: "") }
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
    private static let widest = 60

    /// Excel reads 15 significant digits of a number exactly; a longer integer stays text.
    private func appendInteger(_ number: Int, column n: Int) {
        let text = String(number)
        guard number.magnitude < 1_000_000_000_000_000 else {
            appendText(text, column: n)
            return
        }
        appendNumber(text, column: n, style: CellStyle.integer, width: text.utf8.count)
    }

    /// The exact decimal's own text, with the format of its scale (the decimals published).
    private func appendDecimal(_ number: ExactDecimal, column n: Int) {
        let text = number.description
        let integerDigits = text.utf8.count - (number.scale > 0 ? number.scale + 1 : 0) - (number.mantissa < 0 ? 1 : 0)
        appendNumber(text, column: n, style: CellStyle.decimal(number.scale), width: text.utf8.count + (integerDigits - 1) / 3)
    }

    /// The number as its decimal text: the exact value, which the reader converts itself.
    private func appendNumber(_ text: String, column n: Int, style: Int, width: Int) {
        line += Markup.cellStarts[style]
        line += Markup.noType
        line += text.utf8
        line += Markup.valueEnd
        blockWidths[n] = max(blockWidths[n], width + 2)
    }

    /// Text written into its cell (an inline string).
    private func appendText(_ field: String, column n: Int) {
        if field != lastTexts[n] || lastCells[n].markup.isEmpty {
            let bytes = Array(SheetText.fittingACell(field).utf8)[...]
            var markup = Markup.cellStarts[CellStyle.text] + Markup.inlineType
            WorkbookXML.appendTextElement(bytes, to: &markup)
            markup += Markup.inlineEnd
            lastTexts[n] = field
            lastCells[n] = (markup, min(SheetText.displayWidth(bytes), Self.widest) + 2)
        }
        line += lastCells[n].markup
        blockWidths[n] = max(blockWidths[n], lastCells[n].width)
    }

    private func flushLine() throws {
        try rows.write(line)
        line.removeAll(keepingCapacity: true)
    }

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
