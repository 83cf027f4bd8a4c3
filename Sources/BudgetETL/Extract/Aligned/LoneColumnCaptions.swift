/// A header word read as the caption of one column only (`本年收入` over `合计`, `上缴上` over
/// `级支出`) is either a merged cell over that one column or the top line of the column's own
/// name wrapped in a tall cell (`本年收入合计`). Where cells are centred vertically, both print
/// alike: the words alone do not tell them apart. Two such words side by side on one line, or one
/// stopping mid-word, show a row of wrapped names as much as a row of captions, so the columns
/// under them have no certain path: their values are rejected (`loneCaptionUncertain`) rather
/// than read under a path that may be two levels of one name. So are a caption and its one
/// column's word printed around a line of the row's one-line cells, as a wrapped name prints
/// (`wrapsAroundMiddleLine`). A bare year (`2021年` over `完成数`)
/// names no column by itself: it is a caption wherever it stands.
enum LoneColumnCaptions {
    typealias Node = AlignedHeader.Node

    /// Per section, the value columns (indexes into its values) under a doubted one-column caption.
    static func uncertainColumns(_ header: AlignedHeader) -> [(section: Int, column: Int)] {
        let doubted = doubtedCaptions(header.roots)
        guard !doubted.isEmpty else { return [] }
        return header.sections.enumerated().flatMap { n, section in
            section.values.enumerated().compactMap { k, leaf -> (section: Int, column: Int)? in
                doubted.contains { caption, leafText in leaf.path.last == leafText && leaf.path.dropLast().contains(caption) }
                    ? (section: n, column: k) : nil
            }
        }
    }

    /// The captions over one column each (with that column's word) that the header does not make
    /// certain: two or more on one line, or one stopping mid-word.
    static func doubtedCaptions(_ roots: [Node]) -> [(caption: String, leaf: String)] {
        let lone = loneCaptions(roots)
        let byLine = Dictionary(grouping: lone, by: \.node.firstLine)
        let all = roots.flatMap(leaves)
        let middleLines = Set(all.filter { $0.firstLine == $0.lastLine }.map(\.firstLine))
        let soleValue = all.filter { !$0.structural }.count == 1
        return lone.filter { item in
            byLine[item.node.firstLine, default: []].count >= 2 || HeaderFit.isUnfinishedName(item.node)
                || wrapsAroundMiddleLine(item, middleLines: middleLines, soleValue: soleValue)
        }.map { (caption: $0.node.text, leaf: $0.leaf.text) }
    }

    /// A caption and its one column's word printed on the lines above and below a line of the
    /// row's one-line cells, the caption at least as wide as the word (a wrapped cell fills its
    /// upper line first: `建议分配金` / `项目  序号` / `额(万元)`), print as one name wrapped around
    /// that line would. A caption narrower than its word would have taken the word's first
    /// characters, so it is a caption (`本年拨款` / `一般公共预算`). A header word (合计, 预算数) that
    /// is the table's only value column is headed by the word over it (`机关运行经费支出` / `合计`:
    /// a table of one total names what it totals); beside other value columns (`本年支出` / `合计`
    /// beside `基本支出`, `项目支出`) it may as well end a wrapped name.
    static func wrapsAroundMiddleLine(_ item: (node: Node, leaf: Node), middleLines: Set<Int>, soleValue: Bool) -> Bool {
        let (node, leaf) = item
        return node.firstLine == node.lastLine && leaf.firstLine == leaf.lastLine && leaf.firstLine == node.lastLine + 2
            && middleLines.contains(node.lastLine + 1) && node.end - node.start >= leaf.end - leaf.start
            && !(soleValue && HeaderWords.isHeaderWord(TextRepair.compact(leaf.text)))
    }

    static func leaves(_ node: Node) -> [Node] { node.isLeaf ? [node] : node.children.flatMap(leaves) }

    /// Every value caption heading exactly one leaf, printed above it, with that leaf.
    static func loneCaptions(_ nodes: [Node]) -> [(node: Node, leaf: Node)] {
        nodes.flatMap { node -> [(node: Node, leaf: Node)] in
            let below = loneCaptions(node.children)
            guard node.children.count == 1, let leaf = node.children.first, leaf.isLeaf, node.lastLine < leaf.firstLine,
                  !HeaderFit.isStructural(node), !HeaderWords.isLeadIn(node.text), !leaf.structural,
                  !TableLinePatterns.yearName.matches(TextRepair.compact(node.text)) else { return below }
            return below + [(node: node, leaf: leaf)]
        }
    }
}
