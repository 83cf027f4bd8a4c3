/// Normalize's placement step: where the layout did not say which column a number belongs to, the
/// table's own sums decide, as an accountant reads it (合计 = 基本支出 + 项目支出, a parent code = Σ
/// its children, each 行次 one more than the last).
///
/// - A whole column one cell short (`ColumnShift`): when the printed grid breaks identities that a
///   grid with one column skipped (or one extra) keeps, every row is read by the corrected grid, and
///   the moved cells are `derived`.
/// - A short row (cells the reader marked `guessed`): every order-preserving placement of its numbers
///   into the columns its printed cells leave free is tried. The header alone forcing one gives
///   `certain`; the identities singling one out give `derived`; otherwise the numbers go to the
///   rejects with the reason, because a wrong number is worse than a missing one.
struct Placement {
    let rules: PlacementRules
    let outputUnit: MoneyUnit

    /// Guards the work per row: when the search for placements that fit the sums has tried this
    /// many partial placements (the sums cut most branches early), the row is rejected.
    static let maxSearchSteps = 200_000

    /// Returns where the declared rules apply in the section (for validate, see `DocumentRelations`).
    @discardableResult
    func place(_ section: inout NormalizedSection, tableKey: String, tableTitle: String, sourceUnit: MoneyUnit,
               regexes: RegexCache, rejects: inout [RejectedLine]) -> SectionRelations {
        EconomicClassDoubt.doubt(&section)
        let pending = Set(section.rows.indices.filter { section.rows[$0].cells.contains { $0.confidence == .guessed } })
        let declaredRules = rules.rowTotals.contains { $0.tables.contains(tableKey) }
            || rules.hierarchy.contains { $0.tables.contains(tableKey) }
        guard !pending.isEmpty || declaredRules else { return SectionRelations() }
        let relations = SectionRelations(section, tableKey: tableKey, rules: rules, regexes: regexes)
        let identities = section.identities(relations, rules: rules)
        let tolerance = Exact.convert(rules.tolerancePerSummand, fromPower: sourceUnit.powerOfTen,
                                      toPower: outputUnit.powerOfTen) ?? .zero
        let printed = Context(identities: identities, tolerance: tolerance)
        // A sum reading a rounded amount cannot be told: it neither doubts nor places a row.
        let rounded = RoundedAmounts.reject(&section, pending: pending, printed, unitPower: sourceUnit.powerOfTen - outputUnit.powerOfTen,
                                            tableTitle: tableTitle, rejects: &rejects)
        let context = rounded.isEmpty ? printed
            : Context(identities: identities.filter { !$0.cells.contains(where: rounded.contains) }, tolerance: tolerance)
        ColumnShift.correct(&section, pending: pending, context)
        let doubted = RowSumDoubt.doubt(&section, pending: pending, context)
        let misplacedParts = PartColumnDoubt.doubt(&section, unsettled: pending.union(doubted.rows), context)
        RowPlacement(context: context, doubted: doubted.rows, confirms: doubted.confirms)
            .place(&section, pending: pending.union(doubted.rows).union(misplacedParts), tableTitle: tableTitle, rejects: &rejects)
        var seen = Set<String>()
        section.placementIdentities = section.placementIdentities.filter { seen.insert($0).inserted }
        return relations
    }

    struct Context {
        let identities: [Identity]
        let tolerance: ExactDecimal

        /// Values by row; rows in `unsettled` are nil.
        static func grid(_ rows: [NormalizedRow], unsettled: Set<Int>) -> Identity.Grid {
            rows.indices.map { i in
                unsettled.contains(i) ? nil : RowPlacement.values(rows[i])
            }
        }

        /// Declared identities that do not hold on `grid`.
        func failures(on grid: Identity.Grid) -> Int {
            identities.filter { $0.rule != nil && $0.holds(on: grid, tolerance: tolerance) == false }.count
        }
    }
}

