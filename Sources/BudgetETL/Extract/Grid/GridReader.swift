/// Reads a table whose cells keep their positions (tab-separated with blank cells kept): each
/// body line is cut into its sections by the column grid.
struct GridReader: TableReader {
    let table: TableLines

    func read() -> TableReading {
        // A later page on its own grid moved onto the header page's grid first (or its numbers
        // rejected), so that the rows' widths below tell the header's grid; amounts cut at a grid
        // line whole again before (their pieces fill cells of no column).
        let cut = CutAmounts.joined(PageSplitRows.joined(table))
        let pages = PageGridParts.placed(cut.table)
        let offWidth = RowsOffHeaderWidth.rejected(pages.table)
        var table = MergedBlankColumns.removed(offWidth.table)
        let quoted = WrappedTextNumbers.cut(ListMarkers.retyped(table.body))
        table.body = quoted.body
        table.header = PackedSubHeaders.placed(GridReader.withCorner(table.header, body: table.body), body: table.body)
        // Rows printed short of a cell merged over them, their cells shifted left.
        let merged = table.header.count == 1 ? MergedCellRows.shifted(table.body, header: table.header[0].tokens.map(\.text))
            : (body: table.body, rejects: [], headings: [])
        table.body = OrdinalTotalRows.placed(merged.body, header: table.header)
        // Rows named in the first column, or numbered there under 序号 (the name column the next).
        let firstColumnNames = table.body.contains { $0.tokens.first.map { $0.kind == .text && !CellText.mayBeNumber($0) } ?? false }
            || (table.header.first?.tokens.first.map { HeaderWords.isLineNumber(TextRepair.compact($0.text)) } ?? false)
        // A header whose spans a web page flattened has its sub-headers from the first position:
        // no cell of it is wrapped. Over three rows and more, the names wrapped over them are
        // stacked back at their columns (`StackedHeaderRows`).
        let stacked = firstColumnNames ? StackedHeaderRows.placed(table.header, body: table.body) : nil
        let printed = stacked.map { (header: $0, unknownFrom: Int?.none) }
            ?? HeaderSpans.restoring(table.header, body: table.body, firstColumnNames: firstColumnNames)
        let flattened = stacked != nil || printed.header.map(\.tokens.count) != table.header.map(\.tokens.count)
        // The columns' roles are asked up to three times below, mostly of the same header and body
        // (the header's pieces joined or not): worked out again only when these changed.
        var lastRoles: (header: [[String]], body: [[Token]], roles: [ColumnGrid.Role])?
        func roles(_ header: [[String]], _ body: [[Token]]) -> [ColumnGrid.Role] {
            if let last = lastRoles, last.header == header, last.body == body { return last.roles }
            let roles = ColumnGrid.roles(header: header, body: body)
            lastRoles = (header, body, roles)
            return roles
        }
        let spans = flattened ? printed
            : HeaderSpans.restoring(WrappedGridCells.joinedHeader(table.header, body: table.body,
                                                                  roles: roles(table.header.map { $0.tokens.map(\.text) }, table.body.map(\.tokens))),
                                    body: table.body, firstColumnNames: firstColumnNames)
        table.header = spans.header
        var spanRejects = spans.unknownFrom.map { GridReader.withoutCells(from: $0, of: &table.body) } ?? []
        // A column headed by its number alone (栏次 22, `NumberedFormTree`): which words head it is unknown.
        let numberedOnly = GridReader.numberedOnlyColumns(table.header)
        if !numberedOnly.isEmpty { spanRejects += GridReader.withoutCells(where: numberedOnly.contains, of: &table.body) }
        let header = table.header.map { $0.tokens.map(\.text) }
        let numbers = table.columnNumbers.map { $0.tokens.map(\.text) } ?? []
        let width = header.map { row in (row.lastIndex { !UTF8Text.trimmingWhitespace($0).isEmpty } ?? -1) + 1 }.max() ?? 0
        let headerRows = table.header.map { $0.tokens.map(\.text) }
        let printedRoles = roles(headerRows, table.body.map(\.tokens))
        let valueStart = (0..<width).first { $0 < printedRoles.count && printedRoles[$0] == .value }
        let alike = GridReader.shiftedAlike(table.body, table.body.map { GridReader.withinHeader($0, width: width, firstValue: valueStart) },
                                            firstValue: valueStart, width: width)
        var body = alike.lines
        let gridBody = body.map(\.tokens)
        let grid = ColumnGrid(header: header, body: gridBody, columnNumbers: numbers, roles: roles(header, gridBody))
        let captionLost = RepeatedCaptionColumns.unknownColumns(grid)
        if !captionLost.isEmpty { spanRejects += GridReader.withoutCells(where: captionLost.contains, of: &body) }
        if GridReader.headerNotWhole(body, width: width) {
            let values = Set(grid.sections.flatMap(\.valueColumns))
            spanRejects += GridReader.withoutCells(where: values.contains, of: &body, reason: .headerNarrowerThanRows)
        }
        if let cut = PageEdgeCuts.cutColumn(body, width: width) {
            spanRejects += GridReader.withoutCells(where: { $0 == cut }, of: &body, reason: .cutAtPageEdge)
        }
        var dropped: [ReaderReject] = []
        var shortRows: [ExtractedRow] = []
        var sidedRows = Array(repeating: [ExtractedRow](), count: grid.sections.count)
        var droppedPieces: [Int: DroppedNamePieces.Piece] = [:]
        let wholeBody = body
        if GridReader.blanksDropped(body, grid: grid, width: width) {
            // Only a row with every cell filled still stands under its header: the longest rows,
            // unless they are narrower than the header and one of them has an amount pushed into
            // a code or name column, or ends inside a section's values (then they lost blank cells too).
            let full = body.map(\.tokens.count).max() ?? 0
            let identifying = Set(grid.sections.flatMap { $0.codeColumns + $0.labelColumns })
            let blankCellsPrinted = body.contains(where: \.endsWithBlankCell)
            let standing = full >= width || !body.contains { line in
                line.tokens.count == full
                    && (line.tokens.indices.contains { identifying.contains($0) && line.tokens[$0].kind == .amount }
                        || (!blankCellsPrinted && GridReader.endsInsideValues(line, grid: grid))
                        || GridReader.endsInWordAfterNumbers(line, width: width))
            }
            let padsTrusted = !body.contains { GridReader.printedWhole($0, width: width) && GridReader.cellMovedInside($0, identifying: identifying, width: width) }
            let whole = { (line: TableLines.Line) in padsTrusted && GridReader.printedWhole(line, width: width) }
            let short = body.filter { ($0.tokens.count < full || !standing) && !whole($0) }
            droppedPieces = DroppedNamePieces.pieces(short)
            // With one section a short row is [code] name values: its values go to the columns in
            // order, marked guessed, and normalize places them by the table's sums or rejects them.
            let columns = grid.sections.count == 1 ? grid.sections[0].valueColumns.count : 0
            let fullLines = standing ? body.filter { $0.tokens.count == full } : []
            let countsColumns = grid.sections.count == 1 && GridReader.valuesRunUnbroken(grid.sections[0])
            for line in short {
                if grid.sections.count > 1, let sided = GridReader.sidedShortRows(line, sections: grid.sections, fullLines: fullLines) {
                    for (n, row) in sided.rows { sidedRows[n].append(row) }
                    dropped += sided.rejects
                } else if countsColumns, let row = GridReader.shortRow(line, columns: columns) { shortRows.append(row) } else { dropped += GridReader.unplaceable(line) }
            }
            body = body.filter { (standing && $0.tokens.count == full) || whole($0) }
        }
        var claimed = Set<[Int]>()
        let endingRowAbove = WrappedGridCells.piecesEndingRowAbove(body, sections: grid.sections)
        let wholeLinesAreRows = GridReader.rowLinesPrintedWhole(body, width: width)
        // The header's words over each column, read once for the table (a row's code header and
        // unit column ask them of every line).
        let columnHeaders = self.columnHeaders()
        let sectionLines = grid.sections.enumerated().map { n, section in
            body.indices.map { i in
                let line = body[i]
                return WrappedGridCells.LineRow(row: row(of: line, in: n, of: grid, claimed: &claimed, width: width,
                                                         headers: columnHeaders),
                                         nameCells: GridReader.nameCells(line, section),
                                         valuesBlank: section.valueColumns.allSatisfy { $0 >= line.tokens.count || line.tokens[$0].isBlank }
                                            || GridReader.valueTextWrapped(i, body, section),
                                         names: GridReader.names(line, section),
                                         printedWhole: wholeLinesAreRows && line.endsWithBlankCell,
                                         rowsPrintedWhole: wholeLinesAreRows,
                                         spacedCells: GridReader.spacedCells(line, section))
            }
        }
        // Pieces of wrapped names go where the table's one possible way of wrapping puts them.
        let roles = WrappedRowAnchor.roles(sectionLines)
        var uncertainNames: [ReaderReject] = []
        let sections = grid.sections.enumerated().map { n, section in
            let lines = sectionLines[n]
            var joined = roles.map { WrappedRowAnchor.joinedRows(lines, roles: $0[n].roles) }
            if let sectionRoles = roles?[n], !sectionRoles.uncertain.isEmpty, let rows = joined {
                let settled = WrappedRowAnchor.settled(rows, other: WrappedRowAnchor.joinedRows(lines, roles: sectionRoles.other),
                                                       uncertain: Set(sectionRoles.uncertain.compactMap { lines[$0].row?.line }))
                joined = settled.rows
                uncertainNames += settled.rejects
            }
            if joined == nil {
                let adjacent = WrappedGridCells.joinedRows(lines, hasCodes: !section.codeColumns.isEmpty, endingRowAbove: endingRowAbove)
                let form = WrappedRowAnchor.settled(adjacent, other: [], uncertain: WrappedRowAnchor.formRowsBesidePieces(lines))
                joined = form.rows
                uncertainNames += form.rejects
            }
            // The rows read from short lines lose their name to a dropped piece as full lines' rows do.
            let settled = DroppedNamePieces.settled((joined ?? []) + shortRows + sidedRows[n],
                                                    pieces: droppedPieces, body: wholeBody)
            uncertainNames += settled.rejects
            // A merged cell's group heads the row printed on its line.
            let headings = merged.headings.filter { heading in GridReader.rowsOnItsLine(settled.rows, heading) }
            let rows = headings.isEmpty ? settled.rows.sorted { $0.line < $1.line }
                : (settled.rows + headings).sorted { ($0.line, $0.cells.isEmpty ? 0 : 1) < ($1.line, $1.cells.isEmpty ? 0 : 1) }
            return ExtractedSection(name: SectionNaming.name(section.name, index: n, count: grid.sections.count),
                                    columns: section.paths, rows: rows)
        }
        return TableReading(sections: sections,
                            rejects: cut.rejects + pages.rejects + offWidth.rejects + quoted.rejects + merged.rejects + alike.rejects + spanRejects + dropped + uncertainNames + misplacedAmounts(grid, body: body, claimed: claimed) + beyondHeader(body, width: width)
                                + GridReader.withoutRole(body, grid: grid, width: width))
    }

