/// A row the layout placed whose numbers break the row's own declared sums (总计 ≠ 基本支出 + 项目支出
/// on that very row) was not read where the source put it: a converter that wraps cells moves each
/// line's numbers by a different amount, so a position can point one column off. Such a row's
/// numbers are placed again by the sums (`RowPlacement`), in print order, or rejected; a whole
/// column one cell short is mended first (`ColumnShift`), so only rows still broken after it are doubted.
/// A sum counts only when another printed row of the table keeps it with two or more non-zero parts
/// (a = a + 0 proves nothing): a misread header makes sums that no row keeps, and placing numbers
/// by those would move them further. The same holds when the doubted rows are placed again: only
/// the sums some row keeps place them (`Outcome.confirms`); a sum no row keeps would leave no
/// placement, and the misplaced print would stand.
enum RowSumDoubt {
    struct Outcome {
        /// Rows whose cells were marked `guessed`.
        var rows: Set<Int> = []
        /// The shapes of the row sums some printed row keeps.
        fileprivate var kept: Set<Shape> = []

        /// Whether an identity may place a doubted row's numbers: a sum across rows, or a row's own
        /// sum that another printed row keeps.
        func confirms(_ identity: Identity) -> Bool {
            identity.rule == nil || identity.rows.count != 1 || kept.contains(Shape(identity))
        }
    }

    /// Marks the cells of every printed row that breaks an identity reading that row alone as
    /// `guessed`; returns those rows and the sums that may place them.
    static func doubt(_ section: inout NormalizedSection, pending: Set<Int>, _ context: Placement.Context) -> Outcome {
        let grid = Placement.Context.grid(section.rows, unsettled: pending)
        let ownRow = context.identities.filter { $0.rule != nil && $0.rows.count == 1 }
        var kept = Set<Shape>()
        var broken: [(row: Int, shape: Shape)] = []
        for identity in ownRow where !pending.contains(identity.total.row) {
            switch identity.holds(on: grid, tolerance: context.tolerance) {
            case true?: if Self.nonZeroParts(identity, grid) >= 2 { kept.insert(Shape(identity)) }
            case false?: broken.append((identity.total.row, Shape(identity)))
            case nil: continue
            }
        }
        let doubted = Set(broken.filter { kept.contains($0.shape) }.map(\.row))
        for row in doubted {
            for k in section.rows[row].cells.indices where section.rows[row].cells[k].confidence == .certain {
                section.rows[row].cells[k].confidence = .guessed
            }
        }
        return Outcome(rows: doubted.filter { row in section.rows[row].cells.contains { $0.confidence == .guessed } }, kept: kept)
    }

    private static func nonZeroParts(_ identity: Identity, _ grid: Identity.Grid) -> Int {
        identity.parts.filter { grid[$0.row]?[$0.column].map { !$0.isZero } ?? false }.count
    }

    /// An identity's columns, the same on every row it is declared for.
    fileprivate struct Shape: Hashable {
        var total: Int
        var parts: [Int]
        init(_ identity: Identity) {
            total = identity.total.column
            parts = identity.parts.map(\.column)
        }
    }
}
