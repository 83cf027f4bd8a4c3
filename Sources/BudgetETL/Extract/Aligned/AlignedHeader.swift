/// Column paths of a column-aligned header (pdftotext -layout): every header word keeps its
/// character columns, so the header tree is rebuilt from where words stand.
///
/// Lines are read from the bottom up. A word becomes the parent of the run of words below it that
/// it is centred over (a merged header cell is centred over its columns); a word over a single
/// word that stands alone on its line is the top of a cell wrapped onto two lines ("事业单位" over
/// "经营收入"); any other word is a column of its own whose cell spans several header lines. The
/// words no other word was put under are the columns, left to right.
struct AlignedHeader {
    struct Leaf: Equatable {
        /// Header texts from the top of the tree down to the column's own word.
        var path: [String]
        var role: ColumnGrid.Role
        /// Centre of the column's own word, in character columns.
        var anchor: Double
    }

    struct Section: Equatable {
        var name: String
        var leaves: [Leaf]
        var identifying: [Leaf] { leaves.filter { $0.role != .value } }
        var values: [Leaf] { leaves.filter { $0.role == .value } }
        var hasCodes: Bool { leaves.contains { $0.role == .code } }

        /// The section with its value columns' paths replaced, in column order.
        func withValuePaths(_ paths: [[String]]) -> Section {
            var section = self
            var next = paths.makeIterator()
            for i in section.leaves.indices where section.leaves[i].role == .value { section.leaves[i].path = next.next()! }
            return section
        }
    }

    var sections: [Section]
    /// The header tree: its top cells.
    let roots: [Node]

    /// `bodyColumns`: where the body's value columns stand, given when the header's wrapped words
    /// are to be joined first (`WrappedHeaderPieces`).
    /// `captionBands`: the body's column bands, given when a caption must reach the band it
    /// stands in (`HeaderFit.standsApart`).
    /// `tiling`: a caption left without a column takes the next one from a group of its row
    /// (`HeaderFit.lendingGroup`), tried when the body shows the header names too many columns.
    init(header: [TableLines.Line], bodyColumns: [WrappedHeaderPieces.ColumnSpan]? = nil, heads: [Node] = [], anyEnding: Bool = false,
         captionBands: [WrappedHeaderPieces.ColumnSpan] = [], tiling: Bool = false) {
        var words = WrappedHeaderPieces.words(header)
        if let bodyColumns { words = WrappedHeaderPieces.joined(words, columns: bodyColumns, heads: heads, anyEnding: anyEnding) }
        self.init(words: words, header: header, captionBands: captionBands, tiling: tiling)
    }

    /// A header whose columns something other than its words' places tells (a 公式 row's letters,
    /// `AlignedFormulaHeader`): there is no tree of positions to doubt.
    init(sections: [Section]) {
        self.sections = sections
        roots = []
    }

    /// The header from its words, line by line (some already joined across lines).
    init(words: [[Node]], header: [TableLines.Line], captionBands: [WrappedHeaderPieces.ColumnSpan] = [], tiling: Bool = false) {
        let tree = WrappedCodeTails.joined(AlignedHeader.tree(words, bands: captionBands, tiling: tiling))
        roots = WrappedLoneCaption.joined(CaptionWrappedTail.moved(FormCaptionParts.completed(HeaderRepeatedGroups.fixed(tree)), words: words,
                                                                   printed: WrappedHeaderPieces.words(header)))
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
        if let named = AlignedHeader.namedBySideLine(sections, groups: groups.filter { !$0.isEmpty }, header: header) { sections = named }
    }

