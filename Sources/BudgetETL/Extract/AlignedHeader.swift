/// Column paths of a column-aligned header (pdftotext -layout): every header word keeps its
/// character columns, so the header tree is rebuilt from where words stand.
///
/// Lines are read from the bottom up. A word becomes the parent of the run of words below it that
/// it is centred over (a merged header cell is centred over its columns); a word over a single
/// word that stands alone on its line is the top of a cell wrapped onto two lines ("事业单位" over
/// "经营收入"); any other word is a column of its own whose cell spans several header lines. The
/// words no other word was put under are the columns, left to right.
struct AlignedHeader {
    struct Leaf {
        /// Header texts from the top of the tree down to the column's own word.
        var path: [String]
        var role: ColumnGrid.Role
        /// Centre of the column's own word, in character columns.
        var anchor: Double
    }

    struct Section {
        var name: String
        var leaves: [Leaf]
        var identifying: [Leaf] { leaves.filter { $0.role != .value } }
        var values: [Leaf] { leaves.filter { $0.role == .value } }
        var hasCodes: Bool { leaves.contains { $0.role == .code } }
    }

    var sections: [Section]

    init(header: [TableLines.Line]) {
        let roots = AlignedHeader.tree(header)
        let leaves = roots.flatMap { AlignedHeader.leaves(of: $0, above: []) }
        var groups: [[(leaf: Leaf, nodes: [Node])]] = [[]]
        for item in leaves {
            if item.leaf.role != .value, let last = groups.last?.last, last.leaf.role == .value { groups.append([]) }
            groups[groups.count - 1].append(item)
        }
        let multiple = groups.count > 1
        sections = groups.filter { !$0.isEmpty }.map { group in
            // A top cell over a whole section (its names and its values) names the section when the
            // table has several; over a single section it is a caption of the whole table.
            let top = group.first!.nodes.first!
            let coversAll = group.allSatisfy { $0.nodes.first! == top } && AlignedHeader.leafCount(top) == group.count
                && group.contains { $0.leaf.role != .value }
            var name = ""
            let items = group.map { item -> Leaf in
                var leaf = item.leaf
                if coversAll, leaf.path.count > 1 { leaf.path.removeFirst() }
                return leaf
            }
            if coversAll, multiple { name = top.text }
            return Section(name: name, leaves: items)
        }
        if sections.isEmpty { sections = [Section(name: "", leaves: [])] }
    }

    static func role(of word: String) -> ColumnGrid.Role {
        let text = TextRepair.compact(word)
        if HeaderWords.isLineNumber(text) { return .value }
        if HeaderWords.isCode(text) { return .code }
        if HeaderWords.isLabel(text) { return .label }
        return .value
    }

    // MARK: the tree

    struct Node: Equatable {
        var text: String
        /// Columns of the node's own word.
        var start: Int, end: Int
        /// Header lines (indexes into the header) of the node's own word.
        var firstLine: Int, lastLine: Int
        var children: [Node] = []
        var spanStart: Int { children.isEmpty ? start : min(start, children.map(\.spanStart).min()!) }
        var spanEnd: Int { children.isEmpty ? end : max(end, children.map(\.spanEnd).max()!) }
        var center: Double { Double(start + end) / 2 }
        var isLeaf: Bool { children.isEmpty }
        var structural: Bool { isLeaf ? AlignedHeader.role(of: text) != .value : children.allSatisfy(\.structural) }
    }

    static func leafCount(_ node: Node) -> Int { node.isLeaf ? 1 : node.children.map(leafCount).reduce(0, +) }

    private static func leaves(of node: Node, above: [Node]) -> [(leaf: Leaf, nodes: [Node])] {
        let chain = above + [node]
        if node.isLeaf {
            return [(Leaf(path: chain.map(\.text), role: role(of: node.text), anchor: node.center), chain)]
        }
        return node.children.flatMap { leaves(of: $0, above: chain) }
    }

    static func tree(_ header: [TableLines.Line]) -> [Node] {
        var units: [Node] = []
        for (index, line) in header.enumerated().reversed() {
            var claimed = Set<Int>()
            var made: [(range: Range<Int>, node: Node)] = []
            let words = line.tokens.filter { !TextRepair.compact($0.text).isEmpty }.map { token in
                Node(text: UTF8Text.trimmingWhitespace(token.text), start: token.column, end: token.end,
                     firstLine: index, lastLine: index)
            }
            for word in words {
                if let run = HeaderFit.place(word, over: units, claimed: claimed, line: words) {
                    claimed.formUnion(run.range)
                    made.append((run.range, run.node))
                } else {
                    made.append((units.count..<units.count, word))
                }
            }
            var next = units.indices.filter { !claimed.contains($0) }.map { units[$0] }
            next += made.map(\.node)
            units = next.sorted { Double($0.spanStart + $0.spanEnd) < Double($1.spanStart + $1.spanEnd) }
        }
        return units
    }
}

import Foundation
