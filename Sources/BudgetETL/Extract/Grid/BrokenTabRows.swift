/// A tab table whose converter writes a wrapped cell's line breaks as they come (a ruled-table
/// converter's TSV without quoting): the row's line ends inside the cell and the next line goes on
/// with the rest of the cell and the row's other cells.
///
///     2080505 ⇥ 机关事业单位基
///     本养老保险缴费
///     支出 ⇥ 41.30 ⇥ 41.30
///
/// Read line by line, each piece is a short row whose cells stand in other columns. Joined, the
/// broken cell's pieces one cell again, they are one row as wide as the row above. Joined only where
/// the converter shows that it writes every row whole (some line ends with a blank cell), the row
/// above is a tab line as wide, the break falls inside text (the line ends with a word, the next
/// piece starts with one) and the pieces' cells add up to that width exactly; a line of one word
/// after the joined row, before a row as wide, is the end of its last cell. The joined row stands
/// on its first line; the pieces' lines are left empty so that line numbers stay.
enum BrokenTabRows {
    /// The most lines one cell is wrapped over (a long name in a narrow column).
    static let mostPieces = 8

    static func joined(_ lines: [String]) -> [String] {
        guard lines.contains(where: { isTabLine($0) && $0.utf8.last == 9 }) else { return lines }
        var lines = lines
        var width: Int?
        var n = 0
        while n < lines.count {
            guard isTabLine(lines[n]) else {
                // Text between rows ends the table: its width no longer holds.
                if !UTF8Text.trimmingWhitespace(lines[n]).isEmpty { width = nil }
                n += 1
                continue
            }
            let count = cellCount(lines[n])
            guard let full = width, count < full else { width = count; n += 1; continue }
            var cells = cellsOf(lines[n])
            var end = n + 1
            if endsInWord(cells) {
                while cells.count < full, end < lines.count, end - n <= mostPieces, let piece = continuation(lines[end]) {
                    cells[cells.count - 1] = joinedPieces(cells[cells.count - 1], piece[0])
                    cells += piece.dropFirst()
                    end += 1
                }
                if cells.count != full { cells = cellsOf(lines[n]); end = n + 1 }
            }
            // The joined row's last cell wrapped onto a line of its own, the table going on below.
            if end > n + 1, let last = lastPiece(lines, at: end, width: cells.count), endsInWord(cells) {
                cells[cells.count - 1] = joinedPieces(cells[cells.count - 1], last)
                end += 1
            }
            if end > n + 1 {
                lines[n] = cells.joined(separator: "\t")
                for k in (n + 1)..<end { lines[k] = "" }
            }
            width = cells.count
            n = end
        }
        return lines
    }

    static func isTabLine(_ line: String) -> Bool { UTF8Text.containsByte(line, 9) }

    static func cellCount(_ line: String) -> Int { line.utf8.reduce(1) { $1 == 9 ? $0 + 1 : $0 } }

    static func cellsOf(_ line: String) -> [String] { line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }

    static func endsInWord(_ cells: [String]) -> Bool {
        guard let last = cells.last else { return false }
        let word = UTF8Text.trimmingWhitespace(last)
        return !word.isEmpty && !TokenKind.of(word).isNumeric
    }

    /// A piece after a break: a line opening with the rest of the broken cell, a word.
    static func continuation(_ line: String) -> [String]? {
        let cells = cellsOf(line)
        let first = UTF8Text.trimmingWhitespace(cells[0])
        return first.isEmpty || TokenKind.of(first).isNumeric ? nil : cells
    }

    /// A line of one word between two rows of the table's width: the end of the row above's last cell.
    static func lastPiece(_ lines: [String], at k: Int, width: Int) -> String? {
        guard width > 1, k + 1 < lines.count, !isTabLine(lines[k]), isTabLine(lines[k + 1]),
              cellsOf(lines[k + 1]).count == width else { return nil }
        let word = UTF8Text.trimmingWhitespace(lines[k])
        return word.isEmpty || TokenKind.of(word).isNumeric ? nil : word
    }

    /// The pieces of a wrapped cell as one: Chinese text wraps without a space, words of letters with one.
    static func joinedPieces(_ head: String, _ tail: String) -> String {
        guard let a = head.utf8.last, let b = tail.utf8.first, isLetterOrDigit(a), isLetterOrDigit(b) else { return head + tail }
        return head + " " + tail
    }

    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
}
