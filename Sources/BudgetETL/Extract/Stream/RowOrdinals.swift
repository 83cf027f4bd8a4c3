/// A stream of cells under a header with a line-number column (序号, 行次) prints each row's
/// number before its cells: whole numbers 1, 2, 3 … in order, each right before a name. They are
/// the rows' ordinals, not amounts, and they say where each printed row starts: a side-by-side
/// table prints one row of every side between two of them. So the names between two ordinals
/// take the sides in print order where every side named its row; where fewer did (blank cells
/// dropped), which side a lone name is on is only known where its name says (…收入, …支出).
enum RowOrdinals {
    struct Run {
        /// The ordinals' token indices.
        var indices: [Int]
        /// The stream starts with the first printed row, whose number stood among the header's
        /// lines (after the 栏次 row's numbers): the run starts at 2.
        var firstRowBefore: Bool
    }

    /// The ordinals: whole numbers 1, 2, 3 … (or 2, 3 … after a first row whose number went to
    /// the header) in order, each followed by a name; nil unless the header holds a line-number
    /// word and the run is long enough to be no chance.
    static func run(_ tokens: [Token], headerWords: [String]) -> Run? {
        guard headerWords.contains(where: HeaderWords.isLineNumber) else { return nil }
        // A total row (小计) is not numbered: a number right before it is the last row's value.
        let startsRow = { (i: Int) in
            i + 1 < tokens.count && tokens[i + 1].kind == .text && !CellText.mayBeNumber(tokens[i + 1])
                && !HeaderWords.isBareTotal(tokens[i + 1].text)
        }
        guard let first = tokens.indices.first(where: { tokens[$0].kind == .integer && startsRow($0) }),
              ["1", "2"].contains(tokens[first].text) else { return nil }
        let firstRowBefore = tokens[first].text == "2"
        // Numbered from 2, the first row is all that stands before: a name first.
        if firstRowBefore, first == 0 || tokens[0].kind != .text { return nil }
        var found: [Int] = []
        var next = Int(tokens[first].text)!
        for i in first..<tokens.count where tokens[i].kind == .integer && tokens[i].text == String(next) && startsRow(i) {
            found.append(i)
            next += 1
        }
        return found.count >= max(Thresholds.streamFullRowsMinimum, 3) ? Run(indices: found, firstRowBefore: firstRowBefore) : nil
    }

    /// The stream's rows, cut at the ordinals (the ordinals left out), and each row's side: the
    /// turns within a printed row where it names as many rows as there are sides, else the side
    /// its name says (nil: unknown). Cells before the first ordinal keep no side, unless they are
    /// the first printed row.
    static func rows(_ tokens: [Token], run: Run, sections: [String]) -> (chunks: [RowStreamReader.Chunk], sides: [Int?]) {
        var chunks: [RowStreamReader.Chunk] = []
        var sides: [Int?] = []
        let bounds = [0] + run.indices + [tokens.count]
        for k in 0..<(bounds.count - 1) {
            let start = k == 0 ? 0 : bounds[k] + 1
            var printed = RowStreamReader.chunks(Array(tokens[start..<bounds[k + 1]]))
            if k > 0, !printed.isEmpty { printed[0].ordinal = tokens[bounds[k]] }
            chunks += printed
            if k == 0, !run.firstRowBefore { sides += printed.map { _ in nil }; continue }
            if printed.count == sections.count { sides += printed.indices.map { $0 }; continue }
            sides += printed.map { chunk in
                sections.count == 2 && SideWords.areIncomeAndExpenditure(sections)
                    ? SideWords.side(of: TextRepair.compact(chunk.labels.map(\.text).joined())) : nil
            }
        }
        return (chunks, sides)
    }
}