    /// Whether the section read a row on the heading's line: a group heads the section its row is in.
    private static func rowsOnItsLine(_ rows: [ExtractedRow], _ heading: ExtractedRow) -> Bool {
        rows.contains { $0.line == heading.line && !$0.cells.isEmpty }
    }

    /// A header row of measures only (预算数 | 执行数) one cell narrower than rows that start with
    /// their names: the corner cell over the names was left blank and dropped (a `| 预算数 | 执行数 |`
    /// line reads like a Markdown row), so the measures stand one column right of where they are.
    static func withCorner(_ header: [TableLines.Line], body: [TableLines.Line]) -> [TableLines.Line] {
        guard header.count == 1, var line = header.first, let first = line.tokens.first,
              line.tokens.count >= 2, !line.tokens.contains(where: \.isBlank),
              line.tokens.allSatisfy({ StreamLayout.isColumnWord(TextRepair.compact($0.text)) || ColumnGrid.namesAmount(TextRepair.compact($0.text)) }),
              body.map(\.tokens.count).max() == line.tokens.count + 1,
              body.allSatisfy({ $0.tokens.first.map { $0.kind == .text && !CellText.mayBeNumber($0) } ?? false })
        else { return header }
        line.tokens.insert(Token(text: "", line: first.line, column: first.column), at: 0)
        return [line]
    }

