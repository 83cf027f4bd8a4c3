/// Whole amounts a spreadsheet printed rounded to fit a narrow cell: in its General format a cell
/// too narrow for `131792.35` prints `131792`, while the cells beside it keep their decimals.
/// The row's own sums then miss by a fraction of the unit the whole amounts stand in (合计 131792
/// against 1090.51 + 130702, off by 0.51): a published sum holds to its last printed digit (up to
/// the rounding the tolerance per summand admits), and whole amounts alone miss by whole units.
/// A declared sum that misses by a fraction of the unit, by no more than half a unit for each whole
/// amount it reads, has its whole amounts rounded: they are not the published values, and are
/// rejected rather than loaded as such.
enum RoundedAmounts {
    /// Removes the whole amounts of every such sum from `section` and rejects them; returns where they stood.
    /// `unitPower`: one unit of the source is 10^unitPower of the output unit (4 for 万元 read as 元).
    @discardableResult
    static func reject(_ section: inout NormalizedSection, pending: Set<Int>, _ context: Placement.Context,
                       unitPower: Int, tableTitle: String, rejects: inout [RejectedLine]) -> Set<CellAt> {
        let grid = Placement.Context.grid(section.rows, unsettled: pending)
        var rounded: [CellAt: String] = [:]
        for identity in context.identities where identity.rule != nil
            && identity.holds(on: grid, tolerance: context.tolerance) == false {
            let whole = identity.cells.filter { cell in
                section.rows[cell.row].cells.contains { $0.column == cell.column && isWhole($0) }
            }
            guard !whole.isEmpty, let miss = miss(identity, grid)?.magnitude.scaled(byPowerOfTen: -unitPower),
                  missesByRounding(miss, wholeAmounts: whole.count) else { continue }
            for cell in whole where rounded[cell] == nil {
                rounded[cell] = "amount printed rounded: \(identity.text(in: section)) misses by \(miss.trimmingTrailingZeros()) "
                    + "of the unit printed, a fraction of it where its whole amounts stand (a cell too narrow for their decimals)"
            }
        }
        for (cell, reason) in rounded.sorted(by: { ($0.key.row, $0.key.column) < ($1.key.row, $1.key.column) }) {
            guard let k = section.rows[cell.row].cells.firstIndex(where: { $0.column == cell.column }) else { continue }
            let printed = section.rows[cell.row].cells.remove(at: k)
            rejects.append(RejectedLine(line: printed.line, tableTitle: tableTitle, text: printed.sourceValue, reason: reason))
        }
        return Set(rounded.keys)
    }

    /// A number printed without decimals (`131792`, `1,200`), not zero (a blank printed as 0 rounds nothing).
    static func isWhole(_ cell: NormalizedCell) -> Bool {
        !cell.value.isZero && !cell.sourceValue.utf8.contains(UInt8(ascii: "."))
    }

    /// total − Σ parts; nil when a row is not settled or the sum overflows.
    static func miss(_ identity: Identity, _ grid: Identity.Grid) -> ExactDecimal? {
        guard let totalRow = grid[identity.total.row] else { return nil }
        var sum = ExactDecimal.zero
        for part in identity.parts {
            guard let row = grid[part.row], let next = sum.adding(row[part.column] ?? .zero) else { return nil }
            sum = next
        }
        return (totalRow[identity.total.column] ?? .zero).subtracting(sum)
    }

    /// Not a whole number of units (`miss` in the unit the amounts are printed in), and within half
    /// a unit per whole amount.
    static func missesByRounding(_ miss: ExactDecimal, wholeAmounts: Int) -> Bool {
        guard miss.rescaled(to: 0, rounding: .exact) == nil, let twice = miss.magnitude.adding(miss.magnitude) else { return false }
        return twice <= ExactDecimal(Int64(wholeAmounts))
    }
}
