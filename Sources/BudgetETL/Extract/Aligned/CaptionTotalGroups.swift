/// A caption set over its group's first column, with no name of that column's own under it
/// (`2024年债务限额` over an unnamed total, then `一般债务`, `专项债务`): pdftotext does not keep the
/// caption centred over the group, so the tree reads it as a column of its own and the group's
/// names as columns under no caption, and the same names then stand twice at the top level. A
/// section is read as such groups only when that reading leaves no choice: every value column is
/// in a run of a caption followed by repeated names, every run prints the same names, and on every
/// row the caption's value is the sum of its run's (each group's sum shown by a nonzero total).
enum CaptionTotalGroups {
    static func grouped(_ section: AlignedHeader.Section, rows: [ExtractedRow]) -> AlignedHeader.Section? {
        let values = section.values
        guard values.allSatisfy({ $0.path.count == 1 }) else { return nil }
        let names = values.map { $0.path[0] }
        let repeated = Set(names.filter { name in names.filter { $0 == name }.count > 1 })
        guard !repeated.isEmpty, let runs = runs(names, repeated: repeated),
              Set(runs.map { Array(names[$0.dropFirst()]) }).count == 1,
              runs.allSatisfy({ run in adds(run, rows: rows) }) else { return nil }
        var paths = names.map { [$0] }
        for run in runs { for k in run.dropFirst() { paths[k] = [names[run.lowerBound], names[k]] } }
        return section.withValuePaths(paths)
    }

    /// The value columns cut into runs, each a caption (a name that stands once) followed by at
    /// least two repeated names; nil when some column is in no such run.
    static func runs(_ names: [String], repeated: Set<String>) -> [Range<Int>]? {
        var runs: [Range<Int>] = [], k = 0
        while k < names.count {
            guard !repeated.contains(names[k]) else { return nil }
            var end = k + 1
            while end < names.count && repeated.contains(names[end]) { end += 1 }
            guard end - k >= 3 else { return nil }
            runs.append(k..<end)
            k = end
        }
        return runs
    }

    /// On every row the run's first value is the sum of the others (a blank cell is zero, a cell
    /// that is no amount agrees with nothing), and on some row it is no zero.
    static func adds(_ run: Range<Int>, rows: [ExtractedRow]) -> Bool {
        var shown = false
        for row in rows where !row.cells.isEmpty {
            var cells = [ExactDecimal?](repeating: .zero, count: run.count)
            for cell in row.cells where run.contains(cell.column) { cells[cell.column - run.lowerBound] = SheetHeaderGroups.amount(cell.text) }
            guard let total = cells[0], !cells.contains(where: { $0 == nil }) else { return false }
            guard cells.dropFirst().reduce(ExactDecimal.zero, { $0 + $1! }) == total else { return false }
            if total != .zero { shown = true }
        }
        return shown
    }
}
