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
        var code: Token?
        var labels: [Token] = []
        var values: [Token] = []
        var line: Int { (code ?? labels.first ?? values.first)?.line ?? 0 }
    }

    func read() -> TableReading {
        let header = SequentialHeader(header: table.header, columnNumbers: table.columnNumbers)
        let tokens = table.body.flatMap { $0.tokens.filter { !$0.isBlank } }
        var rows = Array(repeating: [ExtractedRow](), count: header.sections.count)
        var rejects: [ReaderReject] = []
        for (k, chunk) in RowStreamReader.chunks(tokens).enumerated() {
            let n = k % header.sections.count
            let width = header.sections[n].paths.count
            var cells: [RawCell] = []
            if let placed = RowStreamReader.place(chunk.values, columns: width) {
                cells = placed
            } else {
                rejects += chunk.values.map {
                    ReaderReject(line: $0.line, text: $0.text, reason: .ambiguousPlacement(values: chunk.values.count, columns: width))
                }
            }
            var label = chunk.labels.map(\.text).joined(separator: " ")
            var codes = chunk.code.map { [$0.text] } ?? []
            if codes.isEmpty, let split = CodeSplitter.leadingCode(label) { codes = [split.code]; label = split.rest }
            rows[n].append(ExtractedRow(line: chunk.line, codeParts: codes, label: label, cells: cells))
        }
        let sections = header.sections.enumerated().map { n, s in
            ExtractedSection(name: SectionNaming.name(s.name, index: n, count: header.sections.count), columns: s.paths, rows: rows[n])
        }
        return TableReading(sections: sections, rejects: rejects)
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
        for (i, token) in tokens.enumerated() {
            let next = i + 1 < tokens.count ? tokens[i + 1] : nil
            let isValue = token.kind != .text || CellText.mayBeNumber(token)
            let isCode = token.kind == .integer && [3, 5, 7].contains(token.text.count) && next?.kind == .text
            let current = chunks.last
            if isCode {
                chunks.append(Chunk(code: token))
            } else if !isValue {
                if current == nil || !current!.values.isEmpty { chunks.append(Chunk()) }
                chunks[chunks.count - 1].labels.append(token)
            } else {
                if current == nil { chunks.append(Chunk()) }
                chunks[chunks.count - 1].values.append(token)
            }
        }
        return chunks
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
        let cells = titleLine.split(separator: " ", omittingEmptySubsequences: true)
        guard let title = cells.firstIndex(where: { $0.hasSuffix("表") }), title + 1 < cells.count else { return nil }
        let rest = cells[(title + 1)...].joined(separator: " ")
        return isOneLine(rest) ? rest : nil
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