    /// Every line with a number is printed with all the table's cells (blank ones at its end too,
    /// some line shows them) and some line of words alone is printed short, ending at its last word: the converter
    /// prints a row's line whole and a wrapped name's other lines short, so a line of words alone
    /// printed with blank cells after them is a row whose values are all blank (a heading, an
    /// empty row), not a piece.
    ///
    /// Cells folded from paragraphs (`NamedRows`) print every line with exactly the table's width:
    /// each paragraph was one whole cell, so a line of words alone ending in blank cells is a
    /// heading's row too (no piece of a name is printed apart from it). Taken only where every line
    /// of words alone is a name in the first cell and blanks after it, and such a heading opens the
    /// body, as the fold's headings do (under the header, no row above it to go on); a piece printed
    /// in another cell (`\t重点工作任务\t\t`) shows a converter printing wrapped lines whole.
    static func rowLinesPrintedWhole(_ body: [TableLines.Line], width: Int) -> Bool {
        guard width > 0 else { return false }
        func holdsNumber(_ line: TableLines.Line) -> Bool { line.tokens.contains { !$0.isBlank && CellText.mayBeNumber($0) } }
        func isHeading(_ line: TableLines.Line) -> Bool {
            guard let first = line.tokens.first, !first.isBlank, line.endsWithBlankCell else { return false }
            return line.tokens.dropFirst().allSatisfy(\.isBlank) && !holdsNumber(line)
        }
        let numbered = body.filter(holdsNumber)
        let printed = body.filter { line in line.tokens.contains { !$0.isBlank } }
        if numbered.count >= 2, printed.allSatisfy({ $0.printedCells == width }), let first = printed.first, isHeading(first),
           printed.allSatisfy({ holdsNumber($0) || isHeading($0) }) { return true }
        return numbered.contains(where: \.endsWithBlankCell) && numbered.allSatisfy { $0.tokens.count >= width || $0.endsWithBlankCell }
            && body.contains { line in !holdsNumber(line) && line.tokens.contains { !$0.isBlank } && !line.endsWithBlankCell }
    }

