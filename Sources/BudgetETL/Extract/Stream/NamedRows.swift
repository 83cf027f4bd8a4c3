/// Cells in reading order with every blank cell kept (a lone "|" closing an empty cell, a
/// paragraph of spaces between paragraphs of one cell each), but nothing that says where rows end.
/// A row then starts at its name: a cell of text is a row's first cell, and the cells up to the
/// next name are its values or blanks. Where every row with a number is as long as every other
/// (W cells) and the W cells before the first one are a header (a name-column word or a blank
/// corner first, a header word among them, no number), the rows are that grid: each is written
/// back as one tab-separated line on its first cell's line, blanks in their columns.
///
/// Nothing is guessed: one row of another length (a name wrapped over two cells, a row without a
/// name) ends the rows read; the last row may only run on with blank cells (empty rows printed
/// after it), which are dropped; a header printed twice (a table of two sides) is not read so.
/// Only rows that need it are folded: some row with a number has a blank cell.
enum NamedRows {
    struct Cell { var line: Int; var text: String }

    /// `lines` with each run of one-cell lines folded from every header `fold` accepts: tried at
    /// each cell in turn, and after a fold at the cell it says comes next. A fold gives the lines
    /// to write back (line → text).
    static func foldingRuns(_ runs: [[Cell]], of lines: [String],
                            _ fold: ([Cell], Int) -> (lines: [Int: String], next: Int)?) -> [String] {
        var lines = lines
        for run in runs {
            var h = 0
            while h < run.count {
                guard let written = fold(run, h) else { h += 1; continue }
                for (line, text) in written.lines { lines[line] = text }
                h = written.next
            }
        }
        return lines
    }

    /// The tab-separated rows (line → text) the cells fold into, the cells' other lines emptied;
    /// nil unless some rows were read with certainty.
    static func folded(_ cells: [Cell]) -> [Int: String]? {
        let rows = segments(cells)
        var out: [Int: String] = [:]
        var k = 0
        while k < rows.count {
            guard let width = valueRowWidth(rows[k]), let headed = header(before: rows[k], in: cells, width: width) else { k += 1; continue }
            var block = [headed.header] + headed.headings
            while k < rows.count, let row = fitted(rows[k], width: width, last: k + 1 == rows.count || rows[k + 1].count != width) {
                block.append(row)
                k += 1
            }
            if block.count == 1 + headed.headings.count { k += 1 }
            // Rows that print every cell are read as well without folding (and keep each value's line),
            // unless headings stand between the header and them: read without their printed blanks,
            // they would join the header.
            let valueRows = block.dropFirst().filter { valueRowWidth($0) != nil }
            guard valueRows.count >= 2, !headed.headings.isEmpty || valueRows.contains(where: { $0.contains { $0.text.isEmpty } }),
                  linesStayInOneRow(block) else { continue }
            for cell in block.joined() { out[cell.line] = "" }
            for row in block { out[row[row.startIndex].line] = row.map(\.text).joined(separator: "\t") }
        }
        return out.isEmpty ? nil : out
    }

    /// A line that holds cells of two rows ("||||" closing the blanks of one row and the next)
    /// cannot be written as either.
    private static func linesStayInOneRow(_ block: [ArraySlice<Cell>]) -> Bool {
        var rowOfLine: [Int: Int] = [:]
        for (n, row) in block.enumerated() {
            for cell in row {
                if rowOfLine[cell.line, default: n] != n { return false }
                rowOfLine[cell.line] = n
            }
        }
        return true
    }

    /// A name starts a row: a cell of text that is no number and no line letter (A=B+C, B).
    static func isName(_ text: String) -> Bool {
        !text.isEmpty && TokenKind.of(text) == .text && !ColumnGrid.isLineReference(text)
    }

    /// The cells cut before every name.
    static func segments(_ cells: [Cell]) -> [ArraySlice<Cell>] {
        let starts = cells.indices.filter { isName(cells[$0].text) }
        return starts.indices.map { n in cells[starts[n]..<(n + 1 < starts.count ? starts[n + 1] : cells.endIndex)] }
    }

