/// Cells of a tab-separated table whose text the converter wrapped over several lines: header
/// words stacked in one cell index, and row names whose pieces stand on lines without numbers.
/// A piece joins by the cell index it stands in, never by adjacency alone.
enum WrappedGridCells {
    /// Header lines with each cell's wrapped pieces joined into the cell's top line ("因公出" /
    /// "国（境）" / "费" at one index). A piece joins the cell above it only when that cell's text
    /// stops mid-word and the piece is not a header word of its own (一般公共预算 over 小计 are
    /// two cells). Lines left empty are dropped.
    /// `roles`: the columns' roles under this header, when the caller has them already.
    static func joinedHeader(_ header: [TableLines.Line], body: [TableLines.Line], roles known: [ColumnGrid.Role]? = nil) -> [TableLines.Line] {
        var lines = header
        let nameColumns = wordColumns(body)
        let width = header.map(\.tokens.count).max() ?? 0
        let roles = known ?? ColumnGrid.roles(header: header.map { $0.tokens.map(\.text) }, body: body.map(\.tokens))
        func isMeasure(_ i: Int) -> Bool { i < roles.count && roles[i] == .value }
        // Each line's cells that took pieces from the lines under it, and the lines whose pieces all
        // went up to one line (a band of wrapped cells).
        var continued: [Int: Set<Int>] = [:]
        var bands: [(line: Int, top: Int)] = []
        for r in lines.indices.dropFirst() {
            // A line that is the level under the line above (`isUnderFinishedCaption`,
            // `isCaptionsOwnRow`): its cells are names of their own where nothing else says wrapped.
            let underCaption = isUnderFinishedCaption(lines, r - 1, r, width: width)
            let captionsRow = isCaptionsOwnRow(lines, r - 1, r, width: width)
            // Not over name columns: there stacked lines may be the first row's wrapped name, unless
            // the line has header cells over the values too. A column blank in the body (a group's
            // parent printed one cell early) is no name column. Pieces told by their words join
            // first: the cells they lift change the spans the second pass compares.
            let printedCells = header[r].tokens.filter { !$0.isBlank }.count
            let overValues = lines[r].tokens.indices.contains { !lines[r].tokens[$0].isBlank && !nameColumns.contains($0) }
            var joinedInto: Set<Int> = []
            for bySpan in [false, true] {
                for i in lines[r].tokens.indices where !lines[r].tokens[i].isBlank {
                    guard let above = (0..<r).reversed().first(where: { i < lines[$0].tokens.count && !lines[$0].tokens[i].isBlank }),
                          above == r - 1 || (above..<r).dropFirst().allSatisfy({ i >= lines[$0].tokens.count || lines[$0].tokens[i].isBlank })
                    else { continue }
                    // A cell printed as a lead-in (`其中:`) goes on in the pieces under it that span the
                    // same cells (over several columns it is their caption), alone on their lines or not.
                    let underLeadIn = bySpan && i < header[above].tokens.count && HeaderWords.isLeadIn(header[above].tokens[i].text)
                    // Otherwise a line of one cell is a title, a note, a row's name or one cell per line, not header words.
                    guard lines[above].tokens.filter({ !$0.isBlank }).count >= 2 || underLeadIn else { continue }
                    guard overValues || !nameColumns.contains(i) else { continue }
                    let joins = bySpan
                        // A line printed with one cell (a row's name, a note) has no spans to compare.
                        ? (printedCells >= 2 || underLeadIn) && spansAlike(lines, printed: header, above, r, i, width: width)
                            && isPiece(lines[r].tokens[i].text)
                            && !isSubtotalUnder(lines[above].tokens[i].text, lines[r].tokens[i].text)
                        : !(above == r - 1 && captionsRow)
                            && isWrapped(lines[above].tokens[i].text, before: lines[r].tokens[i].text,
                                         oneColumn: above == r - 1 && i + 1 < lines[above].tokens.count && !lines[above].tokens[i + 1].isBlank,
                                         oneColumnWrapped: !underCaption)
                    guard joins else { continue }
                    let printed = span(lines, above, i, width: width)
                    lines[above].tokens[i].text += joinedPiece(lines[r].tokens[i].text)
                    lines[r].tokens[i].text = ""
                    joinedInto.insert(above)
                    continued[above, default: []].insert(i)
                    // A merged cell never spans both identifying columns and measures.
                    let measure = isMeasure(i)
                    liftCells(in: printed.dropFirst().filter { isMeasure($0) == measure }, from: r, to: above, in: &lines)
                }
            }
            if joinedInto.count == 1, let top = joinedInto.first { bands.append((r, top)) }
        }
        // Once every piece has joined: a cell that took none from below is whole.
        for (r, top) in bands {
            liftShortCells(from: r, to: top, continued: continued[top] ?? [], wrapped: continued[r] ?? [], isMeasure: isMeasure, in: &lines)
        }
        return lines.filter { line in line.tokens.contains { !$0.isBlank } }
    }