    /// A line without numbers whose value cells hold only words that go on, in the same cells,
    /// through the lines next to it to a number line holding words there too (`通过医保` over
    /// `政策` under 偏差原因分析): a form's text cell wrapped like the row's name, so the line is
    /// a piece of that row, not a row of text of its own.
    static func valueTextWrapped(_ i: Int, _ body: [TableLines.Line], _ section: ColumnGrid.Section) -> Bool {
        func text(_ k: Int, _ c: Int) -> Bool { c < body[k].tokens.count && body[k].tokens[c].kind == .text && !body[k].tokens[c].isBlank }
        func numbers(_ k: Int) -> Bool { section.valueColumns.contains { $0 < body[k].tokens.count && !body[k].tokens[$0].isBlank && body[k].tokens[$0].kind != .text } }
        let cells = section.valueColumns.filter { $0 < body[i].tokens.count && !body[i].tokens[$0].isBlank }
        guard !cells.isEmpty, !numbers(i), cells.allSatisfy({ text(i, $0) }) else { return false }
        return cells.allSatisfy { c in
            [-1, 1].contains { step in
                var k = i + step
                while body.indices.contains(k), text(k, c), !numbers(k) { k += step }
                return body.indices.contains(k) && numbers(k) && text(k, c)
            }
        }
    }

    /// The words of a line's name cells in a section, by tab index.
    static func names(_ line: TableLines.Line, _ section: ColumnGrid.Section) -> [Int: String] {
        var names: [Int: String] = [:]
        for i in section.labelColumns where i < line.tokens.count && !line.tokens[i].isBlank && line.tokens[i].kind != .amount {
            names[i] = line.tokens[i].text
        }
        return names
    }

    /// Name cells of a section whose field holds spaces beside its words (a wrapped line that
    /// ended at a space): the next cell starts further right than the words end (columns count
    /// Characters), or the line's last cell is followed by spaces.
    static func spacedCells(_ line: TableLines.Line, _ section: ColumnGrid.Section) -> Set<Int> {
        Set(section.labelColumns.filter { i in
            guard i < line.tokens.count, !line.tokens[i].isBlank else { return false }
            return i + 1 < line.tokens.count
                ? line.tokens[i + 1].column - line.tokens[i].column - 1 > UTF8Text.characterCount(line.tokens[i].text)
                : line.trailingSpaces > 0
        })
    }

    /// The name columns of a section that hold words on a line.
    static func nameCells(_ line: TableLines.Line, _ section: ColumnGrid.Section) -> Set<Int> {
        Set(section.labelColumns.filter { $0 < line.tokens.count && line.tokens[$0].kind == .text })
    }

    /// A converter that dropped blank cells leaves no empty cell between two filled ones, and
    /// moves a row's name into a value column or its amounts into a name column, or, printing no
    /// empty cell at any row's end either, leaves a row's values packed at the start of its section
    /// (see `endsInsideValues`).
    static func blanksDropped(_ body: [TableLines.Line], grid: ColumnGrid, width: Int) -> Bool {
        let innerBlank = body.contains { line in
            guard let last = line.tokens.lastIndex(where: { !$0.isBlank }),
                  let first = line.tokens.firstIndex(where: { !$0.isBlank }) else { return false }
            return line.tokens[first...last].contains { $0.isBlank }
        }
        guard !innerBlank else { return false }
        let identifying = Set(grid.sections.flatMap { $0.codeColumns + $0.labelColumns })
        return body.contains { line in
            line.tokens.indices.contains { i in
                let token = line.tokens[i]
                return identifying.contains(i) ? token.kind == .amount
                    : i < width && token.kind == .text && !CellText.mayBeNumber(token)
            }
        } || (!body.contains(where: \.endsWithBlankCell) && body.contains { endsInsideValues($0, grid: grid) })
    }

    /// A row of values printed with every cell of the header, blank ones at its end included
    /// (`补助 | 37811 | 46850 | |||` under five value columns), in a table where other rows lost
    /// blank cells: this row lost none, so its cells stand under their header words by place,
    /// unless a row so printed shows a cell moved (`cellMovedInside`): that converter pads rows
    /// it dropped blank cells from.
    static func printedWhole(_ line: TableLines.Line, width: Int) -> Bool {
        width > 0 && line.printedCells == width && line.endsWithBlankCell && line.tokens.contains(where: CellText.mayBeNumber)
    }

    /// An amount in a code or name column, or words in a value column with a filled cell after
    /// them: a cell moved left by dropped blanks. Words ending the row (a remark written across
    /// the cells after its values) tell nothing of a move.
    static func cellMovedInside(_ line: TableLines.Line, identifying: Set<Int>, width: Int) -> Bool {
        let last = line.tokens.lastIndex { !$0.isBlank } ?? -1
        return line.tokens.indices.contains { i in
            let token = line.tokens[i]
            return identifying.contains(i) ? token.kind == .amount
                : i < last && i < width && token.kind == .text && !CellText.mayBeNumber(token)
        }
    }

