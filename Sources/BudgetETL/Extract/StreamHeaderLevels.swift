/// A header of several rows given one cell per line: its value words in stream order are its rows
/// printed one after another, each word a leaf column (a cell merged down to the bottom row) or the
/// parent of a run of words in the row under it (`总计 基本支出 项目支出 | 合计 人员经费 公用经费
/// 合计 其他运转类 特定目标类 | 小计 工资福利支出 …`). The breaks between the rows are lost, so
/// every tree the words can make is tried: one is taken only when it is the only one whose leaves
/// count out to the rows' values and whose every grouping the sums confirm (a parent's first child
/// is a 合计/小计 that, in most full rows, is the sum of the parent's other leaves).
enum StreamHeaderLevels {
    /// The leaf columns' paths of the one tree that fits, in column order; nil when none or several fit.
    static func paths(_ words: [String], columns: Int, rows: [RowStreamReader.Chunk]) -> [HeaderPath]? {
        guard columns > 0, words.count > columns, words.count <= Thresholds.streamHeaderLevelWordsMaximum else { return nil }
        let full = rows.filter { $0.values.count == columns }.map { $0.values.map { ExactDecimal.parse($0.text) } }
        var search = Search(words: words, columns: columns, full: full)
        for roots in 1..<words.count where search.found.count < 2 && search.steps <= Thresholds.streamHeaderLevelSteps {
            var counts: [Int] = []
            search.extend(&counts, next: roots)
        }
        guard search.steps <= Thresholds.streamHeaderLevelSteps, search.found.count == 1 else { return nil }
        return search.found.first
    }

    /// Trees in breadth-first order: `counts[i]` is word i's number of children, which are the
    /// words that follow the ones already taken as children (`next`).
    struct Search {
        let words: [String]
        let columns: Int
        let full: [[ExactDecimal?]]
        var found: Set<[HeaderPath]> = []
        var steps = 0

        mutating func extend(_ counts: inout [Int], next: Int) {
            steps += 1
            guard found.count < 2, steps <= Thresholds.streamHeaderLevelSteps else { return }
            let i = counts.count
            if i == words.count {
                if next == words.count, let paths = tree(counts) { found.insert(paths) }
                return
            }
            // A word no parent took before it is reached: the rows do not join up.
            guard i < next else { return }
            if counts.filter({ $0 == 0 }).count < columns {
                counts.append(0)
                extend(&counts, next: next)
                counts.removeLast()
            }
            // A parent heads a run that starts with its 合计/小计 (the sums confirm it) and has at
            // least two parts: a 合计 over one part equals it under any grouping.
            guard !HeaderWords.isSubtotal(words[i]), next < words.count, HeaderWords.isSubtotal(words[next]) else { return }
            for children in stride(from: 3, through: words.count - next, by: 1) {
                counts.append(children)
                extend(&counts, next: next + children)
                counts.removeLast()
            }
        }

        /// The leaves' paths of the tree the counts make, when they are `columns` and every
        /// parent's 合计 adds up.
        func tree(_ counts: [Int]) -> [HeaderPath]? {
            guard counts.filter({ $0 == 0 }).count == columns else { return nil }
            let roots = 0..<(words.count - counts.reduce(0, +))
            var children = Array(repeating: [Int](), count: words.count)
            var next = roots.count
            for (i, count) in counts.enumerated() {
                children[i] = Array(next..<(next + count))
                next += count
            }
            var leaves: [(word: Int, path: [String])] = []
            func walk(_ node: Int, _ path: [String]) {
                if children[node].isEmpty { leaves.append((node, path + [words[node]])) }
                for child in children[node] { walk(child, path + [words[node]]) }
            }
            for root in roots { walk(root, []) }
            let columnOf = Dictionary(uniqueKeysWithValues: leaves.enumerated().map { ($0.element.word, $0.offset) })
            func leafColumns(_ node: Int) -> [Int] {
                children[node].isEmpty ? [columnOf[node]!] : children[node].flatMap(leafColumns)
            }
            // Every top word heads parts or totals them all: each column then stands in a sum
            // (a lone top word beside a group may be a balance the sums happen to fit).
            let totals = roots.filter { counts[$0] == 0 }
            guard totals.allSatisfy({ HeaderWords.isTotal(words[$0]) }) else { return nil }
            let parts = roots.filter { counts[$0] > 0 }.flatMap(leafColumns).filter { !HeaderWords.isSubtotal(leaves[$0].path.last!) }
            guard totals.allSatisfy({ StreamHeaderLevels.adds(full, total: columnOf[$0]!, parts: parts) }) else { return nil }
            for parent in counts.indices where counts[parent] > 0 {
                let subtotal = columnOf[children[parent][0]]!
                let parts = children[parent].dropFirst().flatMap(leafColumns).filter { !HeaderWords.isSubtotal(leaves[$0].path.last!) }
                guard StreamHeaderLevels.adds(full, total: subtotal, parts: parts) else { return nil }
            }
            return leaves.map { HeaderPath($0.path) }
        }
    }

    /// Whether in most full rows whose total is not zero (zeros add up under any grouping) the
    /// total is the sum of the parts, and in one of them of two parts or more not zero (a total
    /// equal to one part says nothing of the others); false without such rows.
    static func adds(_ rows: [[ExactDecimal?]], total: Int, parts: [Int]) -> Bool {
        let telling = rows.filter { $0[total].map { !$0.isZero } == true }
        let adding = telling.filter { row in
            guard let sum = row[total], parts.allSatisfy({ row[$0] != nil }) else { return false }
            return parts.reduce(ExactDecimal.zero) { $0 + row[$1]! } == sum
        }
        let spread = adding.contains { row in parts.filter { !row[$0]!.isZero }.count >= 2 }
        return spread && adding.count * 2 > telling.count
    }
}
