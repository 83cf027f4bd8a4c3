/// A value between the two sides of a two-sided table, placed by the side it stands nearer in
/// the header, checked against the shifts of both sides' other values on its line. A word
/// processor sets each page's columns anew, and pdftotext shifts each side of a line on its own:
/// on a row whose left side prints only its 行次 (`4 … 36 0.00 0.00`), the right side's 行次 may
/// stand nearer the left side's amount column than its own. The value belongs to the side whose
/// other values' shift it shares: it moves to the next side's first blank column when that fits
/// both sides' values clearly better (`Thresholds.certainPlacementMargin`) than the header's
/// placement. The next side must print no name on the line (a name would stand between them).
extension AlignedGridReader {
    static func movedToNextSide(_ segments: inout [Segment], _ sections: [AlignedHeader.Section]) {
        for i in segments.indices.dropLast() {
            let a = segments[i], b = segments[i + 1]
            guard b.line == a.line, b.section == a.section + 1, b.labels.isEmpty, b.codes.isEmpty,
                  a.values.count >= 2, b.values.count >= 2, a.columns.count == a.values.count,
                  b.columns.count == b.values.count, let firstOfB = b.columns.first, firstOfB > 0 else { continue }
            let anchorsA = sections[a.section].values.map(\.anchor), anchorsB = sections[b.section].values.map(\.anchor)
            let endsA = a.values.map { Double($0.end) }, endsB = b.values.map { Double($0.end) }
            let asPlaced = cost(a.columns, endsA, anchorsA) + cost(b.columns, endsB, anchorsB)
            let moved = (0..<firstOfB).map { c in (c, cost([c] + b.columns, [endsA.last!] + endsB, anchorsB)) }
            guard let best = moved.min(by: { $0.1 < $1.1 }) else { continue }
            let keptA = cost(Array(a.columns.dropLast()), Array(endsA.dropLast()), anchorsA)
            guard keptA + best.1 + Thresholds.certainPlacementMargin <= asPlaced else { continue }
            segments[i + 1].values.insert(segments[i].values.removeLast(), at: 0)
            segments[i + 1].columns.insert(best.0, at: 0)
            segments[i].columns.removeLast()
        }
    }

    /// How far a line's values stand from one common shift under the given columns.
    private static func cost(_ columns: [Int], _ ends: [Double], _ anchors: [Double]) -> Double {
        columns.isEmpty ? 0 : ColumnFit.fit(columns, ends: ends, anchors: anchors, firstIsTotal: false).cost
    }
}
