/// One cell per line under a header of one word per column that starts with a line-number column
/// (序号 项目名称 建设地点 建设内容 投资规模 责任单位), every printed row numbered 1, 2, 3 …: a
/// project list. Where every row, from its number to the next, holds exactly one cell per header
/// word, no cell was dropped, so each cell stands under the word at its place. A number under a
/// word that names an amount (投资规模, …资金, …金额, 预算数) is a value there, though it reads
/// like a code (660 before 扶贫办); under a text column (建设地点) it is no amount of a known
/// measure and is rejected. The row's number is its ordinal, not an amount: a deliberate non-fact.
/// A total row (小计 160) printed after a numbered row, without a number of its own, is a row of
/// its own; a numbered row short of cells (blank ones dropped) has its numbers rejected, the others
/// still read by place when they are most of the list (`Thresholds.numberedRowsFullShare`).
enum NumberedCellRows {
    static func reading(_ stream: [Token], words printedWords: [String]) -> TableReading? {
        // The body starts after the header's last amount word: text columns after it (责任单位)
        // stand before the first row's number.
        let start = stream.firstIndex { $0.kind != .text || CellText.mayBeNumber($0) } ?? stream.count
        let tokens = Array(stream[start...])
        let words = printedWords + stream[..<start].map { TextRepair.compact($0.text) }
        guard words.count >= 3, HeaderWords.isLineNumber(words[0]), words.dropFirst().allSatisfy({ !HeaderWords.isLineNumber($0) }),
              let run = RowOrdinals.run(tokens, headerWords: words), !run.firstRowBefore, run.indices.first == 0
        else { return nil }
        let amounts = words.indices.filter { isAmountName(words[$0]) }
        // The rows are named by the item's name (项目名称), else by the first column the header names
        // as a name column (村名), else by the first text column.
        let texts = words.indices.dropFirst().filter { !amounts.contains($0) }
        let itemNames = texts.filter { HeaderWords.isLabel(words[$0]) && UTF8Text.hasSuffix(words[$0], "名称") }
        guard !amounts.isEmpty, let nameColumn = itemNames.first ?? texts.first(where: { HeaderWords.isLabel(words[$0]) }) ?? texts.first
        else { return nil }
        let bounds = run.indices + [tokens.count]
        // A total row (小计 / 合计) has no number of its own: it trails the numbered row before it.
        let printed = zip(bounds, bounds.dropFirst()).map { totalSplit(Array(tokens[$0..<$1]), amounts: amounts.count) }
        let full = printed.filter { $0.row.count == words.count }
        guard full.count >= 1, Double(full.count) >= Double(printed.count) * Thresholds.numberedRowsFullShare else { return nil }
        // Every amount column holds a number (or a placeholder, or a number with a note after it)
        // and every name a text: else the cells are off their columns after all.
        guard full.allSatisfy({ piece in
            amounts.allSatisfy { isAmountCell(piece.row[$0]) }
                && piece.row[nameColumn].kind == .text && !CellText.mayBeNumber(piece.row[nameColumn])
        }) else { return nil }
        var rejects: [ReaderReject] = []
        var rows: [ExtractedRow] = []
        for piece in printed {
            if piece.row.count == words.count {
                let row = piece.row
                let cells = amounts.enumerated().map { k, column in RawCell(column: k, text: row[column].text, line: row[column].line) }
                rejects += row.indices.filter { $0 > 0 && !amounts.contains($0) && row[$0].kind.isNumeric }
                    .map { ReaderReject(line: row[$0].line, text: row[$0].text, reason: .amountInIdentifyingColumn(column: $0 + 1)) }
                rows.append(ExtractedRow(line: row[nameColumn].line, label: row[nameColumn].text, cells: cells,
                                         ordinal: RawCell(column: -1, text: row[0].text, line: row[0].line)))
            } else {
                // A numbered row short of cells: which of its columns were left blank is unknown.
                rejects += piece.row.dropFirst().filter { $0.kind.isNumeric }
                    .map { ReaderReject(line: $0.line, text: $0.text, reason: .blankCellsDropped) }
            }
            if let total = piece.total {
                rows.append(ExtractedRow(line: total[0].line, label: total[0].text,
                                         cells: total.dropFirst().enumerated().map { RawCell(column: $0, text: $1.text, line: $1.line) }))
            }
        }
        let section = ExtractedSection(name: "", columns: amounts.map { HeaderPath([words[$0]]) }, rows: rows)
        return TableReading(sections: [section], rejects: rejects)
    }

    /// A numbered row's cells and the total row printed after it (`小计` and one number per amount
    /// column), when its cells end so.
    static func totalSplit(_ cells: [Token], amounts: Int) -> (row: [Token], total: [Token]?) {
        guard let k = cells.indices.dropFirst().last(where: { HeaderWords.isBareTotal(cells[$0].text) }),
              cells.count - k - 1 == amounts, cells[(k + 1)...].allSatisfy(CellText.mayBeNumber) else { return (cells, nil) }
        return (Array(cells[..<k]), Array(cells[k...]))
    }

    /// An amount column's cell: a number, a placeholder, or a number with a note after it
    /// (`10(其中,灾情因素6万元)`, rejected later as no number, never moved to another column).
    private static func isAmountCell(_ token: Token) -> Bool {
        token.kind != .text || CellText.mayBeNumber(token) || token.text.first.map { $0.isASCII && $0.isNumber } == true
    }

    /// A column word that names an amount of money: a budget measure (预算数, 金额) or an
    /// investment's or a fund's size (投资规模, 扶贫资金).
    static func isAmountName(_ word: String) -> Bool {
        HeaderWords.isAmountMeasure(word) || StreamLayout.isMeasureWord(word)
            || UTF8Text.hasSuffix(word, "金额") || UTF8Text.hasSuffix(word, "资金") || word.hasPrefix("投资")
    }
}
