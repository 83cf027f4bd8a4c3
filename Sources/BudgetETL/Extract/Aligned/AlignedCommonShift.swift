/// A section none of whose lines places its values alone: each line holds fewer values than the
/// columns (one amount under 执行数 | 预算数), so every line fits several placements, each with its
/// own shift (`ColumnFit`). pdftotext prints a table's lines in one run, so one shift holds for
/// them all: the shift under which every line's best placement fits, when no other shift fits the
/// lines nearly as well, tells each line its columns (the amounts standing at two right edges
/// go under the two columns, in order). Lines that could sit at either of two shifts alike (every
/// amount at one right edge) tell nothing, and stay for normalize to settle by the sums.
extension AlignedGridReader {
    static func commonShift(_ lines: [[ColumnFit.Fit]]) -> Double? {
        // Weighed only where the placements are few (each shift weighs them all).
        guard lines.count >= 2, lines.allSatisfy({ !$0.isEmpty }),
              Double(lines.reduce(0) { $0 + $1.count }) <= Thresholds.placementEnumerationLimit else { return nil }
        // Under each shift, every line's cheapest placement and how far it stands off the shift.
        let scored = Set(lines.joined().map(\.shift)).sorted().map { s in
            (shift: s, best: lines.map { fits in fits.min { $0.cost + abs($0.shift - s) < $1.cost + abs($1.shift - s) }! })
        }
        let cost = { (s: Double, fits: [ColumnFit.Fit]) in fits.reduce(0) { $0 + $1.cost + abs($1.shift - s) } }
        guard let best = scored.min(by: { cost($0.shift, $0.best) < cost($1.shift, $1.best) }),
              best.best.allSatisfy({ $0.cost + abs($0.shift - best.shift) <= Thresholds.commonShiftDeviation }) else { return nil }
        // A shift that places some line elsewhere as cheaply leaves the lines' columns open.
        let rival = scored.filter { $0.best.map(\.columns) != best.best.map(\.columns) }.map { cost($0.shift, $0.best) }.min() ?? .infinity
        return rival - cost(best.shift, best.best) >= Thresholds.certainPlacementMargin ? best.shift : nil
    }
}

/// A section none of whose lines is placed alone and that no common shift places (a spreadsheet
/// prints a CJK header line narrower than its rows: the header's centres stand closer together
/// than the amounts' right edges, so no one shift fits every line). Where its amounts stand at
/// exactly as many edges as it has columns, each edge the same shift from its column as the
/// others give or take less than half the columns' spacing, the edges are the columns, in order:
/// columns never cross, so no other placement keeps them all.
extension AlignedGridReader {
    /// Each line's columns by the edge its values stand at, or nil when the edges leave a choice.
    /// `edges`: each line's values' positions (right edges, or left where amounts are set flush left).
    static func columnsByEdges(_ edges: [[Double]], anchors: [Double]) -> [[Int]]? {
        guard edges.count >= 2, anchors.count >= 2, edges.allSatisfy({ !$0.isEmpty }) else { return nil }
        var clusters: [(low: Double, high: Double)] = []
        for edge in Set(edges.joined()).sorted() {
            if let last = clusters.last, edge - last.high <= Thresholds.commonShiftDeviation {
                clusters[clusters.count - 1].high = edge
            } else {
                clusters.append((edge, edge))
            }
        }
        guard clusters.count == anchors.count, clusters.allSatisfy({ $0.high - $0.low <= Thresholds.commonShiftDeviation }) else { return nil }
        let shifts = zip(clusters, anchors).map { ($0.low + $0.high) / 2 - $1 }
        let spacing = zip(anchors.dropFirst(), anchors).map { $0 - $1 }.min()!
        guard spacing > 0, shifts.max()! - shifts.min()! < spacing / 2 else { return nil }
        let columns = edges.map { line in line.map { edge in clusters.firstIndex { $0.low <= edge && edge <= $0.high }! } }
        return columns.allSatisfy { zip($0.dropFirst(), $0).allSatisfy { $0 > $1 } } ? columns : nil
    }
}
