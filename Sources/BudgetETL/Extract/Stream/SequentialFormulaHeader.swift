extension SequentialHeader {
    /// A debt form's header ends in a 公式 row that letters its value columns and says which sum
    /// which (`A=B+C | B | C | D=E+F | E | F`): a column that is a sum heads the columns it adds,
    /// so the words above fall into a tree the formulas alone tell. The words before the formulas
    /// are, in print order, the name column's word (地区), one word per column that no formula
    /// adds (the parents: 2024年债务限额, …), then one per added column (一般债务, 专项债务, …).
    /// A balance (`D=A+B-C`) or a sum printed after its parts (`C=A+B`) heads nothing: each word
    /// is its own column's, in print order. The paths, or nil when the words are not exactly that
    /// many: one word fewer may be a blank corner or a parent left blank alike.
    static func formulaTree(_ words: [Word]) -> [HeaderPath]? {
        guard let start = words.firstIndex(where: { ColumnGrid.isLineReference($0.text) }),
              words[start...].allSatisfy({ ColumnGrid.isLineReference($0.text) }),
              words[start...].contains(where: { $0.text.contains("=") }),
              let letters = formulaColumns(words[start...].map(\.text)) else { return nil }
        var names = words[..<start].map(\.text)
        // The 公式 row's own name stands over the name column, as 栏次 does.
        if names.last == "公式" { names.removeLast() }
        guard names.count == letters.count + 1 else { return nil }
        names.removeFirst()
        guard headsItsParts(letters) else { return names.map { HeaderPath([$0]) } }
        let added = Set(letters.flatMap(\.parts))
        let parents = letters.filter { !added.contains($0.letter) }
        let children = letters.filter { added.contains($0.letter) }
        var path: [String: [String]] = [:]
        for (parent, name) in zip(parents, names) { path[parent.letter] = [name] }
        // Each added column's word goes under the sum that adds it, in print order.
        for (child, name) in zip(children, names.dropFirst(parents.count)) {
            guard let sum = letters.first(where: { $0.parts.contains(child.letter) }), let over = path[sum.letter] else { return nil }
            path[child.letter] = over + [name]
        }
        return letters.map { HeaderPath(path[$0.letter]!) }
    }

    /// Whether every formula is a sum (`+` only) whose parts are the letters printed right after
    /// it, in order: only then does the sum's word stand over its parts' words.
    private static func headsItsParts(_ letters: [(letter: String, parts: [String], subtracts: Bool)]) -> Bool {
        letters.indices.allSatisfy { i in
            let parts = letters[i].parts
            guard !parts.isEmpty else { return true }
            return !letters[i].subtracts && i + parts.count < letters.count
                && Array(letters[(i + 1)...(i + parts.count)].map(\.letter)) == parts
        }
    }

    /// Each formula cell's column letter, the letters its formula takes and whether it subtracts
    /// any; nil when a letter repeats, a formula takes a letter not printed, or a sum adds a sum
    /// (a deeper tree the words cannot tell).
    private static func formulaColumns(_ cells: [String]) -> [(letter: String, parts: [String], subtracts: Bool)]? {
        let columns = cells.map { cell -> (letter: String, parts: [String], subtracts: Bool) in
            let sides = cell.split(separator: "=", maxSplits: 1).map(String.init)
            let parts = sides.count == 2 ? sides[1].split(whereSeparator: { $0 == "+" || $0 == "-" }).map(String.init) : []
            return (sides[0], parts, sides.count == 2 && sides[1].contains("-"))
        }
        let letters = columns.map(\.letter), sums = Set(columns.filter { !$0.parts.isEmpty }.map(\.letter))
        guard Set(letters).count == letters.count,
              columns.allSatisfy({ $0.parts.allSatisfy { letters.contains($0) && !sums.contains($0) } }) else { return nil }
        return columns
    }
}
