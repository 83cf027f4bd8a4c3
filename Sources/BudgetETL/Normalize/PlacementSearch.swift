/// The order-preserving placements of a row's guessed numbers into its free columns under which
/// every identity that can be told holds — up to two, which is enough to tell one from several.
/// Depth first, left to right: once a number is placed, the free columns left of it are blank, so
/// an identity whose free cells all lie there is told already and a failing one cuts the whole
/// branch (wide tables have millions of placements, few of them fit).
struct PlacementSearch {
    let row: Int
    let guessed: [ExactDecimal]
    let free: [Int]
    let tolerance: ExactDecimal
    /// Rows whose numbers are all non-negative (`Identity.exceeded` asks only about rows not settled);
    /// the bound is used only when this row is one of them.
    let open: Set<Int>
    /// Identities that depend on the placement, with the rightmost free column of this row they read.
    private let checks: [(identity: Identity, lastFreeColumn: Int)]
    private var values: [Int: ExactDecimal]
    private var columns: [Int] = []
    private var steps = 0
    private(set) var found: [RowPlacement.Fit] = []
    /// Identities whose known parts already exceeded their total under some placement tried (`Identity.exceeded`).
    private(set) var bounding: [Identity] = []
    /// More than `Placement.maxSearchSteps` partial placements were tried: the search stopped.
    private(set) var exhausted = false

    init(row: Int, printed: [NormalizedCell], guessed: [ExactDecimal], free: [Int], identities: [Identity],
         tolerance: ExactDecimal, open: Set<Int> = []) {
        self.row = row
        self.open = open
        self.guessed = guessed
        self.free = free
        self.tolerance = tolerance
        values = RowPlacement.values(NormalizedRow(rowNumber: 0, code: nil, label: "", line: 0, cells: printed))
        let freeColumns = Set(free)
        checks = identities.compactMap { identity in
            let read = identity.cells.filter { $0.row == row && freeColumns.contains($0.column) }.map(\.column)
            return read.max().map { (identity, $0) }
        }
    }

    mutating func run(on grid: inout Identity.Grid) {
        place(0, from: 0, on: &grid)
    }

    /// Places number `n` in each free column from index `start` on that leaves room for the rest.
    private mutating func place(_ n: Int, from start: Int, on grid: inout Identity.Grid) {
        let last = free.count - (guessed.count - n)
        guard start <= last else { return }
        for k in start...last {
            steps += 1
            if steps > Placement.maxSearchSteps { exhausted = true }
            if exhausted || found.count > 1 { return }
            values[free[k]] = guessed[n]
            columns.append(free[k])
            grid[row] = values
            let complete = n == guessed.count - 1
            // Free columns up to this one are settled (blank or placed); all of them once the last number is.
            if let held = held(through: complete ? Int.max : free[k], on: grid) {
                if complete { found.append(RowPlacement.Fit(columns: columns, by: held)) } else { place(n + 1, from: k + 1, on: &grid) }
            }
            values[free[k]] = nil
            columns.removeLast()
        }
    }

    /// The told identities whose free cells lie at or left of `column`, if none of them fails.
    private mutating func held(through column: Int, on grid: Identity.Grid) -> [Identity]? {
        var held: [Identity] = []
        for check in checks where check.lastFreeColumn <= column {
            guard let holds = check.identity.holds(on: grid, tolerance: tolerance) else {
                if open.contains(row), check.identity.exceeded(on: grid, placing: row, open: open, tolerance: tolerance) {
                    if !bounding.contains(where: { $0.cells == check.identity.cells }) { bounding.append(check.identity) }
                    return nil
                }
                continue
            }
            if !holds { return nil }
            held.append(check.identity)
        }
        return held
    }
}
