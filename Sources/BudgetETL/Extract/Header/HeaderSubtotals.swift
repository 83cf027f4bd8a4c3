/// A 小计 (subtotal) column sums the other columns of its group and is printed first among them
/// (基本支出: 小计 | 人员经费 | 公用经费). A header tree that sets a 小计 after other columns of its
/// group, alone under a caption (a group of nothing to sum), or any total over other words, was
/// built from words off their columns (pdftotext sets a caption off the centre of its cells, a
/// word processor or spreadsheet sets it left): its column paths are not certain.
extension AlignedHeader {
    /// At the top a 小计 after another column subtotals no group: the caption it heads was read
    /// elsewhere or lost (`总计 | 小计 | 本年支出基本支出`, a caption glued to its column's word).
    var misplacesSubtotal: Bool { AlignedHeader.misplacesSubtotal(roots: roots) }

    static func misplacesSubtotal(roots: [Node]) -> Bool {
        misplacesSubtotal(among: roots.filter { !$0.structural })
    }

    /// Whether a 小计 among these siblings (left to right), or under any of them, is misplaced.
    /// Under a caption, one total at most: a second 合计 is the next group's, taken in.
    static func misplacesSubtotal(among siblings: [Node], nested: Bool = false) -> Bool {
        if let at = siblings.firstIndex(where: isSubtotal), at > 0 || siblings.count == 1 { return true }
        if nested, siblings.filter({ $0.isLeaf && HeaderWords.isSubtotal(TextRepair.compact($0.text)) }).count > 1 { return true }
        // A total (小计, 合计, 总计) is a column: read over other words it took them for its own,
        // unless it captions one column only (`合计` over `一般公共预算`, HeaderFit.place).
        if siblings.contains(where: { !$0.isLeaf && HeaderWords.isTotal(TextRepair.compact($0.text)) && !isCaptionOfOneColumn($0) }) { return true }
        return siblings.contains { !$0.isLeaf && misplacesSubtotal(among: $0.children, nested: true) }
    }

    /// A bare total heading a single column that is no total itself.
    static func isCaptionOfOneColumn(_ node: Node) -> Bool {
        node.children.count == 1 && node.children[0].isLeaf && !HeaderWords.isTotal(TextRepair.compact(node.children[0].text))
    }

    static func isSubtotal(_ node: Node) -> Bool {
        node.isLeaf && TextRepair.compact(node.text) == "小计"
    }

    /// A 小计 left at the top of the tree after another column sums no group there: it heads the
    /// caption right of it (a tall cell under `基本支出` prints on the line of the columns below
    /// `人员经费`, and centring kept it out). It goes to the deepest caption down that caption's
    /// first columns that it still fits centred under.
    static func withSubtotalsInGroups(_ roots: [Node]) -> [Node] {
        var roots = roots
        var i = 1
        while i + 1 < roots.count {
            if isSubtotal(roots[i]), !roots[i + 1].isLeaf, let joined = heading(roots[i + 1], with: roots[i]) {
                roots[i + 1] = joined
                roots.remove(at: i)
            } else {
                i += 1
            }
        }
        return roots
    }

    private static func heading(_ group: Node, with subtotal: Node) -> Node? {
        guard !group.isLeaf, let first = group.children.first, !isSubtotal(first) else { return nil }
        if let deeper = heading(first, with: subtotal) {
            var group = group
            group.children[0] = deeper
            return group
        }
        let units = [subtotal] + group.children
        guard HeaderFit.score(group, units, 0..<units.count, claimed: [], line: []) <= HeaderFit.threshold(group) else { return nil }
        var group = group
        group.children = units
        return group
    }
}

extension AlignedHeader {
    /// Whether a column named by a situation (…情况, no amount's name) stands over another value
    /// column's word, on a higher line and overlapping it: the upper word is the caption of the
    /// columns under it (比上年增、减情况 over 增、减金额 | 增、减幅度), set off them by pdftotext,
    /// that the tree left a column of its own.
    var setsColumnOverColumn: Bool {
        let leaves = roots.flatMap(AlignedHeader.valueLeaves)
        return leaves.contains { upper in
            UTF8Text.hasSuffix(TextRepair.compact(upper.text), "情况")
                && leaves.contains { $0.firstLine > upper.lastLine && $0.start < upper.end && $0.end > upper.start }
        }
    }

    private static func valueLeaves(_ node: Node) -> [Node] {
        node.isLeaf ? (role(of: node.text) == .value ? [node] : []) : node.children.flatMap(valueLeaves)
    }
}