    /// A row whose last cell is a number inside a section's values, before that section's last
    /// column. In a table that shows no blank cell between two filled ones anywhere, such a row
    /// is as likely to have lost blank cells among its values as at its end (`22.10 22.10` under
    /// 合计 | 人员经费 | 公用经费 may be 合计 and 公用经费): its placement is not certain.
    static func endsInsideValues(_ line: TableLines.Line, grid: ColumnGrid) -> Bool {
        guard let last = line.tokens.lastIndex(where: { !$0.isBlank }), CellText.mayBeNumber(line.tokens[last]) else { return false }
        return grid.sections.contains { section in
            guard let end = section.valueColumns.last else { return false }
            return section.valueColumns.contains(last) && last < end
        }
    }

    /// The section's value columns follow one another with no other column among them: a column of
    /// words between two (a reason's words moved under 偏差度 when blank cells were dropped) was
    /// read from the moved cells, the value columns are more than those counted, and a short row's
    /// numbers have no known columns to be placed in (rejected).
    static func valuesRunUnbroken(_ section: ColumnGrid.Section) -> Bool {
        guard let first = section.valueColumns.first, let last = section.valueColumns.last else { return true }
        return last - first + 1 == section.valueColumns.count
    }

    /// A row narrower than its header whose last cell is a word after its numbers (a remark, a
    /// deviation's reason): the cells it lost are not at its end, so its cells stand under no
    /// column by their places.
    static func endsInWordAfterNumbers(_ line: TableLines.Line, width: Int) -> Bool {
        guard let last = line.tokens.lastIndex(where: { !$0.isBlank }), last + 1 < width,
              line.tokens[last].kind == .text, !CellText.mayBeNumber(line.tokens[last]) else { return false }
        return line.tokens[..<last].contains { !$0.isBlank && $0.kind != .placeholder && CellText.mayBeNumber($0) }
    }

    /// A row that lost its blank cells read as [code] name [code name] values (a class code may go
    /// on in its 款/项 parts; a second classification after the name, 部门 and 政府 economic codes
    /// side by side, is kept in the label in brackets as in full rows): its values in order,
    /// guessed unless there is one per column. Nil when the row has no values, more values than
    /// columns, or cells in another order.
    static func shortRow(_ line: TableLines.Line, columns: Int) -> ExtractedRow? {
        let tokens = line.tokens.filter { !$0.isBlank }
        var codes: [String] = []
        var i = 0
        while i < tokens.count, tokens[i].kind == .integer,
              codes.isEmpty || (codes[0].count == 3 && codes.count < 3 && tokens[i].text.count <= 2) {
            codes.append(tokens[i].text); i += 1
        }
        var labels: [String] = []
        while i < tokens.count, tokens[i].kind == .text, !CellText.mayBeNumber(tokens[i]) { labels.append(tokens[i].text); i += 1 }
        if !codes.isEmpty, !labels.isEmpty, i + 1 < tokens.count, tokens[i].kind == .integer,
           tokens[i + 1].kind == .text, !CellText.mayBeNumber(tokens[i + 1]) {
            labels.append("[" + tokens[i].text + " " + tokens[i + 1].text + "]")
            i += 2
        }
        let values = tokens[i...]
        guard !values.isEmpty, values.count <= columns, !labels.isEmpty || !codes.isEmpty, values.allSatisfy(CellText.mayBeNumber)
        else { return nil }
        let guessed = values.count < columns
        return ExtractedRow(line: line.number, codeParts: codes, label: labels.joined(separator: " "),
                            cells: values.enumerated().map { RawCell(column: $0, text: $1.text, line: $1.line, guessed: guessed) })
    }

    /// Blanks the numbers at and after a column whose measure is unknown, and reports them.
    static func withoutCells(from column: Int, of body: inout [TableLines.Line]) -> [ReaderReject] {
        withoutCells(where: { $0 >= column }, of: &body)
    }

    static func withoutCells(where inColumn: (Int) -> Bool, of body: inout [TableLines.Line],
                             reason: RejectReason = .spanUnknown) -> [ReaderReject] {
        var rejects: [ReaderReject] = []
        for n in body.indices {
            for i in body[n].tokens.indices where inColumn(i) && CellText.mayBeNumber(body[n].tokens[i]) && body[n].tokens[i].kind != .placeholder {
                let t = body[n].tokens[i]
                rejects.append(ReaderReject(line: t.line, text: t.text, reason: reason))
                body[n].tokens[i] = Token(text: "", line: t.line, column: t.column)
            }
        }
        return rejects
    }

    /// Columns whose only header word is their number (栏次 22): no word names them.
    static func numberedOnlyColumns(_ header: [TableLines.Line]) -> Set<Int> {
        var words: [Int: [String]] = [:]
        for line in header { for (i, token) in line.tokens.enumerated() where !token.isBlank { words[i, default: []].append(TextRepair.compact(token.text)) } }
        return Set(words.filter { _, texts in
            texts.count == 1 && UTF8Text.hasPrefix(texts[0], "栏次") && texts[0].count > 2 && texts[0].dropFirst(2).allSatisfy(\.isASCII) && texts[0].dropFirst(2).allSatisfy(\.isNumber)
        }.keys)
    }

