/// A column name wrapped inside its cell read as a caption over one column: a workbook's amount
/// column is as narrow as its amounts, so its header cell wraps (`其中:一般公共预算` / `安排数`,
/// `一般公共预算财` / `政拨款`, `满意度指标` / `得分率`), and where other cells' words share the
/// lower line the tree takes the top piece for a caption centred over the word under it. A caption
/// over a single column whose word does not end as a name ends (`HeaderWords.endsCaption`: 预算,
/// 指标, 财 end no column's name; 本年拨款 over 一般公共预算 does) and whose only word under it
/// stands on the next line, inside the caption's width on paper, is that word's first line: the two
/// are one column's name. A total (合计, 小计) under it is a column of its own under its caption.
/// A unit alone in brackets under a caption ends its name wherever the name breaks.
enum WrappedLoneCaption {
    typealias Node = AlignedHeader.Node

    static func joined(_ nodes: [Node]) -> [Node] {
        nodes.map { node in
            var node = node
            node.children = joined(node.children)
            guard node.children.count == 1, let child = node.children.first,
                  isFirstLine(node, of: child) || isUnitTail(child, of: node) else { return node }
            return Node(text: node.text + child.text, start: min(node.start, child.start), end: max(node.end, child.end),
                        firstLine: node.firstLine, lastLine: child.lastLine, fromPieces: true)
        }
    }

    /// A word that is only a unit in brackets (`(万元)`, `(千元)`) names no column: a name prints its
    /// unit last, so under a caption over it alone, on the next line or the one after (a line of
    /// one-line cells between: a cell centred vertically), it is the end of the caption's name.
    static func isUnitTail(_ word: Node, of caption: Node) -> Bool {
        let text = TextRepair.compact(word.text)
        return word.isLeaf && !text.isEmpty && HeaderFit.withoutUnit(text).isEmpty
            && word.firstLine > caption.lastLine && word.firstLine <= caption.lastLine + 2
            && word.start < caption.end && word.end > caption.start
    }

    static func isFirstLine(_ caption: Node, of word: Node) -> Bool {
        let top = TextRepair.compact(caption.text), below = TextRepair.compact(word.text)
        guard word.isLeaf, word.firstLine == caption.lastLine + 1, !top.isEmpty, !below.isEmpty,
              !HeaderWords.endsCaption(top), !HeaderWords.isTotal(below), !TableLinePatterns.yearName.matches(top),
              AlignedHeader.role(of: top + below) == .value else { return false }
        return word.start >= caption.start && word.start < WrappedHeaderPieces.printedEnd(caption)
    }
}
