/// The national “三公” form with its measures under every column (预算数 决算数, six times), in
/// single-space text: its cells wrapped over lines (因公出国 / （境）费, 公务用车 / 购置费) and the
/// merged cell over the vehicle columns (公务用车购置及运行维护费) printed on a line of its own, so
/// read flat the header names more columns than the rows hold. The form's columns are known
/// (`HeaderWords.isFormColumnName`): pieces are joined where together they spell one, the merged
/// cell's parts are 小计 and the columns sharing its head word, and the columns' order is the one
/// that keeps every line's words in print order, the parts together after 合计's first place
/// (小计 leading them), and makes every full row add up measure by measure (合计 the sum of the
/// other top columns and 小计, 小计 the sum of its parts). No order, or several: no reading.
enum FormMeasureGroups {
    private struct Leaf {
        var text: String
        /// (header line, word index) of each piece: words of one line keep their print order.
        var anchors: [(line: Int, index: Int)]
    }

    /// The header's column paths, or nil where the header is not the form so printed.
    static func paths(_ header: [TableLines.Line], rows: [[ExactDecimal]]) -> [HeaderPath]? {
        let lines = header.map { line in
            line.tokens.filter { !$0.isBlank && $0.kind == .text }.map { TextRepair.compact($0.text) }
        }
        guard let measures = lines.last.flatMap(repeatedMeasures) else { return nil }
        var words = lines.dropLast().enumerated().flatMap { l, line in
            line.enumerated().map { Leaf(text: $0.element, anchors: [(l, $0.offset)]) }
        }
        words = joined(words)
        guard let total = words.firstIndex(where: { HeaderWords.isTotal($0.text) && $0.text != subtotalWord }),
              let subtotal = words.firstIndex(where: { $0.text == subtotalWord }),
              let parent = words.firstIndex(where: { isMergedCell($0.text) }) else { return nil }
        let head = String(words[parent].text.prefix(headWordLength))
        let named = words.indices.filter { ![total, subtotal, parent].contains($0) && HeaderWords.isFormColumnName(words[$0].text) }
        let parts = named.filter { words[$0].text.hasPrefix(head) }
        let singles = named.filter { !parts.contains($0) }
        let tops = words.indices.filter { ![total, subtotal, parent].contains($0) && !named.contains($0) }
        guard parts.count >= 2, !singles.isEmpty, tops.count <= 1, tops.allSatisfy({ words[$0].anchors[0].line == 0 }),
              1 + singles.count + 1 + parts.count == measures.columns else { return nil }
        let group = [subtotal] + parts
        let fitting = orders(singles.map { [$0] } + [group]).map { [total] + $0 }.filter { order in
            keepsPrintOrder(order, words) && adds(rows, order: order, group: group, singles: singles, total: total, measures: measures.count)
        }
        guard fitting.count == 1, let order = fitting.first else { return nil }
        let prefix = tops.map { words[$0].text }
        return order.flatMap { leaf -> [HeaderPath] in
            let path = prefix + (group.contains(leaf) ? [words[parent].text, words[leaf].text] : [words[leaf].text])
            return measures.words.map { HeaderPath(path + [$0]) }
        }
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
                   && HeaderWords.isFormColumnName(text + words[$0].text) }) {
                words[k].text += words[m].text
                words[k].anchors += words[m].anchors
                words.remove(at: m)
            }
            k += 1
        }
        return words
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
    private static func adds(_ rows: [[ExactDecimal]], order: [Int], group: [Int], singles: [Int], total: Int, measures: Int) -> Bool {
        let full = rows.filter { $0.count == order.count * measures }
        let place = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($0.element, $0.offset) })
        guard let t = place[total], full.contains(where: { !$0[t * measures].isZero }) else { return false }
        return full.allSatisfy { row in
            (0..<measures).allSatisfy { m in
                let value = { (leaf: Int) in row[place[leaf]! * measures + m] }
                let parts = group.dropFirst().reduce(ExactDecimal.zero) { $0 + value($1) }
                let tops = (singles + [group[0]]).reduce(ExactDecimal.zero) { $0 + value($1) }
                return parts == value(group[0]) && tops == value(total)
            }
        }
    }
}
