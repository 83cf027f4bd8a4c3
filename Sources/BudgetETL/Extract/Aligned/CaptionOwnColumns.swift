/// Captions that each head an unnamed first column of their group as well as the named ones
/// (`2024年债务限额` over a blank total, `一般债务`, `专项债务`), as the tree reads them when
/// pdftotext keeps each caption over its group: the captions head the named columns only, so every
/// row holds one value more per caption than the header names. Read so only when that leaves no
/// choice: every row of the section that holds values holds exactly that many, and on every row
/// each group's first value is the sum of the group's others (nonzero on some row).
enum CaptionOwnColumns {
    typealias Section = AlignedHeader.Section

    static func widened(_ sections: [Section], segments: [AlignedGridReader.Segment]) -> [Section]? {
        var result = sections, changed = false
        for n in sections.indices {
            let rows = segments.filter { $0.section == n && !$0.values.isEmpty }.map(\.values)
            guard let groups = groups(sections[n]), rows.contains(where: { $0.count > sections[n].values.count }) else { continue }
            let width = sections[n].values.count + groups.count
            guard rows.allSatisfy({ $0.count == width }), adds(groups, rows: rows) else { return nil }
            result[n] = withOwnColumns(sections[n], groups: groups)
            changed = true
        }
        return changed ? result : nil
    }

    /// Runs of value columns (indexes into `values`) under one caption each, two columns or more;
    /// nil when some value column has no caption or another depth.
    static func groups(_ section: Section) -> [Range<Int>]? {
        let values = section.values
        guard !values.isEmpty, values.allSatisfy({ $0.path.count == 2 }) else { return nil }
        var runs: [Range<Int>] = [], start = 0
        for k in 1...values.count where k == values.count || values[k].path[0] != values[start].path[0] {
            runs.append(start..<k)
            start = k
        }
        return runs.allSatisfy({ $0.count >= 2 }) && Set(runs.map { values[$0.lowerBound].path[0] }).count == runs.count ? runs : nil
    }

    /// On every row, each group's first value (the caption's own) is the sum of the values after it.
    static func adds(_ groups: [Range<Int>], rows: [[Token]]) -> Bool {
        var shown = false
        for values in rows {
            let amounts = SheetHeaderGroups.amounts(values)
            for (g, run) in groups.enumerated() {
                let first = run.lowerBound + g
                let parts = amounts[(first + 1)...(first + run.count)]
                guard let total = amounts[first], !parts.contains(where: { $0 == nil }),
                      parts.reduce(ExactDecimal.zero, { $0 + $1! }) == total else { return false }
                if total != .zero { shown = true }
            }
        }
        return shown
    }

    /// The section with a column named by each caption alone before its group's columns.
    static func withOwnColumns(_ section: Section, groups: [Range<Int>]) -> Section {
        let values = section.values
        var leaves: [AlignedHeader.Leaf] = section.leaves.filter { $0.role != .value }
        for run in groups {
            let first = values[run.lowerBound]
            leaves.append(AlignedHeader.Leaf(path: [first.path[0]], role: .value, anchor: first.anchor - 0.5))
            leaves += values[run]
        }
        var widened = section
        widened.leaves = leaves
        return widened
    }
}
