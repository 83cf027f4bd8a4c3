/// A spreadsheet shows a number too long for its cell in scientific notation: a project code of
/// 18 to 21 digits typed as a number prints as `1.2345678E+020` (wrapped in a narrow cell, the
/// mantissa may be split after its first digit and `.`). The digits are lost, and with them the row's
/// identity: its values are rejected with the reason, not kept under a code no one can look up.
extension AlignedRows {
    static func withoutRoundedCodes(_ rows: inout [[ExtractedRow]]) -> [ReaderReject] {
        var rejects: [ReaderReject] = []
        for n in rows.indices {
            let rounded = { (row: ExtractedRow) in !row.cells.isEmpty && holdsScientificNumber(row.label) }
            rejects += rows[n].filter(rounded).flatMap { $0.cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .rowCodeRounded) } }
            rows[n].removeAll(where: rounded)
        }
        return rejects
    }

    /// Whether the text holds a number in a spreadsheet's scientific notation: digits, `E+`, and
    /// two or three digits of exponent (`2345678E+020`, `4.1E+19`).
    static func holdsScientificNumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for i in scalars.indices where scalars[i] == "E" || scalars[i] == "e" {
            guard i > 0, TextRepair.isDigit(scalars[i - 1]), i + 1 < scalars.count, scalars[i + 1] == "+" else { continue }
            let exponent = scalars[(i + 2)...].prefix(while: TextRepair.isDigit)
            if (2...3).contains(exponent.count) { return true }
        }
        return false
    }
}
