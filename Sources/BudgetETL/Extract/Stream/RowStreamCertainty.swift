/// When a stream row's values are placed with certainty: as many values as columns, rates that
/// the header names no column for, a rate under an amount's column.
extension RowStreamReader {
    /// How many values come before the first rate in the first row with values.
    static func amountCountBeforeRates(_ chunks: [Chunk]) -> Int? {
        guard let first = chunks.first(where: { !$0.values.isEmpty }), let rate = first.values.firstIndex(where: isRate), rate > 0
        else { return nil }
        return rate
    }

    /// A rate (98.18%) that would stand under a year's or a measure's column (预算数, 2021年): a
    /// column of amounts, so the count of values matched the columns by chance.
    static func putsRateUnderAmount(_ values: [Token], _ paths: [HeaderPath]) -> Bool {
        zip(values, paths).contains { value, path in
            isRate(value) && path.components.last.map { StreamLayout.isColumnWord(TextRepair.compact($0)) } == true
        }
    }

    static func isRate(_ token: Token) -> Bool { UTF8Text.hasSuffix(token.text, "%") || UTF8Text.hasSuffix(token.text, "％") }

    /// The chunks without their trailing rates when every row with values holds `columns` amounts
    /// (none a rate) and then at least one rate, and the rows do not already fit `columns`. Nil otherwise.
    static func withoutUnheadedRates(_ chunks: [Chunk], columns: Int) -> [Chunk]? {
        guard columns > 0 else { return nil }
        let valued = chunks.filter { !$0.values.isEmpty }
        guard valued.count >= Thresholds.streamFullRowsMinimum, valued.allSatisfy({ chunk in
            chunk.values.count > columns && !chunk.values[..<columns].contains(where: isRate)
                && chunk.values[columns...].allSatisfy(isRate)
        }) else { return nil }
        return chunks.map { chunk in
            var trimmed = chunk
            trimmed.values = Array(chunk.values.prefix(columns))
            return trimmed
        }
    }

    static func row(_ chunk: Chunk, cells: [RawCell]) -> ExtractedRow {
        var label = chunk.labels.map(\.text).joined(separator: " ")
        // 款 and 项 codes have two digits; a spreadsheet that stored them as numbers prints 02 as 2.
        var codes = chunk.codes.enumerated().map { k, t in k > 0 && t.text.count == 1 ? "0" + t.text : t.text }
        if codes.isEmpty, let split = CodeSplitter.leadingCode(label) { codes = [split.code]; label = split.rest }
        return ExtractedRow(line: chunk.line, codeParts: codes, label: label, cells: cells,
                            ordinal: chunk.ordinal.map { RawCell(column: -1, text: $0.text, line: $0.line) })
    }

    /// The values of one row → cells: certain only when there are as many values as columns
    /// (blank cells were dropped, so with fewer the blank ones cannot be told).
    static func place(_ values: [Token], columns: Int) -> [RawCell]? {
        guard values.count == columns else { return values.isEmpty ? [] : nil }
        return values.enumerated().map { RawCell(column: $0, text: $1.text, line: $1.line) }
    }
}
