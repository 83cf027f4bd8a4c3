/// A project's long code wrapped in a spreadsheet's narrow cell (`410800220000000` / `014330`):
/// the cell prints as many digits as fit on a line and the rest on the next, under them, where
/// the row's values stand. Read apart, the upper piece heads a row without values and the lower
/// one is taken for the row's code: a wrong code, and so a wrong row. Joined where the upper
/// piece is a long code (no amount is that long, `Thresholds.longCodeDigits`) on a line without
/// values, and the next line, holding values, starts at the same column with digits too few to be a
/// long code of their own (as the next project's row would): the row's code is the two pieces.
enum WrappedLongCodes {
    static func joined(_ table: TableLines) -> TableLines {
        var table = table
        var body = table.body
        for k in body.indices.dropLast() {
            let words = body[k].tokens.filter { !$0.isBlank }
            guard let upper = words.first, upper.isLongCode,
                  !words.dropFirst().contains(where: { $0.kind != .text }),
                  let lowerIndex = body[k + 1].tokens.firstIndex(where: { !$0.isBlank }),
                  case let lower = body[k + 1].tokens[lowerIndex],
                  lower.kind == .integer, !lower.isLongCode, lower.column == upper.column,
                  body[k + 1].number == body[k].number + 1,
                  body[k + 1].tokens[(lowerIndex + 1)...].contains(where: { $0.kind == .amount || $0.kind == .integer })
            else { continue }
            body[k + 1].tokens[lowerIndex] = Token(text: upper.text + lower.text, line: lower.line, column: lower.column)
            body[k].tokens.removeAll { $0 == upper }
            body[k].compact = TextRepair.compact(body[k].tokens.map(\.text).joined())
            body[k + 1].compact = TextRepair.compact(body[k + 1].tokens.map(\.text).joined())
        }
        table.body = body.filter { !$0.compact.isEmpty }
        return table
    }
}