    /// Two-sided tables print one word per side on the top header line (收入 | 支出), which
    /// pdftotext does not keep centred over the side's columns (CJK glyph widths): there the word
    /// may have become the parent of a single column, or a column of its own. A top line with one
    /// word per section, each standing over its own section and none a column word (a total, a
    /// measure, a 行次), names the sections; its words are not parts of the columns' paths.
    static func namedBySideLine(_ sections: [Section], groups: [[(leaf: Leaf, nodes: [Node])]],
                                header: [TableLines.Line]) -> [Section]? {
        // Each side has its own name column (项目 | … | 项目 | …): otherwise the sections are not sides.
        guard sections.count > 1, groups.count == sections.count, header.count > 1, let top = header.first,
              sections.allSatisfy({ $0.leaves.contains { $0.role == .label } }) else { return nil }
        let words = top.tokens.filter { !TextRepair.compact($0.text).isEmpty }
        let names = sideNames(words, under: header[1])
        guard words.count == sections.count,
              names.allSatisfy({ !$0.contains(where: \.isNumber) && !HeaderWords.isTotal($0) && !HeaderWords.isLineNumber($0)
                                 && !HeaderWords.isStructural($0) && $0.count <= Thresholds.sideNameLength }),
              zip(sections, names).allSatisfy({ $0.name.isEmpty || TextRepair.compact($0.name) == $1 })
        else { return nil }
        let spans = sections.map { s in (s.leaves.map(\.anchor).min() ?? 0, s.leaves.map(\.anchor).max() ?? 0) }
        for (n, word) in words.enumerated() {
            let center = Double(word.column + word.end) / 2
            let lower = n == 0 ? -Double.infinity : (spans[n - 1].1 + spans[n].0) / 2
            let upper = n == spans.count - 1 ? Double.infinity : (spans[n].1 + spans[n + 1].0) / 2
            guard center > lower, center < upper else { return nil }
        }
        return zip(groups, names).map { group, name in
            Section(name: name, leaves: group.compactMap { withoutTopLine($0.leaf, $0.nodes, names: names) })
        }
    }

    /// The side words of the top line, each with its piece on the line under it when every side word
    /// stops mid-word over a piece that starts where it starts (`财政拨` / `款收入` | `财政拨` /
    /// `款支出`: the side cells wrapped).
    static func sideNames(_ words: [Token], under next: TableLines.Line) -> [String] {
        let names = words.map { TextRepair.compact($0.text) }
        let pieces = next.tokens.filter { !TextRepair.compact($0.text).isEmpty }
        guard pieces.count == words.count, pieces.allSatisfy({ $0.kind == .text }),
              zip(words, pieces).allSatisfy({ abs($0.column - $1.column) <= 1 && !HeaderWords.endsComplete(TextRepair.compact($0.text)) })
        else { return names }
        return zip(names, pieces).map { $0 + TextRepair.compact($1.text) }
    }

    /// A column's leaf without the top line's side word: a parent made of it is dropped, a cell it
    /// was taken to wrap into ("支出" over "行次" read as "支出行次") loses it, and the word taken for
    /// a column of its own is no column.
    private static func withoutTopLine(_ leaf: Leaf, _ nodes: [Node], names: [String]) -> Leaf? {
        guard let first = nodes.first, first.firstLine == 0 else { return leaf }
        var leaf = leaf
        if nodes.count > 1 { leaf.path.removeFirst(); return leaf }
        guard first.lastLine > 0 else { return nil }
        let text = TextRepair.compact(first.text)
        // The side word wrapped onto the next line is no column either.
        if names.contains(text) { return nil }
        guard let name = names.first(where: { text.hasPrefix($0) && text.count > $0.count }) else { return leaf }
        let rest = String(text.dropFirst(name.count))
        leaf.path = [rest]
        leaf.role = role(of: rest)
        return leaf
    }

    static func role(of word: String) -> ColumnGrid.Role {
        let text = TextRepair.compact(word)
        if HeaderWords.isLineNumber(text) { return .value }
        if HeaderWords.isCode(text) { return .code }
        if HeaderWords.isLabel(text) { return .label }
        // A unit column (单位, 计量单位) holds words: the rows' units or, in lists of agencies, names.
        if UnitColumn.isHeaderWord(text) { return .label }
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
        /// Joined from pieces printed with other cells' words between them (`WrappedHeaderPieces`):
        /// it stands on its lines as a tall cell does, not as part of those lines' rows.
        var fromPieces = false
        var spanStart: Int { children.isEmpty ? start : min(start, children.map(\.spanStart).min()!) }
        var spanEnd: Int { children.isEmpty ? end : max(end, children.map(\.spanEnd).max()!) }
        var center: Double { Double(start + end) / 2 }
        var isLeaf: Bool { children.isEmpty }
        var structural: Bool { isLeaf ? AlignedHeader.role(of: text) != .value : children.allSatisfy(\.structural) }
    }

