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
    /// `printed`: the header's words as printed, line by line, none joined (defaults to `words`).
    static func moved(_ nodes: [Node], words: [[Node]], printed: [[Node]]? = nil) -> [Node] {
        let printed = printed ?? words
        return nodes.map { node in
            var node = node
            node.children = moved(node.children, words: words, printed: printed)
            if node.children.count == 1, let column = node.children.first, column.isLeaf,
               let tail = tail(of: node, in: column, words: words) {
                return joined(node, tail, into: 0)
            }
            if let found = tailOverSeveral(node, words: printed) { return joined(node, found.tail, into: found.column) }
            return node
        }
    }

    /// The caption with the tail taken from the front of its column `k`'s word.
    private static func joined(_ caption: Node, _ tail: Node, into k: Int) -> Node {
        var node = caption
        node.text += tail.text
        node.lastLine = tail.lastLine
        node.children[k].text = String(caption.children[k].text.dropFirst(tail.text.count))
        node.children[k].firstLine = tail.lastLine + 1
        return node
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

    /// A caption over several columns wrapped in its merged cell (`公务用车购置及运行维` / `护费` over
    /// `小计 | 公务用车购置费 | 公务用车运行维护费`): its tail, under it, may stand right over
    /// one column's word (a converter setting a Chinese character one column wide, pdfplumber), and
    /// the tree takes it for that word's top line (`护费公务用车购置费`). It is the caption's where
    /// - the caption ends mid-word (no finished name, `HeaderWords.endsCaption`) and ends one with
    ///   the tail, and the column's word ends one without it;
    /// - the tail is the only piece under the caption on the line right under it, within the
    ///   caption's extent (a wrapped line is no wider than the cell's first), and the only column
    ///   of the caption reaching that line starts with it;
    /// - the tail is shorter than the column's next line (a wrapped name's top line is a full one).
    /// `words`: the header's words as printed, none joined across lines.
    /// Returns the column (index into the caption's children) and the tail.
    static func tailOverSeveral(_ caption: Node, words: [[Node]]) -> (column: Int, tail: Node)? {
        let below = caption.lastLine + 1
        guard caption.children.count > 1, below + 1 < words.count else { return nil }
        let reaching = caption.children.indices.filter { caption.children[$0].firstLine == below }
        guard reaching.count == 1, let k = reaching.first, caption.children[k].isLeaf,
              caption.children[k].lastLine > below else { return nil }
        let column = caption.children[k]
        let under = words[below].filter { $0.end > caption.start && $0.start < caption.end }
        guard under.count == 1, let tail = under.first, column.text.hasPrefix(tail.text),
              tail.start >= caption.start, tail.end <= caption.end else { return nil }
        let top = TextRepair.compact(caption.text), piece = TextRepair.compact(tail.text)
        let rest = TextRepair.compact(String(column.text.dropFirst(tail.text.count)))
        guard !rest.isEmpty, !HeaderWords.endsCaption(top), HeaderWords.endsComplete(top + piece),
              HeaderWords.endsComplete(rest) else { return nil }
        let next = words[below + 1].filter { $0.end > column.start && $0.start < column.end }
        guard next.count == 1, piece.count < TextRepair.compact(next[0].text).count else { return nil }
        return (k, tail)
    }
}
