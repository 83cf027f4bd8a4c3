/// The national “三公” form in single-space text, its cells wrapped over lines (因公出国 / （境）费,
/// 公务用车 / 购置费) and the merged cell over the vehicle columns (公务用车购置及运行维护费) printed
/// on a line of its own, so read flat the header names more columns than the rows hold: with its
/// measures under every column (预算数 决算数, six times), or, as budgets print it, with none, under
/// a caption naming the measure (“三公”经费预算数) and beside a column named with a measure of its
/// own (机关运行经费预算 / 数: not under that caption — a measure is not split by another). The
/// form's columns are known (`HeaderWords.isFormColumnName`): pieces are joined where together they
/// spell one or finish a measure's name, the merged cell's parts are 小计 and the columns sharing its
/// head word (or, named bare, the words printed after 小计: 购置费 运行费), and the columns' order is
/// the one that keeps every line's words in print order, the parts together after 合计's first place
/// (小计 leading them), the column beside the caption before or after all of them, and makes every
/// full row add up measure by measure (合计 the sum of the other top columns and 小计, 小计 the sum
/// of its parts). No order, or several: no reading.
enum FormMeasureGroups {
    private struct Leaf {
        var text: String
        /// (header line, word index) of each piece: words of one line keep their print order.
        var anchors: [(line: Int, index: Int)]
    }

    /// The header's column paths and the form's sums over them, or nil where the header is not
    /// the form so printed. Where no row is full (blank cells dropped in every row), the order the
    /// lines' print order alone leaves, if one, and every row fits it somehow (`FormRows`).
    static func reading(_ header: [TableLines.Line], rows: [[ExactDecimal]]) -> (paths: [HeaderPath], sums: FormSums)? {
        let lines = header.map { line in
            line.tokens.filter { !$0.isBlank && $0.kind == .text }.map { TextRepair.compact($0.text) }
        }
        let measured = lines.last.flatMap(repeatedMeasures)
        let wordLines = measured == nil ? lines : Array(lines.dropLast())
        let words = joined(wordLines.enumerated().flatMap { l, line in
            line.enumerated().map { Leaf(text: $0.element, anchors: [(l, $0.offset)]) }
        })
        guard let form = Columns(words) else { return nil }
        // A column beside the caption is named with a measure of its own, as the caption is; a
        // form printed with its measures under every column has none.
        guard form.beside.isEmpty || (measured == nil && (form.beside + form.caption).allSatisfy({
            HeaderWords.endsWithAmountMeasure(words[$0].text) })) else { return nil }
        let measures = measured ?? (words: [], count: 1, columns: form.count)
        guard measures.columns == form.count else { return nil }
        let group = [form.subtotal] + form.parts
        let formOrders = orders(form.singles.map { [$0] } + [group]).map { [form.total] + $0 }
        let candidates = form.beside.isEmpty ? formOrders : formOrders.flatMap { [form.beside + $0, $0 + form.beside] }
        let sums = { (order: [Int]) in
            FormSums(order: order, total: form.total, singles: form.singles, subtotal: form.subtotal, parts: form.parts,
                     measures: measures.count)
        }
        let width = form.count * measures.count
        let full = rows.filter { $0.count == width }
        let fitting = candidates.filter { order in
            guard keepsPrintOrder(order, words) else { return false }
            // Measured, every row short: the print order alone, each row fitting it somehow.
            guard full.isEmpty else { return adds(full, sums(order)) }
            return measured != nil && !rows.isEmpty && rows.allSatisfy { !FormRows.fits($0, sums(order), width: width).isEmpty }
        }
        guard fitting.count == 1, let order = fitting.first else { return nil }
        let prefix = form.caption.map { words[$0].text }
        let paths = order.flatMap { leaf -> [HeaderPath] in
            let path = form.beside.contains(leaf) ? [words[leaf].text]
                : prefix + (group.contains(leaf) ? [words[form.parent].text, words[leaf].text] : [words[leaf].text])
            return measures.words.isEmpty ? [HeaderPath(path)] : measures.words.map { HeaderPath(path + [$0]) }
        }
        return (paths, sums(order))
    }

    /// The header's words sorted by the part they play in the form.
    private struct Columns {
        let total: Int, subtotal: Int, parent: Int
        /// Columns of the form summed into 合计 beside 小计.
        let singles: [Int]
        /// The merged cell's parts after 小计.
        let parts: [Int]
        /// The caption over the form's columns, on the header's first line.
        let caption: [Int]
        /// A column standing beside the caption, not under it.
        let beside: [Int]

        init?(_ words: [Leaf]) {
            guard let total = words.firstIndex(where: { HeaderWords.isTotal($0.text) && $0.text != subtotalWord }),
                  let subtotal = words.firstIndex(where: { $0.text == subtotalWord }),
                  let parent = words.firstIndex(where: { isMergedCell($0.text) }) else { return nil }
            let head = String(words[parent].text.prefix(headWordLength))
            let named = words.indices.filter { ![total, subtotal, parent].contains($0) && HeaderWords.isFormColumnName(words[$0].text) }
            var parts = named.filter { words[$0].text.hasPrefix(head) }
            if parts.isEmpty { parts = FormMeasureGroups.bareParts(after: subtotal, words, besides: [total, parent] + named) }
            let singles = named.filter { !parts.contains($0) }
            let others = words.indices.filter { ![total, subtotal, parent].contains($0) && !named.contains($0) && !parts.contains($0) }
            let caption = others.filter { words[$0].anchors[0].line == 0 }
            let beside = others.filter { !caption.contains($0) }
            guard parts.count >= 2, !singles.isEmpty, caption.count <= 1, beside.count <= 1, beside.isEmpty || caption.count == 1
            else { return nil }
            (self.total, self.subtotal, self.parent) = (total, subtotal, parent)
            (self.singles, self.parts, self.caption, self.beside) = (singles, parts, caption, beside)
        }

