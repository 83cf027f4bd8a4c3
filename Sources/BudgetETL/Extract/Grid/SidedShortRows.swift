extension GridReader {
    /// A short row of a table of several sides (收入 | 支出) whose converter dropped blank cells:
    /// `(一)某收入 | 878.18 | (一)某支出`. Each name starts its side's run of cells, and what follows
    /// a side's name up to the next name is that side's: when the row holds one run per side, in
    /// order, a run with a value for every column of its side is certain (its values in order), a
    /// run of a name alone is that side's row without values (as a full row's would be); a run
    /// with fewer values lost blank cells among them, and its values are rejected. Nil when the names
    /// do not split the row into one run per side (a name or a side lost), or a side has codes or a
    /// text column besides its name (a 备注's words would start a run of their own).
    ///
    /// A row that lost a whole side (`社会保障和就业支出 | 8.54 | 8.54`, its 收入 side blank) holds
    /// fewer runs than sides: its runs go to the sides in order when only one way fits, a run never
    /// holding more values than its side has columns. There a run with fewer values stands in the
    /// columns its side's total row fills (`fullLines`: the rows printed whole), when they are as
    /// many: a column the total leaves blank holds nothing in any row of the side.
    static func sidedShortRows(_ line: TableLines.Line, sections: [ColumnGrid.Section], fullLines: [TableLines.Line] = [])
        -> (rows: [(section: Int, row: ExtractedRow)], rejects: [ReaderReject])? {
        guard sections.allSatisfy({ $0.codeColumns.isEmpty && $0.labelColumns.count <= 1 && !$0.valueColumns.isEmpty }) else { return nil }
        func isName(_ token: Token) -> Bool { token.kind == .text && !CellText.mayBeNumber(token) }
        var runs: [[Token]] = []
        for token in line.tokens where !token.isBlank {
            if isName(token) { runs.append([token]) } else if runs.isEmpty { return nil } else { runs[runs.count - 1].append(token) }
        }
        let sides = runs.count == sections.count ? Array(sections.indices)
            : onlySides(runs.map { $0.count - 1 }, columns: sections.map(\.valueColumns.count))
        guard let sides else { return nil }
        var rows: [(section: Int, row: ExtractedRow)] = []
        var rejects: [ReaderReject] = []
        for (run, n) in zip(runs, sides) {
            let values = run.dropFirst()
            let totalColumns = runs.count < sections.count ? filledByTotal(sections[n], fullLines) : nil
            let columns: [Int]
            if values.isEmpty || values.count == sections[n].valueColumns.count {
                columns = Array(0..<values.count)
            } else if let filled = totalColumns, filled.count == values.count,
                      !values.contains(where: { "-－(（".contains($0.text.first ?? " ") }) {
                columns = filled
            } else {
                rejects += values.map { ReaderReject(line: $0.line, text: $0.text, reason: .blankCellsDropped) }
                continue
            }
            let cells = zip(columns, values).map { RawCell(column: $0, text: $1.text, line: $1.line) }
            rows.append((n, ExtractedRow(line: line.number, codeParts: [], label: run[0].text, cells: cells)))
        }
        return (rows, rejects)
    }

    /// The one order-keeping way to give runs of these value counts to sides of these column
    /// counts, no run above its side's count; nil when none or several.
    static func onlySides(_ counts: [Int], columns: [Int]) -> [Int]? {
        var found: [[Int]] = []
        func place(_ run: Int, from side: Int, _ chosen: [Int]) {
            guard found.count < 2 else { return }
            if run == counts.count { found.append(chosen); return }
            for n in side..<columns.count where counts[run] <= columns[n] { place(run + 1, from: n + 1, chosen + [n]) }
        }
        place(0, from: 0, [])
        return found.count == 1 ? found[0] : nil
    }

    /// The side's value columns (0-based among them) its total row (合计, 总计 as the name) fills,
    /// when the rows printed whole hold one such row, or several filling the same columns.
    static func filledByTotal(_ section: ColumnGrid.Section, _ fullLines: [TableLines.Line]) -> [Int]? {
        guard let name = section.labelColumns.first else { return nil }
        let filled = fullLines.compactMap { line -> [Int]? in
            guard name < line.tokens.count else { return nil }
            let text = TextRepair.compact(line.tokens[name].text)
            guard UTF8Text.hasSuffix(text, "合计") || UTF8Text.hasSuffix(text, "总计") else { return nil }
            return section.valueColumns.indices.filter { k in
                let c = section.valueColumns[k]
                return c < line.tokens.count && !line.tokens[c].isBlank
            }
        }
        guard let first = filled.first, !first.isEmpty, filled.allSatisfy({ $0 == first }) else { return nil }
        return first
    }
}
