/// Amounts that stand in columns. pdftotext -layout on a narrow page packs neighbouring cells
/// one space apart (`8488.17 611.17 521.09`, `30101 基本工资`), so single spaces can outnumber
/// the runs of padding although every cell stands at its column's place: the amounts of
/// different lines then end at the same character columns. In single-space text each line's
/// positions follow the lengths of the words before them, so amounts line up only by chance.
extension AlignedLayout {
    /// Whether most amounts (numbers with decimals) end where an amount of another line ends.
    static func amountsLinedUp(_ lines: [String], share: Double = Thresholds.linedUpAmountShare) -> Bool {
        var ends: [(line: Int, end: Int)] = []
        for (index, line) in lines.enumerated() where !AlignedText.isProse(line) {
            ends += amountEnds(line).map { (index, $0) }
        }
        guard ends.count >= Thresholds.linedUpAmountsMinimum else { return false }
        var linesEndingAt: [Int: Set<Int>] = [:]
        for (line, end) in ends { linesEndingAt[end, default: []].insert(line) }
        let slack = Thresholds.pairColumnSlack
        let linedUp = ends.filter { line, end in
            (end - slack...end + slack).contains { linesEndingAt[$0]?.contains { $0 != line } == true }
        }.count
        return Double(linedUp) >= share * Double(ends.count)
    }

    /// End columns (a character is one column, as pdftotext -layout counts them) of the amounts
    /// with decimals in a line: codes and counts are left out, a code column lines up in any layout.
    static func amountEnds(_ line: String) -> [Int] {
        var ends: [Int] = [], column = 0
        for piece in line.split(separator: " ", omittingEmptySubsequences: false) {
            column += piece.count
            if piece.contains("."), TokenKind.of(String(piece)) == .amount { ends.append(column) }
            column += 1
        }
        return ends
    }
}
