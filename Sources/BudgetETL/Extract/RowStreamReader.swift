/// Reads a table whose line breaks say nothing about its rows: one cell per line (content-stream
/// order, pdftotext -raw, pasted web pages) or the whole table on one line (web pages rendered
/// with single spaces). Blank cells are dropped in both. Rows are rebuilt from the stream: a code
/// or a name starts a row, the numbers after it are its values, and the sections of a
/// side-by-side table take rows in turn. A row's values are placed by the header's column count
/// only where that is certain (`place`); otherwise they are rejected with the reason.
struct RowStreamReader: TableReader {
    let table: TableLines

    /// One row of the stream: [code] name… values…
    struct Chunk {
        /// The code, whole or split over 类/款/项 cells ("201", "03", "01").
        var codes: [Token] = []
        var labels: [Token] = []
        var values: [Token] = []
        var line: Int { (codes.first ?? labels.first ?? values.first)?.line ?? 0 }
    }

    func read() -> TableReading {
        let header = SequentialHeader(header: table.header, columnNumbers: table.columnNumbers)
        let tokens = table.body.flatMap { $0.tokens.filter { !$0.isBlank } }
        var rows = Array(repeating: [ExtractedRow](), count: header.sections.count)
        var rejects: [ReaderReject] = []
        let chunks = RowStreamReader.chunks(tokens)
        let widths = header.sections.map(\.paths.count)
        // Side by side, rows take turns only while every row fills its section: one row short
        // and which section the next rows belong to is a guess.
        let inTurn = widths.count == 1 || chunks.enumerated().allSatisfy { k, chunk in
            chunk.values.isEmpty || chunk.values.count == widths[k % widths.count]
        }
        for (k, chunk) in chunks.enumerated() {
            let n = k % header.sections.count
            let width = widths[n]
            var cells: [RawCell] = []
            if inTurn, let placed = RowStreamReader.place(chunk.values, columns: width) {
                cells = placed
            } else {
                let reason: RejectReason = inTurn ? .ambiguousPlacement(values: chunk.values.count, columns: width) : .sectionUnknown
                rejects += chunk.values.map { ReaderReject(line: $0.line, text: $0.text, reason: reason) }
            }
            rows[n].append(RowStreamReader.row(chunk, cells: cells))
        }
        let sections = header.sections.enumerated().map { n, s in
            ExtractedSection(name: SectionNaming.name(s.name, index: n, count: header.sections.count), columns: s.paths, rows: rows[n])
        }
        return TableReading(sections: sections, rejects: rejects)
    }

    static func row(_ chunk: Chunk, cells: [RawCell]) -> ExtractedRow {
        var label = chunk.labels.map(\.text).joined(separator: " ")
        // 款 and 项 codes have two digits; a spreadsheet that stored them as numbers prints 02 as 2.
        var codes = chunk.codes.enumerated().map { k, t in k > 0 && t.text.count == 1 ? "0" + t.text : t.text }
        if codes.isEmpty, let split = CodeSplitter.leadingCode(label) { codes = [split.code]; label = split.rest }
        return ExtractedRow(line: chunk.line, codeParts: codes, label: label, cells: cells)
    }

    /// The values of one row → cells: certain only when there are as many values as columns
    /// (blank cells were dropped, so with fewer the blank ones cannot be told).
    static func place(_ values: [Token], columns: Int) -> [RawCell]? {
        guard values.count == columns else { return values.isEmpty ? [] : nil }
        return values.enumerated().map { RawCell(column: $0, text: $1.text, line: $1.line) }
    }