    /// A bare 小计 under a finished caption (`其中:财政拨款收入` over `小计`): the subtotal of the
    /// caption's parts, a level of its own, never a wrapped name's end (no column is named
    /// `…收入小计`; a name that wraps before its total ends in 合计, `本年支出` / `合计`). Where the
    /// caption's other parts were not printed, the span alone would read the two as one cell.
    static func isSubtotalUnder(_ caption: String, _ piece: String) -> Bool {
        let upper = TextRepair.compact(caption)
        return TextRepair.compact(piece) == "小计" && !upper.isEmpty && HeaderWords.endsComplete(upper)
    }

    /// A piece's text as it joins the cell above: compact (`TextRepair.compact`: no spaces, ASCII
    /// brackets, undoubled) but with its quote marks, which the cell above keeps too (`“三公` +
    /// `”经费` + `合计`).
    static func joinedPiece(_ text: String) -> String {
        let quotes: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}"]
        guard text.unicodeScalars.contains(where: quotes.contains) else { return TextRepair.compact(text) }
        // Compacted piece by piece between the quote marks, which stay where they stand.
        var out = "", piece = ""
        for scalar in text.unicodeScalars {
            if quotes.contains(scalar) { out += TextRepair.compact(piece) + String(scalar); piece = "" } else { piece.unicodeScalars.append(scalar) }
        }
        return TextRepair.undoubled(out + TextRepair.compact(piece))
    }

    /// Columns whose body cells are mostly words (names), not amounts: a total's amount pushed
    /// into a name column does not make it a measure's.
    static func wordColumns(_ body: [TableLines.Line]) -> Set<Int> {
        var amounts: [Int: Int] = [:], words: [Int: Int] = [:]
        let width = body.map { $0.tokens.count }.max() ?? 0
        for i in 0..<width {
            for kind in ListMarkers.kinds(body.compactMap { i < $0.tokens.count ? $0.tokens[i] : nil }) {
                switch kind {
                case .amount: amounts[i, default: 0] += 1
                case .text: words[i, default: 0] += 1
                default: break
                }
            }
        }
        return Set(words.keys.filter { words[$0]! >= amounts[$0, default: 0] })
    }

    /// A header cell's top text that goes on in `next`: it ends mid-word, or it is one column wide
    /// (`oneColumn`: the cell on its right is filled, so it heads no group) with `next` right under
    /// it, and neither is a number or a header word standing for a cell of its own.
    /// `oneColumnWrapped`: one column wide is enough where `next`'s line is no level of captions
    /// under `top`'s (`isUnderFinishedCaption`); there a finished word is a caption over one column.
    static func isWrapped(_ top: String, before next: String, oneColumn: Bool = false, oneColumnWrapped: Bool = true) -> Bool {
        let upper = TextRepair.compact(top), lower = TextRepair.compact(next)
        guard !upper.isEmpty, !lower.isEmpty, TokenKind.of(upper) == .text, TokenKind.of(lower) == .text else { return false }
        if HeaderWords.isColumnNumberWord(lower) { return false }
        // A lone code word (类, 款, 项) under a measure's name stopped mid-word ("其他运转" / "类")
        // is the name's last character, not a code column's header.
        if lower.count == 1, HeaderWords.isCode(lower), !HeaderWords.endsComplete(upper), !HeaderWords.isHeaderWord(upper) { return true }
        // One column wide and stopping mid-word: nothing but its own cell's end can stand under it.
        if oneColumn && !HeaderWords.endsComplete(upper) && !HeaderWords.isHeaderWord(upper) { return true }
        if HeaderWords.isHeaderWord(lower) { return false }
        // A unit in brackets ("（万元）") is no column of its own: it qualifies the word above it.
        if lower.hasPrefix("("), lower.hasSuffix(")"), LineClass.parenthesizedUnit(lower) != nil { return true }
        // 项目 or 科目 names code or name columns: over amounts it is the top of a measure's name.
        if HeaderWords.isStructural(upper) || (oneColumn && oneColumnWrapped) { return true }
        return !HeaderWords.endsComplete(upper) && !HeaderWords.isHeaderWord(upper)
    }

    /// One body line's reading in one section: its row (nil when the section is empty there) and
    /// the tab cells its name stands in.
    struct LineRow {
        var row: ExtractedRow?
        var nameCells: Set<Int>
        /// Every value cell of the section is blank on the line (text in a value column, as in a
        /// table of indicators, makes the line a row of its own).
        var valuesBlank: Bool
        /// The words of each name cell (tab index → text): a name in several cells (类型 | 项目名称 |
        /// 项目单位) takes its pieces cell by cell.
        var names: [Int: String] = [:]
        /// The line is printed with every cell of the table, blank ones too, where the table prints
        /// its name pieces short (`GridReader.rowLinesPrintedWhole`): a row whose values are all
        /// blank, not a piece of another row's name.
        var printedWhole = false
        /// The table prints every row's line whole (`GridReader.rowLinesPrintedWhole`): a row left
        /// blank has a line of its own too, so pieces never make a row without one.
        var rowsPrintedWhole = false
        /// Name cells printed with spaces after their words (a wrapped line that ended at a space).
        var spacedCells: Set<Int> = []
    }

    /// A name of several cells with a piece's words added to the cells they stand in (`before`: in
    /// front); nil when the name has one cell, or the piece stands in a cell the name leaves empty.
    static func names(_ names: [Int: String], adding piece: [Int: String], before: Bool) -> [Int: String]? {
        guard names.count >= 2, !piece.isEmpty, Set(piece.keys).isSubset(of: Set(names.keys)) else { return nil }
        var joined = names
        for (cell, text) in piece { joined[cell] = before ? spaced(text, names[cell]!) : spaced(names[cell]!, text) }
        return joined
    }

    /// Two lines of one wrapped cell as one text: a line break inside Chinese text is no space, so
    /// none is put where either side is a Chinese character or mark and the other one too, a digit
    /// or a quotation mark (`提前下达` / `2024` / `年中央`, `“三公经费”` / `控制率`), nor between
    /// digits; elsewhere (Latin words) the break was a space.
    static func pieces(_ a: String, _ b: String) -> String {
        guard let last = a.unicodeScalars.last, let first = b.unicodeScalars.first else { return a + b }
        func quote(_ s: Unicode.Scalar) -> Bool { (0x2018...0x201D).contains(s.value) }
        func digit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) }
        func tight(_ wide: Unicode.Scalar, _ other: Unicode.Scalar) -> Bool {
            LabelCleaner.isWide(wide) && (LabelCleaner.isWide(other) || quote(other) || digit(other))
        }
        let joins = tight(last, first) || tight(first, last) || (quote(last) && quote(first)) || (digit(last) && digit(first))
            || breaksInBrackets(a, b)
        return joins ? a + b : a + " " + b
    }

    /// Two pieces of a wrapped name with a space between them, as a line break is, but for a
    /// break inside brackets.
    static func spaced(_ a: String, _ b: String) -> String { breaksInBrackets(a, b) ? a + b : a + " " + b }

    /// A line break right after an opening bracket or right before a closing one (`: (1` / `) 政府`):
    /// no word ends there.
    static func breaksInBrackets(_ a: String, _ b: String) -> Bool {
        let opens = a.unicodeScalars.last.map { "(（".unicodeScalars.contains($0) } ?? false
        let closes = b.unicodeScalars.first.map { ")）".unicodeScalars.contains($0) } ?? false
        return opens || closes
    }

    /// A label made of name cells, in print order.
    static func label(_ names: [Int: String]) -> String { names.keys.sorted().map { names[$0]! }.joined(separator: " ") }

    /// The rows of one section with the pieces of wrapped names joined: a line with a name but no
    /// number or code is a piece of the row whose number line it flanks, above or below, when it
    /// stands in that row's name cell (the rule of `AlignedRows`, by cell index instead of overlap).
    /// A piece that fits neither row stays a row of its own (a heading).
    /// `endingRowAbove`: source lines of pieces that can only end the row above (`piecesEndingRowAbove`).
    static func joinedRows(_ lines: [LineRow], hasCodes: Bool, endingRowAbove: Set<Int> = []) -> [ExtractedRow] {
        let filled = lines.indices.filter { lines[$0].row != nil }
        var rows: [ExtractedRow] = []
        var rowCells: [Set<Int>] = []
        var lastLines: [Int] = []
        var prefixes: [Int: [String]] = [:]
        var prefixNames: [Int: [[Int: String]]] = [:]
        var pending: Int?
        // Each number line's name cells while its label is made of them alone, for pieces to join
        // cell by cell (lines of text alone are rows of a form, each line its own).
        var rowNames: [[Int: String]?] = []
        func cellNames(_ index: Int) -> [Int: String]? {
            lines[index].row.map(\.label) == label(lines[index].names) ? lines[index].names : nil
        }
        func rowCellNames(_ index: Int) -> [Int: String]? {
            lines[index].row?.cells.isEmpty == false ? cellNames(index) : nil
        }
        func appendPiece(_ index: Int, to previous: Int) {
            let piece = lines[index].row!
            if let cells = rowNames[previous], let words = cellNames(index), let joined = names(cells, adding: words, before: false) {
                rowNames[previous] = joined
                rows[previous].label = label(joined)
            } else {
                rows[previous].label = spaced(rows[previous].label, piece.label)
                rowNames[previous] = nil
            }
            lastLines[previous] = piece.line
        }
        for (k, index) in filled.enumerated() {
            var row = lines[index].row!
            let piece = isPiece(lines[index])
            var ownNames = rowCellNames(index)
            if let above = prefixes[index] {
                let cells = prefixNames[index]!.reversed().reduce(ownNames) { names, piece in
                    names.flatMap { WrappedGridCells.names($0, adding: piece, before: true) }
                }
                row.label = cells.map(label) ?? (above + [row.label]).filter { !$0.isEmpty }.reduce("") { $0.isEmpty ? $1 : spaced($0, $1) }
                ownNames = cells
            }
            if piece {
                // The name above as far as the piece goes on: its text in the piece's cell when the
                // name has several cells and the piece one.
                func above(_ last: Int) -> String {
                    let cells = lines[index].names
                    return cells.count == 1 ? rowNames[last]?[cells.keys.first!] ?? rows[last].label : rows[last].label
                }
                // A bracket that is no list marker and closes (`(万元)`, not `(二十` of `(二十一)`)
                // qualifies the words before it: the end of the name above.
                let qualifier = WrappedRowAnchor.opensWithQualifier([row.label, ""]) && WrappedRowAnchor.bracketsBalance(row.label)
                let previous = rows.indices.last.flatMap { last -> Int? in
                    row.line - lastLines[last] <= Thresholds.wrappedNameLineDistance
                        && (rowCells[last].isEmpty || lines[index].nameCells.isSubset(of: rowCells[last]))
                        && (qualifier && !AlignedRows.isTotal(rows[last].label)
                            // A list its colon opens goes on in the name (`资金来源:` / `(1) 政府`).
                            || WrappedRowAnchor.opensList(above(last)) && WrappedRowAnchor.beginsName(row.label)
                            || AlignedRows.continues(row.label, previous: above(last),
                                                     codes: hasCodes || hugsRowAbove(k, filled, lines) || endingRowAbove.contains(row.line))) ? last : nil
                }
                if let previous, endingRowAbove.contains(row.line) || qualifier, prefixes[index] == nil {
                    appendPiece(index, to: previous)
                    continue
                }
                // Words in two name cells before a number line are a row of a table of text more
                // often than a name wrapped in both cells: they only go on the name above.
                let next = lines[index].nameCells.count <= 1 ? flankedRow(after: k, filled, lines) : nil
                if let next, previous == nil || pending == next || startsNextRow(k, filled, lines, previousLabel: rows[previous!].label) {
                    prefixes[next, default: []].append(row.label)
                    prefixNames[next, default: []].append(cellNames(index) ?? [:])
                    pending = next
                    continue
                }
                if let previous {
                    appendPiece(index, to: previous)
                    continue
                }
            }
            pending = nil
            if row.codeParts.isEmpty, prefixes[index] != nil, let split = CodeSplitter.leadingCode(row.label) {
                row.codeParts = [split.code]; row.label = split.rest
            }
            rows.append(row)
            rowNames.append(ownNames)
            rowCells.append(lines[index].nameCells)
            lastLines.append(row.line)
        }
        return rows
    }

    /// Source lines of name pieces (words in name cells, nothing else on the line) that can only
    /// end the row above: a line of pieces is one printed line of one row, and in some section a
    /// piece of it stands where the next number line has no name (a name is never printed wholly
    /// above its numbers) while the number line above has one there.
    static func piecesEndingRowAbove(_ body: [TableLines.Line], sections: [ColumnGrid.Section]) -> Set<Int> {
        let holdsNumbers = body.map { line in line.tokens.contains { !$0.isBlank && (CellText.mayBeNumber($0) || $0.kind != .text) } }
        func words(_ i: Int, _ section: ColumnGrid.Section) -> Bool {
            section.labelColumns.contains { $0 < body[i].tokens.count && body[i].tokens[$0].kind == .text && !body[i].tokens[$0].isBlank }
        }
        var found = Set<Int>()
        for i in body.indices where !holdsNumbers[i] {
            guard let above = (0..<i).last(where: { holdsNumbers[$0] }), let below = (i + 1..<body.count).first(where: { holdsNumbers[$0] }),
                  body[below].number - body[above].number <= Thresholds.wrappedNameLineDistance * (below - above) else { continue }
            if sections.contains(where: { words(i, $0) && words(above, $0) && !words(below, $0) }) { found.insert(body[i].number) }
        }
        return found
    }

    /// A name with no number, code or other text of the section on its line.
    static func isPiece(_ line: LineRow) -> Bool {
        guard let row = line.row else { return false }
        return row.cells.isEmpty && row.codeParts.isEmpty && !row.label.isEmpty && line.valuesBlank && !line.printedWhole
    }

    /// The line (index into `lines`) whose row the piece at `filled[k]` begins: the next line with
    /// numbers or a code, through further pieces each a few lines from the one before, whose name
    /// stands in the piece's cells and does not start a row of its own. A later piece that opens
    /// a name (a list marker, `(2)`, unless a colon before it opens the list) starts that row: the
    /// piece before it is not its.
    static func flankedRow(after k: Int, _ filled: [Int], _ lines: [LineRow]) -> Int? {
        let piece = lines[filled[k]]
        var line = piece.row!.line, above = piece.row!.label
        for index in filled.dropFirst(k + 1) {
            let row = lines[index].row!
            guard row.line - line <= Thresholds.wrappedNameLineDistance else { return nil }
            if isPiece(lines[index]), WrappedRowAnchor.beginsName(row.label), !WrappedRowAnchor.opensList(above) { return nil }
            above = row.label
            guard isPiece(lines[index]) else {
                guard row.cells.count + row.codeParts.count > 0 else { return nil }
                let own = lines[index].nameCells
                guard own.isEmpty || piece.nameCells.isSubset(of: own) else { return nil }
                return row.label.isEmpty || !AlignedRows.startsRow(row.label) || isBareTotal(row.label) ? index : nil
            }
            line = row.line
        }
        return nil
    }

    /// A total's word alone (`合计`): the end of a name wrapped before it (`本年收入` / `合计`), which
    /// a total that starts its own row would not leave bare.
    static func isBareTotal(_ label: String) -> Bool { HeaderWords.isBareTotal(label) }

    /// Whether a piece that could end the row above starts the row below: the gap (a skipped
    /// line) stands before it and not after it, or, gaps alike, the name above is complete.
    static func startsNextRow(_ k: Int, _ filled: [Int], _ lines: [LineRow], previousLabel: String) -> Bool {
        let line = lines[filled[k]].row!.line
        let gapBefore = k > 0 ? line - lines[filled[k - 1]].row!.line > 1 : true
        let gapAfter = k + 1 < filled.count ? lines[filled[k + 1]].row!.line - line > 1 : true
        if gapBefore != gapAfter { return gapBefore }
        return AlignedRows.isComplete(previousLabel)
    }

    /// A piece on the line right under a row with a gap after it: the end of that row's name.
    static func hugsRowAbove(_ k: Int, _ filled: [Int], _ lines: [LineRow]) -> Bool {
        guard k > 0, k + 1 < filled.count else { return false }
        let line = lines[filled[k]].row!.line
        return line - lines[filled[k - 1]].row!.line == 1 && lines[filled[k + 1]].row!.line - line > 1
    }
}

import Foundation
