/// A page of a column-aligned table printed without its header: a spreadsheet lays each page
/// out on its own, so the columns may stand elsewhere than under the header on the first page
/// (shifted and narrowed), and a line with fewer values than columns fits the header's
/// positions wrongly. The page's own rows tell its columns: when the ends of its values fall
/// into as many runs as the section has value columns, those runs, in order, are the columns.
extension AlignedGridReader {
    static func placeByPage(_ segments: inout [Segment], _ sections: [AlignedHeader.Section], pageStarts: [Int]) {
        guard let firstLine = segments.first?.line else { return }
        let starts = pageStarts.filter { $0 > firstLine }
        guard !starts.isEmpty else { return }
        let page = { (line: Int) in starts.filter { $0 <= line }.count }
        for n in sections.indices {
            let columnCount = sections[n].values.count
            guard columnCount > 1 else { continue }
            for p in 1...starts.count {
                let members = segments.indices.filter { segments[$0].section == n && !segments[$0].values.isEmpty
                    && page(segments[$0].line) == p }
                let runs = endRuns(members.flatMap { segments[$0].values.map(\.end) })
                // Fewer lines than columns do not show where a page's columns stand, unless one
                // of them fills all its section's columns but one: the runs are then its columns.
                guard members.count >= columnCount || members.contains(where: { segments[$0].values.count >= columnCount - 1 }),
                      runs.count == columnCount,
                      runs.allSatisfy({ $0.count <= 2 * Thresholds.pageColumnEndSpread + 1 }) else { continue }
                let columns = members.map { i in segments[i].values.map { value in runs.firstIndex { $0.contains(value.end) }! } }
                // Two values of one line in one run: the runs are not the columns.
                guard columns.allSatisfy({ zip($0, $0.dropFirst()).allSatisfy { $0 < $1 } }),
                      placedApart(members.map { segments[$0] }, runs) else { continue }
                for (i, placed) in zip(members, columns) {
                    segments[i].columns = placed
                    segments[i].columnsGuessed = false
                }
            }
        }
    }

    /// Whether the placement by the header put values of two different runs into one column:
    /// two positions printed apart on one page are two columns, so the header's positions do
    /// not hold on this page. Otherwise the header's placement stands.
    static func placedApart(_ segments: [Segment], _ runs: [ClosedRange<Int>]) -> Bool {
        var runsOfColumn: [Int: Set<Int>] = [:]
        for segment in segments where segment.columns.count == segment.values.count {
            for (value, column) in zip(segment.values, segment.columns) {
                if let run = runs.firstIndex(where: { $0.contains(value.end) }) { runsOfColumn[column, default: []].insert(run) }
            }
        }
        return runsOfColumn.values.contains { $0.count > 1 }
    }

    /// Value ends grouped into runs of nearby columns (right-aligned numbers end within a
    /// character or two of each other), left to right.
    static func endRuns(_ ends: [Int]) -> [ClosedRange<Int>] {
        var runs: [ClosedRange<Int>] = []
        for end in Set(ends).sorted() {
            if let last = runs.last, end - last.upperBound <= Thresholds.pageColumnEndSpread {
                runs[runs.count - 1] = last.lowerBound...end
            } else {
                runs.append(end...end)
            }
        }
        return runs
    }
}
