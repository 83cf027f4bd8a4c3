/// A caption over one column whose text wrapped in its merged cell (`机关(机构)运行经费` / `支出`
/// over `合计`): its tail, alone on the next line and centred under it, stands centred over the
/// column's word too, so the tree may take the tail for the top of the column's own wrapped name
/// (`支出合计`). A caption over a single column is as wide as that column on paper, and the caption
/// shows the cell holds a line at least as long as itself: a column name shorter than the caption
/// would not have wrapped there. So where the column's word under the tail is a header word by
/// itself (合计, 金额, 预算数) and the tail and that word together are no longer than the caption's
/// line, the tail ends the caption: `机关(机构)运行经费支出 / 合计`.
enum CaptionWrappedTail {
    typealias Node = AlignedHeader.Node

    /// The tree with each such tail moved from its column's name to its caption.
    /// `words`: the header's words line by line, as the tree was built from them.
    static func moved(_ nodes: [Node], words: [[Node]]) -> [Node] {
        nodes.map { node in
            var node = node
            node.children = moved(node.children, words: words)
            guard node.children.count == 1, let column = node.children.first, column.isLeaf,
                  let tail = tail(of: node, in: column, words: words) else { return node }
            node.text += tail.text
            node.lastLine = tail.lastLine
            node.children[0].text = String(column.text.dropFirst(tail.text.count))
            node.children[0].firstLine = tail.lastLine + 1
            return node
        }
    }

    /// The caption's wrapped tail joined into the front of its lone column's word, if any.
    static func tail(of caption: Node, in column: Node, words: [[Node]]) -> Node? {
        // Cheap position tests first: the column's word begins on the line right under the caption.
        guard column.firstLine == caption.lastLine + 1, column.lastLine > column.firstLine,
              column.firstLine < words.count, words[column.firstLine].count == 1,
              let tail = words[column.firstLine].first, column.text.hasPrefix(tail.text),
              abs(tail.center - caption.center) <= Thresholds.captionTailDrift else { return nil }
        let top = TextRepair.compact(caption.text), piece = TextRepair.compact(tail.text)
        let rest = TextRepair.compact(String(column.text.dropFirst(tail.text.count)))
        guard !rest.isEmpty, HeaderWords.isHeaderWord(rest), !HeaderWords.isHeaderWord(top),
              piece.count + rest.count <= top.count else { return nil }
        return tail
    }
}
