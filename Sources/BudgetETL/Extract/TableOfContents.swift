/// A table of contents lists the table titles one under the other. Such a title has no table
/// under it, and the last entry would otherwise claim the text that follows the contents up to
/// the first real table. Titles that stand in a run of three or more consecutive title lines
/// (blank lines between them allowed) are contents entries, not tables. A title line that carries
/// its whole table (a web page printed one line per table) is no entry: it ends a run.
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
                if next - runStart >= minimumRun { keep.removeAll { (runStart..<next).contains($0) } }
                runStart = next
            }
        }
        return keep
    }
}
