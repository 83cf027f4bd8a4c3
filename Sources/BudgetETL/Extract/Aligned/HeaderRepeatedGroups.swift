/// Header shapes that the centring rules of `AlignedHeader.tree` cannot see, fixed on the
/// finished tree.
///
/// A name column printed one character per line ("项" over "目" in a tall cell) is one word:
/// stacked single characters at the same place whose join is a name-column word become one.
///
/// A table that prints the same columns twice under two captions (预算数 | 决算数 over 合计,
/// 因公出国(境)费, … each) has captions centred over a part of their columns only, and pdftotext's
/// character columns shift a middle caption so that it takes a column of the next copy. When the
/// top line's words each head one of equal runs of columns whose bottom words repeat run by run,
/// every caption takes its whole run, and every run takes the structure of the copy whose
/// captions stand best centred over their columns.
enum HeaderRepeatedGroups {
    typealias Node = AlignedHeader.Node

    static func fixed(_ roots: [Node]) -> [Node] {
        let named = formNamesJoined(stackedName(roots))
        return repeated(named) ?? named
    }

    // MARK: a form column's name wrapped into a caption over its rest

    /// A national form's column name wrapped in a narrow cell (因公出 over 国(境)费) whose first
    /// piece was read as a caption over the rest (and over a column beside it, 合计): the join
    /// spells the column (`HeaderWords.isFormColumnName`), so it is one cell, and the columns
    /// beside it stand where the caption stood. A node over whole form columns (“三公”经费 over
    /// 合计 | 因公出国(境)费 | 公务接待费) is the form's own caption, though it and 合计 spell one too.
    static func formNamesJoined(_ nodes: [Node]) -> [Node] {
        nodes.flatMap { node -> [Node] in
            let rests = node.children.indices.filter { node.children[$0].isLeaf
                && HeaderWords.isFormColumnName(TextRepair.compact(node.text + node.children[$0].text)) }
            let overFormColumns = node.children.contains { HeaderWords.isFormColumnName(TextRepair.compact($0.text)) }
            guard rests.count == 1, !overFormColumns, node.children.allSatisfy(\.isLeaf) else {
                var copy = node
                copy.children = formNamesJoined(node.children)
                return [copy]
            }
            let piece = node.children[rests[0]]
            var joined = piece
            joined.text = node.text + piece.text
            joined.start = min(node.start, piece.start)
            joined.end = max(node.end, piece.end)
            joined.firstLine = min(node.firstLine, piece.firstLine)
            joined.lastLine = max(node.lastLine, piece.lastLine)
            var children = node.children
            children[rests[0]] = joined
            return children
        }
    }

    // MARK: a name printed one character per line

    static func stackedName(_ roots: [Node]) -> [Node] {
        let singles = roots.indices.filter { roots[$0].isLeaf && roots[$0].text.count == 1 && roots[$0].start == roots[0].start }
        guard singles.count > 1, Set(singles.map { roots[$0].firstLine }).count == singles.count else { return roots }
        let stack = singles.map { roots[$0] }.sorted { $0.firstLine < $1.firstLine }
        let text = stack.map(\.text).joined()
        guard HeaderWords.isLabel(text) else { return roots }
        var joined = stack[0]
        joined.text = text
        joined.end = stack.map(\.end).max()!
        joined.lastLine = stack.last!.lastLine
        let rest = roots.indices.filter { !singles.contains($0) }.map { roots[$0] }
        return [joined] + rest
    }

    // MARK: columns printed twice under two captions

    static func repeated(_ roots: [Node]) -> [Node]? {
        guard let first = roots.firstIndex(where: { !$0.structural }) else { return nil }
        let head = Array(roots[..<first]), body = Array(roots[first...])
        guard !body.contains(where: \.structural) else { return nil }
        let captions = body.indices.filter { body[$0].firstLine == 0 && !body[$0].isLeaf }
        let leaves = body.flatMap(bottomWords)
        let k = captions.count
        guard k > 1, leaves.count % k == 0, leaves.count / k > 1 else { return nil }
        let size = leaves.count / k
        let runs = (0..<k).map { Array(leaves[$0 * size..<($0 + 1) * size]) }
        guard runs.allSatisfy({ $0.map(\.text) == runs[0].map(\.text) }) else { return nil }
        guard let forests = wholeRootRuns(body, captions: captions, size: size)
                ?? shiftedCaptionRuns(body, captions: captions, size: size) else { return nil }
        let best = forests.indices.min { offCentre(forests[$0]) < offCentre(forests[$1]) }!
        let grouped = captions.enumerated().map { n, c -> Node in
            var caption = body[c]
            var bottom = runs[n][...]
            caption.children = forests[best].map { rebuilt($0, with: &bottom) }
            return caption
        }
        return head + grouped
    }

    /// Each run is whole roots, one of them its caption: the runs' forests under the captions.
    private static func wholeRootRuns(_ body: [Node], captions: [Int], size: Int) -> [[Node]]? {
        var forests: [[Node]] = []
        for (n, c) in captions.enumerated() {
            let lo = n * size, hi = lo + size
            let members = body.indices.filter { leafOffset(body, $0) >= lo && leafOffset(body, $0) + AlignedHeader.leafCount(body[$0]) <= hi }
            guard members.contains(c), members.map({ AlignedHeader.leafCount(body[$0]) }).reduce(0, +) == size else { return nil }
            forests.append(members.flatMap { $0 == c ? body[$0].children : [body[$0]] })
        }
        return forests
    }

    /// A caption that took a column of the copy beside it (决算数 over the last column of the
    /// 预算数 copy, 公务接待费): the captions' children, each whole inside one run, make the runs'
    /// forests, where each caption stands over at least half of its own run.
    private static func shiftedCaptionRuns(_ body: [Node], captions: [Int], size: Int) -> [[Node]]? {
        var units: [(node: Node, offset: Int)] = []
        var offset = 0
        for (i, root) in body.enumerated() {
            for node in captions.contains(i) ? root.children : [root] {
                units.append((node, offset))
                offset += AlignedHeader.leafCount(node)
            }
        }
        var forests: [[Node]] = []
        for (n, c) in captions.enumerated() {
            let lo = n * size, hi = lo + size
            let start = leafOffset(body, c), end = start + AlignedHeader.leafCount(body[c])
            guard 2 * (min(end, hi) - max(start, lo)) >= size else { return nil }
            let members = units.filter { $0.offset >= lo && $0.offset < hi }
            guard members.allSatisfy({ $0.offset + AlignedHeader.leafCount($0.node) <= hi }) else { return nil }
            forests.append(members.map(\.node))
        }
        return forests
    }

    private static func bottomWords(_ node: Node) -> [Node] { node.isLeaf ? [node] : node.children.flatMap(bottomWords) }

    private static func leafOffset(_ body: [Node], _ index: Int) -> Int { body[..<index].map(AlignedHeader.leafCount).reduce(0, +) }

    /// How far the copy's captions stand from the middle of the columns under them.
    private static func offCentre(_ forest: [Node]) -> Double {
        forest.filter { !$0.isLeaf }.map { node in
            abs(node.center - Double(node.children.map(\.spanStart).min()! + node.children.map(\.spanEnd).max()!) / 2)
                + offCentre(node.children)
        }.reduce(0, +)
    }

    /// The copy's node with its bottom words taken from another run, in order.
    private static func rebuilt(_ node: Node, with bottom: inout ArraySlice<Node>) -> Node {
        if node.isLeaf { return bottom.removeFirst() }
        var copy = node
        copy.children = node.children.map { rebuilt($0, with: &bottom) }
        return copy
    }
}
