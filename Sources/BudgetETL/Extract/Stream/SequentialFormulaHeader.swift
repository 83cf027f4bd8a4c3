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
              let letters = FormulaRow.columns(words[start...].map(\.text)) else { return nil }
        var names = words[..<start].map(\.text)
        // The 公式 row's own name stands over the name column, as 栏次 does.
        if names.last == "公式" { names.removeLast() }
        guard names.count == letters.count + 1 else { return nil }
        names.removeFirst()
        guard FormulaRow.headsItsParts(letters) else { return names.map { HeaderPath([$0]) } }
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
}
