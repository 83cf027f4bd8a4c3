/// Which value columns the values of one line stand in, when blank cells are only gaps.
///
/// Amounts are right-aligned in their cells and header words centred, so within one line the
/// right edge of every value lies at about the same offset (the line's shift) from the centre of
/// its column's header word. pdftotext moves whole runs of lines left or right by several
/// columns, so the shift is estimated per line: every left-to-right placement of the values is
/// tried, with the shift that fits it best; the placement whose values deviate least from one
/// common shift wins. A line with fewer values than columns can be ambiguous on its own (two
/// values in three equally spaced columns); its neighbours then tell the shift (`choose`).
enum ColumnFit {
    struct Fit: Equatable {
        /// Column index of each value, increasing.
        var columns: [Int]
        var shift: Double
        var cost: Double
        /// Too many placements to weigh: the values were put in the first columns in order, so their
        /// columns are a guess that normalize's placement step settles by the table's sums.
        var byOrder = false
    }

    /// Every placement of `ends` (right edges of the values) into `anchors` (column centres),
    /// cheapest first. Placements are enumerated, so very wide sections fall back to the first
    /// columns in order.
    /// `firstIsTotal`: the first value column is a total (合计, 总计, 小计), which is rarely blank when
    /// a cell it sums is not; only then does a placement that leaves it blank cost more.
    /// `pushed`: values whose printed position is not where their cell stands (`pushedValues`):
    /// they keep their order but do not weigh in the shift, unless no other value tells it.
    static func candidates(ends: [Double], anchors: [Double], firstIsTotal: Bool = true, pushed: Set<Int> = []) -> [Fit] {
        let k = ends.count, n = anchors.count
        guard k > 0, k <= n else { return [] }
        let weighed = pushed.count < k ? Set(0..<k).subtracting(pushed) : Set(0..<k)
        var fits: [Fit] = []
        if combinations(n, k) > Thresholds.placementEnumerationLimit {
            var inOrder = fit(Array(0..<k), ends: ends, anchors: anchors, firstIsTotal: firstIsTotal, weighed: weighed)
            inOrder.byOrder = true
            return [inOrder]
        }
        var chosen: [Int] = []
        func walk(_ next: Int) {
            if chosen.count == k {
                fits.append(fit(chosen, ends: ends, anchors: anchors, firstIsTotal: firstIsTotal, weighed: weighed))
                return
            }
            guard next < n, n - next >= k - chosen.count else { return }
            chosen.append(next); walk(next + 1); chosen.removeLast()
            walk(next + 1)
        }
        walk(0)
        return fits.sorted { $0.cost < $1.cost || ($0.cost == $1.cost && $0.columns.lexicographicallyPrecedes($1.columns)) }
    }

    static func fit(_ columns: [Int], ends: [Double], anchors: [Double], firstIsTotal: Bool = true,
                    weighed: Set<Int>? = nil) -> Fit {
        let offsets = zip(ends, columns).enumerated().filter { weighed?.contains($0.offset) ?? true }
            .map { $0.element.0 - anchors[$0.element.1] }.sorted()
        let m = offsets.count
        let shift = m % 2 == 1 ? offsets[m / 2] : (offsets[m / 2 - 1] + offsets[m / 2]) / 2
        var cost = offsets.reduce(0) { $0 + abs($1 - shift) }
        if firstIsTotal, columns.first != 0 { cost += Thresholds.skippedFirstColumnCost }
        return Fit(columns: columns, shift: shift, cost: cost)
    }

    static func isCertain(_ fits: [Fit], columnCount: Int) -> Bool {
        guard let first = fits.first else { return false }
        return first.columns.count == columnCount || fits.count == 1 || fits[1].cost - first.cost >= Thresholds.certainPlacementMargin
    }

    /// The best placement once the shifts of the nearest certain lines are known: a line sits in
    /// the same run as one of its neighbours, so its shift should match one of theirs.
    static func choose(_ fits: [Fit], neighbourShifts: [Double]) -> Fit? {
        guard !neighbourShifts.isEmpty else { return fits.first }
        return fits.min { total($0, neighbourShifts) < total($1, neighbourShifts) }
    }

    private static func total(_ fit: Fit, _ shifts: [Double]) -> Double {
        fit.cost + shifts.map { abs(fit.shift - $0) }.min()!
    }

    /// Values printed one space after a name that is wider on paper than in the text: pdftotext
    /// -layout gives a Chinese character one column although it is about two wide, and sets a word
    /// that would overlap the text to its left right after that text, so a long name (a word
    /// processor wraps it inside its cell on paper) pulls the value after it away from where its
    /// cell stands ("机关事业单位基本养老保险缴费支出 34.41", the amount columns left of the 合计
    /// column's other amounts). Such a value's position says nothing of its column; its order does.
    static func pushedValues(_ values: [Token], after names: [Token]) -> Set<Int> {
        Set(values.indices.filter { i in
            names.contains { $0.end + 1 == values[i].column && $0.column + paperWidth($0.text) > values[i].column + 1 }
        })
    }

    /// Width in character columns as printed: a Chinese character or full-width form counts two.
    static func paperWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + (AlignedText.isWide($1) ? 2 : 1) }
    }

    static func combinations(_ n: Int, _ k: Int) -> Double {
        var result = 1.0
        for i in 0..<min(k, n - k) { result = result * Double(n - i) / Double(i + 1) }
        return result
    }
}
