/// Places the `guessed` numbers of short rows (see `Placement`). Rows are settled in print order,
/// and again while one more settles: a row decided by the row above it (a 行次, a parent's sum) may
/// let the next one be decided.
struct RowPlacement {
    let context: Placement.Context

    /// What the identities say about one row.
    enum Verdict {
        /// Columns for the row's guessed cells, in order, and how they were decided.
        case placed(columns: [Int], confidence: CellConfidence, by: [Identity])
        /// Not decided (yet): why.
        case open(String)
    }

    func place(_ section: inout NormalizedSection, pending: Set<Int>, tableTitle: String, rejects: inout [RejectedLine]) {
        var unsettled = pending
        var involving: [Int: [Identity]] = [:]
        for identity in context.identities {
            for row in identity.rows where pending.contains(row) { involving[row, default: []].append(identity) }
        }
        var reasons: [Int: String] = [:]
        var progress = true
        while progress {
            progress = false
            for row in unsettled.sorted() {
                var grid = Placement.Context.grid(section.rows, unsettled: unsettled)
                switch verdict(section, row: row, grid: &grid, identities: involving[row] ?? []) {
                case .placed(let columns, let confidence, let identities):
                    settle(&section.rows[row], columns: columns, confidence: confidence, by: identities)
                    section.placementIdentities += identities.filter { $0.rule != nil }.map(\.key)
                    unsettled.remove(row)
                    progress = true
                case .open(let why):
                    reasons[row] = why
                }
            }
        }
        for row in unsettled.sorted() { reject(&section.rows[row], section, why: reasons[row] ?? "", tableTitle, &rejects) }
    }

    private func verdict(_ section: NormalizedSection, row: Int, grid: inout Identity.Grid, identities: [Identity]) -> Verdict {
        let cells = section.rows[row].cells
        let printed = cells.filter { $0.confidence != .guessed }
        let guessed = cells.filter { $0.confidence == .guessed }
        let free = section.columns.indices.filter { c in !printed.contains { $0.column == c } }
        let count = Self.placements(choosing: guessed.count, of: free.count)
        if count == 1 {
            return .placed(columns: Array(free.prefix(guessed.count)), confidence: .certain, by: [])
        }
        if count == 0 { return .open("no placement: more numbers than free columns") }
        if count > Placement.maxPlacements { return .open("more than \(Placement.maxPlacements) placements") }
        var fitting: [(columns: [Int], by: [Identity])] = []
        var choice = Array(0..<guessed.count)
        repeat {
            var values = Dictionary(printed.map { ($0.column, $0.value) }, uniquingKeysWith: { first, _ in first })
            for (cell, k) in zip(guessed, choice) { values[free[k]] = cell.value }
            grid[row] = values
            var held: [Identity] = []
            var fits = true
            for identity in identities {
                guard let holds = identity.holds(on: grid, tolerance: context.tolerance) else { continue }
                if !holds { fits = false; break }
                held.append(identity)
            }
            if fits { fitting.append((choice.map { free[$0] }, held)) }
        } while fitting.count < 2 && Self.advance(&choice, limit: free.count)
        switch fitting.count {
        case 1: return .placed(columns: fitting[0].columns, confidence: .derived, by: fitting[0].by)
        case 0: return .open("no placement fits the table's sums")
        default: return .open("several placements fit the table's sums")
        }
    }

    private func settle(_ row: inout NormalizedRow, columns: [Int], confidence: CellConfidence, by identities: [Identity]) {
        var next = columns.makeIterator()
        for k in row.cells.indices where row.cells[k].confidence == .guessed {
            row.cells[k].column = next.next()!
            row.cells[k].confidence = confidence
        }
        row.cells.sort { $0.column < $1.column }
        row.placedBy += confidence == .certain
            ? ["header: as many free columns as numbers"]
            : identities.map(\.text)
    }

    /// Each guessed number becomes a reject naming the row, its numbers and why none was loaded.
    private func reject(_ row: inout NormalizedRow, _ section: NormalizedSection, why: String, _ tableTitle: String,
                        _ rejects: inout [RejectedLine]) {
        let guessed = row.cells.filter { $0.confidence == .guessed }
        let numbers = guessed.map(\.sourceValue).joined(separator: " ")
        let reason = "ambiguous placement: \(guessed.count) numbers for \(section.columns.count) columns"
            + " (\(CellLocator.rowName(row)): \(numbers); \(why))"
        for cell in guessed {
            rejects.append(RejectedLine(line: cell.line, tableTitle: tableTitle, text: cell.sourceValue, reason: reason))
        }
        row.cells.removeAll { $0.confidence == .guessed }
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
