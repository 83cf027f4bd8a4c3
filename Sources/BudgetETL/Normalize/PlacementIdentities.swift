/// The identities a table section declares, as equations over its cells, for the placement step:
/// the row totals and hierarchies of pipeline.yaml's `validate:` section (read exactly as validate
/// reads them, see `SectionRelations.swift`), and the running line numbers of a 行次/序号 column.

/// The part of the `validate:` section normalize reads to place numbers (its fingerprint covers it).
public struct PlacementRules: Sendable, Equatable {
    public var rowTotals: [RowTotalRule]
    public var hierarchy: [HierarchyRule]
    /// Rounding admitted per non-zero summand, in the table's source unit (as validation admits it).
    public var tolerancePerSummand: ExactDecimal

    public init(rowTotals: [RowTotalRule] = [], hierarchy: [HierarchyRule] = [],
                tolerancePerSummand: ExactDecimal = ExactDecimal(mantissa: 1, scale: 2)) {
        self.rowTotals = rowTotals
        self.hierarchy = hierarchy
        self.tolerancePerSummand = tolerancePerSummand
    }

    public init(_ validation: ValidationConfig) {
        self.init(rowTotals: validation.rowTotals, hierarchy: validation.hierarchy,
                  tolerancePerSummand: validation.tolerancePerSummand)
    }
}

struct CellAt: Hashable {
    var row: Int
    var column: Int
}

/// total = Σ parts + step, over the cells of one section (a blank cell counts as 0).
struct Identity {
    /// The declared rule; nil for a line-number column (each 行次 one more than the row above's).
    var rule: RuleKind?
    var total: CellAt
    var parts: [CellAt]
    var step: ExactDecimal

    var cells: [CellAt] { [total] + parts }

    /// The rows the identity reads, each once, total first.
    var rows: [Int] {
        var rows = [total.row]
        for part in parts where !rows.contains(part.row) { rows.append(part.row) }
        return rows
    }

    /// `NormalizedSection.identityKey` of the relation (empty for line numbers). Made only for the
    /// few identities that place a number: building it for every identity of every section cost
    /// more than the placement itself.
    func key(in section: NormalizedSection) -> String {
        guard let rule else { return "" }
        return section.identityKey(rule, row: total.row, column: total.column)
    }

    /// For a person: "row_total 合计 | 合计".
    func text(in section: NormalizedSection) -> String {
        guard let rule else { return "行次 \(CellLocator.rowName(section.rows[total.row])) = 上一行 + 1" }
        return "\(rule.rawValue) " + key(in: section).dropFirst(rule.rawValue.count + 1)
    }

    /// Values by row and column; nil: the row is not settled yet.
    typealias Grid = [[Int: ExactDecimal]?]

    /// Whether the identity holds on `grid`; nil when it cannot be told (a row not settled, or a
    /// line number with no number above it). `tolerance`: per non-zero summand.
    func holds(on grid: Grid, tolerance: ExactDecimal) -> Bool? {
        guard let totalRow = grid[total.row] else { return nil }
        // Σ parts + step, added in that order (an overflow anywhere is a failure), without arrays:
        // this runs for every identity of every section, and again for every placement tried.
        var sum = ExactDecimal.zero
        var overflow = false
        var summands = 0
        for part in parts {
            guard let row = grid[part.row] else { return nil }
            if let value = row[part.column] {
                if !value.isZero { summands += 1 }
                if !overflow, let next = sum.adding(value) { sum = next } else { overflow = true }
            } else if rule == nil {
                // A running number under a blank one breaks the count as a blank under a number does.
                return totalRow[total.column] == nil ? nil : false
            }
        }
        guard !overflow, let withStep = sum.adding(step),
              let difference = (totalRow[total.column] ?? .zero).subtracting(withStep) else { return false }
        if rule == nil { return difference.isZero }
        return difference.magnitude <= ExactDecimal(mantissa: tolerance.mantissa * Int64(max(1, summands)),
                                                    scale: tolerance.scale)
    }
}

extension Identity {
    /// Whether the parts already known exceed the total, so that no way of settling the rest can make
    /// the identity hold: the total's row is settled, and every part row not settled yet (`open`, and
    /// `placing`, the row being placed, whose numbers still to place count as 0) holds no negative
    /// number, so it can only add to the sum. A parent's sum met by its settled children leaves no room
    /// in that column for a short sibling's number, though the sum itself cannot be told yet.
    func exceeded(on grid: Grid, placing: Int, open: Set<Int>, tolerance: ExactDecimal) -> Bool {
        guard rule != nil, total.row != placing, let totalRow = grid[total.row] else { return false }
        var sum = ExactDecimal.zero
        var summands = 0
        for part in parts {
            guard let row = grid[part.row] else {
                if open.contains(part.row) { continue } else { return false }
            }
            guard let value = row[part.column] else { continue }
            if !value.isZero { summands += 1 }
            guard let next = sum.adding(value) else { return false }
            sum = next
        }
        guard let excess = sum.subtracting(totalRow[total.column] ?? .zero) else { return false }
        return excess > ExactDecimal(mantissa: tolerance.mantissa * Int64(max(1, summands)), scale: tolerance.scale)
    }
}

extension NormalizedSection {
    /// Every identity the rules declare for this section, where they apply in it (`relations`).
    func identities(_ relations: SectionRelations, rules: PlacementRules) -> [Identity] {
        var found: [Identity] = []
        for n in rules.rowTotals.indices {
            guard let applies = relations.rowTotals[n], let (total, parts) = applies else { continue }
            for row in rows.indices {
                found.append(declared(.rowTotal, CellAt(row: row, column: total), parts.map { CellAt(row: row, column: $0) }))
            }
        }
        for n in rules.hierarchy.indices {
            for sum in relations.rowSums[n] ?? [] {
                for column in moneyColumnIndices {
                    found.append(declared(.hierarchy, CellAt(row: sum.total, column: column),
                                          sum.parts.map { CellAt(row: $0, column: column) }))
                }
            }
        }
        for column in columns.indices where HeaderWords.isLineNumber(columns[column]) {
            for row in rows.indices.dropFirst() {
                found.append(Identity(rule: nil, total: CellAt(row: row, column: column),
                                      parts: [CellAt(row: row - 1, column: column)], step: ExactDecimal(mantissa: 1, scale: 0)))
            }
        }
        return found
    }

    private func declared(_ rule: RuleKind, _ total: CellAt, _ parts: [CellAt]) -> Identity {
        Identity(rule: rule, total: total, parts: parts, step: .zero)
    }
}
