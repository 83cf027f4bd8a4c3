/// A value column's name wrapped in its narrow cell with a code word for its last character
/// (`特定目标` / `类`): the tail is centred under the word, and pdftotext sets a Chinese word in
/// half its printed width, so the tail may start past the word's end in the text and no overlap
/// ties them. Read alone, the tail is a code column (类 of 类 / 款 / 项) and starts a second part of
/// a one-part table (`第1部分 › …`).
enum WrappedCodeTails {
    typealias Node = AlignedHeader.Node

    /// The top cells with each such tail joined to its word: a lone 类, 款 or 项 heading nothing,
    /// on a line below the value column just before it, within that column's printed extent
    /// (`WrappedHeaderPieces.printedEnd`), the column's word unfinished, and no name column after
    /// it (a second part's code columns head its names).
    static func joined(_ roots: [Node]) -> [Node] {
        var roots = roots, i = 1
        while i < roots.count {
            // One Chinese character, three bytes: the cheap test first.
            guard roots[i].isLeaf, roots[i].text.utf8.count == 3, endsWord(roots[i - 1], tail: roots[i]),
                  !roots[(i + 1)...].contains(where: { $0.isLeaf && HeaderWords.isLabel(TextRepair.compact($0.text)) })
            else { i += 1; continue }
            let tail = roots.remove(at: i)
            roots[i - 1] = withLastLeaf(roots[i - 1]) { leaf in
                leaf.text += tail.text
                leaf.end = max(leaf.end, tail.end)
                leaf.lastLine = tail.lastLine
            }
        }
        return roots
    }

    static func endsWord(_ node: Node, tail: Node) -> Bool {
        let leaf = lastLeaf(node), top = TextRepair.compact(leaf.text), rest = TextRepair.compact(tail.text)
        return AlignedHeader.role(of: top) == .value && !HeaderWords.endsComplete(top) && HeaderFit.isWrappedCodeTail(top, rest)
            && tail.firstLine > leaf.lastLine && tail.start >= leaf.start && tail.start < WrappedHeaderPieces.printedEnd(leaf)
    }

    static func lastLeaf(_ node: Node) -> Node { node.children.last.map(lastLeaf) ?? node }

    static func withLastLeaf(_ node: Node, _ change: (inout Node) -> Void) -> Node {
        var node = node
        if node.children.isEmpty { change(&node) } else { node.children[node.children.count - 1] = withLastLeaf(node.children.last!, change) }
        return node
    }
}
