/// A 小计 (subtotal) column sums the other columns of its group and is printed first among them
/// (基本支出: 小计 | 人员经费 | 公用经费). A header tree that sets a 小计 after other columns of its
/// group, or alone under a caption (a group of nothing to sum), was built from words off their
/// columns (pdftotext sets a caption off the centre of its cells, a word processor or spreadsheet
/// sets it left): its column paths are not certain.
extension AlignedHeader {
    var misplacesSubtotal: Bool {
        AlignedHeader.misplacesSubtotal(among: roots.filter { !$0.structural })
    }

    /// Whether a 小计 among these siblings (left to right), or under any of them, is misplaced.
    static func misplacesSubtotal(among siblings: [Node]) -> Bool {
        if let at = siblings.firstIndex(where: isSubtotal), at > 0 || siblings.count == 1 { return true }
        return siblings.contains { !$0.isLeaf && misplacesSubtotal(among: $0.children) }
    }

    private static func isSubtotal(_ node: Node) -> Bool {
        node.isLeaf && TextRepair.compact(node.text) == "小计"
    }
}
