/// The trees a header's rows of words may make over a form's numbered columns (`NumberedFormCells`):
/// below the top row, each row's words part into groups led by a total (合计, 小计), each group
/// under one word of the row above (no total), in order; a group with a 其中 part stands under a
/// word of the row above that ends as that part ends, the longest such ending. A tree counts only
/// when its leaves number the columns; the rows' sums then drop the trees they break.
enum NumberedFormTree {
    /// One column's leaf: for each level, the word's index in that level's row.
    typealias Leaf = [Int]

    /// Each column's header path where every tree left gives the same one, else nil; nil when no
    /// tree fits the columns or too many do to weigh.
    static func paths(_ levels: [[String]], columns: Int, rows: [[ExactDecimal?]]) -> [[Int]?]? {
        guard levels.count >= 2, levels.allSatisfy({ !$0.isEmpty }) else { return nil }
        var choices: [[[Int]]] = [[]]
        for level in 1..<levels.count {
            guard let assignments = assignments(levels[level], above: levels[level - 1]) else { return nil }
            choices = choices.flatMap { chosen in assignments.map { chosen + [$0] } }
            guard choices.count <= Thresholds.numberedFormMaximumTrees else { return nil }
        }
        let trees = choices.map { leaves(levels, parents: $0) }.filter { $0.count == columns }
        guard !trees.isEmpty else { return nil }
        let summed = trees.filter { tree in rows.allSatisfy { holdsSums($0, tree: tree, levels: levels) } }
        let kept = summed.isEmpty ? trees : summed
        return (0..<columns).map { k in kept.allSatisfy { $0[k] == kept[0][k] } ? kept[0][k] : nil }
    }

    /// Every way the row's groups stand under words of the row above: for each group, the index
    /// of its parent, rising.
    static func assignments(_ row: [String], above: [String]) -> [[Int]]? {
        guard let first = row.first, HeaderWords.isBareTotal(first) else { return nil }
        let groups = groupsOf(row)
        let parents = above.indices.filter { !HeaderWords.isBareTotal(above[$0]) }
        let allowed = groups.map { group -> [Int] in
            guard let part = group.map({ row[$0] }).first(where: { $0.hasPrefix("其中") }) else { return parents }
            let endings = parents.map { commonEnding(above[$0], part) }
            let longest = endings.max() ?? 0
            return longest >= 2 ? parents.enumerated().filter { endings[$0.offset] == longest }.map(\.element) : []
        }
        var found: [[Int]] = []
        func extend(_ chosen: [Int]) {
            guard found.count <= Thresholds.numberedFormMaximumTrees else { return }
            if chosen.count == groups.count { found.append(chosen); return }
            for parent in allowed[chosen.count] where parent > (chosen.last ?? -1) { extend(chosen + [parent]) }
        }
        extend([])
        return found.isEmpty ? nil : found
    }

    /// The row's word indices in groups, each led by a total.
    static func groupsOf(_ row: [String]) -> [[Int]] {
        var groups: [[Int]] = []
        for k in row.indices { if HeaderWords.isBareTotal(row[k]) || groups.isEmpty { groups.append([k]) } else { groups[groups.count - 1].append(k) } }
        return groups
    }

    static func commonEnding(_ a: String, _ b: String) -> Int {
        zip(a.reversed(), b.reversed()).prefix { $0 == $1 }.count
    }

    /// The tree's leaves in print order, each the word indices from the top row down.
    static func leaves(_ levels: [[String]], parents: [[Int]]) -> [Leaf] {
        // children[level][word]: the words of the next row under that word.
        let children = levels.indices.map { level -> [Int: [Int]] in
            guard level + 1 < levels.count else { return [:] }
            let groups = groupsOf(levels[level + 1])
            var under: [Int: [Int]] = [:]
            for (g, parent) in parents[level].enumerated() { under[parent, default: []] += groups[g] }
            return under
        }
        func walk(_ level: Int, _ word: Int, _ path: Leaf) -> [Leaf] {
            guard let kids = children[level][word] else { return [path + [word]] }
            return kids.flatMap { walk(level + 1, $0, path + [word]) }
        }
        return levels[0].indices.flatMap { walk(0, $0, []) }
    }

    /// Every group led by a total without a 其中 part: the total equals its parts in this row
    /// (a blank cell counts nothing), each part's value in its first column.
    static func holdsSums(_ row: [ExactDecimal?], tree: [Leaf], levels: [[String]]) -> Bool {
        for level in 1..<levels.count {
            // A parent's path → the first column of each word under it.
            var groups: [Leaf: [Int]] = [:]
            for (column, leaf) in tree.enumerated() where leaf.count > level {
                let parent = Array(leaf.prefix(level)), word = Array(leaf.prefix(level + 1))
                if column == 0 || !tree[column - 1].starts(with: word) { groups[parent, default: []].append(column) }
            }
            for columns in groups.values {
                let words = columns.map { levels[level][tree[$0][level]] }
                guard HeaderWords.isBareTotal(words[0]), columns.count >= 2, !words.contains(where: { $0.hasPrefix("其中") }) else { continue }
                let cells = columns.map { row[$0] }
                guard cells.contains(where: { $0 != nil }) else { continue }
                let parts = cells.dropFirst().reduce(ExactDecimal.zero) { $0 + ($1 ?? .zero) }
                if (cells[0] ?? .zero) != parts { return false }
            }
        }
        return true
    }

    /// The header rows over the columns: each word at its first column, a column without a
    /// certain path named by its number in the top row; the corner words first.
    static func headerRows(_ paths: [[Int]?], levels: [[String]], corners: [[String]], corner: Int) -> [[String]] {
        levels.indices.map { level in
            let names = corners[level] + Array(repeating: "", count: max(0, corner - corners[level].count))
            return names + paths.indices.map { k in
                // A column no tree names for certain is named by its number alone, as the grid
                // names a column without header words.
                guard let leaf = paths[k] else { return level == 0 ? "栏次 \(k + 1)" : "" }
                guard leaf.count > level else { return "" }
                let starts = k == 0 || paths[k - 1].map { !$0.starts(with: leaf.prefix(level + 1)) } ?? true
                return starts ? levels[level][leaf[level]] : ""
            }
        }
    }
}
