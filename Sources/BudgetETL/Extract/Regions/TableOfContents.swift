/// A table of contents lists the table titles one under the other. Such a title has no table
/// under it, and the last entry would otherwise claim the text that follows the contents up to
/// the first real table. Titles that stand in a run of three or more consecutive title lines
/// (blank lines between them allowed) are contents entries, not tables. A title line that carries
/// its whole table (a web page printed one line per table) is no entry: it ends a run. Nor is the
/// run's last title when its table starts right under it (its unit line, then a row of cells): a
/// section's heading and the table's title stacked over it (…预算表 / 一、某某表 / 某某表).
enum TableOfContents {
    static let minimumRun = 3

    /// Indexes (into `titleLines`, which are 0-based line indexes in order) of the entries that are
    /// real titles.
    static func tableTitles(_ titleLines: [Int], in lines: [String]) -> [Int] {
        var keep = Array(titleLines.indices)
        var runStart = 0
        for n in titleLines.indices {
            let next = n + 1
            if StreamLayout.tableAfterTitle(lines[titleLines[n]]) != nil {
                if n - runStart >= minimumRun { keep.removeAll { (runStart..<n).contains($0) } }
                runStart = next
                continue
            }
            let adjacent = next < titleLines.count
                && StreamLayout.tableAfterTitle(lines[titleLines[next]]) == nil
                && (titleLines[n] + 1..<titleLines[next]).allSatisfy { lines[$0].allSatisfy(\.isWhitespace) }
            if !adjacent {
                let entries = opensTable(after: titleLines[n], in: lines) ? runStart..<n : runStart..<next
                if next - runStart >= minimumRun { keep.removeAll { entries.contains($0) } }
                runStart = next
            }
        }
        return keep
    }

    /// The next lines are a unit line and a row of several cells: a table, not more contents. In
    /// pdftotext -layout's text the row may be the first row of amounts under a header of a few
    /// lines (whose words a single space may part): no contents entry has a unit line, a header and
    /// rows of amounts under it before the next title.
    static func opensTable(after title: Int, in lines: [String]) -> Bool {
        // Lazily: the lines after the title up to a header's height, not every later line of the
        // document for each title.
        let next = Array((title + 1..<lines.count).lazy.filter { !TableLines.isBlank(lines[$0]) }
            .prefix(2 + Thresholds.untitledLaidOutHeaderLines))
        guard next.count >= 2 else { return false }
        if RegionFinder.isUnitLine(lines[next[0]]) {
            if lines[next[1]].split(separator: "\t").filter({ !UTF8Text.trimmingWhitespace(String($0)).isEmpty }).count >= 2 { return true }
        } else if !RegionFinder.isUnitLine(UTF8Text.trimmingWhitespace(lines[next[0]])) {
            // pdftotext -layout pads the unit line to the page's right edge.
            return false
        }
        for i in next.dropFirst() where !UntitledGrid.isTabbed(lines[i]) {
            if TitleMatcher.shapedTitle(lines[i]) != nil { return false }
            if laidOutAmounts(lines[i]) >= 2 { return true }
        }
        return false
    }

    /// How many amounts follow the name of a pdftotext -layout row (cells parted by two spaces or
    /// more); 0 unless the name is a word and every other cell a number.
    static func laidOutAmounts(_ line: String) -> Int {
        let cells = UntitledGrid.cells(line)
        guard let name = cells.first, !TokenKind.of(TextRepair.compact(name)).isNumeric else { return 0 }
        let values = cells.dropFirst()
        return values.allSatisfy({ TokenKind.of(TextRepair.compact($0)).isNumeric }) ? values.count : 0
    }
}