    /// The stream cut into rows: a code followed by a name, or a name after values, starts a row;
    /// names in a row go on (a wrapped name); numbers and placeholders are values.
    static func chunks(_ tokens: [Token]) -> [Chunk] {
        var chunks: [Chunk] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let isValue = token.kind != .text || CellText.mayBeNumber(token)
            let current = chunks.last
            if let parts = codeParts(at: i, tokens) {
                chunks.append(Chunk(codes: Array(tokens[i..<i + parts])))
                i += parts
                continue
            } else if !isValue {
                // A numbered name or a total after a name without values: that row's cells were
                // all blank, and this one starts the next row.
                let startsRow = current.map { !$0.labels.isEmpty && AlignedRows.startsRow(token.text) } ?? false
                if current == nil || !current!.values.isEmpty || startsRow { chunks.append(Chunk()) }
                chunks[chunks.count - 1].labels.append(token)
            } else {
                if current == nil { chunks.append(Chunk()) }
                chunks[chunks.count - 1].values.append(token)
            }
            i += 1
        }
        return chunks
    }

    /// How many cells at `i` make a code followed by its name: a whole code (3, 5 or 7 digits),
    /// or a class code and its 款/项 parts of one or two digits.
    static func codeParts(at i: Int, _ tokens: [Token]) -> Int? {
        let first = tokens[i]
        guard first.kind == .integer, [3, 5, 7].contains(first.text.count) else { return nil }
        var end = i + 1
        if first.text.count == 3 {
            while end < tokens.count, end - i < 3, tokens[end].kind == .integer, tokens[end].text.count <= 2 { end += 1 }
        }
        return end < tokens.count && tokens[end].kind == .text && !CellText.mayBeNumber(tokens[end]) ? end - i : nil
    }
}

/// Layouts that keep no row per line.
enum StreamLayout {
    /// A whole table on one line: many cells separated by single spaces, a name-column header
    /// word, then amounts.
    static func isOneLine(_ line: String) -> Bool {
        let cells = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard cells.count >= Thresholds.oneLineMinimumCells,
              let header = cells.firstIndex(where: { HeaderWords.isStructural(TextRepair.compact(String($0))) }) else { return false }
        return cells[header...].filter { TokenKind.of(String($0)) == .amount }.count >= 2
    }

    /// The part of a title line after the title ("…预算表 单位：万元 科目编码 … 201 …") when it
    /// holds a whole table.
    static func tableAfterTitle(_ titleLine: String) -> String? {
        titleAndTable(titleLine)?.table
    }

    /// A line that holds a whole table after its title: the title (the words up to the first that
    /// ends in 表, which is what a title matcher should be given) and the table.
    static func titleAndTable(_ line: String) -> (title: String, table: String)? {
        let cells = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let title = cells.firstIndex(where: { $0.hasSuffix("表") }), title + 1 < cells.count else { return nil }
        let rest = cells[(title + 1)...].joined(separator: " ")
        return isOneLine(rest) ? (cells[...title].joined(separator: " "), rest) : nil
    }

    /// Most lines of the table hold a single cell, and some of them numbers: content-stream
    /// order. Wrapped conversions show single-cell lines too, but between lines of several cells.
    static func isCellPerLine(_ lines: [String]) -> Bool {
        let cells = lines.map { $0.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).count }
        let numbers = lines.filter { TokenKind.of(Tokenizer.clean(Substring($0))).isNumeric }.count
        let several = cells.filter { $0 > 1 }.count
        return lines.count >= Thresholds.cellPerLineMinimumLines && numbers >= 2
            && several * Thresholds.cellPerLineMultiCellFraction <= lines.count
    }

    /// Where the rows of a cell-per-line table begin: at the first code, or at the name just
    /// before the first number (and the code before that name).
    static func bodyStart(_ lines: [TableLines.Line]) -> Int {
        func token(_ i: Int) -> Token? { i >= 0 && i < lines.count ? lines[i].tokens.first { !$0.isBlank } : nil }
        guard let first = lines.indices.first(where: { token($0).map { $0.kind.isNumeric } ?? false }) else { return lines.count }
        if isCode(token(first)), token(first + 1)?.kind == .text { return first }
        guard token(first - 1)?.kind == .text else { return first }
        return isCode(token(first - 2)) ? first - 2 : first - 1
    }

    private static func isCode(_ token: Token?) -> Bool {
        guard let token else { return false }
        return token.kind == .integer && [3, 5, 7].contains(token.text.count)
    }
}