        /// The columns a row of each measure holds.
        var count: Int { 1 + singles.count + 1 + parts.count + beside.count }
    }

    /// The merged cell's parts named bare (购置费 运行费): the words printed after 小计 on its line.
    private static func bareParts(after subtotal: Int, _ words: [Leaf], besides known: [Int]) -> [Int] {
        let line = words[subtotal].anchors[0].line
        return words.indices.filter { $0 > subtotal && words[$0].anchors.count == 1 && words[$0].anchors[0].line == line && !known.contains($0) }
    }

    /// The merged cell's head word (公务用车): its parts' names begin with it.
    private static let headWordLength = 4
    private static let subtotalWord = "小计"

    /// A merged cell over parts (`X购置及运行费`): a name joining two with 及, no total, no column
    /// of the form by itself (its parts, beginning with its head word, are the columns).
    private static func isMergedCell(_ text: String) -> Bool {
        UTF8Text.contains(text, "及") && !HeaderWords.isTotal(text)
    }

    /// A line of one run of measures repeated (预算数 决算数 预算数 决算数 …): the run and the count of
    /// columns it repeats under.
    private static func repeatedMeasures(_ line: [String]) -> (words: [String], count: Int, columns: Int)? {
        guard line.count >= 4, line.allSatisfy(StreamLayout.isMeasureWord) else { return nil }
        for period in 1...(line.count / 2) where line.count % period == 0 {
            let run = Array(line.prefix(period))
            if stride(from: 0, to: line.count, by: period).allSatisfy({ Array(line[$0..<($0 + period)]) == run }) {
                return (run, period, line.count / period)
            }
        }
        return nil
    }

    /// Each word that is no column of the form joined to the first later word (in print order,
    /// on a later line) with which it spells one (公务用车 + 购置费).
    private static func joined(_ words: [Leaf]) -> [Leaf] {
        var words = words
        var k = 0
        while k < words.count {
            let text = words[k].text
            if !HeaderWords.isFormColumnName(text), !HeaderWords.isTotal(text),
               let m = words.indices.first(where: { $0 > k && words[$0].anchors[0].line > words[k].anchors[0].line
                   && (HeaderWords.isFormColumnName(text + words[$0].text) || finishesMeasure(words, k, $0)) }) {
                words[k].text += words[m].text
                words[k].anchors += words[m].anchors
                words.remove(at: m)
            }
            k += 1
        }
        return words
    }

    /// A word alone on its line whose name's measure ends in the lone piece of a later line
    /// (`机关运行经费预算` / `数`): one cell wrapped.
    private static func finishesMeasure(_ words: [Leaf], _ k: Int, _ m: Int) -> Bool {
        let alone = { (n: Int) in words.filter { $0.anchors[0].line == words[n].anchors[0].line }.count == 1 }
        return alone(k) && alone(m) && !HeaderWords.endsWithAmountMeasure(words[k].text) && !HeaderWords.endsWithAmountMeasure(words[m].text)
            && HeaderWords.endsWithAmountMeasure(words[k].text + words[m].text)
    }

    /// Every order of the units (a single column, or the merged cell's parts together).
    private static func orders(_ units: [[Int]]) -> [[Int]] {
        guard !units.isEmpty else { return [[]] }
        return units.indices.flatMap { u in
            orders(units.indices.filter { $0 != u }.map { units[$0] }).map { units[u] + $0 }
        }
    }

    /// Two columns with pieces on one line stand in the order of those pieces.
    private static func keepsPrintOrder(_ order: [Int], _ words: [Leaf]) -> Bool {
        order.indices.allSatisfy { a in
            order.indices.dropFirst(a + 1).allSatisfy { b in
                !words[order[a]].anchors.contains { x in words[order[b]].anchors.contains { $0.line == x.line && $0.index < x.index } }
            }
        }
    }

    /// Every full row adds up under the order, measure by measure; one row at least, its total not zero.
    private static func adds(_ full: [[ExactDecimal]], _ sums: FormSums) -> Bool {
        full.contains { !$0[sums.total * sums.measures].isZero } && full.allSatisfy { sums.hold($0) }
    }
}

/// The form's sums over its columns in their order: measure by measure, 合计 the sum of the other
/// top columns and 小计, 小计 the sum of its parts (columns beside them in no sum).
struct FormSums {
    /// Places in the order (column = place × measures + measure); `tops` are 合计's parts.
    let total: Int, tops: [Int], subtotal: Int, parts: [Int]
    let measures: Int

    /// From the header's words (indices) and their order.
    init(order: [Int], total: Int, singles: [Int], subtotal: Int, parts: [Int], measures: Int) {
        let place = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        self.total = place[total]!
        self.tops = (singles + [subtotal]).map { place[$0]! }
        self.subtotal = place[subtotal]!
        self.parts = parts.map { place[$0]! }
        self.measures = measures
    }

    /// Whether a full row (blank cells as zero) adds up.
    func hold(_ row: [ExactDecimal]) -> Bool {
        (0..<measures).allSatisfy { m in
            let value = { (place: Int) in row[place * measures + m] }
            return parts.reduce(ExactDecimal.zero) { $0 + value($1) } == value(subtotal)
                && tops.reduce(ExactDecimal.zero) { $0 + value($1) } == value(total)
        }
    }
}
