/// Layer 2 for text whose converter parts cells by exactly two spaces and a cell's words by one
/// (`一般公共服务支出  1,250  980  127.6%  270`), blank cells dropped and nothing
/// padded. Read as single-space text, each two-space gap would be a blank cell between every two
/// cells; here a run of two spaces or more is one cut and a single space stays inside its cell.
/// Rows are then read in order (`StreamReader`): blank cells dropped, a value's column is known
/// only where the header's column count or the table's sums make it certain, and under a header
/// of several lines (words stacked in cells whose positions are lost) nowhere.
enum TwoSpaceCells {
    /// Whether a table's lines part their cells by two spaces: no run of padding (three spaces or
    /// more), most gaps between words exactly two spaces (`Thresholds.twoSpaceGapShare`), over
    /// enough lines of cells.
    static func parts(_ lines: [String]) -> Bool {
        var cells: [String] = [], twos = 0, gaps = 0
        for line in lines where !AlignedText.isProse(line) {
            let inner = AlignedLayout.innerGaps(line)
            guard !inner.isEmpty else { continue }
            if inner.contains(where: { $0 >= Thresholds.paddingGap }) { return false }
            cells.append(line)
            gaps += inner.count
            twos += inner.filter { $0 == 2 }.count
        }
        guard cells.count >= Thresholds.twoSpaceCellLines, Double(twos) >= Thresholds.twoSpaceGapShare * Double(gaps) else { return false }
        return cells.contains(where: LineClass.holdsAmount)
    }

    /// A header of two lines of words or more: with the cells' positions lost, a word on a lower
    /// line may go on any column's name above it (a wrapped cell), stand under a caption, or be a
    /// tall cell's middle line, and which cannot be told.
    static func stacksWords(_ header: [TableLines.Line]) -> Bool {
        header.filter { $0.tokens.contains { !$0.isBlank } }.count >= 2
    }

    /// A line among the rows of two header words or more and no number: a form of several parts,
    /// each under its own column names, and with the cells' positions lost no row tells which
    /// part's columns its values stand under.
    static func startsAnotherPart(_ body: [TableLines.Line]) -> Bool {
        body.contains { line in
            !line.tokens.contains { $0.kind.isNumeric }
                && line.tokens.filter { HeaderWords.isHeaderWord(TextRepair.compact($0.text)) }.count >= 2
        }
    }
}

extension Tokenizer {
    /// Cells cut at runs of two spaces or more; a single space stays inside its cell. Columns are
    /// character columns, as for the other tokenizers.
    static func twoSpaceTokens(_ line: String, number: Int) -> [Token] {
        let scalars = Array(line.unicodeScalars)
        return chunks(scalars).map { chunk in
            var bytes: [UInt8] = []
            for scalar in scalars[chunk] { UTF8.encode(scalar) { bytes.append($0) } }
            return Token(text: String(decoding: bytes, as: UTF8.self), line: number, column: chunk.lowerBound)
        }
    }
}
