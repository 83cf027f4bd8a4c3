/// Header cells of a tab grid told apart from their wrapped pieces by the cells they span. A cell
/// spans the blank cells on its right up to the next filled one; a merged cell (a group's parent)
/// is one whose span a line below splits. Two pieces stacked at one index that span the same
/// cells are one cell wrapped over two lines: a parent that spans exactly what its only child
/// spans groups nothing.
extension WrappedGridCells {
    /// The cells a header cell at index `i` of line `r` spans: up to the next filled cell, or the
    /// header's width; one cell when no line below splits the blank ones.
    static func span(_ lines: [TableLines.Line], _ r: Int, _ i: Int, width: Int) -> Range<Int> {
        let tokens = lines[r].tokens
        let next = (i + 1..<width).first { $0 < tokens.count && !tokens[$0].isBlank } ?? width
        let split = lines[(r + 1)...].contains { line in (i + 1..<next).contains { $0 < line.tokens.count && !line.tokens[$0].isBlank } }
        return split ? i..<next : i..<(i + 1)
    }

    /// The cell at (r, i) stands under the filled cell at (above, i) and spans the same cells: the
    /// two are pieces of one wrapped cell, unless line r is the level under line `above`.
    /// `printed`: the header as printed, whose line r has not lost cells to joins yet.
    /// The piece's line lacks the short cells its band printed whole on the line above, so its
    /// span is read only as far as the upper cell's next neighbour.
    static func spansAlike(_ lines: [TableLines.Line], printed: [TableLines.Line], _ above: Int, _ r: Int, _ i: Int, width: Int) -> Bool {
        let upper = span(lines, above, i, width: width)
        let bound = (i + 1..<width).first { $0 < lines[above].tokens.count && !lines[above].tokens[$0].isBlank } ?? width
        return upper == span(printed, r, i, width: bound) && !isChildLine(lines, above, r, width: width)
    }

    /// Line r holds a cell inside the span of a merged cell of line `above`: it is the level under
    /// that line (`部门预算支出经济分类科目` over `科目编码 | 科目名称 | 合计`), not its continuation.
    static func isChildLine(_ lines: [TableLines.Line], _ above: Int, _ r: Int, width: Int) -> Bool {
        let upper = lines[above].tokens
        return upper.indices.contains { j in
            guard !upper[j].isBlank else { return false }
            return span(lines, above, j, width: width).dropFirst().contains { $0 < lines[r].tokens.count && !lines[r].tokens[$0].isBlank }
        }
    }

    /// Words that can be a piece of a wrapped cell: text, not a number nor the 栏次 word.
    static func isPiece(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        return !compact.isEmpty && TokenKind.of(compact) == .text && !HeaderWords.isColumnNumberWord(compact)
    }

    /// After a piece on line r joined the cell above it on line `above`, that cell spans what the
    /// piece spans: cells on the piece's line within the cell's printed span (`printed`, less its
    /// first cell and the columns of another role) are not its children but cells of its own line printed lower (a converter
    /// centres short cells in a wrapped header). They go up to that line where it is blank.
    static func liftCells(in printed: [Int], from r: Int, to above: Int, in lines: inout [TableLines.Line]) {
        for k in printed where k < lines[r].tokens.count && !lines[r].tokens[k].isBlank {
            guard k >= lines[above].tokens.count || lines[above].tokens[k].isBlank,
                  (above + 1..<r).allSatisfy({ k >= lines[$0].tokens.count || lines[$0].tokens[k].isBlank }) else { continue }
            // A line printed without its trailing blank cells gets them back up to the lifted cell.
            while lines[above].tokens.count <= k {
                let last = lines[above].tokens.last
                lines[above].tokens.append(Token(text: "", line: last?.line ?? lines[above].number, column: (last?.column ?? -1) + 1))
            }
            lines[above].tokens[k].text = lines[r].tokens[k].text
            lines[r].tokens[k].text = ""
        }
    }
}
