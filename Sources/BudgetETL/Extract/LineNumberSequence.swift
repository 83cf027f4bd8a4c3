/// A row's first value that continues its section's 行次 sequence is that row's 行次. A final
/// account's two-sided table numbers every row of each side (行次 1, 2, 3 …) and leaves most of
/// one side's amounts blank; a line number printed alone was placed by position or by order in
/// the amount column (a word processor sets cell text flush left, pdftotext shifts lines on
/// their own; a converter that drops blank cells keeps only the spacing). When the row has no
/// 行次 of its own and its first value is a whole number one more than the 行次 of the row before
/// in its section, or one less than the row after's, it is the line number: the table's own
/// count, not an amount.
enum LineNumberSequence {
    static func placed(_ section: ExtractedSection) -> ExtractedSection {
        guard let k = section.columns.firstIndex(where: { HeaderWords.isLineNumber(TextRepair.compact($0.components.last ?? "")) })
        else { return section }
        var section = section
        func lineNumber(_ r: Int) -> ExactDecimal? {
            section.rows[r].cells.first { $0.column == k }.flatMap { ExactDecimal.parse($0.text) }
        }
        // The nearest line numbers before and after each row, found in one pass each way (was a
        // search of the rows around every row); a row placed here numbers the rows after it.
        var after = [ExactDecimal?](repeating: nil, count: section.rows.count)
        var next: ExactDecimal?
        for r in section.rows.indices.reversed() {
            after[r] = next
            if let number = lineNumber(r) { next = number }
        }
        var before: ExactDecimal?
        for r in section.rows.indices {
            if let number = lineNumber(r) { before = number; continue }
            guard let first = section.rows[r].cells.indices.min(by: { section.rows[r].cells[$0].column < section.rows[r].cells[$1].column }),
                  section.rows[r].cells[first].column > k,
                  let value = ExactDecimal.parse(section.rows[r].cells[first].text), isCount(value) else { continue }
            guard before.map({ $0 + ExactDecimal(1) == value }) == true || after[r].map({ value + ExactDecimal(1) == $0 }) == true
            else { continue }
            section.rows[r].cells[first].column = k
            section.rows[r].cells[first].guessed = false
            before = value
        }
        return section
    }

    /// A whole number of one or more (`33`, `33.00`).
    static func isCount(_ value: ExactDecimal) -> Bool {
        guard value >= ExactDecimal(1) else { return false }
        var whole = value.mantissa
        for _ in 0..<value.scale { guard whole % 10 == 0 else { return false }; whole /= 10 }
        return true
    }

    /// Rows whose 行次 show that the reading is off step are rejected. A 行次 column counts its
    /// rows: between a section's first and last 行次 every number is a 行次 of the table (one side
    /// may number on from the other's last). When name pieces wrapped between rows put the
    /// numbers off step, a line number lands in a value column, and the run misses it there: a
    /// whole number in a value column that the section's run misses is that line number. No row
    /// of the section up to the last such number is certain to hold its own numbers in their
    /// columns: those rows' values are rejected (the 行次 alone, the table's own count, are
    /// dropped as they always are).
    static func checked(_ sections: [ExtractedSection]) -> (sections: [ExtractedSection], rejects: [ReaderReject]) {
        let all = Set(sections.flatMap { section in column(section).map { k in section.rows.compactMap { lineNumber($0, k) } } ?? [] })
        var rejects: [ReaderReject] = []
        let kept = sections.map { section -> ExtractedSection in
            guard let k = column(section) else { return section }
            let own = section.rows.compactMap { lineNumber($0, k) }
            guard let low = own.min(), let high = own.max() else { return section }
            let lastBreak = section.rows.lastIndex { row in
                row.cells.contains { cell in
                    guard cell.column != k, let v = ExactDecimal.parse(cell.text), isCount(v) else { return false }
                    return v > low && v < high && !all.contains(v)
                }
            }
            guard let end = lastBreak else { return section }
            var section = section
            for r in 0...end {
                rejects += section.rows[r].cells.filter { $0.column != k || lineNumber(section.rows[r], k) == nil }
                    .map { ReaderReject(line: $0.line, text: $0.text, reason: .lineNumbersOutOfStep) }
                section.rows[r].cells = []
            }
            return section
        }
        return (kept, rejects)
    }

    private static func column(_ section: ExtractedSection) -> Int? {
        section.columns.firstIndex { HeaderWords.isLineNumber(TextRepair.compact($0.components.last ?? "")) }
    }

    /// The row's 行次 when it is a whole number.
    private static func lineNumber(_ row: ExtractedRow, _ k: Int) -> ExactDecimal? {
        row.cells.first { $0.column == k }.flatMap { ExactDecimal.parse($0.text) }.flatMap { isCount($0) ? $0 : nil }
    }
}
