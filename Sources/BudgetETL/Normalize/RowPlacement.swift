/// Places the `guessed` numbers of short rows (see `Placement`). Rows are settled in print order,
/// and again while one more settles: a row decided by the row above it (a 行次, a parent's sum) may
/// let the next one be decided.
struct RowPlacement {
    let context: Placement.Context
    /// Printed rows that break their own sums (`RowSumDoubt`): where no placement fits the sums either,
    /// the print stands (the document's own error, for validate to report).
    var doubted: Set<Int> = []
    /// The identities that may place a doubted row (`RowSumDoubt.Outcome.confirms`).
    var confirms: (Identity) -> Bool = { _ in true }

    /// Placements of a row's guessed cells under which every identity that can be told holds.
    struct Fit {
        /// Columns for the guessed cells, in order.
        var columns: [Int]
        var by: [Identity]
        /// Other rules that narrowed the placement (the row's economic class).
        var rules: [String] = []
        /// Identities that ruled the other placements out only by a bound (`Identity.exceeded`): the
        /// placement stands once they hold with every row settled.
        var bounds: [Identity] = []
    }

    func place(_ section: inout NormalizedSection, pending: Set<Int>, tableTitle: String, rejects: inout [RejectedLine]) {
        guard !pending.isEmpty else { return }
        var unsettled = pending
        var involving: [Int: [Identity]] = [:]
        for identity in context.identities {
            for row in identity.rows where pending.contains(row) && (!doubted.contains(row) || confirms(identity)) {
                involving[row, default: []].append(identity)
            }
        }
        var grid = Placement.Context.grid(section.rows, unsettled: unsettled)
        // Kept as rows change (a rejected row loses its guessed numbers), not made again for every row tried.
        var nonNegative = Self.nonNegative(section.rows)
        // Rows one placement fits, as long as settling one lets another be told. A row none fits
        // stays so (settling others only adds sums to meet), and is rejected at once.
        var provisional: [Int: (printed: NormalizedRow, bounds: [Identity])] = [:]
        var progress = true
        while progress {
            progress = false
            for row in unsettled.sorted() {
                switch fits(section, row: row, grid: &grid, identities: involving[row] ?? [], nonNegative: nonNegative) {
                case .success(let fits) where fits.count == 1 && fits[0].by.isEmpty && fits[0].rules.isEmpty
                    && !fits[0].bounds.isEmpty && !Self.forced(fits[0], section, row: row):
                    // The others exceed a parent's sum: settled for now, kept once that sum holds.
                    provisional[row] = (section.rows[row], fits[0].bounds)
                    var fit = fits[0]
                    fit.rules = fit.bounds.map { "\($0.text(in: section)) (no room for it elsewhere)" }
                    settle(&section, row: row, fit)
                    grid[row] = Self.values(section.rows[row])
                case .success(let fits) where fits.count == 1 && fits[0].by.isEmpty && fits[0].rules.isEmpty
                    && !Self.forced(fits[0], section, row: row):
                    // The other placements broke a sum, but no sum holds with this one: a guess.
                    reject(&section.rows[row], section, why: "no sum confirms the one placement left", tableTitle, &rejects)
                case .success(let fits) where fits.count == 1:
                    settle(&section, row: row, fits[0])
                    grid[row] = Self.values(section.rows[row])
                case .success:
                    continue
                case .failure where doubted.contains(row):
                    Self.keepPrinted(&section.rows[row])
                    grid[row] = Self.values(section.rows[row])
                case .failure(let unplaceable):
                    reject(&section.rows[row], section, why: unplaceable.text, tableTitle, &rejects)
                }
                if Self.holdsNoNegative(section.rows[row]) { nonNegative.insert(row) }
                unsettled.remove(row)
                progress = true
            }
        }
        // Several placements fit the rest: nothing of such a row is loaded by guess.
        for row in unsettled.sorted() {
            reject(&section.rows[row], section, why: "several placements fit the table's sums", tableTitle, &rejects)
        }
        confirm(provisional, &section, grid: &grid, tableTitle: tableTitle, rejects: &rejects)
    }

    /// Keeps a row settled by a bound only where the bounding sums hold with every row settled; else
    /// its numbers are rejected, and rows whose bounds read it are checked again.
    private func confirm(_ provisional: [Int: (printed: NormalizedRow, bounds: [Identity])], _ section: inout NormalizedSection,
                         grid: inout Identity.Grid, tableTitle: String, rejects: inout [RejectedLine]) {
        var kept = provisional
        var changed = true
        while changed {
            changed = false
            for (row, entry) in kept.sorted(by: { $0.key < $1.key })
                where !entry.bounds.allSatisfy({ $0.holds(on: grid, tolerance: context.tolerance) == true }) {
                section.rows[row] = entry.printed
                reject(&section.rows[row], section, why: "a parent's sum ruled the others out but does not hold", tableTitle, &rejects)
                grid[row] = nil
                kept[row] = nil
                changed = true
            }
        }
        for entry in kept.values { section.placementIdentities += entry.bounds.map { $0.key(in: section) } }
    }