    /// The node and the nodes under it that head two columns or more.
    static func heads(_ node: Node) -> [Node] {
        leafCount(node) < 2 ? [] : [node] + node.children.flatMap(heads)
    }

    static func leafCount(_ node: Node) -> Int { node.isLeaf ? 1 : node.children.map(leafCount).reduce(0, +) }

    private static func leaves(of node: Node, above: [Node]) -> [(leaf: Leaf, nodes: [Node])] {
        let chain = above + [node]
        if node.isLeaf {
            return [(Leaf(path: chain.map(\.text), role: role(of: node.text), anchor: node.center), chain)]
        }
        return node.children.flatMap { leaves(of: $0, above: chain) }
    }

    static func tree(_ lines: [[Node]], bands: [WrappedHeaderPieces.ColumnSpan] = [], tiling: Bool = false) -> [Node] {
        var units: [Node] = []
        let unfinished = Set(lines.indices.filter { lines[$0].contains(where: HeaderFit.isUnfinishedName) })
        let bottomAligned = HeaderFit.isBottomAligned(lines)
        for (index, words) in lines.enumerated().reversed() {
            let higher = lines[..<index].joined()
            var claimed = Set<Int>()
            var made: [(range: Range<Int>, node: Node)] = []
            for word in words {
                // A word joined from its pieces is one column's whole name, or a caption wrapped
                // in a narrow cell: the lines it spans hold no cell under it, but lines below may.
                let beside = word.fromPieces ? Set(units.indices.filter { units[$0].firstLine <= word.lastLine }) : []
                // A word with another over it may be a middle piece of a taller cell's name.
                let covered = higher.contains { $0.start < word.end && $0.end > word.start }
                if let run = HeaderFit.place(word, over: units, claimed: claimed.union(beside), line: words, covered: covered,
                                             unfinishedLines: unfinished, bands: bands, lines: lines, above: Array(higher),
                                             bottomAligned: bottomAligned),
                   !word.fromPieces || run.node.text == word.text {
                    claimed.formUnion(run.range)
                    made.append((run.range, run.node))
                } else {
                    made.append((units.count..<units.count, word))
                }
            }
            for (n, item) in made.enumerated() where item.range.isEmpty {
                var parent = item.node
                if let b = HeaderFit.tiledColumn(item.node, units: units, claimed: claimed, line: words, made: made.map(\.node)) {
                    parent.children = [units[b]]
                    made[n] = (b..<b + 1, parent)
                    claimed.insert(b)
                } else if !tiling {
                    continue
                } else if let g = HeaderFit.lendingGroup(item.node, units: units, claimed: claimed) {
                    let left = units[g].spanEnd <= item.node.start
                    parent.children = [left ? units[g].children.removeLast() : units[g].children.removeFirst()]
                    made[n].node = parent
                } else if let k = HeaderFit.lendingGroup(item.node, units: made.map(\.node), claimed: [], sameLine: true, free: units, claimed: claimed) {
                    let left = made[k].node.spanEnd <= item.node.start
                    parent.children = [left ? made[k].node.children.removeLast() : made[k].node.children.removeFirst()]
                    made[n].node = parent
                }
            }
            var next = units.indices.filter { !claimed.contains($0) }.map { units[$0] }
            next += made.map(\.node)
            units = next.sorted { Double($0.spanStart + $0.spanEnd) < Double($1.spanStart + $1.spanEnd) }
        }
        return withSubtotalsInGroups(units)
    }
}

import Foundation
