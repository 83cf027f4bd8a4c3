/// One worksheet, written row by row into a deflate stream: a bold header row, frozen, with an
/// autofilter, and typed cells (`WorkbookColumn.Kind`). Memory holds one row and the column widths.
///
/// The sheet's head (view, column widths) comes before its rows in the XML but depends on all of
/// them, so it is compressed last, as a separate piece put in front of the rows (`DeflatedPiece`).
/// A table with more rows than a sheet holds is not truncated: its sheet becomes a note saying
/// how many rows it has and which file holds them.
final class SheetWriter {
    /// Excel's rows per sheet, the header included.
    static let excelRowLimit = 1_048_576

    let columns: [WorkbookColumn]
    private let strings: SharedStrings
    private let rows: DeflateStream
    private let dataRowLimit: Int
    private let columnLetters: [[UInt8]]
    private var widths: [Int]
    private var line: [UInt8] = []
    /// Data rows appended, including those past the limit.
    private(set) var rowCount = 0
    var overflows: Bool { rowCount > dataRowLimit }

    /// `spool`: where the compressed rows go (nil: memory). `rowLimit`: rows per sheet.
    init(columns: [WorkbookColumn], strings: SharedStrings, spool: TemporaryFile?, rowLimit: Int = excelRowLimit) throws {
        self.columns = columns
        self.strings = strings
        rows = try DeflateStream(spool: spool)
        dataRowLimit = rowLimit - 1
        columnLetters = columns.indices.map { Array(SheetWriter.columnName($0).utf8) }
        widths = columns.map { SheetText.displayWidth($0.name) + 2 }
        line.reserveCapacity(4096)
        line += Array("<row r=\"1\">".utf8)
        for (n, column) in columns.enumerated() { appendText(column.name, column: n, row: 1, style: CellStyle.header) }
        line += Array("</row>".utf8)
        try flushLine()
    }

    /// Appends one row; `fields[n]` is the text of column n as the CSV file has it ("" or nil: no
    /// cell).
    func append(_ fields: [String?]) throws {
        rowCount += 1
        guard !overflows else { return }
        let row = rowCount + 1
        line += Array("<row r=\"\(row)\">".utf8)
        for (n, field) in fields.enumerated() where n < columns.count {
            guard let field, !field.isEmpty else { continue }
            appendCell(field, column: n, row: row)
        }
        line += Array("</row>".utf8)
        if line.count >= 1 << 15 { try flushLine() }
    }

    /// The sheet's XML as pieces (head, rows), and the range of its autofilter. Discards the rows
    /// when the table overflowed (the caller writes a note sheet instead).
    func finish(selected: Bool) throws -> (pieces: [DeflatedPiece], filterRange: String) {
        let lastRow = min(rowCount, dataRowLimit) + 1
        let range = "A1:\(SheetWriter.columnName(columns.count - 1))\(lastRow)"
        try flushLine()
        try rows.write("</sheetData><autoFilter ref=\"\(range)\"/></worksheet>")
        let body = try rows.finish(last: true)
        if overflows {
            body.discard()
            return ([], "$A$1:$A$1")
        }
        let head = try DeflatedPiece.of(Array(head(range: range, selected: selected).utf8), last: false)
        return ([head, body], "$A$1:$\(SheetWriter.columnName(columns.count - 1))$\(lastRow)")
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

    /// Widest column, in characters: long labels wrap past it rather than push the rest off screen.
    private static let widest = 60

    private func appendCell(_ field: String, column n: Int, row: Int) {
        switch columns[n].kind {
        case .integer where Self.isInteger(field):
            appendNumber(field, column: n, row: row, style: CellStyle.integer, width: field.utf8.count)
        case .decimal:
            if let decimals = Self.decimals(of: field) {
                let integerDigits = field.utf8.count - (decimals > 0 ? decimals + 1 : 0) - (field.hasPrefix("-") ? 1 : 0)
                let width = field.utf8.count + (integerDigits - 1) / 3
                appendNumber(field, column: n, row: row, style: CellStyle.decimal(decimals), width: width)
            } else {
                appendText(field, column: n, row: row, style: CellStyle.text)
            }
        default:
            appendText(field, column: n, row: row, style: CellStyle.text)
        }
    }

    /// The number as its decimal text: the exact value, which the reader converts itself.
    private func appendNumber(_ text: String, column n: Int, row: Int, style: Int, width: Int) {
        openCell(column: n, row: row, style: style, type: nil)
        line += Array("<v>".utf8)
        line += Array(text.utf8)
        line += Array("</v></c>".utf8)
        widths[n] = max(widths[n], width + 2)
    }

    private func appendText(_ field: String, column n: Int, row: Int, style: Int) {
        let text = SheetText.fittingACell(field)
        if let index = strings.index(of: text) {
            openCell(column: n, row: row, style: style, type: "s")
            line += Array("<v>\(index)</v></c>".utf8)
        } else {
            openCell(column: n, row: row, style: style, type: "inlineStr")
            line += Array("<is>".utf8)
            WorkbookXML.appendTextElement(text, to: &line)
            line += Array("</is></c>".utf8)
        }
        widths[n] = max(widths[n], min(SheetText.displayWidth(text), Self.widest) + 2)
    }

    private func openCell(column n: Int, row: Int, style: Int, type: String?) {
        line += Array("<c r=\"".utf8)
        line += columnLetters[n]
        line += Array("\(row)\" s=\"\(style)\"".utf8)
        if let type { line += Array(" t=\"\(type)\"".utf8) }
        line.append(UInt8(ascii: ">"))
    }

    private func flushLine() throws {
        try rows.write(line)
        line.removeAll(keepingCapacity: true)
    }

    /// Excel reads 15 significant digits of an integer exactly; longer digit strings stay text.
    private static func isInteger(_ text: String) -> Bool {
        let digits = text.hasPrefix("-") ? text.utf8.dropFirst() : text.utf8[...]
        return !digits.isEmpty && digits.count <= 15 && digits.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Decimals of plain decimal text (`-12.30` → 2), nil when the text is not one (an exponent,
    /// separators, words): such text is kept as text rather than guessed at.
    static func decimals(of text: String) -> Int? {
        var bytes = text.utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard parts.count <= 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0 >= 48 && $0 <= 57 } }) else { return nil }
        return parts.count == 2 ? parts[1].count : 0
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
