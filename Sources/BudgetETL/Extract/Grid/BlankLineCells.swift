/// Pages printed one cell per paragraph whose converter prints an empty cell as one more empty
/// line (`35`, ``, ``, `其中:…`: the amount after 35 is blank). Between two cells, each empty line
/// beyond the gap that parts the header's cells stands for one empty cell, so the paragraphs are
/// the grid in reading order, blanks included. From a header row (a name-column word first, then
/// header words only) the cells fold into rows of the header's width, each written back as one
/// tab-separated line on its first cell's line, blanks in their columns: a form of two sides
/// (项目 行次 金额 项目 行次 金额) keeps each side's cells in their columns.
///
/// Nothing is guessed: every row must put a name or nothing under each name word and a number or
/// nothing under every other word; the first row that does not ends the rows read. A line of side
/// names (收入, 支出) right above the header, one per name column, is written over those columns.
/// Folded only where some row with a number has an empty cell (else the cells read as they are).
enum BlankLineCells {
    /// A cell of its own line, as `NamedRows` reads them.
    typealias Cell = NamedRows.Cell

    static func folded(_ lines: [String]) -> [String] {
        NamedRows.foldingRuns(runs(lines), of: lines) { run, header in fold(run, header: header) }
    }

    /// Runs of one-cell lines (no tab, no "|"), each parted from the next by empty lines only.
    static func runs(_ lines: [String]) -> [[Cell]] {
        var runs: [[Cell]] = []
        var run: [Cell] = []
        var gapOpen = false
        for (n, text) in lines.enumerated() {
            if text.isEmpty { gapOpen = !run.isEmpty; continue }
            let cell = UTF8Text.trimmingWhitespace(text)
            let isCell = !cell.isEmpty && !UTF8Text.containsByte(text, 9) && !UTF8Text.containsByte(text, UInt8(ascii: "|"))
            // A cell right under another (no empty line between) or a line of spaces ends the run.
            if !isCell || !gapOpen {
                if run.count >= Thresholds.cellPerLineMinimumLines { runs.append(run) }
                run = []
            }
            if isCell { run.append(Cell(line: n, text: cell)) }
            gapOpen = false
        }
        if run.count >= Thresholds.cellPerLineMinimumLines { runs.append(run) }
        return runs
    }

    /// The lines to write for the table whose header starts at `run[h]`, and the run index after
    /// its last row; nil when no header starts there or no row needs folding.
    /// Cells whose blanks the text keeps itself (a lone "|" closing an empty cell, `ClosedCells`)
    /// and nothing that says where rows end: folded from a header row as the paragraphs are, each
    /// cell as it stands. The lines the rows are written on; nil where no header's rows fit.
    static func foldedCells(_ cells: [Cell]) -> [Int: String]? {
        var out: [Int: String] = [:]
        var h = 0
        while h < cells.count {
            guard let written = fold(cells, header: h, blanksExplicit: true) else { h += 1; continue }
            out.merge(written.lines) { $1 }
            h = written.next
        }
        return out.isEmpty ? nil : out
    }

    private static func fold(_ run: [Cell], header h: Int, blanksExplicit: Bool = false) -> (lines: [Int: String], next: Int)? {
        // A header word just before: the header starts earlier (the second 项目 of a form of two sides).
        guard HeaderWords.isStructural(TextRepair.compact(run[h].text)), h == 0 || !isHeaderCell(run[h - 1].text) else { return nil }
        var end = h
        while end < run.count, isHeaderCell(run[end].text) { end += 1 }
        let header = Array(run[h..<end])
        let gaps = zip(header, header.dropFirst()).map { $1.line - $0.line }
        guard header.count >= 2, let step = gaps.first, gaps.allSatisfy({ $0 == step }),
              header.contains(where: { !HeaderWords.isStructural(TextRepair.compact($0.text)) }) else { return nil }
        let words = header.map { TextRepair.compact($0.text) }
        let rows = fittedRows(blanksExplicit ? Array(run[end...]) : expanded(run, from: end, step: step), under: words)
        // The 栏次 row's blank (under 行次) needs no folding: rows that print every cell keep each value's line.
        let valueRows = rows.filter { row in
            !HeaderWords.isColumnNumberWord(TextRepair.compact(row[0].text)) && row.contains { TokenKind.of($0.text).isNumeric }
        }
        // Cells that print their blanks read as well in a stream where only a row's end is blank
        // (the other side's empty cells after the last row): folded only for a blank inside a row.
        let blankInside = { (row: [Cell]) in row.indices.contains { row[$0].text.isEmpty && row[($0 + 1)...].contains { !$0.text.isEmpty } } }
        guard valueRows.count >= 2,
              valueRows.contains(where: { blanksExplicit ? blankInside($0) : $0.contains { $0.text.isEmpty } }) else { return nil }
        var out: [Int: String] = [:]
        for cell in header + rows.joined() { out[cell.line] = "" }
        if let sides = sideRow(run, before: h, words: words) { for (line, text) in sides { out[line] = text } }
        out[header[0].line] = words.joined(separator: "\t")
        for row in rows { out[row[0].line] = row.map(\.text).joined(separator: "\t") }
        let lastLine = rows.last!.last!.line
        return (out, run.firstIndex { $0.line > lastLine } ?? run.count)
    }

