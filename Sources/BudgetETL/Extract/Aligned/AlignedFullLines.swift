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
    static func checkByFullLines(_ segments: inout [Segment], _ sections: [AlignedHeader.Section], pageBreaks: [Int],
                                 pages: [PageHeader] = []) {
        let page = segments.map { segment in pageBreaks.lazy.filter { $0 <= segment.line }.count }
        // The full lines of each section, in order.
        var full: [Int: [Int]] = [:]
        for (i, segment) in segments.enumerated() {
            let count = sections[segment.section].values.count
            if count > 1, segment.values.count == count, segment.columns == Array(0..<count) { full[segment.section, default: []].append(i) }
        }
        for i in segments.indices {
            let columnCount = sections[segments[i].section].values.count
            let ends = segments[i].values.map(\.end)
            guard columnCount > 1, !ends.isEmpty, ends.count < columnCount, !segments[i].columnsGuessed,
                  segments[i].columns.count == ends.count, let lines = full[segments[i].section],
                  ColumnFit.combinations(columnCount, ends.count) <= Thresholds.placementEnumerationLimit else { continue }
            let nearest = [lines.last { $0 < i }, lines.first { $0 > i }].compactMap { $0 }.filter { page[$0] == page[i] }
            var edges = Array(repeating: [Int](), count: columnCount)
            for j in nearest {
                for (column, value) in segments[j].values.enumerated() { edges[column].append(value.end) }
            }
            if nearest.isEmpty {
                guard let moved = edgesMovedToPage(i, from: lines.last { $0 < i }, segments, sections, pages: pages) else { continue }
                edges = moved
            }
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

    /// A page with no full line of its own under its own printed header: the last full line of
    /// the pages before ends each column where its page's header stood, so it ends it here as far
    /// from where the header word stands now (`pageHeaders`: each column's anchor moved as its
    /// word moved). A word processor prints a later page's header words a few characters off
    /// the first page's, and a short line placed by the words alone can land one column off
    /// (`27.60` under 基本支出 nearer 项目支出's word than its own). Nil without that header or line.
    static func edgesMovedToPage(_ i: Int, from full: Int?, _ segments: [Segment], _ sections: [AlignedHeader.Section],
                                 pages: [PageHeader]) -> [[Int]]? {
        let line = segments[i].line, n = segments[i].section
        guard let full, let page = pages.last(where: { $0.from <= line }), segments[full].line < page.from else { return nil }
        let before = AlignedGridReader.sections(for: segments[full].line, sections, pages: pages)[n].values
        let now = page.sections[n].values
        guard before.count == now.count, now.count == segments[full].values.count else { return nil }
        return segments[full].values.indices.map { c in
            [segments[full].values[c].end + Int((now[c].anchor - before[c].anchor).rounded())]
        }
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
