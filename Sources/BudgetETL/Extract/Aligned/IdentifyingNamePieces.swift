/// A code or name column's header word wrapped in a spreadsheet's narrow cell (`科目编` / `码`,
/// `科目名` / `称`): the cell prints its last piece on the header's last line, the piece before on
/// the line above, each the first words of its line, in the columns' order. Joined where the
/// joined word names a code or name column and neither piece names one alone, the lower piece
/// taking the whole word at the upper piece's start; the header is otherwise as printed (the
/// pieces read apart name value columns and the header is rejected, `splitsIdentifyingName`).
enum IdentifyingNamePieces {
    static func joined(_ table: TableLines) -> TableLines {
        guard table.header.count >= 2 else { return table }
        var upper = table.header[table.header.count - 2], lower = table.header[table.header.count - 1]
        guard upper.number == lower.number - 1 else { return table }
        let tops = upper.tokens.filter { !$0.isBlank }, bottoms = lower.tokens.filter { !$0.isBlank }
        var pairs: [(Token, Token)] = []
        for (top, bottom) in zip(tops, bottoms) {
            let word = TextRepair.compact(top.text + bottom.text)
            guard AlignedHeader.role(of: top.text) == .value, AlignedHeader.role(of: bottom.text) == .value,
                  top.kind == .text, bottom.kind == .text, AlignedHeader.role(of: word) != .value else { break }
            pairs.append((top, bottom))
        }
        guard !pairs.isEmpty else { return table }
        upper.tokens.removeAll { token in pairs.contains { $0.0 == token } }
        for (top, bottom) in pairs {
            guard let k = lower.tokens.firstIndex(of: bottom) else { continue }
            lower.tokens[k] = Token(text: top.text + bottom.text, line: bottom.line, column: min(top.column, bottom.column))
        }
        upper.compact = TextRepair.compact(upper.tokens.map(\.text).joined())
        lower.compact = TextRepair.compact(lower.tokens.map(\.text).joined())
        var table = table
        table.header.removeLast(2)
        if !upper.compact.isEmpty { table.header.append(upper) }
        table.header.append(lower)
        return table
    }
}
