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

    /// The next lines are a unit line and a row of several cells: a table, not more contents.
    static func opensTable(after title: Int, in lines: [String]) -> Bool {
        // Lazily: the two lines after the title, not every later line of the document for each title.
        let next = Array((title + 1..<lines.count).lazy.filter { !lines[$0].allSatisfy(\.isWhitespace) }.prefix(2))
        guard next.count == 2, RegionFinder.isUnitLine(lines[next.first!]) else { return false }
        return lines[next.last!].split(separator: "\t").filter { !UTF8Text.trimmingWhitespace(String($0)).isEmpty }.count >= 2
    }
}
