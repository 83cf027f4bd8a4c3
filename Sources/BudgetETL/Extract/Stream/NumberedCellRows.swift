/// One cell per line under a header of one word per column that starts with a line-number column
/// (序号 项目名称 建设地点 建设内容 投资规模 责任单位), every printed row numbered 1, 2, 3 …: a
/// project list. Where every row, from its number to the next, holds exactly one cell per header
/// word, no cell was dropped, so each cell stands under the word at its place. A number under a
/// word that names an amount (投资规模, …资金, …金额, 预算数) is a value there, though it reads
/// like a code (660 before 扶贫办); under a text column (建设地点) it is no amount of a known
/// measure and is rejected. The row's number is its ordinal, not an amount: a deliberate non-fact.
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
        guard !amounts.isEmpty, let nameColumn = words.indices.dropFirst().first(where: { !amounts.contains($0) }) else { return nil }
        let bounds = run.indices + [tokens.count]
        let printed = zip(bounds, bounds.dropFirst()).map { Array(tokens[$0..<$1]) }
        guard printed.allSatisfy({ $0.count == words.count }) else { return nil }
        // Every amount column holds a number (or a placeholder) and every name a text: else the
        // cells are off their columns after all.
        guard printed.allSatisfy({ row in
            amounts.allSatisfy { row[$0].kind != .text || CellText.mayBeNumber(row[$0]) }
                && row[nameColumn].kind == .text && !CellText.mayBeNumber(row[nameColumn])
        }) else { return nil }
        var rejects: [ReaderReject] = []
        let rows = printed.map { row -> ExtractedRow in
            let cells = amounts.enumerated().map { k, column in RawCell(column: k, text: row[column].text, line: row[column].line) }
            rejects += row.indices.filter { $0 > 0 && !amounts.contains($0) && row[$0].kind.isNumeric }
                .map { ReaderReject(line: row[$0].line, text: row[$0].text, reason: .amountInIdentifyingColumn(column: $0 + 1)) }
            return ExtractedRow(line: row[nameColumn].line, label: row[nameColumn].text, cells: cells,
                                ordinal: RawCell(column: -1, text: row[0].text, line: row[0].line))
        }
        let section = ExtractedSection(name: "", columns: amounts.map { HeaderPath([words[$0]]) }, rows: rows)
        return TableReading(sections: [section], rejects: rejects)
    }

    /// A column word that names an amount of money: a budget measure (预算数, 金额) or an
    /// investment's or a fund's size (投资规模, 扶贫资金).
    static func isAmountName(_ word: String) -> Bool {
        HeaderWords.isAmountMeasure(word) || StreamLayout.isMeasureWord(word)
            || UTF8Text.hasSuffix(word, "金额") || UTF8Text.hasSuffix(word, "资金") || word.hasPrefix("投资")
    }
}
