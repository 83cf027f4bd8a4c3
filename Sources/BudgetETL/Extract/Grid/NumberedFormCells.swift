/// A form pasted one cell per line, every cell closed by " |" (a row may open with "| "), whose
/// header of several rows lost its spans: each header row prints only its own words, a row's end
/// closed by an empty cell, and a 栏次 row numbers the value columns (类款项 | 栏次 | 1 | … | 26).
///
/// The 栏次 row tells the body's width: its cells before the numbers are the row's names (code,
/// name), then one cell per number, then the empty cell that closes every row. Rows of that
/// width follow, blanks kept, so each value keeps its column.
///
/// The header is rebuilt as a tree (`NumberedFormTree`): each row's words part into groups led by
/// a total (合计, 小计), each group under one word of the row above, in order, and the leaves must
/// number the columns. A group holding a 其中 part stands under the word above that ends as its
/// part does (其中:基本建设资金收入 under 其中:财政拨款收入). Where several trees fit, the rows' sums
/// (a total equals its parts) drop those they break; a column whose path differs between the
/// trees left keeps no header word, so its values stand under their column number only.
enum NumberedFormCells {
    struct Cell: Equatable { var line: Int; var text: String; var opensRow: Bool }

    static func folded(_ lines: [String]) -> [String] {
        var lines = lines
        var n = 0
        while n < lines.count {
            // Each line read once: the run's cells as they are found.
            guard let first = oneCell(lines[n]) else { n += 1; continue }
            var cells = [Cell(line: n, text: first.text, opensRow: first.opens)]
            var end = n + 1
            while end < lines.count, let parsed = oneCell(lines[end]) {
                cells.append(Cell(line: end, text: parsed.text, opensRow: parsed.opens)); end += 1
            }
            if let form = form(cells) {
                for k in form.lines { lines[k] = "" }
                // Opened by "|" too: a row's first cell may be blank (a total's code, the header's corner).
                for row in form.rows { lines[row.line] = "| " + row.cells.map { $0 + " |" }.joined(separator: " ") }
            }
            n = end
        }
        return lines
    }

    /// A line holding one closed cell at most: its text, and whether "| " opens it as a row.
    static func oneCell(_ line: String) -> (text: String, opens: Bool)? {
        guard UTF8Text.containsByte(line, UInt8(ascii: "|")) else { return nil }
        if let cells = ClosedCells.cells(of: line) {
            let filled = cells.filter { !$0.isEmpty }
            return cells.count == 1 || filled.isEmpty ? (filled.first ?? "", false) : nil
        }
        let trimmed = UTF8Text.trimmingWhitespace(line)
        guard trimmed.count >= 3, trimmed.hasPrefix("|"), trimmed.hasSuffix("|") else { return nil }
        let inner = trimmed.dropFirst().dropLast()
        guard !inner.contains("|") else { return nil }
        return (UTF8Text.trimmingWhitespace(String(inner)), true)
    }

    struct Row { var line: Int; var cells: [String] }

    /// The form's rows (header rows rebuilt, the 栏次 row, the body) and the lines they replace.
    static func form(_ cells: [Cell]) -> (rows: [Row], lines: [Int])? {
        guard let numbers = numberRow(cells) else { return nil }
        let (start, corner, count) = numbers
        let width = corner + count + 1
        var body: [[Cell]] = []
        var k = start + width
        while k + width <= cells.count, isBodyRow(Array(cells[k..<(k + width)]), corner: corner) {
            body.append(Array(cells[k..<(k + width)])); k += width
        }
        guard body.count >= 2, cells[start..<k].enumerated().allSatisfy({ !$1.opensRow || $0 % width == 0 }),
              let header = headerRows(cells[..<start]) else { return nil }
        let values = body.map { row in row[corner..<(corner + count)].map { ExactDecimal.parse(grouped: $0.text) } }
        let levels = header.rows.map(\.words)
        guard let paths = NumberedFormTree.paths(levels, columns: count, rows: values) else { return nil }
        var rows = NumberedFormTree.headerRows(paths, levels: levels, corners: header.rows.map(\.corner), corner: corner)
            .enumerated().map { Row(line: header.rows[$0].line, cells: $1) }
        // The 栏次 row keeps only its word and numbers (类款项 before it names the code column the
        // header's corner names already): a row of the word and numbers closes the header.
        rows.append(Row(line: cells[start].line, cells: Array(repeating: "", count: corner - 1)
            + cells[(start + corner - 1)..<(start + width - 1)].map(\.text)))
        rows += body.map { Row(line: $0[0].line, cells: $0.dropLast().map(\.text)) }
        return (rows, Array(Set(cells[header.start..<k].map(\.line))))
    }

    /// The 栏次 row: where it starts (after the empty cell closing the row above), how many name
    /// cells lead it (栏次 the last), and how many columns it numbers; the empty cell after the
    /// last number closes it.
    static func numberRow(_ cells: [Cell]) -> (start: Int, corner: Int, count: Int)? {
        for i in cells.indices where HeaderWords.isColumnNumberWord(cells[i].text) {
            var count = 0
            while i + 1 + count < cells.count, cells[i + 1 + count].text == String(count + 1) { count += 1 }
            let start = (cells[..<i].lastIndex { $0.text.isEmpty } ?? -1) + 1
            guard count >= Thresholds.numberedFormMinimumColumns, i + 1 + count < cells.count,
                  cells[i + 1 + count].text.isEmpty, start > 0 else { continue }
            return (start, i + 1 - start, count)
        }
        return nil
    }

    /// A body row: names (a code, a name, or blank) where the 栏次 row has names, numbers or
    /// blanks under the numbers, and the empty cell closing it.
    static func isBodyRow(_ row: [Cell], corner: Int) -> Bool {
        func isNumber(_ text: String) -> Bool { TokenKind.of(Tokenizer.clean(Substring(text))).isNumeric }
        let names = row[..<corner].map(\.text)
        return row.last!.text.isEmpty && names.contains { !$0.isEmpty }
            && names.allSatisfy { $0.isEmpty || !isNumber($0) || $0.allSatisfy(\.isNumber) }
            && row[corner..<(row.count - 1)].allSatisfy { $0.text.isEmpty || isNumber($0.text) }
    }

    struct HeaderRow { var line: Int; var corner: [String]; var words: [String] }

    /// The header rows before the 栏次 row, each a run of filled cells closed by an empty one: from
    /// the run led by a name column's word (项目) on. Each row's leading name-column words (项目;
    /// 科目编码, 科目名称) are its corner.
    static func headerRows(_ cells: ArraySlice<Cell>) -> (rows: [HeaderRow], start: Int)? {
        var runs: [ArraySlice<Cell>] = []
        var k = cells.startIndex
        while k < cells.endIndex {
            guard !cells[k].text.isEmpty else { k += 1; continue }
            let end = cells[k...].firstIndex { $0.text.isEmpty } ?? cells.endIndex
            runs.append(cells[k..<end]); k = end
        }
        guard let first = runs.lastIndex(where: { HeaderWords.isLabel($0.first!.text) }), runs.count - first >= 2 else { return nil }
        let rows = runs[first...].map { run -> HeaderRow in
            let corner = run.prefix { HeaderWords.isStructural($0.text) }.map(\.text)
            return HeaderRow(line: run.first!.line, corner: corner, words: run.dropFirst(corner.count).map(\.text))
        }
        return (rows, runs[first].startIndex)
    }
}
