/// Tab rows under a cell merged over several rows (a 市州 beside its counties): the converter prints
/// the merged cell in its first row only, and the rows under it print one cell fewer from the left,
/// padding their end with the blank cell instead (`3 | 乙县 | 26 | |`). Only rows of names then
/// numbers are looked at. Read by position, each
/// cell from the gap on stands one column left of its own: a county under 市州, an amount under
/// the county's column. The rows that print every cell tell each column's kind (names or numbers);
/// a row whose cell stands under a column of the other kind, with blank cells at its end, is
/// shifted right by those blank cells from that cell on, when then every cell stands under a column
/// of its kind, no blank put in falls under an amount column and every amount column from there on
/// is filled. Where that fails (a blank amount cell could be the shifted one too), its numbers are
/// rejected instead: which column each stands under is not certain. Once some row is shifted, a row
/// that ends short and reads as printed could also be shifted (`乙县 | | 26 |`: a county whose 预算数
/// is blank, or a city's row without a county): its numbers are rejected too.
enum MergedCellRows {
    /// The body with shifted rows in place, the rejected numbers, and the rows the merged cells
    /// head (`headed`).
    static func shifted(_ body: [TableLines.Line], header: [String])
        -> (body: [TableLines.Line], rejects: [ReaderReject], headings: [ExtractedRow]) {
        let width = header.count
        let full = body.filter { $0.tokens.count >= width && $0.tokens.prefix(width).allSatisfy { !$0.isBlank } }
        // Only a converter that prints blank cells (some row ends in one) pads a short row: where
        // blanks are dropped, a short row's cells are read in order (`GridReader.blanksDropped`).
        guard width >= 3, full.count >= 2, body.contains(where: \.endsWithBlankCell) else { return (body, [], []) }
        let kinds = (0..<width).map { c -> Bool? in
            let numeric = Set(full.map { isNumber($0.tokens[c]) })
            return numeric.count == 1 ? numeric.first : nil
        }
        var rejects: [ReaderReject] = []
        var unshifted: [Int] = []
        var shifts = false
        var shiftedRows: [Int: Range<Int>] = [:]
        // The merged cells are names (or the rows' count): a blank put under an amount column
        // could as well be the row's own blank amount.
        let amountColumn = { (c: Int) in kinds[c] == true && !HeaderWords.isLineNumber(TextRepair.compact(header[c])) }
        var lines = body.enumerated().map { n, line -> TableLines.Line in
            guard let last = shortRowEnd(line, width: width) else { return line }
            guard let gap = (0...last).first(where: { c in !line.tokens[c].isBlank && kinds[c].map { $0 != isNumber(line.tokens[c]) } == true })
            else { unshifted.append(n); return line }
            var cells = Array(line.tokens.prefix(last + 1))
            let missing = width - 1 - last
            cells.insert(contentsOf: Array(repeating: Token(text: "", line: line.number, column: cells[gap].column), count: missing), at: gap)
            let inserted = gap..<gap + missing
            let fits = cells.indices.allSatisfy { c in
                if !cells[c].isBlank { return kinds[c].map { $0 == isNumber(cells[c]) } ?? true }
                return inserted.contains(c) ? !amountColumn(c) : c < gap || kinds[c] != true
            }
            guard fits else { return withoutNumbers(line, rejects: &rejects) }
            var moved = line
            moved.tokens = cells
            shifts = true
            shiftedRows[n] = inserted
            return moved
        }
        guard shifts else { return (lines, rejects, []) }
        // The table shifts rows: a short row read as printed that a shift into its name columns
        // would leave with every cell under its kind could stand either way.
        for n in unshifted {
            let line = lines[n], last = shortRowEnd(line, width: width) ?? 0, missing = width - 1 - last
            let shiftable = (0...last).contains { p in
                let cells = Array(line.tokens.prefix(p)) + Array(repeating: Token(text: "", line: line.number, column: 0), count: missing)
                    + Array(line.tokens[p...last])
                return (p..<p + missing).allSatisfy { !amountColumn($0) }
                    && cells.indices.allSatisfy { c in cells[c].isBlank || kinds[c].map { $0 == isNumber(cells[c]) } ?? true }
            }
            if shiftable { lines[n] = withoutNumbers(line, rejects: &rejects) }
        }
        let groups = headed(lines, kinds: kinds, shifted: shiftedRows)
        return (groups.body, rejects, groups.headings)
    }

    /// The merged cell names a group of rows, not one row: the rows printed under it name their
    /// county alone, so the row that prints it (`1 | 甲市 | 子县 | 120 |`) is named by its own
    /// cell too, and the group's name becomes a row without values of its own on that line (as a
    /// printed tree heads its parts). The merged columns are the first name columns, as many as
    /// the blanks every shift put among the name columns; where shifts disagree nothing is split.
    private static func headed(_ lines: [TableLines.Line], kinds: [Bool?], shifted: [Int: Range<Int>])
        -> (body: [TableLines.Line], headings: [ExtractedRow]) {
        let names = kinds.indices.filter { kinds[$0] == false }
        let counts = Set(shifted.values.filter { $0.allSatisfy { kinds[$0] == false } }.map(\.count))
        guard counts.count == 1, let merged = counts.first, merged < names.count else { return (lines, []) }
        let group = Array(names.prefix(merged)), own = names[merged]
        func holdsText(_ line: TableLines.Line, _ c: Int) -> Bool { c < line.tokens.count && line.tokens[c].kind == .text && !line.tokens[c].isBlank }
        var headings: [ExtractedRow] = []
        let body = lines.enumerated().map { n, line -> TableLines.Line in
            // A group's own total (甲市 | 小计) keeps the group's name: a bare 小计 names no row.
            guard shifted[n] == nil, group.allSatisfy({ holdsText(line, $0) }), holdsText(line, own),
                  !HeaderWords.isBareTotal(line.tokens[own].text) else { return line }
            headings.append(ExtractedRow(line: line.number, label: group.map { line.tokens[$0].text }.joined(separator: " "), cells: []))
            var row = line
            row.tokens = line.tokens.enumerated().map { c, t in group.contains(c) ? Token(text: "", line: t.line, column: t.column) : t }
            return row
        }
        return (body, headings)
    }

    /// The index of the last filled cell of a row of names, then numbers only, that ends before the
    /// header's last column (a date line under the table is no row; a form's row with words after
    /// its numbers, a target's text, is not read so).
    private static func shortRowEnd(_ line: TableLines.Line, width: Int) -> Int? {
        let filled = line.tokens.filter { !$0.isBlank }
        guard let firstName = filled.firstIndex(where: { $0.kind == .text }),
              let firstNumber = filled[firstName...].firstIndex(where: isNumber), filled[firstNumber...].allSatisfy(isNumber),
              let last = line.tokens.prefix(width).lastIndex(where: { !$0.isBlank }), last + 1 < width else { return nil }
        return last
    }

    /// The line with its numbers rejected: which column each stands under is not certain.
    private static func withoutNumbers(_ line: TableLines.Line, rejects: inout [ReaderReject]) -> TableLines.Line {
        let numbers = line.tokens.filter { !$0.isBlank && isNumber($0) }
        guard !numbers.isEmpty else { return line }
        rejects += numbers.map { ReaderReject(line: $0.line, text: $0.text, reason: .mergedCellUnknown) }
        var kept = line
        kept.tokens = line.tokens.map { isNumber($0) ? Token(text: "", line: $0.line, column: $0.column) : $0 }
        return kept
    }

    private static func isNumber(_ token: Token) -> Bool { !token.isBlank && token.kind != .text }
}
