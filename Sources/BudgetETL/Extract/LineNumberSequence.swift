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
        var section = fractionalLineNumbers(section, k)
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
            if let glued = gluedLineNumber(section.rows[r].label), let value = ExactDecimal.parse(glued.number),
               before.map({ $0 + ExactDecimal(1) == value }) == true || after[r].map({ value + ExactDecimal(1) == $0 }) == true {
                section.rows[r].label = glued.name
                section.rows[r].cells.insert(RawCell(column: k, text: glued.number, line: section.rows[r].line), at: 0)
                before = value
                continue
            }
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

    /// A name ending in a whole number set right after a Chinese character (`…财政拨款收入2`): a
    /// converter that joins characters set closer than a few points (pdfplumber) prints a name
    /// filling its cell and the 行次 beside it as one word. The name and the number, where the
    /// number continues the 行次 run (checked by the caller).
    static func gluedLineNumber(_ label: String) -> (name: String, number: String)? {
        let scalars = Array(label.unicodeScalars)
        let digits = scalars.reversed().prefix { TextRepair.isDigit($0) }.count
        guard digits > 0, digits < scalars.count, digits <= maxLineNumberDigits,
              TextRepair.isIdeograph(scalars[scalars.count - digits - 1]) else { return nil }
        return (String(String.UnicodeScalarView(scalars.dropLast(digits))), String(String.UnicodeScalarView(scalars.suffix(digits))))
    }

    /// A 行次 runs to a few hundred rows at most.
    private static let maxLineNumberDigits = 3

    /// A number with a fraction (`25730935.53`) read in the 行次 column is no line number: an
    /// amount printed left of its column (a page laid out at its own scale) came nearer the 行次.
    /// Where the section's one value column stands right after the 行次 and is blank in that row,
    /// and the reading is in step around the row (the 行次 before it and the one after follow each
    /// other), the amount is that column's; with several value columns which one is not known, and
    /// a reading off step may have cut the number from another, so the cell stays where it was read.
    static func fractionalLineNumbers(_ section: ExtractedSection, _ k: Int) -> ExtractedSection {
        guard section.columns.count == k + 2 else { return section }
        var section = section
        var before: ExactDecimal?
        for r in section.rows.indices {
            if let number = lineNumber(section.rows[r], k) { before = number; continue }
            guard let i = section.rows[r].cells.firstIndex(where: { $0.column == k }),
                  !section.rows[r].cells.contains(where: { $0.column == k + 1 }),
                  let value = ExactDecimal.parse(section.rows[r].cells[i].text), value.scale > 0, !isCount(value),
                  let previous = before, let next = section.rows[(r + 1)...].lazy.compactMap({ lineNumber($0, k) }).first,
                  previous + ExactDecimal(1) == next else { continue }
            section.rows[r].cells[i].column = k + 1
        }
        return section
    }

    /// A whole number in a value column of one side, on a row that holds its own 行次, that
    /// continues another side's 行次 run there (one more than that side's line number before the
    /// line, or one less than the one after) is that side's line number: a two-sided table whose
    /// one side has rows the other lacks prints those rows' 行次 alone, and a page laid out at its
    /// own scale may put it nearer the first side's amount column. It is moved to a row of its own
    /// in the other side (the 行次 alone, the table's count, is no amount), when every side's run
    /// then counts up by one from row to row.
    static func otherSidesLineNumbers(_ sections: [ExtractedSection]) -> [ExtractedSection] {
        let columns = sections.map(column)
        guard columns.filter({ $0 != nil }).count > 1 else { return sections }
        let original = sections
        var sections = sections
        for s in sections.indices {
            guard let k = columns[s] else { continue }
            for r in sections[s].rows.indices where lineNumber(sections[s].rows[r], k) != nil {
                for c in sections[s].rows[r].cells.indices.reversed() {
                    let cell = sections[s].rows[r].cells[c]
                    guard cell.column != k, let value = ExactDecimal.parse(cell.text), isCount(value),
                          let t = sections.indices.first(where: { t in
                              t != s && columns[t].map { continues(sections[t], $0, at: cell.line, value) } == true })
                    else { continue }
                    sections[s].rows[r].cells.remove(at: c)
                    let moved = RawCell(column: columns[t]!, text: cell.text, line: cell.line)
                    let at = sections[t].rows.firstIndex { $0.line > cell.line } ?? sections[t].rows.count
                    sections[t].rows.insert(ExtractedRow(line: cell.line, label: "", cells: [moved]), at: at)
                }
            }
        }
        // Only a reading the numbers put in step is mended: no side's run, with the numbers moved,
        // breaks more often than before, and the runs break less often in all (a reading off step
        // keeps its cells, and `checked` rejects them). Gaps left by rows rejected elsewhere (their
        // 行次 gone with them) stay as they were.
        let before = sections.indices.map { s in columns[s].map { breaks(original[s], $0) } ?? 0 }
        let after = sections.indices.map { s in columns[s].map { breaks(sections[s], $0) } ?? 0 }
        let mended = zip(after, before).allSatisfy { $0 <= $1 } && after.reduce(0, +) < before.reduce(0, +)
        return mended ? sections : original
    }

    /// How often the section's 行次, in the order of its rows, do not count up by one.
    static func breaks(_ section: ExtractedSection, _ k: Int) -> Int {
        let numbers = section.rows.compactMap { lineNumber($0, k) }
        return zip(numbers, numbers.dropFirst()).filter { $0 + ExactDecimal(1) != $1 }.count
    }

    /// Whether `value` continues the section's 行次 run at `line`: no 行次 of the section stands on
    /// that line or equals the value, the value lies between the line numbers before and after
    /// the line, and is one more than the one before or one less than the one after.
    private static func continues(_ section: ExtractedSection, _ k: Int, at line: Int, _ value: ExactDecimal) -> Bool {
        var before: ExactDecimal?, after: ExactDecimal?
        for row in section.rows {
            guard let cell = row.cells.first(where: { $0.column == k }), let number = lineNumber(row, k) else { continue }
            if cell.line == line || number == value { return false }
            if cell.line < line { before = number } else if after == nil { after = number }
        }
        guard before.map({ $0 < value }) ?? true, after.map({ $0 > value }) ?? true else { return false }
        return before.map { $0 + ExactDecimal(1) == value } == true || after.map { value + ExactDecimal(1) == $0 } == true
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
    /// dropped as they always are). Another side's line numbers read among a side's values are
    /// first given back to that side (`otherSidesLineNumbers`).
    static func checked(_ sections: [ExtractedSection]) -> (sections: [ExtractedSection], rejects: [ReaderReject]) {
        let sections = otherSidesLineNumbers(sections)
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

    static func column(_ section: ExtractedSection) -> Int? {
        section.columns.firstIndex { HeaderWords.isLineNumber(TextRepair.compact($0.components.last ?? "")) }
    }

    /// The row's 行次 when it is a whole number.
    static func lineNumber(_ row: ExtractedRow, _ k: Int) -> ExactDecimal? {
        row.cells.first { $0.column == k }.flatMap { ExactDecimal.parse($0.text) }.flatMap { isCount($0) ? $0 : nil }
    }
}
