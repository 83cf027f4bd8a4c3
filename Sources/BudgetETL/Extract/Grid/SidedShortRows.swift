extension GridReader {
    /// A short row of a table of several sides (收入 | 支出) whose converter dropped blank cells:
    /// `(一)某收入 | 878.18 | (一)某支出`. Each name starts its side's run of cells, and what follows
    /// a side's name up to the next name is that side's: when the row holds one run per side, in
    /// order, a run with a value for every column of its side is certain (its values in order), a
    /// run of a name alone is that side's row without values (as a full row's would be); a run
    /// with fewer values lost blank cells among them, and its values are rejected. Nil when the names
    /// do not split the row into one run per side (a name or a side lost), or a side has codes or a
    /// text column besides its name (a 备注's words would start a run of their own).
    static func sidedShortRows(_ line: TableLines.Line, sections: [ColumnGrid.Section])
        -> (rows: [(section: Int, row: ExtractedRow)], rejects: [ReaderReject])? {
        guard sections.allSatisfy({ $0.codeColumns.isEmpty && $0.labelColumns.count <= 1 && !$0.valueColumns.isEmpty }) else { return nil }
        func isName(_ token: Token) -> Bool { token.kind == .text && !CellText.mayBeNumber(token) }
        var runs: [[Token]] = []
        for token in line.tokens where !token.isBlank {
            if isName(token) { runs.append([token]) } else if runs.isEmpty { return nil } else { runs[runs.count - 1].append(token) }
        }
        guard runs.count == sections.count else { return nil }
        var rows: [(section: Int, row: ExtractedRow)] = []
        var rejects: [ReaderReject] = []
        for (n, run) in runs.enumerated() {
            let values = run.dropFirst()
            guard values.isEmpty || values.count == sections[n].valueColumns.count else {
                rejects += values.map { ReaderReject(line: $0.line, text: $0.text, reason: .blankCellsDropped) }
                continue
            }
            let cells = values.enumerated().map { RawCell(column: $0.offset, text: $0.element.text, line: $0.element.line) }
            rows.append((n, ExtractedRow(line: line.number, codeParts: [], label: run[0].text, cells: cells)))
        }
        return (rows, rejects)
    }
}
