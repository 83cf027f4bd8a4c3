/// Places the `guessed` numbers of short rows (see `Placement`). Rows are settled in print order,
/// and again while one more settles: a row decided by the row above it (a 行次, a parent's sum) may
/// let the next one be decided.
struct RowPlacement {
    let context: Placement.Context

    /// Placements of a row's guessed cells under which every identity that can be told holds.
    struct Fit {
        /// Columns for the guessed cells, in order.
        var columns: [Int]
        var by: [Identity]
    }

    func place(_ section: inout NormalizedSection, pending: Set<Int>, tableTitle: String, rejects: inout [RejectedLine]) {
        var unsettled = pending
        var involving: [Int: [Identity]] = [:]
        for identity in context.identities {
            for row in identity.rows where pending.contains(row) { involving[row, default: []].append(identity) }
        }
        var grid = Placement.Context.grid(section.rows, unsettled: unsettled)
        // Rows one placement fits, as long as settling one lets another be told.
        var progress = true
        while progress {
            progress = false
            for row in unsettled.sorted() {
                guard case .success(let fits) = fits(section, row: row, grid: &grid, identities: involving[row] ?? []),
                      fits.count == 1 else { continue }
                settle(&section, row: row, fits[0])
                grid[row] = Self.values(section.rows[row])
                unsettled.remove(row)
                progress = true
            }
        }
        // The rest: several placements fit, or none. Nothing of such a row is loaded by guess.
        for row in unsettled.sorted() {
            let why: String
            switch fits(section, row: row, grid: &grid, identities: involving[row] ?? []) {
            case .success(let fits): why = "\(fits.count) placements fit the table's sums"
            case .failure(let unplaceable): why = unplaceable.text
            }
            reject(&section.rows[row], section, why: why, tableTitle, &rejects)
        }
    }

    struct Unplaceable: Error {
        var text: String
    }

    private func fits(_ section: NormalizedSection, row: Int, grid: inout Identity.Grid,
                      identities: [Identity]) -> Result<[Fit], Unplaceable> {
        let cells = section.rows[row].cells
        let printed = cells.filter { $0.confidence != .guessed }
        let guessed = cells.filter { $0.confidence == .guessed }
        let free = section.columns.indices.filter { c in !printed.contains { $0.column == c } }
        let count = Self.placements(choosing: guessed.count, of: free.count)
        if count == 0 { return .failure(Unplaceable(text: "more numbers than free columns")) }
        // The header leaves one placement: the numbers are where the source puts them, whatever the sums say.
        if count == 1 { return .success([Fit(columns: Array(free.prefix(guessed.count)), by: [])]) }
        if count > Placement.maxPlacements { return .failure(Unplaceable(text: "more than \(Placement.maxPlacements) placements")) }
        var found: [Fit] = []
        var choice = Array(0..<guessed.count)
        repeat {
            var values = Dictionary(printed.map { ($0.column, $0.value) }, uniquingKeysWith: { first, _ in first })
            for (cell, k) in zip(guessed, choice) { values[free[k]] = cell.value }
            grid[row] = values
            if let held = held(identities, on: grid) { found.append(Fit(columns: choice.map { free[$0] }, by: held)) }
        } while Self.advance(&choice, limit: free.count)
        grid[row] = nil
        return found.isEmpty ? .failure(Unplaceable(text: "no placement fits the table's sums")) : .success(found)
    }

    /// The identities that hold and can be told, or nil when one fails.
    private func held(_ identities: [Identity], on grid: Identity.Grid) -> [Identity]? {
        var held: [Identity] = []
        for identity in identities {
            guard let holds = identity.holds(on: grid, tolerance: context.tolerance) else { continue }
            if !holds { return nil }
            held.append(identity)
        }
        return held
    }

    /// One placement: `certain` when the header leaves no other (as many free columns as numbers),
    /// else `derived` from the identities.
    private func settle(_ section: inout NormalizedSection, row: Int, _ fit: Fit) {
        let forced = fit.by.isEmpty && fit.columns.count == section.columns.count
            - section.rows[row].cells.filter { $0.confidence != .guessed }.count
        var next = fit.columns.makeIterator()
        for k in section.rows[row].cells.indices where section.rows[row].cells[k].confidence == .guessed {
            section.rows[row].cells[k].column = next.next()!
            section.rows[row].cells[k].confidence = forced ? .certain : .derived
        }
        section.rows[row].cells.sort { $0.column < $1.column }
        section.rows[row].placedBy += forced ? ["header: as many free columns as numbers"] : fit.by.map(\.text)
        section.placementIdentities += fit.by.filter { $0.rule != nil }.map(\.key)
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

    static func values(_ row: NormalizedRow) -> [Int: ExactDecimal] {
        Dictionary(row.cells.map { ($0.column, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// C(n, k), stopping once it passes `Placement.maxPlacements`.
    static func placements(choosing k: Int, of n: Int) -> Int {
        guard k <= n else { return 0 }
        var result = 1
        for i in 0..<min(k, n - k) {
            result = result * (n - i) / (i + 1)
            if result > Placement.maxPlacements { return result }
        }
        return result
    }

    /// The next increasing choice of `choice.count` indices below `limit`; false after the last one.
    static func advance(_ choice: inout [Int], limit: Int) -> Bool {
        var i = choice.count - 1
        while i >= 0 && choice[i] == limit - choice.count + i { i -= 1 }
        guard i >= 0 else { return false }
        choice[i] += 1
        for j in (i + 1)..<choice.count { choice[j] = choice[j - 1] + 1 }
        return true
    }
}
