/// A line with fewer values than columns, checked against the full lines (a value in every
/// column) printed nearest it on its page. pdftotext lays out each page, and within a page runs
/// of lines, on its own: a column's values may stand several characters off the header's
/// centre, and not all by one shift (`208 … 4,213,779.28 ⎵ 4,213,779.28` with its first value
/// pulled left of 合计's place and its second exactly where the full line above ends 基本支出).
/// The full lines nearest above and below show where this part of the page ends each column.
/// A placement that puts every value where those lines end its column, and is the only one to
/// do so, is taken; a placement by the header that puts fewer values there than another one
/// is in doubt, and its values are left for normalize to place by the table's sums, or reject.
extension AlignedGridReader {
    static func checkByFullLines(_ segments: inout [Segment], _ sections: [AlignedHeader.Section], pageBreaks: [Int]) {
        let page = { (line: Int) in pageBreaks.filter { $0 <= line }.count }
        for i in segments.indices {
            let columnCount = sections[segments[i].section].values.count
            let ends = segments[i].values.map(\.end)
            guard columnCount > 1, !ends.isEmpty, ends.count < columnCount, !segments[i].columnsGuessed,
                  segments[i].columns.count == ends.count,
                  ColumnFit.combinations(columnCount, ends.count) <= Thresholds.placementEnumerationLimit else { continue }
            let edges = fullLineEdges(around: i, segments, columnCount: columnCount, page: page)
            guard edges.contains(where: { !$0.isEmpty }) else { continue }
            let placements = placements(ends.count, into: columnCount)
            let agreeing = placements.map { agreement($0, ends: ends, edges: edges) }
            guard let best = agreeing.max(), best > 0 else { continue }
            let top = placements.indices.filter { agreeing[$0] == best }
            if best == ends.count, top.count == 1 {
                segments[i].columns = placements[top[0]]
            } else if agreement(segments[i].columns, ends: ends, edges: edges) < best {
                segments[i].columnsGuessed = true
            }
        }
    }

    /// Per column, the right edges at which the nearest full lines of the same section and page,
    /// above and below line `i`, end it.
    static func fullLineEdges(around i: Int, _ segments: [Segment], columnCount: Int, page: (Int) -> Int) -> [[Int]] {
        let segment = segments[i]
        func isFull(_ j: Int) -> Bool {
            segments[j].section == segment.section && segments[j].values.count == columnCount
                && segments[j].columns == Array(0..<columnCount) && page(segments[j].line) == page(segment.line)
        }
        let nearest = [segments.indices[..<i].last(where: isFull), segments.indices[(i + 1)...].first(where: isFull)]
        var edges = Array(repeating: [Int](), count: columnCount)
        for j in nearest.compactMap({ $0 }) {
            for (column, value) in segments[j].values.enumerated() { edges[column].append(value.end) }
        }
        return edges
    }

    /// How many values end where a full line ends the column the placement puts them in.
    static func agreement(_ columns: [Int], ends: [Int], edges: [[Int]]) -> Int {
        zip(ends, columns).filter { end, column in
            edges[column].contains { abs($0 - end) <= Thresholds.fullLineEndTolerance }
        }.count
    }

    /// Every increasing choice of `k` columns out of `n`.
    static func placements(_ k: Int, into n: Int) -> [[Int]] {
        guard k <= n else { return [] }
        var out: [[Int]] = [], chosen: [Int] = []
        func walk(_ next: Int) {
            if chosen.count == k { out.append(chosen); return }
            guard n - next >= k - chosen.count else { return }
            chosen.append(next); walk(next + 1); chosen.removeLast()
            walk(next + 1)
        }
        walk(0)
        return out
    }
}
