/// A spreadsheet's header aligned to the bottom of its cells (Excel's and Calc's default,
/// `HeaderFit.isBottomAligned`) ends every column's name on its last line: the words there after
/// the code and name columns' are the value columns, one word each (a narrow cell's last piece,
/// `助`, `务支出`, or a whole name, `小计`). A line of narrow cells' pieces above it is set by
/// pdftotext one space apart, left of their columns (a Chinese character counts one column and
/// prints two), so the tree may take such a piece for a column of its own, or join it to the
/// next cell's stack (`对个人和` + `商品和服` + `助`).
enum BottomLineColumns {
    /// Whether the tree reads more value columns than the body's full rows hold values while the
    /// last line names exactly as many: a wrapped piece was taken for a column, and which column
    /// each piece above the last line belongs to is not certain.
    /// `columns`: the body's columns under the header's sections (`bodyColumns`).
    static func treeTakesPieceForColumn(_ header: AlignedHeader, lines: [TableLines.Line],
                                        columns: [[WrappedHeaderPieces.ColumnSpan]]) -> Bool {
        let bodyCount = columns.map(\.count).reduce(0, +)
        guard bodyCount > 0, header.sections.map(\.values.count).reduce(0, +) > bodyCount else { return false }
        let words = WrappedHeaderPieces.words(lines)
        guard HeaderFit.isBottomAligned(words), let last = words.last else { return false }
        let named = last.drop(while: HeaderFit.isStructural)
        // One part: a second part's name column (项目) would stand among the columns.
        guard !named.contains(where: { HeaderWords.isLabel(TextRepair.compact($0.text)) }) else { return false }
        return named.count == bodyCount
    }
}

extension BottomLineColumns {
    typealias Node = AlignedHeader.Node

    /// The header read with every wrapped name stacked onto its word of the last line, which
    /// stands over the body's columns (`bands`), one word each: the line just above holds as many
    /// unfinished words as the last line holds name pieces (`支出`, `助`, `务支出`, `类`, no header
    /// word of their own), and pdftotext keeps a line's order though not its columns, so the i-th
    /// word heads the i-th piece. A word of a higher line goes onto the stack right under it whose
    /// body band holds it (a three-line cell, `对个人和` over `家庭的补` / `助`). Nil where the last
    /// line does not name the body's columns or the line above does not pair with it.
    static func stacked(_ header: [TableLines.Line], bands: [WrappedHeaderPieces.ColumnSpan]) -> AlignedHeader? {
        var lines = WrappedHeaderPieces.words(header)
        guard lines.count >= 3, HeaderFit.isBottomAligned(lines) else { return nil }
        let bottom = lines.count - 1, above = bottom - 1
        let columns = Array(lines[bottom].indices.drop { HeaderFit.isStructural(lines[bottom][$0]) })
        let tails = columns.filter { isTail(lines[bottom][$0]) }
        let pieces = lines[above].indices.filter { isPiece(lines[above][$0]) }
        guard columns.count == bands.count, !tails.isEmpty, pieces.count == tails.count,
              zip(pieces, tails).allSatisfy({ p, t in reaches(lines[above][p], bands[columns.firstIndex(of: t)!]) }) else { return nil }
        var stacks: [Int: [Node]] = [:]
        for (p, t) in zip(pieces, tails) { stacks[t] = [lines[above][p], lines[bottom][t]] }
        var used: [Int: Set<Int>] = [above: Set(pieces)]
        for line in stride(from: above - 1, through: 0, by: -1) {
            for w in lines[line].indices where isPiece(lines[line][w]) {
                let held = WrappedHeaderPieces.bandsHolding(lines[line][w], columns: bands)
                guard held.count == 1, let k = bands.firstIndex(where: { $0.lower == held[0].lower }), let stack = stacks[columns[k]],
                      stack[0].firstLine == line + 1 else { continue }
                stacks[columns[k]] = [lines[line][w]] + stack
                used[line, default: []].insert(w)
            }
        }
        for (t, stack) in stacks {
            let tail = lines[bottom][t]
            lines[bottom][t] = Node(text: stack.map(\.text).joined(), start: tail.start, end: tail.end,
                                    firstLine: stack[0].firstLine, lastLine: bottom, fromPieces: true)
        }
        for (line, taken) in used { lines[line] = lines[line].indices.filter { !taken.contains($0) }.map { lines[line][$0] } }
        return AlignedHeader(words: lines, header: header)
    }

    /// Whether a piece paired by order stands over its column's band on paper (its text start,
    /// its printed end): a pairing that sends a piece to a far column is no reading.
    static func reaches(_ piece: Node, _ band: WrappedHeaderPieces.ColumnSpan) -> Bool {
        Double(piece.start) < band.upper && Double(WrappedHeaderPieces.printedEnd(piece)) > band.lower
    }

    /// A last-line word that ends a wrapped name: no header word of its own (合计, 小计 are cells),
    /// or a lone 类, 款 or 项.
    static func isTail(_ node: Node) -> Bool {
        let text = TextRepair.compact(node.text)
        return (AlignedHeader.role(of: text) == .value && !HeaderWords.isHeaderWord(text))
            || (text.count == 1 && HeaderWords.isCode(text))
    }

    /// A word of an upper line stopping mid-name (`工资福利`, `家庭的补`): a caption is finished.
    static func isPiece(_ node: Node) -> Bool {
        let text = TextRepair.compact(node.text)
        return AlignedHeader.role(of: text) == .value && !HeaderWords.isHeaderWord(text) && !HeaderWords.endsComplete(text)
    }
}