    private static func keepPrinted(_ row: inout NormalizedRow) {
        for k in row.cells.indices where row.cells[k].confidence == .guessed { row.cells[k].confidence = .certain }
    }

    struct Unplaceable: Error {
        var text: String
    }

    private func fits(_ section: NormalizedSection, row: Int, grid: inout Identity.Grid,
                      identities: [Identity], nonNegative: Set<Int>) -> Result<[Fit], Unplaceable> {
        let cells = section.rows[row].cells
        let printed = cells.filter { $0.confidence != .guessed }
        let guessed = cells.filter { $0.confidence == .guessed }
        let barred = EconomicClass.barredColumns(section.rows[row].code, columns: section.columns)
        let rules = barred.isEmpty ? [] : [EconomicClass.note(section.rows[row].code)]
        let free = section.columns.indices.filter { c in !printed.contains { $0.column == c } && !barred.contains(c) }
        guard guessed.count <= free.count else { return .failure(Unplaceable(text: "more numbers than free columns")) }
        // The header leaves one placement: the numbers are where the source puts them, whatever the sums say.
        if guessed.count == free.count, barred.isEmpty { return .success([Fit(columns: free, by: [])]) }
        // A printed row that breaks its own sums is kept as printed where no placement fits: a bound
        // must not rule its placements out.
        var search = PlacementSearch(row: row, printed: printed, guessed: guessed.map(\.value), free: free,
                                     identities: identities, tolerance: context.tolerance,
                                     open: doubted.contains(row) ? [] : nonNegative)
        search.run(on: &grid)
        grid[row] = nil
        if search.exhausted {
            return .failure(Unplaceable(text: "more than \(Placement.maxSearchSteps) partial placements to try"))
        }
        return search.found.isEmpty ? .failure(Unplaceable(text: "no placement fits the table's sums"))
            : .success(search.found.map { Fit(columns: $0.columns, by: $0.by, rules: rules, bounds: search.bounding) })
    }

    /// One placement: `certain` when the header leaves no other (as many free columns as numbers),
    /// else `derived` from the identities.
    /// The header leaves no other placement: as many free columns as numbers.
    private static func forced(_ fit: Fit, _ section: NormalizedSection, row: Int) -> Bool {
        fit.by.isEmpty && fit.columns.count == section.columns.count - section.rows[row].cells.filter { $0.confidence != .guessed }.count
    }

    private func settle(_ section: inout NormalizedSection, row: Int, _ fit: Fit) {
        let forced = Self.forced(fit, section, row: row)
        var next = fit.columns.makeIterator()
        for k in section.rows[row].cells.indices where section.rows[row].cells[k].confidence == .guessed {
            section.rows[row].cells[k].column = next.next()!
            section.rows[row].cells[k].confidence = forced ? .certain : .derived
        }
        section.rows[row].cells.sort { $0.column < $1.column }
        let reasons = forced ? ["header: as many free columns as numbers"] : fit.by.map { $0.text(in: section) } + fit.rules
        let keys = fit.by.filter { $0.rule != nil }.map { $0.key(in: section) }
        section.rows[row].placedBy += reasons
        section.placementIdentities += keys
    }

    /// Each guessed number becomes a reject naming the row, its guessed numbers and why none was loaded.
    private func reject(_ row: inout NormalizedRow, _ section: NormalizedSection, why: String, _ tableTitle: String,
                        _ rejects: inout [RejectedLine]) {
        let numbers = row.cells.filter { $0.confidence == .guessed }.map(\.sourceValue)
        let reason = "ambiguous placement: \(numbers.count) numbers for \(section.columns.count) columns"
            + " (\(CellLocator.rowName(row)): \(numbers.joined(separator: " ")); \(why))"
        for cell in row.cells where cell.confidence == .guessed {
            rejects.append(RejectedLine(line: cell.line, tableTitle: tableTitle, text: cell.sourceValue, reason: reason))
        }
        row.cells.removeAll { $0.confidence == .guessed }
    }

    /// Rows that hold no negative number: a parent's sum bounds what they can add while not settled.
    /// Settled rows need not be left out: the bound asks only about rows the grid has not settled
    /// (`Identity.exceeded`), and the row being placed, which was not settled when its search began.
    static func nonNegative(_ rows: [NormalizedRow]) -> Set<Int> {
        Set(rows.indices.filter { holdsNoNegative(rows[$0]) })
    }

    private static func holdsNoNegative(_ row: NormalizedRow) -> Bool {
        !row.cells.contains { $0.value.isNegative }
    }

    static func values(_ row: NormalizedRow) -> [Int: ExactDecimal] {
        Dictionary(row.cells.map { ($0.column, $0.value) }, uniquingKeysWith: { first, _ in first })
    }
}