    /// A row's width when it holds a number after its name.
    private static func valueRowWidth(_ row: ArraySlice<Cell>) -> Int? {
        let width = trimmed(row).count
        return width >= 2 && row.dropFirst().contains { TokenKind.of($0.text).isNumeric } ? width : nil
    }

    /// A row of the block: `width` cells with a number (or none: a row printed without values), or,
    /// for the block's last row, `width` cells followed by blank ones only.
    private static func fitted(_ row: ArraySlice<Cell>, width: Int, last: Bool) -> ArraySlice<Cell>? {
        if row.count == width { return row }
        let kept = trimmed(row)
        guard last, kept.count <= width, row.count > width else { return nil }
        return row.prefix(width)
    }

    private static func trimmed(_ row: ArraySlice<Cell>) -> ArraySlice<Cell> {
        var row = row
        while row.count > 1, row.last!.text.isEmpty { row.removeLast() }
        return row
    }

    /// The `width` cells before a row, when they are a header: a name-column word or a blank corner
    /// first, a header word among the others, no number, and no header word before it. Headings may
    /// stand between it and the row (`人口与就业`, blank; `人口(万人)`, blank): each `width` cells, a
    /// name and blanks only, the printed blanks saying where each ends.
    private static func header(before row: ArraySlice<Cell>, in cells: [Cell], width: Int)
        -> (header: ArraySlice<Cell>, headings: [ArraySlice<Cell>])? {
        var start = row.startIndex
        var headings: [ArraySlice<Cell>] = []
        while start >= 2 * width, isHeading(cells[(start - width)..<start]) {
            headings.insert(cells[(start - width)..<start], at: 0)
            start -= width
        }
        guard start >= width else { return nil }
        let header = cells[(start - width)..<start]
        let words = header.map { TextRepair.compact($0.text) }
        // A header word just before (the same header, or another side's): a table of two sides,
        // whose rows take turns. A title holding one (…指标表) is no header cell.
        if header.startIndex > 0 {
            let before = TextRepair.compact(cells[header.startIndex - 1].text)
            if HeaderWords.isHeaderWord(before), TitleMatcher.shapedTitle(before) == nil { return nil }
        }
        guard words[0].isEmpty || HeaderWords.isStructural(words[0]) || isIndicatorColumn(words[0]),
              words.dropFirst().contains(where: HeaderWords.isHeaderWord),
              !words.contains(where: { TokenKind.of($0).isNumeric }) else { return nil }
        return (header, headings)
    }

    /// A name, then blank cells only: a heading over the rows under it.
    private static func isHeading(_ row: ArraySlice<Cell>) -> Bool {
        isName(row.first!.text) && row.dropFirst().allSatisfy(\.text.isEmpty)
    }

    /// A statistical table heads its rows' names 指标 (indicator), its values 总量指标, 增长速度…:
    /// first in a header, the word is the name column's.
    private static func isIndicatorColumn(_ word: String) -> Bool { word == "指标" }
}

/// Pages printed one cell per paragraph (an empty line after every cell) that print an empty cell
/// as a paragraph of spaces: the paragraphs are the cells in reading order, blanks included, and
/// are read as `NamedRows`. An empty line never is a cell; only a line of spaces between two
/// empty lines is.
enum ParagraphCells {
    static func folded(_ lines: [String]) -> [String] {
        var lines = lines
        var n = 0
        while n < lines.count {
            var end = n
            while end < lines.count, isCellParagraph(lines, at: end) { end += 2 }
            let cells = stride(from: n, to: end, by: 2).map { NamedRows.Cell(line: $0, text: UTF8Text.trimmingWhitespace(lines[$0])) }
            if cells.filter(\.text.isEmpty).count >= 2, cells.count >= Thresholds.cellPerLineMinimumLines,
               let rows = NamedRows.folded(cells) {
                for (line, text) in rows { lines[line] = text }
            }
            n = max(end, n + 1)
        }
        return lines
    }

    /// A line of one cell (no tab, no "|") followed by an empty line, or the text's last line.
    private static func isCellParagraph(_ lines: [String], at i: Int) -> Bool {
        (i + 1 == lines.count || lines[i + 1].isEmpty) && !lines[i].isEmpty
            && !UTF8Text.containsByte(lines[i], 9) && !UTF8Text.containsByte(lines[i], UInt8(ascii: "|"))
    }
}
