/// Nothing lost of a number a stream reader took for a row's code (a number before a name starts
/// a row). In a table of classification rows many rows hold a code and values, or the header names
/// a code column (科目编码, 单位代码); where neither is so, nothing confirms a code: it may as well be
/// the value of the row named before it (a name, then its number, printed one cell a line). Such a
/// code is rejected (`codeUnconfirmed`) with its row's line, the row keeping its name and values,
/// where it would reach the output nowhere (its row holds no value: a row without values is no
/// fact), and every such code of a section where a row named without code or values stands right
/// before a coded row (the name whose number the code may be); there a row whose name holds
/// numbers loses its values too (`valuesAmongNumbersInName`).
enum UnconfirmedCodes {
    static func rejected(_ reading: TableReading, header: [TableLines.Line]) -> TableReading {
        guard !StreamHeader.words(header).contains(where: HeaderWords.isCode) else { return reading }
        var result = reading
        for n in result.sections.indices {
            let rows = result.sections[n].rows
            // A section with no value placed (all rejected, or none printed) tells nothing of its codes.
            guard rows.contains(where: { !$0.cells.isEmpty }),
                  rows.filter({ !$0.codeParts.isEmpty && !$0.cells.isEmpty }).count < 2 else { continue }
            let nameWithoutNumber = rows.indices.dropFirst().contains { r in
                let before = rows[r - 1]
                return !rows[r].codeParts.isEmpty && before.codeParts.isEmpty && before.cells.isEmpty && !before.label.isEmpty
            }
            for r in rows.indices where !rows[r].codeParts.isEmpty && (nameWithoutNumber || rows[r].cells.isEmpty) {
                result.rejects += rows[r].codeParts.map { ReaderReject(line: rows[r].line, text: $0, reason: .codeUnconfirmed) }
                result.sections[n].rows[r].codeParts = []
                // Its name holding numbers (`乙县 545 丙县 753 丁县`): names and numbers of several
                // rows read as one row, its values any of theirs.
                guard holdsNumber(rows[r].label) else { continue }
                result.rejects += rows[r].cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .valuesAmongNumbersInName) }
                result.sections[n].rows[r].cells = []
            }
        }
        return result
    }

    /// Whether a word of the name (spaces part them) is a number.
    static func holdsNumber(_ label: String) -> Bool {
        label.split(separator: " ").contains { TokenKind.of(String($0)).isNumeric }
    }
}
