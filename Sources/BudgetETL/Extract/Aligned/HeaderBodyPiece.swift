/// The first row's name pushed up into the header's last line. A spreadsheet prints a header
/// cell's words at the cell's bottom and the row under it from its top, and pdftotext packs the
/// two close lines into one: the first piece of the first row's wrapped name stands on the
/// header's last line, under the name column's header word, where the tree would read it as a
/// column under that word (and the columns after it one place off their values).
/// The word is the row's, not a header part, when the header words above it already spell a whole
/// identifying name (`科目名` / `称`), it names no column itself, and the line under the header
/// goes on with the name's pieces, no number on it.
enum HeaderBodyPiece {
    static func moved(_ table: TableLines) -> TableLines {
        guard table.header.count >= 2, let last = table.header.last,
              let piece = last.tokens.first(where: { !$0.isBlank }),
              AlignedHeader.role(of: piece.text) == .value, !isNamed(piece),
              let next = table.body.first, namePieces(next),
              spellsIdentifyingName(above: piece, in: table.header.dropLast())
        else { return table }
        var table = table
        var header = last
        header.tokens.removeAll { $0 == piece }
        header.compact = TextRepair.compact(header.tokens.map(\.text).joined())
        table.header.removeLast()
        if !header.compact.isEmpty { table.header.append(header) }
        let row = TableLines.Line(number: last.number, tokens: [piece], compact: TextRepair.compact(piece.text))
        table.body.insert(row, at: 0)
        return table
    }

    /// A word that is a column's name (合计, 小计…) or a number: the header's own.
    private static func isNamed(_ token: Token) -> Bool {
        token.kind != .text || HeaderWords.isTotal(TextRepair.compact(token.text))
    }

    /// A line of words only: a wrapped name's next piece.
    private static func namePieces(_ line: TableLines.Line) -> Bool {
        let words = line.tokens.filter { !$0.isBlank }
        return !words.isEmpty && words.allSatisfy { $0.kind == .text }
    }

    /// The header words standing over the piece, joined top down, spell a code or name column's
    /// whole word.
    private static func spellsIdentifyingName(above piece: Token, in lines: ArraySlice<TableLines.Line>) -> Bool {
        let over = lines.flatMap { line in
            line.tokens.filter { !$0.isBlank && $0.column < piece.end && piece.column < $0.end }
        }
        guard !over.isEmpty else { return false }
        let word = TextRepair.compact(over.map(\.text).joined())
        return AlignedHeader.role(of: word) != .value
    }
}
