/// A debt form's 公式 row (`A=B+C | B | C | D=E+F | E | F`): each cell is its column's letter, a
/// sum's cell also the letters it takes. Read alike by the stream header
/// (`SequentialFormulaHeader`) and the column-aligned one (`AlignedFormulaHeader`).
enum FormulaRow {
    struct Column: Equatable {
        var letter: String
        /// The letters the column's formula takes; empty for a plain letter.
        var parts: [String]
        var subtracts: Bool
    }

    /// Each formula cell's column letter, the letters its formula takes and whether it subtracts
    /// any; nil when a letter repeats, a formula takes a letter not printed, or a sum adds a sum
    /// (a deeper tree the words cannot tell).
    static func columns(_ cells: [String]) -> [Column]? {
        let columns = cells.map { cell -> Column in
            let sides = cell.split(separator: "=", maxSplits: 1).map(String.init)
            let parts = sides.count == 2 ? sides[1].split(whereSeparator: { $0 == "+" || $0 == "-" }).map(String.init) : []
            return Column(letter: sides[0], parts: parts, subtracts: sides.count == 2 && sides[1].contains("-"))
        }
        let letters = columns.map(\.letter), sums = Set(columns.filter { !$0.parts.isEmpty }.map(\.letter))
        guard Set(letters).count == letters.count,
              columns.allSatisfy({ $0.parts.allSatisfy { letters.contains($0) && !sums.contains($0) } }) else { return nil }
        return columns
    }

    /// Whether every formula is a sum (`+` only) whose parts are the letters printed right after
    /// it, in order: only then does the sum's word stand over its parts' words.
    static func headsItsParts(_ columns: [Column]) -> Bool {
        columns.indices.allSatisfy { i in
            let parts = columns[i].parts
            guard !parts.isEmpty else { return true }
            return !columns[i].subtracts && i + parts.count < columns.count
                && Array(columns[(i + 1)...(i + parts.count)].map(\.letter)) == parts
        }
    }
}