    /// The numbers of a row that lost its blank cells: amounts, and whole numbers after its name
    /// (a code before the name stays the row's).
    static func unplaceable(_ line: TableLines.Line) -> [ReaderReject] {
        let name = line.tokens.firstIndex { $0.kind == .text && !CellText.mayBeNumber($0) } ?? line.tokens.count
        return line.tokens.indices.compactMap { i in
            let token = line.tokens[i]
            guard token.kind == .amount || (token.kind == .integer && i > name) else { return nil }
            return ReaderReject(line: token.line, text: token.text, reason: .blankCellsDropped)
        }
    }

    /// Most lines holding a number print numbers past the header's last column: the header was
    /// not read whole (its lines broken where the rows are not, `上年预算` / `数 ⇥ 本年预算`),
    /// so the columns it names are no certain place for the values under them either.
    static func headerNotWhole(_ body: [TableLines.Line], width: Int) -> Bool {
        guard width > 0 else { return false }
        let withNumbers = body.filter { $0.tokens.contains(where: CellText.mayBeNumber) }
        let past = withNumbers.filter { line in line.tokens.dropFirst(width).contains(where: CellText.mayBeNumber) }
        return !withNumbers.isEmpty && past.count * 2 > withNumbers.count
    }

    /// A cell past the header's last column has no measure: the row has a cell too many.
    private func beyondHeader(_ body: [TableLines.Line], width: Int) -> [ReaderReject] {
        guard width > 0 else { return [] }
        return body.flatMap { line in
            line.tokens.indices.dropFirst(width).compactMap { i in
                let t = line.tokens[i]
                return CellText.mayBeNumber(t) && t.kind != .placeholder
                    ? ReaderReject(line: t.line, text: t.text, reason: .pastHeaderEnd(cell: i + 1))
                    : nil
            }
        }
    }


    /// A number in a column that is no section's code, name or value column (a code column right
    /// of the values) has no measure: reported, never dropped.
    static func withoutRole(_ body: [TableLines.Line], grid: ColumnGrid, width: Int) -> [ReaderReject] {
        let placed = Set(grid.sections.flatMap { $0.codeColumns + $0.labelColumns + $0.valueColumns })
        return body.flatMap { line in
            line.tokens.indices.prefix(width).compactMap { i in
                let t = line.tokens[i]
                return !placed.contains(i) && (t.kind == .amount || t.kind == .integer)
                    ? ReaderReject(line: t.line, text: t.text, reason: .columnRoleUnknown(column: i + 1))
                    : nil
            }
        }
    }

    /// The header words over each column, top to bottom, joined by "/" (a column past every header
    /// line's cells has none: "").
    private func columnHeaders() -> [String] {
        let width = table.header.map(\.tokens.count).max() ?? 0
        return (0..<width).map { column in
            table.header.compactMap { line in
                column < line.tokens.count ? TextRepair.compact(line.tokens[column].text) : nil
            }.filter { !$0.isEmpty }.joined(separator: "/")
        }
    }

    /// A row printed one cell to the right of its header (a converter that added an empty cell
    /// before the values): its last cells fall past the header's last column. The extra empty
    /// cells after the row's name are dropped so that the values sit under their headers again.
    static func withinHeader(_ line: TableLines.Line, width: Int, firstValue: Int? = nil) -> TableLines.Line {
        guard width > 0, let last = line.tokens.lastIndex(where: { !$0.isBlank }), last >= width,
              let first = line.tokens.firstIndex(where: { !$0.isBlank }) else { return line }
        // A row whose first measure column holds a value is in place: what runs past is extra.
        if let v = firstValue, v < line.tokens.count, !line.tokens[v].isBlank { return line }
        var overflow = last - width + 1
        var line = line
        var i = first + 1
        while overflow > 0, i < line.tokens.count {
            if line.tokens[i].isBlank, line.tokens[(i + 1)...].contains(where: { !$0.isBlank }) {
                line.tokens.remove(at: i); overflow -= 1
            } else { i += 1 }
        }
        return line
    }

