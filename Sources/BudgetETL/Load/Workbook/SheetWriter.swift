/// One worksheet, written row by row into a deflate stream: a bold header row, frozen, with an
/// autofilter, and cells typed as the records' values are (text, integer, exact decimal). Memory
/// holds one row and the column widths.
///
/// The sheet's head (view, column widths) comes before its rows in the XML but depends on all of
/// them, so it is compressed last, as a separate piece put in front of the rows (`DeflatedPiece`).
/// A table with more rows or columns than a sheet holds is not truncated: its sheet becomes a
/// note saying how large it is and which file holds it.
final class SheetWriter {
    /// Excel's rows per sheet, the header included.
    static let excelRowLimit = 1_048_576
    /// Excel's columns per sheet (XFD).
    static let excelColumnLimit = 16_384

    let columns: [WorkbookColumn]
    private let strings: SharedStrings
    private let rows: DeflateStream
    private let dataRowLimit: Int
    private let cellStarts: [[UInt8]]
    private var widths: [Int]
    private var line: [UInt8] = []
    private var rowDigits: [UInt8] = []
    /// Each column's last shared text and its entry: consecutive rows mostly repeat them (the
    /// document's fields, the table's title), and comparing text is cheaper than hashing it.
    private var lastTexts: [String]
    private var lastEntries: [SharedStrings.Entry?]
    /// Data rows appended, including those past the limit.
    private(set) var rowCount = 0
    var overflows: Bool { rowCount > dataRowLimit || columns.count > Self.excelColumnLimit }

    /// `spool`: where the compressed rows go (nil: memory). `rowLimit`: rows per sheet.
    init(columns: [WorkbookColumn], strings: SharedStrings, spool: TemporaryFile?, rowLimit: Int = excelRowLimit) throws {
        self.columns = columns
        self.strings = strings
        rows = try DeflateStream(spool: spool)
        dataRowLimit = rowLimit - 1
        cellStarts = columns.indices.map { Array("<c r=\"\(SheetWriter.columnName($0))".utf8) }
        widths = columns.map { SheetText.displayWidth($0.name) + 2 }
        lastTexts = Array(repeating: "", count: columns.count)
        lastEntries = Array(repeating: nil, count: columns.count)
        line.reserveCapacity(1 << 16)
        startRow(1)
        for (n, column) in columns.enumerated() { appendText(column.name, column: n, style: CellStyle.header) }
        line += Markup.rowEnd
        try flushLine()
    }

    /// Appends one row: a value per column, typed by the output schema.
    func append(_ record: Record) throws {
        rowCount += 1
        guard !overflows else { return }
        startRow(rowCount + 1)
        for (n, value) in record.enumerated() where n < columns.count {
            switch value {
            case .null: continue
            case .string(let text): if !text.isEmpty { appendText(text, column: n, style: CellStyle.text) }
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

    /// The sheet's XML as pieces (head, rows), and the range of its autofilter. Discards the rows
    /// when the table overflowed (the caller writes a note sheet instead).
    func finish(selected: Bool) throws -> (pieces: [DeflatedPiece], filterRange: String) {
        let lastRow = min(rowCount, dataRowLimit) + 1
        let lastColumn = SheetWriter.columnName(columns.count - 1)
        let range = "A1:\(lastColumn)\(lastRow)"
        try flushLine()
        try rows.write("</sheetData><autoFilter ref=\"\(range)\"/></worksheet>")
        let body = try rows.finish(last: true)
        if overflows {
            body.discard()
            return ([], "$A$1:$A$1")
        }
        let head = try DeflatedPiece.of(Array(head(range: range, selected: selected).utf8), last: false)
        return ([head, body], "$A$1:$\(lastColumn)$\(lastRow)")
    }

    private func head(range: String, selected: Bool) -> String {
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
        return xml + "</cols><sheetData>"
    }

    /// Widest column, in characters: a longer text shows cut at the edge (the cell holds all of it)
    /// rather than push the other columns off screen.
    private static let widest = 60

    private func startRow(_ row: Int) {
        rowDigits.removeAll(keepingCapacity: true)
        Markup.appendDecimal(row, to: &rowDigits)
        line += Markup.rowStart
        line += rowDigits
        line += Markup.tagEnd
    }

    /// Excel reads 15 significant digits of a number exactly; a longer integer stays text.
    private func appendInteger(_ number: Int, column n: Int) {
        let text = String(number)
        guard number.magnitude < 1_000_000_000_000_000 else {
            appendText(text, column: n, style: CellStyle.text)
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
        openCell(column: n, style: style, type: Markup.noType)
        line += Markup.valueStart
        line += text.utf8
        line += Markup.valueEnd
        widths[n] = max(widths[n], width + 2)
    }

    private func appendText(_ field: String, column n: Int, style: Int) {
        let text = SheetText.fittingACell(field)
        let width: Int
        if let entry = sharedEntry(text, column: n) {
            openCell(column: n, style: style, type: Markup.sharedType)
            line += Markup.valueStart
            Markup.appendDecimal(entry.index, to: &line)
            line += Markup.valueEnd
            width = entry.width
        } else {
            let bytes = Array(text.utf8)[...]
            openCell(column: n, style: style, type: Markup.inlineType)
            line += Markup.inlineStart
            WorkbookXML.appendTextElement(bytes, to: &line)
            line += Markup.inlineEnd
            width = SheetText.displayWidth(bytes)
        }
        widths[n] = max(widths[n], min(width, Self.widest) + 2)
    }

    private func sharedEntry(_ text: String, column n: Int) -> SharedStrings.Entry? {
        if let last = lastEntries[n], text == lastTexts[n] { return last }
        let entry = strings.entry(for: Array(text.utf8)[...])
        lastTexts[n] = text
        lastEntries[n] = entry
        return entry
    }

    private func openCell(column n: Int, style: Int, type: [UInt8]) {
        line += cellStarts[n]
        line += rowDigits
        line += Markup.styles[style]
        line += type
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
    static let rowStart = Array("<row r=\"".utf8)
    static let rowEnd = Array("</row>".utf8)
    static let tagEnd = Array("\">".utf8)
    static let valueStart = Array("<v>".utf8)
    static let valueEnd = Array("</v></c>".utf8)
    static let inlineStart = Array("<is>".utf8)
    static let inlineEnd = Array("</is></c>".utf8)
    static let noType = Array(">".utf8)
    static let sharedType = Array(" t=\"s\">".utf8)
    static let inlineType = Array(" t=\"inlineStr\">".utf8)
    /// `" s="<n>"` for every cell style.
    static let styles = (0..<CellStyle.count).map { Array("\" s=\"\($0)\"".utf8) }

    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value >= 10 { appendDecimal(value / 10, to: &bytes) }
        bytes.append(UInt8(48 + value % 10))
    }
}
