/// Side-by-side (收入 | 支出) tables read from a stream: a row put in the side its name says, and the
/// words that tell a side.
extension RowStreamReader {
    /// A row put in the section its name says; its values rejected when the name says none.
    static func placeBySide(_ chunk: Chunk, side: Int?, widths: [Int], rows: inout [[ExtractedRow]]) -> [ReaderReject] {
        guard let side else { return chunk.values.map { ReaderReject(line: $0.line, text: $0.text, reason: .sectionUnknown) } }
        let placed = place(chunk.values, columns: widths[side])
        rows[side].append(row(chunk, cells: placed ?? []))
        guard placed == nil else { return [] }
        return chunk.values.map { ReaderReject(line: $0.line, text: $0.text, reason: .ambiguousPlacement(values: chunk.values.count, columns: widths[side])) }
    }
}

/// The two sides of a 收入 | 支出 table, told by a row's name: a name that says 收入 and not 支出
/// is an income row, one that says 支出 and not 收入 an expenditure row (本年收入合计, 教育支出);
/// other names (上年结转, 用事业基金弥补收支差额) say no side.
enum SideWords {
    /// The side of each row when at least one row's name says the other side than its turn: its
    /// turn before the first such row, after it the side its name says (nil: none); nil when the
    /// sections are not 收入 and 支出 or every named side agrees with the turns.
    static func sidesAgainstTurns(_ sections: [String], names: [[Token]]) -> [Int?]? {
        guard areIncomeAndExpenditure(sections) else { return nil }
        let sides = names.map { side(of: TextRepair.compact($0.map(\.text).joined())) }
        guard let broken = sides.enumerated().first(where: { k, side in side.map { $0 != k % 2 } ?? false })?.offset else { return nil }
        // Before the first row against its turn the turns held: those rows keep them.
        return sides.enumerated().map { k, side in k < broken ? k % 2 : side }
    }

    /// Two sections, 收入 then 支出.
    static func areIncomeAndExpenditure(_ sections: [String]) -> Bool {
        guard sections.count == 2 else { return false }
        let words = sections.map { TextRepair.compact($0) }
        return words[0].contains("收入") && !words[0].contains("支出") && words[1].contains("支出") && !words[1].contains("收入")
    }

    static func side(of name: String) -> Int? {
        let income = name.contains("收入"), expenditure = name.contains("支出")
        if income == expenditure { return nil }
        return income ? 0 : 1
    }
}
