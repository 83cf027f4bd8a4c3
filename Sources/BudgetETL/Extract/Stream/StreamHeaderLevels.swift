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
            // A caption of the economic classification (人员经费) heads the run of its classes
            // (工资福利支出, 对个人和家庭的补助), after its 小计 if it has one, whole: the
            // classification settles that group.
            let lead = next < words.count && HeaderWords.isSubtotal(words[next]) ? 1 : 0
            let classes = StreamHeaderLevels.classRun(of: words[i], in: words[min(next + lead, words.count)...])
            if classes > 0 {
                counts.append(lead + classes)
                extend(&counts, next: next + lead + classes)
                counts.removeLast()
            }
            // A parent heads a run that starts with its 合计/小计 (the sums confirm it); a 合计 over
            // one part equals it under any grouping, so a run of one part stands only where no
            // other tree of the words fits.
            guard !HeaderWords.isSubtotal(words[i]), next < words.count, HeaderWords.isSubtotal(words[next]) else { return }
            for children in stride(from: 2, through: words.count - next, by: 1) where children != lead + classes {
                counts.append(children)
                extend(&counts, next: next + children)
                counts.removeLast()
            }
        }

        /// The leaves' paths of the tree the counts make, when they are `columns` and the sums
        /// confirm it.
        func tree(_ counts: [Int]) -> [HeaderPath]? {
            guard counts.filter({ $0 == 0 }).count == columns else { return nil }
            let shape = Shape(words: words, counts: counts)
            return confirmed(shape) ? shape.leaves.map { HeaderPath($0.path) } : nil
        }

        /// Every top word heads parts or totals them all, so that each column stands in a sum (a
        /// lone top word beside a group may be a balance the sums happen to fit); each total and
        /// each parent's first child adds up its parts.
        func confirmed(_ shape: Shape) -> Bool {
            let totals = shape.roots.filter { shape.children[$0].isEmpty }
            guard totals.allSatisfy({ HeaderWords.isTotal(words[$0]) }) else { return false }
            let parts = shape.parts(of: shape.roots.filter { !shape.children[$0].isEmpty })
            guard totals.allSatisfy({ StreamHeaderLevels.adds(full, total: shape.columnOf[$0]!, parts: parts) }) else { return false }
            guard StreamHeaderLevels.classesUnderTheirCaptions(shape) else { return false }
            // A group's 合计/小计 leads it: one further in is the next group's.
            return shape.children.enumerated().allSatisfy { parent, children in
                guard !children.isEmpty else { return true }
                guard !children.dropFirst().contains(where: { HeaderWords.isSubtotal(words[$0]) }) else { return false }
                let lead = HeaderWords.isSubtotal(words[children[0]]) ? 1 : 0
                // Classes under their caption: the classification settles the group, and its 小计,
                // if it has one, must still add them up.
                let classes = StreamHeaderLevels.classRun(of: words[parent], in: words[(children[0] + lead)...]) + lead >= children.count
                if lead == 0 { return classes }
                let parts = shape.parts(of: Array(children.dropFirst()))
                // A 小计 over one part is taken only for a caption's one class, or for a top word
                // beside the table's total, which the sums confirm adds that part with the other
                // groups' parts.
                guard parts.count == 1 else { return StreamHeaderLevels.adds(full, total: shape.columnOf[children[0]]!, parts: parts) }
                return (classes || (!totals.isEmpty && shape.roots.contains(parent)))
                    && StreamHeaderLevels.equals(full, total: shape.columnOf[children[0]]!, part: parts[0])
            }
        }
    }

    /// A 小计 over one part: in every full row whose total is not zero it equals the part, in at
    /// least `Thresholds.groupingAddingRows` rows.
    static func equals(_ rows: [[ExactDecimal?]], total: Int, part: Int) -> Bool {
        let telling = rows.filter { $0[total].map { !$0.isZero } == true }
        return telling.count >= Thresholds.groupingAddingRows && telling.allSatisfy { $0[total] == $0[part] }
    }

    /// How many of the words at the start of `rest` are classes of the economic classification
    /// that the caption `parent` groups (`EconomicColumns`), or the two kinds of funds 基本支出
    /// groups; 0 when `parent` is no such caption.
    static func classRun(of parent: String, in rest: ArraySlice<String>) -> Int {
        rest.prefix { captionOf($0) == parent }.count
    }

    private static func captionOf(_ word: String) -> String? { EconomicColumns.kind(word) ?? basicExpenditureParts[word] }

    /// Every class whose caption the header prints stands right under that caption.
    static func classesUnderTheirCaptions(_ shape: Shape) -> Bool {
        var parentOf: [Int: Int] = [:]
        for (parent, children) in shape.children.enumerated() { for child in children { parentOf[child] = parent } }
        return shape.words.indices.allSatisfy { i in
            guard let caption = captionOf(shape.words[i]), shape.words.contains(caption) else { return true }
            return parentOf[i].map { shape.words[$0] == caption } ?? false
        }
    }

    /// 基本支出 is 人员经费 and 公用经费, in every budget document.
    private static let basicExpenditureParts = ["人员经费": "基本支出", "公用经费": "基本支出"]

    /// The tree made by each word's number of children, in breadth-first order: the top words,
    /// then the children of each word in turn.
    struct Shape {
        let words: [String]
        let roots: Range<Int>
        var children: [[Int]]
        /// The leaves in column order (depth first), with the words above them.
        var leaves: [(word: Int, path: [String])] = []
        var columnOf: [Int: Int] = [:]

        init(words: [String], counts: [Int]) {
            self.words = words
            roots = 0..<(words.count - counts.reduce(0, +))
            children = Array(repeating: [], count: words.count)
            var next = roots.count
            for (i, count) in counts.enumerated() {
                children[i] = Array(next..<(next + count))
                next += count
            }
            for root in roots { walk(root, []) }
            columnOf = Dictionary(uniqueKeysWithValues: leaves.enumerated().map { ($0.element.word, $0.offset) })
        }

        private mutating func walk(_ node: Int, _ path: [String]) {
            if children[node].isEmpty { leaves.append((node, path + [words[node]])) }
            for child in children[node] { walk(child, path + [words[node]]) }
        }

        /// The columns of the leaves under `nodes` other than their 合计/小计.
        func parts(of nodes: [Int]) -> [Int] {
            leafWords(under: nodes).filter { !HeaderWords.isSubtotal(words[$0]) }.map { columnOf[$0]! }
        }

        private func leafWords(under nodes: [Int]) -> [Int] {
            nodes.flatMap { children[$0].isEmpty ? [$0] : leafWords(under: children[$0]) }
        }
    }

    /// Whether in every full row whose total is not zero (zeros add up under any grouping) the
    /// total is the sum of the parts, at least `Thresholds.groupingAddingRows` such rows (one may
    /// add by chance), and in one of them of two parts or more not zero (a total equal to one
    /// part says nothing of the others).
    static func adds(_ rows: [[ExactDecimal?]], total: Int, parts: [Int]) -> Bool {
        let telling = rows.filter { $0[total].map { !$0.isZero } == true }
        let adding = telling.filter { row in
            guard let sum = row[total], parts.allSatisfy({ row[$0] != nil }) else { return false }
            return parts.reduce(ExactDecimal.zero) { $0 + row[$1]! } == sum
        }
        let spread = adding.contains { row in parts.filter { !row[$0]!.isZero }.count >= 2 }
        return spread && adding.count == telling.count && adding.count >= Thresholds.groupingAddingRows
    }
}
