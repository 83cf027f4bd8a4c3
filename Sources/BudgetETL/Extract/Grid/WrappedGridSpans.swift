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

    /// Line r holds a cell inside the span of a finished caption of line `above` (`人员经费` over
    /// `工资福利支出 | 对个人和家庭的补助`, its right cell blank): line r is the level under it, and
    /// so are its other cells. A name one column wide on `above` (`公用经费`, its right cell
    /// filled) then heads the word right under it as a caption (`商品和服务支出`) as well as it
    /// may be wrapped into it: one column wide says nothing (`oneColumnWrapped`).
    static func isUnderFinishedCaption(_ lines: [TableLines.Line], _ above: Int, _ r: Int, width: Int) -> Bool {
        let upper = lines[above].tokens
        return upper.indices.contains { j in
            guard !upper[j].isBlank, HeaderWords.endsCaption(TextRepair.compact(upper[j].text)) else { return false }
            return span(lines, above, j, width: width).dropFirst().contains { $0 < lines[r].tokens.count && !lines[r].tokens[$0].isBlank }
        }
    }

    /// Every filled cell of line r stands inside the span of one cell of line `above`, at its
    /// first index and further on (`本年比上年增减 ⇥` over `增减值 ⇥ 增减%`): the row of that
    /// caption's columns, not its wrapped end. A wrapped cell's end stands at the cell's index
    /// alone, and a short cell printed lower beside it stands beside the other short cells of
    /// its header row, outside that span.
    static func isCaptionsOwnRow(_ lines: [TableLines.Line], _ above: Int, _ r: Int, width: Int) -> Bool {
        let filled = lines[r].tokens.indices.filter { !lines[r].tokens[$0].isBlank }
        guard filled.count >= 2, let first = filled.first, first < lines[above].tokens.count,
              !lines[above].tokens[first].isBlank else { return false }
        let caption = span(lines, above, first, width: width)
        return filled.allSatisfy { caption.contains($0) }
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

    /// A line whose pieces all went up to one line `top` belongs to that line's band (cells wrapped
    /// over several lines), and a converter centres the short cells of a band (`总计`, `合计`, `小计`
    /// beside wrapped names) on one of its lower lines. A measure's whole cell of line r (`wrapped`:
    /// those that took pieces from lines below start cells of their own), blank up to `top`,
    /// whose nearest measure's cell on its left on `top` is none or a wrapped cell (`continued`: that
    /// cell seemed to span it only because of it) goes up to `top`. Under a measure printed whole it
    /// may be that merged cell's child, and stays (a merged cell never spans both identifying columns
    /// and measures).
    static func liftShortCells(from r: Int, to top: Int, continued: Set<Int>, wrapped: Set<Int>, isMeasure: (Int) -> Bool,
                               in lines: inout [TableLines.Line]) {
        // Cells lifted beside another short cell do not make it a child.
        let printed = lines[top].tokens
        for k in lines[r].tokens.indices where !lines[r].tokens[k].isBlank && !wrapped.contains(k)
            && isPiece(lines[r].tokens[k].text) && isMeasure(k) {
            guard (top..<r).allSatisfy({ k >= lines[$0].tokens.count || lines[$0].tokens[k].isBlank }) else { continue }
            let left = (0..<k).reversed().first { $0 < printed.count && !printed[$0].isBlank && isMeasure($0) }
            guard left.map(continued.contains) ?? true else { continue }
            liftCells(in: [k], from: r, to: top, in: &lines)
        }
    }
}