    /// Rows of values printed like a row `withinHeader` moved back (the same extra empty cell right
    /// after the name, a cell after it filled, the first measure column empty) that end before the
    /// header's last column (their last cell, a reason's text, left blank) are one cell right of
    /// their header too: the converter added the cell to every row of that shape. Only a row printed
    /// one cell wider than the header has that extra cell; one printed as wide as the header stands
    /// in place (`B | | 80 |`: 80 is the second measure), and one printed narrower (blank cells at its
    /// end dropped) could stand either way: its numbers are rejected.
    static func shiftedAlike(_ printed: [TableLines.Line], _ lines: [TableLines.Line], firstValue: Int?,
                             width: Int) -> (lines: [TableLines.Line], rejects: [ReaderReject]) {
        let extra = Set(zip(printed, lines).compactMap { was, now -> Int? in
            // Lines of name pieces without values tell nothing of where the values stand.
            guard now.tokens.count < was.tokens.count, was.tokens.contains(where: CellText.mayBeNumber) else { return nil }
            return now.tokens.indices.first { was.tokens[$0].text != now.tokens[$0].text } ?? now.tokens.count
        })
        guard extra.count == 1, let k = extra.first, let v = firstValue else { return (lines, []) }
        var rejects: [ReaderReject] = []
        let moved = zip(printed, lines).compactMap { was, line -> TableLines.Line? in
            guard line.tokens.count == was.tokens.count, k > 0, k + 1 < line.tokens.count, line.tokens[k].isBlank,
                  !line.tokens[k - 1].isBlank, line.tokens.contains(where: CellText.mayBeNumber),
                  !line.tokens[k + 1].isBlank, v < line.tokens.count, line.tokens[v].isBlank,
                  line.tokens[..<k].contains(where: { !$0.isBlank }), line.printedCells != width else { return line }
            // Rejected whole: its name left alone would be read as a piece of the row above.
            guard line.printedCells == width + 1 else {
                rejects += line.tokens.filter(CellText.mayBeNumber).map { ReaderReject(line: $0.line, text: $0.text, reason: .blankCellsDropped) }
                return nil
            }
            var moved = line
            moved.tokens.remove(at: k)
            return moved
        }
        return (moved, rejects)
    }

    /// An amount printed in a code or name column has lost its place in the grid: which measure it
    /// is cannot be told, so it is reported rather than guessed.
    private func misplacedAmounts(_ grid: ColumnGrid, body: [TableLines.Line], claimed: Set<[Int]>) -> [ReaderReject] {
        let identifying = Set(grid.sections.flatMap { $0.codeColumns + $0.labelColumns })
        return body.enumerated().flatMap { n, line in
            line.tokens.enumerated().compactMap { i, token in
                identifying.contains(i) && token.kind == .amount && !claimed.contains([n, i])
                    ? ReaderReject(line: token.line, text: token.text, reason: .amountInIdentifyingColumn(column: i + 1))
                    : nil
            }
        }
    }

    /// "人员经费合计 → … → 公用经费合计 → → → → 9.13": a total row whose merged cells pushed its only
    /// value into the next section's name column, with nothing else in that section.
    private func mergedTotal(_ line: TableLines.Line, section s: Int, of grid: ColumnGrid) -> Int? {
        let section = grid.sections[s]
        guard section.valueColumns.count == 1, let v = section.valueColumns.first,
              v >= line.tokens.count || line.tokens[v].isBlank,
              (section.codeColumns + section.labelColumns).contains(where: { $0 < line.tokens.count && line.tokens[$0].kind == .text }),
              let j = line.tokens.indices.first(where: { $0 > v && !line.tokens[$0].isBlank }),
              line.tokens[j].kind == .amount,
              let owner = grid.sections.indices.first(where: { $0 > s && (grid.sections[$0].codeColumns + grid.sections[$0].labelColumns).contains(j) }),
              line.tokens.indices.filter({ !line.tokens[$0].isBlank }).allSatisfy({ $0 < v || $0 == j }),
              owner > s else { return nil }
        return j
    }

    /// `headers`: `columnHeaders()`.
    private func row(of line: TableLines.Line, in s: Int, of grid: ColumnGrid, claimed: inout Set<[Int]>,
                     width: Int, headers: [String]) -> ExtractedRow? {
        func headerText(_ column: Int) -> String { column < headers.count ? headers[column] : "" }
        let section = grid.sections[s]
        func token(_ i: Int) -> Token? { i < line.tokens.count && !line.tokens[i].isBlank ? line.tokens[i] : nil }
        // Identifying columns in print order. A second code after a name starts a second
        // classification of the same row (部门 and 政府 economic codes side by side): the first
        // is the row's code, the second is kept in its label.
        var codes: [String] = []
        var labels: [String] = []
        var secondary: [String] = []
        var codeColumn: Int?
        var unit: String?
        for i in (section.codeColumns + section.labelColumns).sorted() {
            guard var t = token(i), t.kind != .amount else { continue }
            if unit == nil, UnitColumn.isUnit(t.text), GridReader.namesUnit(headerText(i)) { unit = TextRepair.compact(t.text); continue }
            if section.codeColumns.contains(i) { t.text = CodeSplitter.joinedDigitGroups(t.text) }
            let isCode = section.codeColumns.contains(i) && t.kind == .integer
            if !secondary.isEmpty || (isCode && !labels.isEmpty && !codes.isEmpty) { secondary.append(t.text) }
            else if isCode { codes.append(t.text); codeColumn = codeColumn ?? i }
            else { labels.append(t.text); if codes.isEmpty, CodeSplitter.leadingCode(t.text) != nil || t.kind == .integer { codeColumn = codeColumn ?? i } }
        }
        if !secondary.isEmpty { labels.append("[" + secondary.joined(separator: " ") + "]") }
        var cells: [RawCell] = []
        for (k, i) in section.valueColumns.enumerated() where width == 0 || i < width {
            guard let t = token(i), CellText.mayBeNumber(t) else { continue }
            cells.append(RawCell(column: k, text: t.text, line: t.line))
        }
        if cells.isEmpty, let j = mergedTotal(line, section: s, of: grid),
           let n = table.body.firstIndex(where: { $0.number == line.number }) {
            cells.append(RawCell(column: 0, text: line.tokens[j].text, line: line.tokens[j].line))
            claimed.insert([n, j])
        }
        var label = labels.joined(separator: " ")
        if codes.isEmpty, let split = CodeSplitter.leadingCode(label) { codes = [split.code]; label = split.rest }
        if codes.isEmpty && label.isEmpty && cells.isEmpty { return nil }
        return ExtractedRow(line: line.number, codeParts: codes, label: label, cells: cells,
                            codeHeader: codeColumn.map(headerText) ?? "", unit: unit)
    }

