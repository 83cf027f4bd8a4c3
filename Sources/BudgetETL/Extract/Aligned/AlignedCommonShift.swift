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
