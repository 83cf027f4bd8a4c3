/// Nothing lost of a number a stream reader took for a row's code (a number before a name starts
/// a row). In a table of classification rows many rows hold a code and values; where fewer than
/// two rows of a section do, nothing confirms a code: it may as well be the value of the row named
/// before it (a name, then its number, printed one cell a line), and on a row left without values
/// it would reach the output nowhere (a row without values is no fact). Such codes are rejected
/// (`codeUnconfirmed`) with their rows' lines, and the rows keep their names and values. A header
/// naming a code column (科目编码, 单位代码) confirms them all.
enum UnconfirmedCodes {
    static func rejected(_ reading: TableReading, header: [TableLines.Line]) -> TableReading {
        guard !StreamHeader.words(header).contains(where: HeaderWords.isCode) else { return reading }
        var result = reading
        for n in result.sections.indices {
            let rows = result.sections[n].rows
            // A section with no value placed (all rejected, or none printed) tells nothing of its codes.
            guard rows.contains(where: { !$0.cells.isEmpty }) else { continue }
            guard rows.filter({ !$0.codeParts.isEmpty && !$0.cells.isEmpty }).count < 2 else { continue }
            for r in rows.indices where !rows[r].codeParts.isEmpty {
                result.rejects += rows[r].codeParts.map { ReaderReject(line: rows[r].line, text: $0, reason: .codeUnconfirmed) }
                result.sections[n].rows[r].codeParts = []
            }
        }
        return result
    }
}