    /// A name column headed 单位 / 计量单位 (`UnitColumn`; `headerText`: its `columnHeaders` entry):
    /// its cells are the rows' units.
    private static func namesUnit(_ headerText: String) -> Bool {
        headerText.split(separator: "/").last.map { UnitColumn.isHeaderWord(String($0)) } ?? false
    }
}

enum SectionNaming {
    static func name(_ name: String, index: Int, count: Int) -> String {
        let clean = TextRepair.compact(name)
        if !clean.isEmpty || count == 1 { return clean }
        return "第\(index + 1)部分"
    }
}

enum CellText {
    /// A value cell worth passing on: a number, a placeholder, or text that starts like a number
    /// (so that a malformed amount is reported rather than dropped).
    static func mayBeNumber(_ token: Token) -> Bool {
        switch token.kind {
        case .amount, .integer, .placeholder: return true
        case .blank: return false
        case .text:
            // Most text tokens are names: refused by their first scalar, which the unit dropped
            // below from the end leaves in place (a text that is only a unit fails anyway).
            guard startsAsNumber(token.text) else { return false }
            // "12.30万", "1.2e5", "12.3.4x": made of number characters but for a unit or a letter.
            // The units are plain words: their suffix test over bytes (`UTF8Text.hasSuffix`).
            var text = Substring(token.text)
            for unit in ["万元", "亿元", "万", "元"] where UTF8Text.hasSuffix(token.text, unit) { text = text.dropLast(unit.count); break }
            guard let first = text.unicodeScalars.first, ("0"..."9").contains(first) || ("０"..."９").contains(first)
                || "-－(（".unicodeScalars.contains(first), text.unicodeScalars.allSatisfy({ numberish.contains($0) }) else { return false }
            // Its length last: a long name opening on a bracket leaves on its first word, not
            // counted; a text has no more Characters than bytes.
            return text.utf8.count <= 24 || text.count <= 24
        }
    }
    /// The first scalar is a digit, a minus or an opening bracket (ASCII or full-width).
    private static func startsAsNumber(_ text: String) -> Bool {
        UTF8Text.withBytes(text) { b in
            guard !b.isEmpty else { return false }
            switch UTF8Text.scalar(b, at: 0).value {
            case 0x30...0x39, 0xFF10...0xFF19, 0x2D, 0xFF0D, 0x28, 0xFF08: return true
            default: return false
            }
        }
    }
    private static let numberish = Set("0123456789０１２３４５６７８９.．,，-－+()（）%％eE".unicodeScalars)
}

enum CodeSplitter {
    /// "410800220000 000014330": a long identifier printed with a space inside it.
    static func joinedDigitGroups(_ text: String) -> String {
        // A Character " " needs the byte: most cells hold none.
        guard UTF8Text.containsByte(text, 0x20) else { return text }
        let groups = text.split(separator: " ")
        guard groups.count > 1, groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              groups.reduce(0, { $0 + $1.count }) >= 12 else { return text }
        return groups.joined()
    }

    /// "208 社会保障和就业支出" or "2080505机关事业单位…" in one cell: the leading code and the name.
    static func leadingCode(_ label: String) -> (code: String, rest: String)? {
        let digits = label.prefix { $0.isASCII && $0.isNumber }
        guard [3, 5, 6, 7].contains(digits.count) else { return nil }
        let rest = UTF8Text.trimmingWhitespace(String(label.dropFirst(digits.count)))
        // A decimal digit after the code makes it an amount; a Chinese numeral starts a name ("一般…").
        guard let first = rest.first, !isDecimalDigit(first), first != "." else { return nil }
        return (String(digits), rest)
    }

    private static func isDecimalDigit(_ c: Character) -> Bool {
        c.unicodeScalars.first?.properties.numericType == .decimal
    }
}

import Foundation
