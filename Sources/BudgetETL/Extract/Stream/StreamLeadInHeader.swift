/// A two-row header printed flat, one cell per line (the top row's words, then the bottom row's),
/// whose one lead-in (`其中:`) heads the bottom row's words: the parts of the whole printed before
/// it (`医疗收入(千元) 其中: 基本药物收入(千元)` over `门诊收入 住院收入`). Wherever the top row
/// ends, the words make as many columns, and the parts of a 其中 need not add up to anything: the
/// counts and the sums do not tell the break. The units do where the header states them in its
/// words: every top-row column names its own unit, and the parts under the lead-in share their
/// whole's and name none. Taken only when the words read so: every top word but the lead-in names
/// a unit, no bottom word does.
enum StreamLeadInHeader {
    /// The value columns' paths, or nil when the header is not so printed.
    static func paths(_ words: [String], columns: Int) -> [HeaderPath]? {
        // Most headers name no unit in a word: they leave at the bracket's bytes.
        guard words.count == columns + 1, words.contains(where: { UTF8Text.containsAny($0, ")", "）") }),
              let leadIn = words.firstIndex(where: HeaderWords.isLeadIn), leadIn >= 1,
              words[(leadIn + 1)...].allSatisfy({ !HeaderWords.isLeadIn($0) }) else { return nil }
        let topEnd = max(words.lastIndex(where: namesUnit) ?? leadIn, leadIn)
        let parts = words[(topEnd + 1)...]
        guard parts.count >= 2, words[..<topEnd].indices.allSatisfy({ $0 == leadIn || namesUnit(words[$0]) }),
              topEnd == leadIn || namesUnit(words[topEnd]), !parts.contains(where: namesUnit) else { return nil }
        return words[...topEnd].indices.flatMap { i in
            i == leadIn ? parts.map { HeaderPath([words[i], $0]) } : [HeaderPath([words[i]])]
        }
    }

    /// `医疗收入(千元)`: a word ending in its bracketed money unit.
    static func namesUnit(_ word: String) -> Bool {
        unitEndings.contains { UTF8Text.hasSuffix(word, $0) } && word.count > 4
    }
    private static let unitEndings = ["(元)", "(千元)", "(万元)", "(亿元)", "（元）", "（千元）", "（万元）", "（亿元）"]
}

/// One cell per line in blocks (MuPDF's text, PyMuPDF `get_text()`): a blank line parts the blocks,
/// and a two-row header prints its top row's cells as one block, its bottom row's as the next
/// (`项目 / 总收入 / 其中:`, blank, `医疗收入 / 财政补助收入 / …`). A lead-in (or a caption stating
/// its columns' state, `比上年增、减情况`) ending the top block heads the parts printed after it:
/// with one word more than the rows hold values, every word but the lead-in is a column (the
/// lead-in never is one), so no top word but the lead-in heads a
/// part, and every word of the bottom block stands under it. Read so only when the header is
/// those two blocks, the top one ends in the header's one lead-in and the bottom one holds no
/// identifying word; otherwise nil (a lead-in joined to the word after it names a column by guess,
/// `RowStreamReader` then rejects its values and those of the columns after it).
extension StreamLeadInHeader {
    static func pathsAtBlockBreak(_ header: [TableLines.Line], columns: Int) -> [HeaderPath]? {
        let blocks = wordBlocks(header)
        guard blocks.count == 2, let leadIn = blocks[0].last, HeaderWords.isLeadIn(leadIn) || namesColumnsState(leadIn) else { return nil }
        let top = blocks[0].dropLast().filter { !HeaderWords.isStructural($0) && !HeaderWords.isLineNumber($0) }
        let parts = blocks[1]
        guard parts.count >= 2, !top.contains(where: HeaderWords.isLeadIn), top.count + parts.count == columns,
              !parts.contains(where: { HeaderWords.isLeadIn($0) || HeaderWords.isStructural($0) || HeaderWords.isLineNumber($0) })
        else { return nil }
        return top.map { HeaderPath([$0]) } + parts.map { HeaderPath([leadIn, $0]) }
    }

    /// A caption stating what its columns tell (`比上年增、减情况` over `增、减金额 增、减幅度`): like
    /// a lead-in, never a column of its own, so it heads the parts after it.
    static func namesColumnsState(_ word: String) -> Bool {
        UTF8Text.hasSuffix(word, "情况")
    }

    /// The header printed in blocks (two at least) whose last block goes on into the body and ends
    /// there: the body's first line follows the header's last with no blank line between, and a
    /// blank line follows it (`headerCutInBlock`). A row that goes on after its name without a
    /// blank line is the body's own start (pdftotext's paragraphs).
    static func runsIntoBody(_ header: [TableLines.Line], body: [TableLines.Line]) -> Bool {
        let filled = { (line: TableLines.Line) in line.tokens.contains { !$0.isBlank } }
        let rows = body.filter(filled)
        guard wordBlocks(header).count >= 2, let last = header.last(where: filled), rows.count >= 2 else { return false }
        return rows[0].number == last.number + 1 && rows[1].number > rows[0].number + 1
    }

    /// The header's words, one list per run of lines without a blank line between them.
    static func wordBlocks(_ header: [TableLines.Line]) -> [[String]] {
        var blocks: [[String]] = []
        var previous: Int?
        for line in header {
            let words = line.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) }.filter { !$0.isEmpty }
            guard !words.isEmpty else { continue }
            if previous.map({ line.number > $0 + 1 }) ?? true { blocks.append([]) }
            blocks[blocks.count - 1] += words
            previous = line.number
        }
        return blocks
    }
}

/// One cell per line in blocks, where a row prints its name and values as one block (the cells
/// of a printed line): a lone word in a block of its own right under the header, the next block
/// values alone, was printed on no row's line. It is the header's bottom row (`本年拨款` over
/// `一般公共预算`, the first row's name blank), not the first row's name: read into the header.
extension StreamLeadInHeader {
    static func withLoneWordInHeader(_ table: TableLines) -> TableLines {
        let rows = table.body.filter { $0.tokens.contains { !$0.isBlank } }
        guard rows.count >= 3, let last = table.header.last, !wordBlocks(table.header).isEmpty,
              case let words = rows[0].tokens.filter({ !$0.isBlank }), words.count == 1, words[0].kind == .text,
              !CellText.mayBeNumber(words[0]), !AlignedRows.startsRow(words[0].text),
              rows[0].number > last.number + 1, rows[1].number > rows[0].number + 1, holdsValuesAlone(rows[1]),
              rowsShareBlocks(rows.dropFirst()),
              let at = table.body.firstIndex(where: { $0.number == rows[0].number }) else { return table }
        var moved = table
        moved.header += table.body[...at]
        moved.body.removeFirst(at + 1)
        return moved
    }

    private static func holdsValuesAlone(_ line: TableLines.Line) -> Bool {
        line.tokens.allSatisfy { $0.isBlank || CellText.mayBeNumber($0) && !$0.isRowCode }
    }

    /// Some row prints a name and, on the next line (no blank line between), its values: rows
    /// are blocks of their own.
    private static func rowsShareBlocks(_ rows: ArraySlice<TableLines.Line>) -> Bool {
        zip(rows, rows.dropFirst()).contains { name, values in
            values.number == name.number + 1 && name.tokens.contains { !$0.isBlank && $0.kind == .text && !CellText.mayBeNumber($0) }
                && holdsValuesAlone(values)
        }
    }
}
