/// A row a page break split, as a ruled-table converter prints a word processor's table: the
/// row's part on the first page is a row of its own (its names cut short, `一、一般公`, its
/// numbers whole), and its part on the next page, after the header printed again, another one of
/// name pieces only (`共预算财政` / `拨款 ⇥ ⇥ ⇥ 务支出 ⇥ …`: a wrapped first cell's lines as they
/// come, the row's other cells on its last line). A page's first row of words only ends the names
/// of the row before the break, its pieces joined to them cell by cell and its lines dropped,
/// where each piece stands in a cell whose name there is cut short (ending in no usual last
/// character, `HeaderWords.endsComplete`) or is a bracketed qualifier, which starts no name
/// (`(行政)`). A page that starts with a heading row (a word under a complete name, or in a cell
/// the row before leaves blank) is left as printed, and so is every page of a table that prints
/// such rows of words elsewhere too (its names' first lines, wrapped onto tabbed lines).
enum PageSplitRows {
    typealias Line = TableLines.Line

    static func joined(_ table: TableLines) -> TableLines {
        var table = table
        // A table that wraps its names onto lines of words alone (tabbed, full width) prints its
        // rows' first pieces so at a page's start as well: there such a line ends no row.
        let pageStarts = Set(table.repeatedHeaders.compactMap { run in
            run.last.flatMap { last in table.body.first { $0.number > last.number && !isLoneWord($0) }?.number }
        })
        guard !table.body.contains(where: { !pageStarts.contains($0.number) && isWordsRow($0) }) else { return table }
        for run in table.repeatedHeaders {
            guard let first = run.first?.number, let last = run.last?.number,
                  let start = table.body.firstIndex(where: { $0.number > last }), start > 0,
                  table.body[start - 1].number < first else { continue }
            // The first cell's lines before the row's last line (one word each), then that line.
            var end = start
            while end < table.body.count, isLoneWord(table.body[end]) { end += 1 }
            guard end < table.body.count,
                  let joined = joinedRow(table.body[start - 1], pieces: Array(table.body[start..<end]), last: table.body[end])
            else { continue }
            table.body[start - 1] = joined
            table.body.removeSubrange(start...end)
        }
        return table
    }

    /// The row before the break with the page's pieces joined to its names; nil where the pieces
    /// do not all end names cut short.
    static func joinedRow(_ above: Line, pieces: [Line], last: Line) -> Line? {
        let filled = last.tokens.indices.filter { !last.tokens[$0].isBlank }
        guard isWordsRow(last),
              above.tokens.contains(where: { !$0.isBlank && !isWord($0) }),
              pieces.isEmpty || filled.first == 0 else { return nil }
        var row = above
        for k in filled {
            let piece = k == 0 ? pieces.map { $0.tokens[0].text } + [last.tokens[k].text] : [last.tokens[k].text]
            guard k < above.tokens.count, isWord(above.tokens[k]),
                  isCutShort(above.tokens[k].text) || isQualifier(piece.joined()) else { return nil }
            row.tokens[k].text = piece.reduce(above.tokens[k].text, WrappedGridCells.pieces)
        }
        row.compact = TextRepair.compact(row.tokens.map(\.text).joined())
        return row
    }

    /// A word in brackets that is no list number (`(行政)`, not `(一)`): it qualifies the name
    /// before it and starts none, however complete that name looks.
    static func isQualifier(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        guard let first = compact.first, let last = compact.last, compact.count > 2 else { return false }
        return (first == "(" || first == "（") && (last == ")" || last == "）") && AlignedRows.marker(compact) == nil
            && !compact.dropFirst().contains { $0 == "(" || $0 == "（" }
    }

    /// A name ending in no usual last character nor a closing bracket (`一、一般公`).
    static func isCutShort(_ name: String) -> Bool {
        let compact = TextRepair.compact(name)
        return !HeaderWords.endsComplete(compact) && compact.last != ")" && compact.last != "）"
    }

    /// A tab line of several cells holding words only (no number).
    static func isWordsRow(_ line: Line) -> Bool {
        line.tokens.count >= 2 && line.tokens.contains { !$0.isBlank } && line.tokens.allSatisfy { $0.isBlank || isWord($0) }
    }

    /// A line of one word and nothing else (a wrapped cell's line, no tab after it).
    private static func isLoneWord(_ line: Line) -> Bool {
        line.tokens.count == 1 && isWord(line.tokens[0])
    }

    private static func isWord(_ token: Token) -> Bool {
        !token.isBlank && token.kind == .text && !CellText.mayBeNumber(token)
    }
}
