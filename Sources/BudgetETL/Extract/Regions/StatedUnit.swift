import Foundation

/// Where a money unit is stated outside the region's own unit line (`RegionFinder.unitText`):
/// split over two lines by the converter, or once on the cover for every table.
enum StatedUnit {
    /// "单位：万" with "元" on the next line, or "…单位" with "：万元" on it (a narrow cell wrapped
    /// "编制单位：某某局单位" / "：万元"): the unit the two lines state together.
    static func split(_ lines: [String], in range: Range<Int>) -> String? {
        for i in range where i + 1 < range.upperBound {
            // The pattern needs 单, which compacting keeps: most lines leave before it.
            guard UTF8Text.containsAny(lines[i], "单") else { continue }
            let head = TextRepair.compact(lines[i]), next = TextRepair.compact(lines[i + 1])
            if let match = splitHead.firstMatch(in: head, range: NSRange(head.startIndex..., in: head)),
               let prefix = Range(match.range(at: 1), in: head), next.hasPrefix("元") {
                return head[prefix] + "元"
            }
            if head.hasSuffix("单位") || head.hasSuffix("单位:") || head.hasSuffix("单位："),
               let match = splitTail.firstMatch(in: next, range: NSRange(next.startIndex..., in: next)),
               let unit = Range(match.range(at: 1), in: next) {
                return String(next[unit])
            }
        }
        return nil
    }
    private static let splitHead = try! NSRegularExpression(pattern: #"单位[:：]?([万千亿])$"#)
    private static let splitTail = try! NSRegularExpression(pattern: #"^[:：]?((?:万|千|亿)?元)(?:$|[\s(（])"#)

    /// The unit stated before the document's first table (on the cover or in its introduction),
    /// which holds for the tables that state none.
    static func cover(_ lines: [String], before firstTitle: Int) -> String? {
        for line in lines[..<firstTitle] {
            if let unit = LineClass.statedUnit(line) ?? LineClass.parenthesizedUnit(line) { return unit }
        }
        return split(lines, in: 0..<firstTitle)
    }

    /// A table that states no unit: the unit its amounts are quoted with in the text before its
    /// title (an introduction), else in the text after its last row up to the next title (the
    /// section explaining it, "二、…情况说明 …预算为11.4万元", which a one-cell-per-line body may
    /// run into), each read by `quoted(_:in:values:)`.
    static func quoted(_ lines: [String], title: Int, previous: Int, lastRow: Int, next: Int, values: Set<String>) -> String? {
        quoted(lines, in: min(previous, title)..<title, values: values)
            ?? quoted(lines, in: min(lastRow, next)..<next, values: values)
    }

    /// A table that states no unit, whose amounts the text before it quotes with one ("决算数2364万元"
    /// over a table holding 2364): the unit of every quoted amount that is one of the table's
    /// values, when they all agree. Only whole amounts of at least `Thresholds.quotedAmountDigits`
    /// digits count: small counts and years say nothing.
    static func quoted(_ lines: [String], in range: Range<Int>, values: Set<String>) -> String? {
        var units: Set<String> = []
        for line in lines[range] where UTF8Text.containsAny(line, "元", "万", "亿") {
            let text = TextRepair.compact(line)
            for match in quotedAmount.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                guard let number = Range(match.range(at: 1), in: text), let unit = Range(match.range(at: 2), in: text) else { continue }
                let digits = text[number].filter { $0 != "," }
                let bare = !text[unit].hasSuffix("元")
                if digits.filter(\.isNumber).count >= Thresholds.quotedAmountDigits, values.contains(digits),
                   !bare || followsMoneyWord(text[..<number.lowerBound]) {
                    // "资金660万；": money quoted in 万 with 元 left out (a 万 before a word, 万人, is a count).
                    units.insert(bare ? text[unit] + "元" : String(text[unit]))
                }
            }
        }
        return units.count == 1 ? units.first : nil
    }
    /// Whether the clause a bare 万/亿 amount stands in names money before it ("资金660万"): the
    /// same amount after 人口 ("服务人口120万，") counts people.
    private static func followsMoneyWord(_ before: Substring) -> Bool {
        let clause = before.lastIndex(where: { "，,。；;！!？?".contains($0) }).map { before[before.index(after: $0)...] } ?? before
        return moneyWords.contains { clause.contains($0) }
    }
    private static let moneyWords = ["资金", "经费", "预算", "支出", "收入", "金额", "投资", "拨款", "元"]
    private static let quotedAmount = try! NSRegularExpression(pattern: #"(?<![\d.,])(\d[\d,]*(?:\.\d+)?)(万元|亿元|千元|元|万(?!\p{Han})|亿(?!\p{Han}))"#)
}