    /// A header row's cell: a header word, not the 栏次 row's first word, no number.
    private static func isHeaderCell(_ text: String) -> Bool {
        let word = TextRepair.compact(text)
        return HeaderWords.isHeaderWord(word) && !HeaderWords.isColumnNumberWord(word) && !TokenKind.of(word).isNumeric
    }

    /// The run's cells from `start` on with the empty cells the extra empty lines stand for (each
    /// on one of those lines); it stops where two cells stand closer than the header's step.
    static func expanded(_ run: [Cell], from start: Int, step: Int) -> [Cell] {
        guard start < run.count else { return [] }
        var cells = [run[start]]
        for k in (start + 1)..<max(start + 1, run.count) {
            let extra = run[k].line - run[k - 1].line - step
            guard extra >= 0 else { break }
            // An empty cell's line: the first empty line of each step's worth after the cell before.
            cells += (0..<extra).map { Cell(line: run[k - 1].line + 1 + $0, text: "") }
            cells.append(run[k])
        }
        return cells
    }

    /// Rows of the header's width while each fits its columns; the cells' last row may stop short
    /// (the text ends), its cells in their columns. A row that does not fit may be the next row of
    /// one that lost or gained a cell (its tail shifted, the shift seen only where the next name
    /// should stand), so the row before it is not taken either.
    static func fittedRows(_ cells: [Cell], under words: [String]) -> [[Cell]] {
        var rows: [[Cell]] = []
        for start in stride(from: 0, to: cells.count, by: words.count) {
            let row = Array(cells[start..<min(start + words.count, cells.count)])
            guard zip(row, words).allSatisfy({ fits($0.text, under: $1) }), row.contains(where: { !$0.text.isEmpty }) else {
                return Array(rows.dropLast())
            }
            rows.append(row)
        }
        return rows
    }

    /// A name under a name word, a code or name under a code word, a number (or a placeholder)
    /// under a measure; nothing under any.
    private static func fits(_ text: String, under word: String) -> Bool {
        if text.isEmpty { return true }
        let kind = TokenKind.of(text)
        if HeaderWords.isLabel(word) { return kind == .text }
        if HeaderWords.isCode(word) { return true }
        return kind.isValueLike
    }

    /// The side names right above a header of several name columns (收入 over the first 项目,
    /// 支出 over the second), one per name column: the line of tabs that puts each over its column.
    private static func sideRow(_ run: [Cell], before h: Int, words: [String]) -> [Int: String]? {
        let nameColumns = words.indices.filter { HeaderWords.isLabel(words[$0]) }
        guard nameColumns.count >= 2, h >= nameColumns.count else { return nil }
        let sides = run[(h - nameColumns.count)..<h].map { TextRepair.compact($0.text) }
        guard sides.allSatisfy({ UTF8Text.hasSuffix($0, "收入") || UTF8Text.hasSuffix($0, "支出") }) else { return nil }
        var row = [String](repeating: "", count: words.count)
        for (column, side) in zip(nameColumns, sides) { row[column] = side }
        var out: [Int: String] = [:]
        for cell in run[(h - nameColumns.count)..<h] { out[cell.line] = "" }
        out[run[h - nameColumns.count].line] = row.joined(separator: "\t")
        return out
    }
}
