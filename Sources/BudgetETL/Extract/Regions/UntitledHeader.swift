import Foundation

/// A header row of pdftotext -layout's text, or of tab (or `|`) cells, with neither a title nor a
/// unit line over it: a page that starts with its table, or a table set under prose or under a
/// caption without 表. Its first cell names the rows (项目, 科目名称 …), no cell holds a number,
/// and rows of the same kind, a name then amounts, follow: as many amounts in each, fewer than
/// the header's cells, and in laid-out text the last ending past where the header's second cell
/// starts (under the header, not prose wrapped beside it), and no lead-in (`其中:`) over it. The
/// table has no title; the header row is its first line (`headerRow`).
enum UntitledHeader {
    static func headsTable(at i: Int, in lines: [String]) -> Bool {
        // Asked of every line no other rule took: a header row holds a name column's character
        // and a tab or a run of spaces between cells; most lines hold neither.
        let line = lines[i]
        guard UTF8Text.containsAny(line, "项", "科", "名", "分", "类", "单", "处", "是", "份") else { return false }
        let tabbed = isTabbed(line)
        guard tabbed || UTF8Text.holds(line, "  "), let header = headerCells(line) else { return false }
        // Under a row of amounts it is a header printed again after a page break, not a new table.
        if let previous = (0..<i).last(where: { !lines[$0].allSatisfy(\.isWhitespace) }),
           cells(lines[previous]).dropFirst().contains(where: isAmount) || leadsIn(lines[previous]) { return false }
        let rows = lines[(i + 1)...].lazy.filter { !$0.allSatisfy(\.isWhitespace) }.prefix(Thresholds.untitledHeaderRows)
        guard rows.count == Thresholds.untitledHeaderRows, rows.allSatisfy({ isTabbed($0) == tabbed }) else { return false }
        // Tab cells keep no positions: their count alone tells.
        let secondStart = tabbed ? 0 : secondCellStart(line)
        guard let secondStart else { return false }
        let counts = rows.map { amountCount($0, after: secondStart) }
        guard let n = counts.first, n >= 1, n < header.count else { return false }
        return counts.allSatisfy { $0 == n }
    }

    /// Under a line with a cell that only leads in to columns (`其中:` over `门诊收入  住院收入`), the
    /// header started above: the row is its last line, not its first, and the lines above it,
    /// which no rule read as a title and unit (a converter that set two texts on one line mixes
    /// their characters), leave its columns' names unknown. A unit line is no such line.
    private static func leadsIn(_ line: String) -> Bool {
        LineClass.statedUnit(line) == nil && cells(line).contains(where: HeaderWords.isLeadIn)
    }

    /// The line itself when it is such a header row (the title line of the untitled table it
    /// heads: read as the table's header, not its title).
    static func headerRow(_ line: String) -> String? {
        headerCells(line) != nil ? line : nil
    }

    /// Two cells or more, the first a name column's word, none a number (but the years a
    /// yearbook names its columns by) or a sentence.
    private static func headerCells(_ line: String) -> [String]? {
        let row = cells(line)
        guard row.count >= 2, HeaderWords.isLabel(TextRepair.compact(row[0])),
              UntitledGrid.namesYears(row) || !row.contains(where: isAmount),
              !row.contains(where: StreamLayout.isProse) else { return nil }
        return row
    }

    /// How many amounts follow a row's name, all of them and the last ending past `start`; 0 when
    /// the row is not a short name then amounts.
    private static func amountCount(_ line: String, after start: Int) -> Int {
        let row = cells(line)
        guard row.count >= 2, !isAmount(row[0]), !StreamLayout.isProse(row[0]),
              row.dropFirst().allSatisfy(isAmount) else { return 0 }
        let end = line.count - line.reversed().prefix { $0.isWhitespace }.count
        return end > start ? row.count - 1 : 0
    }

    /// Where the header's second cell starts, in characters from the line's start.
    private static func secondCellStart(_ line: String) -> Int? {
        let trimmedStart = line.prefix { $0.isWhitespace }.count
        guard let gap = line.dropFirst(trimmedStart).range(of: "  ") else { return nil }
        let afterGap = line[gap.lowerBound...].prefix { $0.isWhitespace }.count
        return line.distance(from: line.startIndex, to: gap.lowerBound) + afterGap
    }

    private static func isAmount(_ cell: String) -> Bool { TokenKind.of(TextRepair.compact(cell)).isNumeric }

    // Cells cut as an untitled grid's: tab cells, or runs of two spaces or more.
    private static func cells(_ line: String) -> [String] { UntitledGrid.cells(line) }
    private static func isTabbed(_ line: String) -> Bool { UntitledGrid.isTabbed(line) }
}