/// A published column one cell short: from column `from` on, each printed number belongs `by`
/// columns further (+1: column `from` is not printed; −1: one column too many is printed before it).
struct ColumnShift: Equatable {
    var from: Int
    var by: Int

    func target(_ column: Int) -> Int { column >= from ? column + by : column }

    /// Replaces the printed grid by a shifted one when the shift mends more than half of the declared
    /// identities the print breaks (a whole column moved either mends them or breaks more; a
    /// published mistake or a header misread is not a reason to move columns) and is the only best
    /// one; among shifts that break equally few, the one that moves the fewest numbers is the reading
    /// closest to the print.
    static func correct(_ section: inout NormalizedSection, pending: Set<Int>, _ context: Placement.Context) {
        let printed = Placement.Context.grid(section.rows, unsettled: pending)
        let failing = context.failures(on: printed)
        guard failing > 0 else { return }
        var scored: [(shift: ColumnShift, failing: Int, moved: Int)] = []
        for shift in candidates(section, pending: pending) {
            let shifted = printed.map { row in
                row.map { Dictionary($0.map { (shift.target($0.key), $0.value) }, uniquingKeysWith: { first, _ in first }) }
            }
            let moved = printed.reduce(0) { n, row in
                n + (row ?? [:]).filter { $0.key >= shift.from && !$0.value.isZero }.count
            }
            scored.append((shift, context.failures(on: shifted), moved))
        }
        guard let best = scored.min(by: { ($0.failing, $0.moved) < ($1.failing, $1.moved) }), best.failing * 2 < failing,
              scored.filter({ $0.failing == best.failing && $0.moved == best.moved }).count == 1 else { return }
        apply(best.shift, to: &section, pending: pending, context)
    }

    /// Shifts that keep every number inside the money columns and put no two in one cell.
    private static func candidates(_ section: NormalizedSection, pending: Set<Int>) -> [ColumnShift] {
        let n = section.columns.count
        var used = Set<Int>()
        for (i, row) in section.rows.enumerated() where !pending.contains(i) { used.formUnion(row.cells.map(\.column)) }
        let money = Set(section.moneyColumnIndices)
        var shifts: [ColumnShift] = []
        for from in 0..<n where used.contains(where: { $0 >= from }) {
            if (from..<n).allSatisfy(money.contains), !used.contains(n - 1) { shifts.append(ColumnShift(from: from, by: 1)) }
            if from > 0, (from - 1..<n).allSatisfy(money.contains), !used.contains(from - 1) {
                shifts.append(ColumnShift(from: from, by: -1))
            }
        }
        return shifts
    }

    private static func apply(_ shift: ColumnShift, to section: inout NormalizedSection, pending: Set<Int>,
                              _ context: Placement.Context) {
        let note = shift.by > 0
            ? "grid corrected by the totals: “\(section.columns[shift.from])” is not printed; the numbers printed from it on belong one column right"
            : "grid corrected by the totals: the numbers printed from “\(section.columns[shift.from])” on belong one column left"
        var moved = Set<CellAt>()
        for i in section.rows.indices where !pending.contains(i) {
            var touched = false
            for k in section.rows[i].cells.indices where section.rows[i].cells[k].column >= shift.from {
                section.rows[i].cells[k].column = shift.target(section.rows[i].cells[k].column)
                section.rows[i].cells[k].confidence = .derived
                moved.insert(CellAt(row: i, column: section.rows[i].cells[k].column))
                touched = true
            }
            if touched { section.rows[i].placedBy.append(note) }
        }
        let grid = Placement.Context.grid(section.rows, unsettled: pending)
        for identity in context.identities where identity.rule != nil && identity.cells.contains(where: moved.contains)
            && identity.holds(on: grid, tolerance: context.tolerance) == true {
            section.placementIdentities.append(identity.key(in: section))
        }
        section.gridCorrection = note
    }
}
