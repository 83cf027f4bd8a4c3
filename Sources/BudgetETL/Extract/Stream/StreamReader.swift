/// Reads a table whose blank cells were dropped or shown only by spacing (space-separated text,
/// including the mangled conversions whose cells wrap over lines). The body is read as one
/// stream of tokens; each row section is [code] label values…, with as many values as its
/// section has columns, and sections follow each other in print order.
struct StreamReader: TableReader {
    let table: TableLines
    let header: SequentialHeader

    init(table: TableLines) {
        var table = table
        if !table.mangled { table.header = WrappedHeaderRow.joined(table.header) }
        table.body = PartedCodes.joined(table.body, header: table.header)
        if !table.mangled, let moved = HeaderEndNamePiece.moved(header: table.header, body: table.body) {
            (table.header, table.body) = moved
        }
        self.table = table
        self.header = SequentialHeader(header: table.header, columnNumbers: table.columnNumbers,
                                       oneValueRows: StreamReader.holdsOneValuePerRow(table), positionless: !table.mangled)
    }

    /// Every body line holds one number at most, and no two lines running on count up by one (a
    /// 行次 column's numbers, its amounts blank): rows of a name and a value.
    static func holdsOneValuePerRow(_ table: TableLines) -> Bool {
        guard !table.mangled else { return false }
        var numbers: [Token] = []
        for line in table.body {
            let found = line.tokens.filter { !$0.isBlank && $0.kind != .text }
            guard found.count <= 1 else { return false }
            numbers += found
        }
        return !zip(numbers, numbers.dropFirst()).contains { a, b in
            a.kind == .integer && b.kind == .integer && Int(b.text).map { $0 == (Int(a.text) ?? -2) + 1 } == true
        }
    }

    func read() -> TableReading {
        let body = Body(table, header: header)
        let assembled = assemble(under: header, body)
        // The “三公” form with its measures under every column, its cells wrapped: the form's own
        // order of columns, where the rows' sums leave one (`FormMeasureGroups`).
        // Its rows with blank cells dropped keep what the form's sums tell (`FormRows`).
        if !table.mangled, header.sections.count == 1, let rows = assembled.sections.first?.rows,
           let form = FormMeasureGroups.reading(table.header, rows: rows.compactMap(StreamReader.amounts)) {
            var formHeader = header
            formHeader.sections[0].paths = form.paths
            formHeader.sections[0].lastPlaceUntold = false
            var reading = read(under: formHeader, body)
            let placed = FormRows.placed(reading.sections[0], sums: form.sums, rejected: Set(reading.rejects.map(\.line)))
            reading.sections[0] = placed.section
            reading.rejects += placed.rejects
            return reading
        }
        // A header of vertically centred cells, its pieces interleaved line by line: the one
        // reading its lines' word counts and the rows' rates leave (`CentredStackHeader`).
        if !table.mangled, header.sections.count == 1, let rows = assembled.sections.first?.rows,
           let paths = CentredStackHeader.paths(table.header, rows: rows.map { $0.cells.map(\.text) }),
           paths != header.sections[0].paths {
            var centred = header
            centred.sections[0] = SequentialHeader.Section(name: header.sections[0].name, paths: paths)
            return read(under: centred, body)
        }
        let reading = judged(assembled, under: header, body)
        // Read flat, a section naming two columns alike lost the top row's words that tell them
        // apart (`StreamHeader.namesColumnsAlike`): kept only where a tree reads the header again.
        let flat = StreamReader.withoutColumnsNamedAlike(reading)
        // A header read flat with more words than every row holds values may be a tree: a parent
        // over its one child (`StreamHeader.parentOverLastWord`), or a top word over a total and
        // its parts (`treeForRows`): read again under that tree.
        // Only where the rows' breaks are certain (`StreamReader.rowsKeepTheirValues`).
        // A centred cell's column has no place for a tree to be built on.
        guard !table.mangled, !header.sections.contains(where: \.lastPlaceUntold) else { return flat }
        if header.sections.count > 1 {
            return StreamReader.sectionTrees(header, reading: reading, words: StreamHeader.cellWords(table.header))
                .map { read(under: $0, body) } ?? flat
        }
        guard header.sections.count == 1, let rows = reading.sections.first?.rows else { return flat }
        // In reading order the rows' values stand on lines of their own (their breaks are the codes
        // and names): the tree is asked of the rows as read before the certainty test. A flat header
        // that joined words of several lines into a column's name places nothing there
        // (`headerCellsJoined`): a tree of as many columns, its every word a column's or a parent's
        // and its groups confirmed by the rows' sums, is the header's certain reading.
        let joined = body.readingOrder && !StreamReadingOrder.namesEveryWord(header, lines: table.header)
        let words = StreamHeader.cellWords(table.header), width = header.sections[0].paths.count
        let kept = StreamReader.rowsKeepTheirValues(rows)
        guard let paths = (kept ? StreamHeader.parentOverLastWord(header.sections[0].paths, header: table.header,
                                                                  valueCounts: rows.map(\.cells.count)) : nil)
                ?? (kept ? StreamReader.treeForRows(rows, words: words, flatWidth: width) : nil)
                ?? (body.readingOrder ? StreamReader.treeForRows(assemble(under: header, body, provingCarried: false).sections[0].rows,
                                                                 words: words, flatWidth: joined ? width + 1 : width) : nil)
        else { return flat }
        var stacked = header
        stacked.sections[0].paths = paths
        return read(under: stacked, body)
    }

    /// What a reading takes from the body alone, worked out once for both readings (flat, then
    /// under a tree).
    private struct Body {
        /// The body lines, names wrapped onto lines of their own joined to their number lines
        /// (in mangled conversions, whose cells wrap through numbers as well, a name's printed
        /// twin first).
        let lines: [TableLines.Line]
        let rowsWrap: Bool
        let readingOrder: Bool
        /// The rows printed as blocks parted by blank lines (MuPDF's text), each holding its values.
        let blocks: RowBlocks
        let headerResumes: Bool
        /// Header words stand again among the rows, each a word of the header read
        /// (`ReadingOrderHeaderRepeats`): the header printed again, not resumed.
        let headerRepeated: Bool
        let repeatableWords: Set<String>
        /// Number lines whose names a piece left under them may finish (`WrappedStreamNames.uncertainRows`).
        let uncertainNames: Set<Int>
        /// Number lines printed between two lines of text alone (`StreamReader.linesBetweenNamePieces`):
        /// worked out once, for every assembly of the body.
        let namesAround: Set<Int>

        init(_ table: TableLines, header: SequentialHeader) {
            // Under a header of names closed by their units (a yearbook's), a name alone on its line
            // heads the rows after it (甲市 over its districts): no wrapped name's piece.
            let headed = !table.mangled && UnitClosedHeader.namesColumns(table.header)
            let sideWidths = header.sections.count > 1 ? header.sections.map(\.paths.count) : []
            lines = headed ? table.body : WrappedStreamNames.joined(table.mangled ? WrappedStreamNames.joinedTwins(table.body) : table.body,
                                                                     sideWidths: sideWidths)
            uncertainNames = WrappedStreamNames.uncertainRows(lines, printed: table.body)
            namesAround = StreamReader.linesBetweenNamePieces(table.body)
            rowsWrap = table.mangled || (!headed && StreamReader.rowsWrap(lines))
            readingOrder = !table.mangled && StreamReadingOrder.isReadingOrder(lines)
            blocks = RowBlocks(readingOrder ? table.body : [])
            repeatableWords = ReadingOrderHeaderRepeats.repeatableWords(header, table: table, readingOrder: readingOrder)
            headerResumes = StreamReadingOrder.headerResumes(table.body, headerWords: repeatableWords)
            headerRepeated = !headerResumes && !repeatableWords.isEmpty && StreamReadingOrder.headerResumes(table.body)
        }
    }

    /// A row's values as amounts; nil where one is no amount.
    static func amounts(_ row: ExtractedRow) -> [ExactDecimal]? {
        let values = row.cells.compactMap { ExactDecimal.parse($0.text) }
        return values.count == row.cells.count ? values : nil
    }

    /// The reading with the values of every section whose flat column names repeat one another
    /// rejected (`columnsNamedAlike`): `完成数 预算数 完成数` under years the reading left out. A
    /// grand total read first keeps its place (`JoinedCaptionColumns.leadsWithTotal`).
    static func withoutColumnsNamedAlike(_ reading: TableReading) -> TableReading {
        var result = reading
        for n in result.sections.indices where StreamHeader.namesColumnsAlike(result.sections[n].columns) {
            let kept = JoinedCaptionColumns.leadsWithTotal(result.sections[n].columns) ? 0 : -1
            for r in result.sections[n].rows.indices {
                let cells = result.sections[n].rows[r].cells
                result.rejects += cells.filter { $0.column != kept }.map { ReaderReject(line: $0.line, text: $0.text, reason: .columnsNamedAlike) }
                result.sections[n].rows[r].cells = cells.filter { $0.column == kept }
            }
        }
        return result
    }

    /// Number lines printed between two lines of text alone: a row whose name wrapped in its cell
    /// is printed around its code and values (`社会保障和就` / `208 2,452.66` / `业支出`). The first
    /// row's too, its name's first piece printed as the header's last line: `HeaderEndNamePiece`
    /// has moved that piece back into the body.
    static func linesBetweenNamePieces(_ body: [TableLines.Line]) -> Set<Int> {
        let textOnly = body.map { line in line.tokens.allSatisfy { $0.isBlank || ($0.kind == .text && !CellText.mayBeNumber($0)) } }
        return Set(body.indices.dropFirst().dropLast().filter { textOnly[$0 - 1] && textOnly[$0 + 1] && !textOnly[$0] }.map { body[$0].number })
    }

    /// The body's last line, of numbers alone, under a line of text alone (`合计` / `5000`): the
    /// name's values printed under it, or a row whose name the converter printed elsewhere (a
    /// wrapped cell drawn apart); which, the text cannot tell.
    static func lastLineAfterName(_ body: [TableLines.Line]) -> Set<Int> {
        let filled = body.filter { $0.tokens.contains { !$0.isBlank } }
        guard filled.count >= 2, case let last = filled[filled.count - 1], case let above = filled[filled.count - 2],
              last.tokens.allSatisfy({ $0.isBlank || CellText.mayBeNumber($0) }),
              above.tokens.allSatisfy({ $0.isBlank || ($0.kind == .text && !CellText.mayBeNumber($0)) }) else { return [] }
        return [last.number]
    }

    /// The rows read from the given lines, or with values on them, lose their values to the
    /// rejects: their names are not certain.
    static func rejecting(rowsOn lines: Set<Int>, of reading: TableReading) -> TableReading {
        guard !lines.isEmpty else { return reading }
        var reading = reading
        for s in reading.sections.indices {
            // A row whose name began on a piece line above has its values on the number line.
            for r in reading.sections[s].rows.indices where lines.contains(reading.sections[s].rows[r].line)
                || reading.sections[s].rows[r].cells.contains(where: { lines.contains($0.line) }) {
                reading.rejects += reading.sections[s].rows[r].cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .rowNameUncertain) }
                reading.sections[s].rows[r].cells = []
            }
        }
        return reading
    }

    /// Side by side, each part ends with a total of its own (人员经费合计 | 公用经费合计). A total
    /// row right after another in one part, both without code, is a later part's total printed on
    /// a line of its own (the cells before it blank), read into the first part by order: which
    /// part it belongs to is unknown (unless it names the part it stands in).
    static func withoutSecondTotals(_ reading: TableReading) -> TableReading {
        guard reading.sections.count > 1 else { return reading }
        var result = reading
        let isTotal = { (row: ExtractedRow) in row.codeParts.isEmpty && UTF8Text.hasSuffix(TextRepair.compact(row.label), "合计") }
        for n in result.sections.indices {
            let rows = result.sections[n].rows, name = TextRepair.compact(result.sections[n].name)
            // A total that names its part (公用经费合计 in 公用经费) was put there by its name.
            let namesPart = { (row: ExtractedRow) in !name.isEmpty && TextRepair.compact(row.label).hasPrefix(name) }
            let second = Set(rows.indices.dropFirst().filter {
                isTotal(rows[$0]) && isTotal(rows[$0 - 1]) && !rows[$0].cells.isEmpty && !namesPart(rows[$0])
            })
            result.rejects += second.sorted().flatMap { i in
                rows[i].cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .sectionUnknown) }
            }
            result.sections[n].rows = rows.indices.filter { !second.contains($0) }.map { rows[$0] }
        }
        return result
    }

    /// The rows' full width (the most values a row holds, held by several rows:
    /// `StreamHeader.fullRowWidth`) is less than the flat header's columns: the header's words as
    /// a tree of exactly that many columns (`StreamHeader.tree`, not flat: a parent over its 合计
    /// and parts the full rows' sums confirm, or a top row over a second).
    static func treeForRows(_ rows: [ExtractedRow], words: [String], flatWidth: Int) -> [HeaderPath]? {
        let chunks = rows.filter { !$0.cells.isEmpty }.map { row in
            RowStreamReader.Chunk(values: row.cells.map { Token(text: $0.text, line: $0.line, column: 0) })
        }
        guard let count = StreamHeader.fullRowWidth(chunks), count < flatWidth,
              chunks.filter({ $0.values.count == count }).count >= Thresholds.streamFullRowsMinimum else { return nil }
        return StreamHeader.tree(words, columns: count, rows: chunks, flat: false)
    }

    private func read(under header: SequentialHeader, _ body: Body) -> TableReading {
        judged(assemble(under: header, body), under: header, body)
    }

    /// The rows as the stream gives them, before the certainty test (`judged`).
    private func assemble(under header: SequentialHeader, _ body: Body, provingCarried: Bool = true) -> TableReading {
        var rows = RowAssembler(header: header, mangled: table.mangled, wraps: body.rowsWrap, readingOrder: body.readingOrder,
                                provesCarriedValues: provingCarried, blocks: body.blocks, namesAround: body.namesAround,
                                codeColumn: StreamHeader.words(table.header).contains(where: HeaderWords.isCode))
        // Each token by its line's and its own index: a (token, line) pair copied the line per token.
        let lines = body.lines
        let items = lines.indices.flatMap { l in lines[l].tokens.indices.map { (line: l, token: $0) } }
        func token(_ n: Int) -> Token { lines[items[n].line].tokens[items[n].token] }
        for (n, item) in items.enumerated() {
            let number = lines[item.line].number
            let first = n == 0 || lines[items[n - 1].line].number != number
            let last = n + 1 == items.count || lines[items[n + 1].line].number != number
            rows.read(token(n), in: lines[item.line], next: n + 1 < items.count ? token(n + 1) : nil, firstOfLine: first, lastOfLine: last)
        }
        rows.finish()
        rows.proveGatheredRows()
        var rejects = rows.rejects
        let sections = header.sections.enumerated().map { n, s in
            let section = ExtractedSection(name: SectionNaming.name(s.name, index: n, count: header.sections.count),
                                           columns: s.paths, rows: rows.rows[n])
            guard s.lastPlaceUntold else { return section }
            let placed = CentredCellRows.placed(section)
            rejects += placed.rejects
            return placed.section
        }
        var reading = StreamReader.withoutUnnamedSections(TableReading(sections: sections, rejects: rejects),
                                                          numbered: table.columnNumbers != nil,
                                                          unplaced: header.sections.map(\.wordsUnplaced))
        reading = StreamReader.withoutSecondTotals(reading)
        reading = StreamReader.rejecting(rowsOn: body.uncertainNames, of: reading)
        reading = StreamReader.withoutNameless(reading, between: body.namesAround.union(StreamReader.lastLineAfterName(table.body)))
        return reading
    }

    /// Rows of numbers with neither code nor name, printed between two lines of text alone: a
    /// name wrapped around its number line (`…收入安排的` / numbers / `支出`), its pieces read as
    /// rows of their own. Whether the piece above is a heading of its own or the start of this
    /// row's name, and the piece below its end or the next row's start, the text cannot tell: the
    /// numbers' row is unknown, so they are rejected rather than left without a name.
    static func withoutNameless(_ reading: TableReading, between lines: Set<Int>) -> TableReading {
        guard !lines.isEmpty else { return reading }
        var reading = reading
        for s in reading.sections.indices {
            let columns = reading.sections[s].columns
            // A row holding only its 行次 has no amount to misplace.
            let amounts = { (row: ExtractedRow) in
                row.cells.contains { cell in
                    let name = columns.indices.contains(cell.column) ? columns[cell.column].components.last ?? "" : ""
                    return !HeaderWords.isLineNumber(TextRepair.compact(name))
                }
            }
            let isOrphan = { (row: ExtractedRow) in
                row.codeParts.isEmpty && TextRepair.compact(row.label).isEmpty && !row.cells.isEmpty
                    && row.cells.allSatisfy { lines.contains($0.line) } && amounts(row)
            }
            reading.rejects += reading.sections[s].rows.filter(isOrphan).flatMap { row in
                row.cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .rowNameUnknown) }
            }
            reading.sections[s].rows.removeAll(where: isOrphan)
        }
        return reading
    }

    /// The reading with the values whose columns are not certain rejected.
    private func judged(_ assembled: TableReading, under header: SequentialHeader, _ body: Body) -> TableReading {
        var reading = assembled
        if !table.mangled, StreamReader.takesFragmentForColumn(header, body: body.lines) {
            reading = StreamReader.rejectingAll(reading, reason: .fragmentColumn)
        }
        if !table.mangled, StreamReader.headerHoldsValues(table.header) {
            reading = StreamReader.rejectingAll(reading, reason: .headerHoldsValues)
        }
        if table.partedByTwoSpaces, TwoSpaceCells.stacksWords(table.header) {
            reading = StreamReader.rejectingAll(reading, reason: .stackedHeaderUnplaced)
        } else if table.partedByTwoSpaces, TwoSpaceCells.startsAnotherPart(table.body) {
            reading = StreamReader.rejectingAll(reading, reason: .headerRepeated)
        }
        if body.headerRepeated {
            reading = ReadingOrderHeaderRepeats.rejectingMovedRows(reading, headerWords: body.repeatableWords, repeatLines: table.repeatedHeaderLines)
        }
        return UnconfirmedCodes.rejected(StreamReadingOrder.certain(reading, readingOrder: body.readingOrder,
                                          headerCertain: StreamReadingOrder.namesEveryWord(header, lines: table.header),
                                          headerResumes: body.headerResumes, blocks: body.blocks), header: table.header)
    }

    /// A section whose header words name fewer of its columns than they leave blank (`栏次 N`
    /// stands for a blank header cell), in a table that prints no 栏次 row to number them: its
    /// header was not read (a narrow page's words wrapped off their cells), so no value's column
    /// is known, and the table's sums would only fit values to columns without a name. With a
    /// 栏次 row, the same holds of a section whose header words fit none of its columns
    /// (`SequentialHeader.wordsUnplaced`): the words are there, but which names which column is not.
    static func withoutUnnamedSections(_ reading: TableReading, numbered: Bool, unplaced: [Bool] = []) -> TableReading {
        var result = reading
        for n in result.sections.indices {
            let columns = result.sections[n].columns
            let unnamed = columns.enumerated().filter { $0.element.components == ["栏次 \($0.offset + 1)"] }.count
            let wordsUnplaced = unplaced.indices.contains(n) && unplaced[n]
            guard wordsUnplaced || (!numbered && unnamed >= 2 && unnamed * 2 > columns.count) else { continue }
            for r in result.sections[n].rows.indices {
                result.rejects += result.sections[n].rows[r].cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .headerUnknown) }
                result.sections[n].rows[r].cells = []
            }
        }
        return result
    }

    /// Cells wrapped over lines leave lines of text alone between the value lines. A text line
    /// that starts a row, followed by a whole row (its name and values on one line: "1.公务用车购置费"
    /// before "2.公务用车运行费 10.00"), is a row of its own whose cells are blank or text.
    static func rowsWrap(_ body: [TableLines.Line]) -> Bool {
        func filled(_ n: Int) -> [Token] { body[n].tokens.filter { !$0.isBlank } }
        func wholeRow(_ n: Int) -> Bool {
            let tokens = filled(n)
            return tokens.first.map { $0.kind == .text && AlignedRows.startsRow($0.text) } ?? false
                && tokens.contains { $0.kind != .text }
        }
        let textOnly = body.indices.filter { n in
            let tokens = filled(n)
            guard !tokens.isEmpty, tokens.allSatisfy({ $0.kind == .text }) else { return false }
            return !(AlignedRows.startsRow(tokens[0].text) && (n + 1 == body.count || wholeRow(n + 1)))
        }.count
        return textOnly * Thresholds.wrappedRowsLineFraction >= body.count && textOnly >= 2
    }
}

/// The state of reading one table's token stream: the row section being built, the section it
/// belongs to, and the rows and rejects so far.
private struct RowAssembler {
    private enum Phase { case label, values }

    private struct Segment {
        var line = 0
        var codes: [String] = []
        var labels: [String] = []
        var values: [Token] = []
        var started = false
        /// How many of `values` came from lines of values alone after the row's (`continuesValues`).
        var gathered = 0
        /// A code under the row's own class stood among its name's pieces (`readInLabel`).
        var namesRun = false
    }

    private let header: SequentialHeader
    private let mangled: Bool
    /// Rows continue over lines (mangled layouts, or names wrapped onto lines of their own).
    private let wraps: Bool
    /// Cells in reading order (plain pdftotext): a row's values may stand on lines of their own.
    private let readingOrder: Bool
    /// Whether values carried over lines of values alone by a row going on (`carriesValuesAlone`)
    /// must prove themselves its own; not while the rows are asked which header tree their sums
    /// confirm (the proof needs the header's total first).
    private let provesCarriedValues: Bool
    /// The rows printed as blocks of their own (`RowBlocks`): their values prove less (`ContinuedValues`).
    private let blocks: RowBlocks
    private let widths: [Int]
    private let names: [String]
    /// Lines between two lines of text alone (`StreamReader.linesBetweenNamePieces`).
    private let namesAround: Set<Int>
    /// The header names a code column (科目编码, 功能分类科目编码).
    private let codeColumn: Bool
    private(set) var rows: [[ExtractedRow]]
    private(set) var rejects: [ReaderReject] = []
    private var lastClass: [String]
    /// Side by side, the list number of each side's last marked row (`startListedRow`).
    private var lastNumber: [Int]
    /// Sides whose grand total (收入总计) or own total (人员经费合计) was read: side by side, the
    /// rows printed after it are the other sides' (a longer 支出 side goes on alone under 收入总计).
    private var closed: Set<Int> = []
    /// Side by side, a row's name was gathered from several rows' names (`GatheredRowNames`): no
    /// later value is placed.
    private var namesGathered = false
    /// In one section, the last row's name gathered numbered rows' names (`GatheredRowNames.holdsNumberedItems`).
    private var numberedNamesGathered = false
    /// Rows (of the one section) whose last values were gathered from lines of values alone, with
    /// how many (`continuesValues`).
    private var gatheredRows: [(row: Int, values: Int)] = []
    private var section = 0
    private var phase = Phase.label
    private var seg = Segment()
    private var finishedInLine = false

    init(header: SequentialHeader, mangled: Bool, wraps: Bool, readingOrder: Bool, provesCarriedValues: Bool = true,
         blocks: RowBlocks = RowBlocks([]), namesAround: Set<Int> = [], codeColumn: Bool = true) {
        self.blocks = blocks
        self.header = header
        self.codeColumn = codeColumn
        self.namesAround = namesAround
        self.mangled = mangled
        self.wraps = wraps
        self.readingOrder = readingOrder
        self.provesCarriedValues = provesCarriedValues
        widths = header.sections.map { max($0.paths.count, 1) }
        names = header.sections.map { TextRepair.compact($0.name) }
        numbersLines = header.sections.contains { $0.paths.contains { HeaderWords.isLineNumber($0.joined) } }
        rows = Array(repeating: [], count: widths.count)
        lastClass = Array(repeating: "", count: widths.count)
        lastNumber = Array(repeating: 0, count: widths.count)
    }

    /// The header names a line-number column (行次, 序号): asked of every label token, worked out
    /// once from the header.
    private let numbersLines: Bool

    private var previousSection: Int { (section + widths.count - 1) % widths.count }

    mutating func read(_ token: Token, in line: TableLines.Line, next: Token?, firstOfLine: Bool, lastOfLine: Bool) {
        // Each line starts a row, unless the previous line ended on a code whose name and
        // values follow (a name wrapped onto the next lines).
        // A line of totals is no name's piece (`isTotalsLine`): it starts its own row.
        let awaitingName = seg.started && seg.values.isEmpty && !seg.codes.isEmpty && !(firstOfLine && isTotalsLine(line))
        let continues = firstOfLine && !wraps && !awaitingName && continuesValues(line)
        if continues { seg.gathered += line.tokens.filter { !$0.isBlank }.count }
        if provesCarriedValues, firstOfLine, wraps || awaitingName, carriesValuesAlone(line) {
            seg.gathered += line.tokens.filter { !$0.isBlank }.count
        }
        if firstOfLine, !wraps, !awaitingName, !continues {
            if seg.started { finish() }
            section = loneRowSection(line) ?? openSection(from: 0); finishedInLine = false
        } else if let lone = wrappedLoneRowSection(token, in: line) {
            section = lone
        } else if firstOfLine, startsTotalsLine(token, in: line) || startsTotalAfterBlankNames(token, in: line) {
            restartAtFirstSide()
        }
        // A run of spaces is a blank cell only where the row has room for one: when the values
        // after it on the line fill the row by themselves, it is spacing.
        if token.isBlank, !mangled, widths.count == 1, seg.values.count + valuesAfter(token, in: line) >= widths[section] { return }
        // Nor is a line's indentation in a one-section table: a name wrapped onto an indented line
        // is not a row whose first cell is blank (side by side, it is the blank name of a side).
        if token.isBlank, !mangled, widths.count == 1, !line.tokens.contains(where: { !$0.isBlank && $0.column < token.column }) { return }
        // Nor a run of spaces between the words of a row's name ("企业所得税   Corporate Income Tax",
        // a bilingual name), when the values after the name fill the row by themselves.
        if token.isBlank, !mangled, widths.count == 1, phase == .label, !seg.labels.isEmpty,
           valuesAfterName(token, in: line) == widths[section] { return }
        // A classification's name is never a numbered item ("1.基本支出"): a number before one
        // is the last value of the row before it, not that name's code.
        // Nor is a number that ends a line of one row whose values fall short of the row: rows
        // start at their codes, so it is that row's last value ("… 5702186 5943024").
        // Nor one that ends the line of a row's name ("甲区 819"): a code stands before its name.
        let endsNamedLine = lastOfLine && !wraps && !mangled && phase == .label && !seg.labels.isEmpty && seg.line == token.line
        let endsShortRow = lastOfLine && !wraps && !mangled && phase == .values && seg.values.count < widths[section] || endsNamedLine
        // Nor a number before a bare total (合计): totals carry no code.
        let startsCode = token.isRowCode && !endsShortRow
            && (next.map { $0.kind == .text && !RowStreamReader.isNumberedItem($0.text) && !HeaderWords.isBareTotal($0.text) } ?? false)
            || isCodeAlone(token, in: line) || isCodeBeforeDecimals(token, next: next, in: line)
            || token.isLongCode && next.map { $0.kind == .text && !CellText.mayBeNumber($0) } ?? false
        if phase == .values, startsCode || (token.kind == .text && !CellText.mayBeNumber(token)) { finish() }
        if phase == .values, belongsToNextSection(token, column: seg.values.count) { finish() }
        if !wraps, !firstOfLine, !seg.started, section == 0, finishedInLine, token.kind != .text, !startsCode {
            // Spacing after a complete row is no value.
            if token.isBlank { return }
            // The line's sections are complete: more values than the table has columns.
            rejects.append(ReaderReject(line: token.line, text: token.text, reason: .moreValuesThanColumns))
            return
        }
        if !seg.started { seg.started = true; seg.line = token.line }
        switch phase {
        case .label where !seg.labels.isEmpty && StreamLabel.isYearInName(token, next: next):
            seg.labels.append(token.text)
        case .label where startsNumberedName(token, next: next):
            seg.labels.append(token.text)
        case .label: readInLabel(token, startsCode: startsCode || (token.isRowCode && wraps && onlyToken(in: line) && namesCode(next) && mayFollowCode(token)),
                                 bracketClosesOnLine: !(startsCode && startsLine(token, line)) && StreamLabel.closesAfter(token, in: line),
                                 aloneOnLine: readingOrder && onlyToken(in: line), opensBlock: firstOfLine && blocks.opensBlock(line.number))
        case .values: seg.values.append(token)
        }
        if phase == .values, seg.values.count >= widths[section] { finish() }
        // In reading order a row short of its values may go on with a line of values alone (the
        // next line's start ends it otherwise, `continuesValues`).
        if lastOfLine, phase == .values, !wraps || line.endsWithSpace, !mayContinueValues { finish() }
        // A named row followed by a run of spaces: its value cells are blank.
        if lastOfLine, phase == .label, wraps, line.trailingSpaces >= 2, !seg.labels.isEmpty { finish() }
    }

    private mutating func readInLabel(_ token: Token, startsCode: Bool, bracketClosesOnLine: Bool, aloneOnLine: Bool, opensBlock: Bool) {
        if bracketClosesOnLine, StreamLabel.hasOpenBracket(seg.labels) || (!seg.labels.isEmpty && StreamLabel.hasOpenBracket([token.text])) {
            // Inside a bracket that closes on the line the name goes on, numbers too
            // ("基本工资 [501 01 工资奖金津补贴]"); a bracket left open is a name wrapped onto the next line.
            seg.labels.append(token.text)
            return
        }
        // A total's name goes on with nothing: text after it is the next row's name, wrapped
        // above the line its code starts.
        let namesNext = wraps && startsCode && seg.codes.isEmpty && !seg.labels.isEmpty && seg.values.isEmpty
            && (rows[previousSection].last.map { AlignedRows.isTotal($0.label) } ?? false)
        if wraps, startsCode, seg.codes.isEmpty, !seg.labels.isEmpty, seg.values.isEmpty, !namesNext,
           !AlignedRows.startsRow(seg.labels.joined(separator: " ")), let last = rows[previousSection].indices.last {
            // Text left over after the previous row's values (a trailing text cell): it belongs
            // to that row, and this code starts the next one.
            rows[previousSection][last].label += " " + seg.labels.joined(separator: " ")
            seg.labels = []; seg.line = token.line
        }
        if startsCode, !seg.codes.isEmpty, widths.count > 1 {
            // Side-by-side code lists: a new code ends a row whose values are all blank.
            finish()
            seg.started = true; seg.line = token.line
            section = chooseSection(for: token.text)
            seg.codes.append(token.text)
        } else if startsCode, aloneOnLine, readingOrder, widths.count == 1, !seg.codes.isEmpty, !seg.labels.isEmpty {
            // In reading order a code alone on its line after a named row's code starts the next
            // row: the named row's values were printed elsewhere (before its name, or blank), and
            // no second classification of a row stands on a line of its own.
            finish()
            seg.started = true; seg.line = token.line
            seg.codes.append(token.text)
        } else if startsCode, opensBlock, seg.codes.isEmpty, !seg.labels.isEmpty, seg.values.isEmpty {
            // In rows printed as blocks (`RowBlocks`), a code opening a block after names alone
            // starts the row: the names stand in blocks of their own, without values (a page's
            // wrapped names MuPDF prints at its end), and name no row the text tells.
            seg.labels = []; seg.line = token.line
            if widths.count > 1 { section = chooseSection(for: token.text) }
            seg.codes.append(token.text)
        } else if startsCode, !seg.codes.isEmpty || (!seg.labels.isEmpty && !namesNext) {
            // A second code after the row's name: another classification of the same row. Not one
            // under the row's own class (22102 after 221): that is the next row's, its name run on
            // from this one's (names printed as one run, their values after it): the values the
            // stream gives this row may be any of those rows'.
            if let own = seg.codes.first, token.text.count > own.count, token.text.hasPrefix(own) { seg.namesRun = true }
            seg.labels.append(token.text)
        } else if startsCode {
            if widths.count > 1 { section = chooseSection(for: token.text) }
            seg.codes.append(token.text)
        } else if token.kind == .text, !(CellText.mayBeNumber(token) && !seg.labels.isEmpty) {
            if widths.count > 1, !numbersLines, let number = ListOrdinal.of(token.text) { startListedRow(number, at: token) }
            seg.labels.append(token.text)
        } else if token.isBlank && seg.codes.isEmpty && seg.labels.isEmpty {
            phase = .values
        } else {
            phase = .values; seg.values.append(token)
        }
    }

    /// Whether a code-like number alone on its line may be a row's code, by what follows it: under
    /// a header with a code column, always; without one, only before a name that is no numbered
    /// item (a classification's name never is). Before a number or `六、社会保障和就业支出` it is a
    /// whole amount (`2932700`) that the stream printed apart from its row's name. Not in a mangled
    /// conversion: its cells wrap through numbers too (`257309` / `35.53一` is one amount broken),
    /// so a whole number apart is no certain amount there and keeps the code's reading.
    /// A number alone on its line after a row's code is the next row's code only under that code's
    /// class (`2080505` after `2080501`), or as a class of its own (`210`): a whole amount
    /// (`1554220` after `2080501 行政单位离退休`, its row's values printed under its name) is none.
    /// Side by side, the next code may be another side's, of any class.
    private func mayFollowCode(_ token: Token) -> Bool {
        guard widths.count == 1, let code = seg.codes.first else { return true }
        return token.text.utf8.count <= classCodeDigits || code.utf8.prefix(classCodeDigits).elementsEqual(token.text.utf8.prefix(classCodeDigits))
    }
    private let classCodeDigits = 3

    /// Never before a bare total (合计), under a code column too: totals carry no code, so the
    /// number is the last value of the row before (its blank cells dropped).
    private func namesCode(_ next: Token?) -> Bool {
        if let next, next.kind == .text, HeaderWords.isBareTotal(next.text) { return false }
        return codeColumn || mangled || next.map { $0.kind == .text && !CellText.mayBeNumber($0) && !RowStreamReader.isNumberedItem($0.text) } == true
    }

    /// Side by side, a bare item number opening a row before a name (`1. 一般公共预算`): the name's
    /// numbering, printed as a cell of its own, not the row's value (read as one, it would end the
    /// row and move the name to the next side).
    private func startsNumberedName(_ token: Token, next: Token?) -> Bool {
        guard widths.count > 1, seg.labels.isEmpty, seg.codes.isEmpty, seg.values.isEmpty, token.text.utf8.count <= maxItemNumberBytes,
              let next, next.kind == .text, !CellText.mayBeNumber(next) else { return false }
        return RowStreamPatterns.bareItemNumber.matches(TextRepair.compact(token.text))
    }
    private let maxItemNumberBytes = 4

    /// Side by side (sides without 行次, whose numbers keep their own rows), a name with a list
    /// marker (五、教育支出) starts a row: a name begun before it
    /// without values ends there, its cells blank (五、事业收入 · 五、教育支出 26.02), and the row
    /// goes on the one side whose last marked row is numbered one less (九、 after 八、), where the
    /// sides' rows differ in number; otherwise on the side the rotation gives.
    private mutating func startListedRow(_ number: Int, at token: Token) {
        if !seg.labels.isEmpty, seg.values.isEmpty, seg.codes.isEmpty {
            finish()
            seg.started = true; seg.line = token.line
        }
        guard seg.labels.isEmpty else { return }
        let continuing = widths.indices.filter { !closed.contains($0) && lastNumber[$0] == number - 1 }
        if continuing.count == 1 { section = continuing[0] }
    }

    /// Ends the row section being built and moves to the next section.
    mutating func finish() {
        defer { seg = Segment(); phase = .label }
        guard seg.started else { return }
        for extra in seg.values.dropFirst(widths[section]) where CellText.mayBeNumber(extra) {
            rejects.append(ReaderReject(line: extra.line, text: extra.text, reason: .moreValuesThanColumns))
        }
        let label = (wraps || mangled ? seg.labels : HeadingOnRowLine.rowName(seg.labels)).joined(separator: " ")
        if wraps, seg.codes.isEmpty, seg.values.isEmpty, !label.isEmpty, !AlignedRows.startsRow(label),
           let last = rows[previousSection].indices.last, !AlignedRows.isTotal(rows[previousSection][last].label) {
            // Text alone after a row in a table whose cells wrap: the rest of that row (unless it
            // starts a row of its own, "6.农业支出", whose values the text does not give). A total's
            // name goes on with nothing: text after it names rows whose cells are blank
            // (本年支出合计 20.00 / 使用非财政拨款结余 · 结余分配), and is a row of its own.
            rows[previousSection][last].label += " " + label
            return
        }
        guard resyncToNamedSection(label) else {
            // A total that names another side, its values read to this side's width: which of
            // them are its own is not known, and none is placed.
            // (Those past this side's width are rejected above already.)
            rejects += seg.values.prefix(widths[section]).filter { CellText.mayBeNumber($0) }
                .map { ReaderReject(line: $0.line, text: $0.text, reason: .sectionUnknown) }
            section = openSection(from: (section + 1) % widths.count)
            return
        }
        var cells = cellsOfSegment()
        // Side by side, a name gathered from several rows' names: from this row on, the values
        // the stream gives a row may be any of those rows' (`GatheredRowNames`).
        if widths.count > 1, wraps, !mangled, GatheredRowNames.holdsSeveral(seg.labels) { namesGathered = true }
        // In one section, numbered rows' names gathered (`二、会议费` · `三、培训费`): this row's values
        // and those of the unnamed rows after it may be any of those rows'.
        numberedNamesGathered = widths.count == 1 && wraps && !mangled && GatheredRowNames.holdsNumberedItems(seg.labels)
            || (numberedNamesGathered && label.isEmpty && seg.codes.isEmpty)
        // (A code under the row's class among its name's pieces: this row's values only, `readInLabel`.)
        if namesGathered || seg.namesRun || numberedNamesGathered {
            rejects += cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .rowNamesGathered) }
            cells = []
        }
        if seg.gathered > 0 { gatheredRows.append((rows[section].count, seg.gathered)) }
        if label.isEmpty, seg.codes.isEmpty, cells.count > 1, widths.count > 1,
           header.sections[section].paths.first.map({ HeaderWords.isLineNumber($0.joined) }) == true {
            // Side by side with 行次, a row without a name has nothing but its 行次: a value after
            // it may as well be the next side's 行次 (printed 61.00), so none is placed.
            for cell in cells.dropFirst() { rejects.append(ReaderReject(line: cell.line, text: cell.text, reason: .sectionUnknown)) }
            cells = [cells[0]]
        }
        if !(seg.codes.isEmpty && label.isEmpty && cells.isEmpty) {
            rows[section].append(ExtractedRow(line: seg.line, codeParts: seg.codes, label: label, cells: cells))
        }
        if let code = seg.codes.first { lastClass[section] = String(code.prefix(3)) }
        if widths.count > 1, let number = seg.labels.first.flatMap(ListOrdinal.of) { lastNumber[section] = number }
        if widths.count > 1, seg.codes.isEmpty, closesSide(label) { closed.insert(section) }
        let next = (section + 1) % widths.count
        section = openSection(from: next)
        finishedInLine = next == 0
    }

    /// The rows whose values were gathered from lines of their own keep them only where they prove
    /// themselves the row's (`ContinuedValues`; less is asked of a row that is a block of its own).
    /// Where every named row holds a value for each column, the table dropped no blank cell: its
    /// zeros are printed each in its own cell.
    mutating func proveGatheredRows() {
        guard !gatheredRows.isEmpty else { return }
        // (Values without a name or code are rejected whatever their count: `StreamReadingOrder`.)
        let full = rows[0].allSatisfy { $0.cells.isEmpty || $0.cells.count == widths[0] || ($0.codeParts.isEmpty && $0.label.isEmpty) }
        for (r, gathered) in gatheredRows where !ContinuedValues.proveTheirRow(
            rows[0][r].cells.map(\.text), gathered: gathered, under: header.sections[0].paths, zerosPrinted: full,
            inBlock: blocks.holds(rows[0][r])) {
            rejects += rows[0][r].cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .valuesOffTheirRow) }
            rows[0][r].cells = []
        }
    }

    /// In reading order a row prints its name first and its values after it, on one line or on
    /// lines of their own where cells sit apart (`3,807,295.58` / `3,807,295.58`): a line of values
    /// alone after a named row's values, or after a name alone (`合计`), in a table of one section,
    /// goes on with that row while the row has room for them all. (A code's row goes on so
    /// already, `awaitingName`.) (Whether the row then fills its columns, so that each value's
    /// column is certain, `StreamReadingOrder.certain` tells.)
    /// A code-like whole amount (`1554220`, a spreadsheet's amount without decimals) goes on the row
    /// where it goes on the row's block (`RowBlocks`) and is no code that may follow the row's.
    private func continuesValues(_ line: TableLines.Line) -> Bool {
        guard mayContinueValues else { return false }
        let filled = line.tokens.filter { !$0.isBlank }
        let inBlock = blocks.goesOnBlock(line.number)
        return filled.allSatisfy { CellText.mayBeNumber($0) && (!$0.isRowCode || (inBlock && !mayFollowCode($0))) }
            && seg.values.count + filled.count <= widths[section]
    }

    /// In reading order a line of values alone after a named row's name (a code's row awaiting its
    /// name, or rows whose names wrap, go on over it) is gathered as much as `continuesValues`
    /// gathers: MuPDF's text prints each cell's block on lines of its own, a code under the row's
    /// values (`201 一般公共服务支出` / `82096797.42` / … / `20103`) as if it were one of them.
    private func carriesValuesAlone(_ line: TableLines.Line) -> Bool {
        guard readingOrder, !mangled, widths.count == 1, seg.started, !seg.labels.isEmpty else { return false }
        let filled = line.tokens.filter { !$0.isBlank }
        return !filled.isEmpty && filled.allSatisfy { CellText.mayBeNumber($0) && !$0.isRowCode }
    }

    private var mayContinueValues: Bool {
        readingOrder && !mangled && widths.count == 1 && seg.started && seg.values.count < widths[section]
            && (seg.values.isEmpty ? seg.codes.isEmpty && !seg.labels.isEmpty : !seg.codes.isEmpty || !seg.labels.isEmpty)
    }

    /// Side by side, a line of one name and more values than the first side has columns is a
    /// later side's row printed alone (the values after the first side's would have no name):
    /// the one later side with room for them all, if only one has.
    private func loneRowSection(_ line: TableLines.Line) -> Int? {
        guard widths.count > 1, !mangled, !wraps else { return nil }
        let tokens = line.tokens.filter { !$0.isBlank }
        guard let firstValue = tokens.firstIndex(where: { CellText.mayBeNumber($0) && !$0.isRowCode }), firstValue > 0,
              tokens[..<firstValue].contains(where: { $0.kind == .text }),
              // Two list-marked names before the values: the first side's row is on the line too.
              tokens[..<firstValue].filter({ ListOrdinal.of($0.text) != nil }).count < 2 else { return nil }
        return laterSide(for: tokens[firstValue...])
    }

    /// Where rows continue over lines, a line of totals only (`人员经费合计 588.74 公用经费合计 57.36`)
    /// is printed across the sides from the first: the rotation of the rows above (a last row of
    /// the second side) says nothing of where it starts. A bare `合计` may be a wrapped name's last
    /// piece, and is not taken for a total of its own.
    private func startsTotalsLine(_ token: Token, in line: TableLines.Line) -> Bool {
        guard wraps, widths.count > 1, !mangled, phase == .label, seg.codes.isEmpty, seg.values.isEmpty,
              token.kind == .text, !CellText.mayBeNumber(token) else { return false }
        return line.tokens.filter({ $0.kind == .text && !CellText.mayBeNumber($0) }).count > 1 && isTotalsLine(line)
    }

    /// Side by side, a line of named totals only, each with its values (`人员经费合计 588.74 公用经费合计
    /// 57.36`). A bare `合计` may be a wrapped name's last piece, and does not count.
    private func isTotalsLine(_ line: TableLines.Line) -> Bool {
        guard widths.count > 1, !mangled else { return false }
        let words = line.tokens.filter { $0.kind == .text && !CellText.mayBeNumber($0) }
        let values = line.tokens.filter { !$0.isBlank && CellText.mayBeNumber($0) }
        return !words.isEmpty && values.count >= words.count && words.allSatisfy { word in
            let compact = TextRepair.compact(word.text)
            return AlignedRows.isTotal(compact) && compact.count > 2
        }
    }

    /// Where rows continue over lines, side by side: a bare total (总计) opening a line of values,
    /// after names without values that are rows of their own — one name on every side (年初结转和结余
    /// · 年末结转和结余), or a name with a list marker (三、国有资本经营预算财政拨款) — is a row begun at
    /// the first side; the names before it had their cells blank. (After one unmarked name, `本年收入`
    /// over `合计 20.00`, it is that name's last piece.)
    private func startsTotalAfterBlankNames(_ token: Token, in line: TableLines.Line) -> Bool {
        guard wraps, widths.count > 1, !mangled, phase == .label, seg.values.isEmpty, seg.codes.isEmpty,
              !seg.labels.isEmpty, seg.line < token.line, token.kind == .text, HeaderWords.isBareTotal(token.text),
              line.tokens.contains(where: { !$0.isBlank && CellText.mayBeNumber($0) }) else { return false }
        return seg.labels.count >= widths.count || ListOrdinal.of(seg.labels[0]) != nil
    }

    /// Starts the row at the first open side; a name left over from the lines before ends as
    /// `finish()` ends it: a wrapped name's last piece is the rest of the row read last, a name
    /// that starts a row (6.其他支出) a row of its own.
    private mutating func restartAtFirstSide() {
        finish()
        section = openSection(from: 0)
    }

    /// Where rows continue over lines: a name that starts a row (二十六、…), wrapped over lines,
    /// whose values then fill a line by themselves.
    private func wrappedLoneRowSection(_ token: Token, in line: TableLines.Line) -> Int? {
        guard widths.count > 1, !mangled, wraps, phase == .label, seg.values.isEmpty, seg.codes.isEmpty,
              AlignedRows.startsRow(seg.labels.first ?? ""), CellText.mayBeNumber(token), !token.isRowCode,
              line.tokens.first(where: { !$0.isBlank }) == token else { return nil }
        return laterSide(for: line.tokens.filter { !$0.isBlank }[...])
    }

    /// The later side whose row `values` are, when more than the first open side has columns:
    /// the one with room for them all. Where sides number their lines (行次), a side's row without
    /// a name still prints its 行次 after the first's: only a value there that is no whole number
    /// rules that out.
    private func laterSide(for values: ArraySlice<Token>) -> Int? {
        let first = openSection(from: 0)
        guard section == first || !seg.started, values.allSatisfy({ CellText.mayBeNumber($0) }),
              values.count > widths[first] else { return nil }
        if numbersLines {
            let next = first + 1, afterFirst = values[values.startIndex + widths[first]]
            guard next < widths.count, header.sections[next].paths.first.map({ HeaderWords.isLineNumber($0.joined) }) == true,
                  afterFirst.kind != .integer else { return nil }
        }
        let room = (first + 1..<widths.count).filter { widths[$0] >= values.count && !closed.contains($0) }
        return room.count == 1 ? room[0] : nil
    }

    /// The first side from `start` on (in print order) whose grand total has not been read.
    private func openSection(from start: Int) -> Int {
        (start..<widths.count).first { !closed.contains($0) } ?? start
    }

    /// A row that closes its side: a grand total (收入总计), or the side's own total (人员经费合计
    /// under 人员经费) after rows of the side (a total printed first, 收入合计 over its parts, closes nothing).
    private func closesSide(_ label: String) -> Bool {
        let compact = TextRepair.compact(label)
        return UTF8Text.hasSuffix(compact, "总计")
            || (!names[section].isEmpty && compact == names[section] + "合计" && rows[section].count > 1)
    }

    /// Where blank cells were dropped, a row with fewer values than columns was placed left to
    /// right: which cells were blank is a guess, and the cells say so.
    private func cellsOfSegment() -> [RawCell] {
        let guessed = !mangled && !seg.values.isEmpty && seg.values.count < widths[section]
            && seg.values.contains(where: { !$0.isBlank })
        return seg.values.prefix(widths[section]).enumerated().compactMap { k, t in
            CellText.mayBeNumber(t) ? RawCell(column: k, text: t.text, line: t.line, guessed: guessed) : nil
        }
    }

    /// "人员经费合计" belongs to the section named 人员经费 and "本年收入合计" to 收入, wherever the
    /// rotation stands: a total that names one section puts the rotation back in step. Where the
    /// two sides differ in width, the values were read to this side's: moved only when the row
    /// ended before this side's width (all its values are read) and the named side holds them;
    /// false (the side is not certain) otherwise.
    private mutating func resyncToNamedSection(_ label: String) -> Bool {
        let compactLabel = TextRepair.compact(label)
        let named = Set(names.filter { !$0.isEmpty && UTF8Text.holds(compactLabel, $0) })
        guard seg.codes.isEmpty, widths.count > 1, named.count == 1, let target = names.firstIndex(of: named.first!),
              target != section, names[section] != names[target] else { return true }
        guard widths[target] == widths[section]
              || (seg.values.count < widths[section] && seg.values.count <= widths[target]) else { return false }
        section = target
        return true
    }

    /// Where blank cells were dropped, a whole number where an amount is due is the next section's
    /// 行次 (收入 | 支出 tables: "30 61" is 行次 30 with a blank amount, then 行次 61).
    private func belongsToNextSection(_ token: Token, column: Int) -> Bool {
        let paths = header.sections.map(\.paths)
        guard !mangled, paths.count > 1, token.kind == .integer, column < paths[section].count,
              !HeaderWords.isLineNumber(paths[section][column].joined) else { return false }
        let next = paths[(section + 1) % paths.count]
        return next.first.map { HeaderWords.isLineNumber($0.joined) } ?? false
    }

    /// The values after `token` on its line, up to the next name.
    private func valuesAfter(_ token: Token, in line: TableLines.Line) -> Int {
        line.tokens.filter { $0.column > token.column }
            .prefix { $0.kind != .text || CellText.mayBeNumber($0) }
            .filter { !$0.isBlank && CellText.mayBeNumber($0) }.count
    }

    /// The values that end the line after the rest of a name: words (and spacing) first, then
    /// numbers only; 0 when a word follows a number.
    private func valuesAfterName(_ token: Token, in line: TableLines.Line) -> Int {
        let after = line.tokens.filter { $0.column > token.column && !$0.isBlank }
        let values = after.drop { $0.kind == .text && !CellText.mayBeNumber($0) }
        guard values.count < after.count, values.allSatisfy({ CellText.mayBeNumber($0) }) else { return 0 }
        return values.count
    }

    /// A whole code alone on its line under the class of the row before it ("20805" after the rows
    /// of 208): a row's code whose name stands elsewhere (plain pdftotext, reading order, may print
    /// a cell apart from its row), never an amount of 20,805.
    private func isCodeAlone(_ token: Token, in line: TableLines.Line) -> Bool {
        guard token.isWholeCode, token.text.count > 3, onlyToken(in: line), !lastClass[section].isEmpty else { return false }
        return token.text.hasPrefix(lastClass[section])
    }

    /// A whole code before amounts printed with decimals, opening a line between two lines of
    /// text alone or, side by side, after the other side's value: the row's code, its name
    /// wrapped onto the lines around (`社会保障和就` / `208 2,452.66 1,972.20` / `业支出`). Where
    /// amounts print their decimals, a bare whole number of a code's length is none of them.
    private func isCodeBeforeDecimals(_ token: Token, next: Token?, in line: TableLines.Line) -> Bool {
        guard token.isWholeCode, let next, next.kind == .amount, UTF8Text.containsByte(next.text, 0x2E) else { return false }
        // At the line's start between its name's pieces, or side by side after a value: the next
        // side's row (`… 7.17 30212 0.00`).
        guard let before = line.tokens.last(where: { !$0.isBlank && $0.column < token.column }) else { return namesAround.contains(line.number) }
        return widths.count > 1 && (before.kind == .amount || before.kind == .text && opensOtherSidesClass(token))
    }

    /// Side by side, a code after the name of a row whose code is of another class, of the class
    /// another side holds (`30310 个人农业生产补贴 30231 81.11`, 302 on the second side): that side's
    /// row, the row before it blank, never its value.
    private func opensOtherSidesClass(_ token: Token) -> Bool {
        let cls = String(token.text.prefix(3))
        guard let own = seg.codes.first, !own.hasPrefix(cls) else { return false }
        return lastClass.indices.contains { $0 != section && lastClass[$0] == cls }
    }

    /// A code that starts its line starts a row, even where a bracket that name pieces above left
    /// open closes after it ("甲（乙" over "30101 ）丙"): names wrapped around the number line, the
    /// code in its own column, never a number inside the bracket.
    private func startsLine(_ token: Token, _ line: TableLines.Line) -> Bool {
        !line.tokens.contains { !$0.isBlank && $0.column < token.column }
    }

    private func onlyToken(in line: TableLines.Line) -> Bool {
        line.tokens.filter { !$0.isBlank }.count == 1
    }

    /// Side-by-side code lists (人员经费 | 公用经费 | …) keep each class in its own section, so a
    /// code whose class (first three digits) a section already holds goes to that section.
    private func chooseSection(for code: String) -> Int {
        let cls = String(code.prefix(3))
        if lastClass[section] == cls { return section }
        return lastClass.firstIndex(of: cls) ?? section
    }
}

enum StreamLabel {
    private static let opening: Set<Unicode.Scalar> = ["[", "【", "(", "（", "〔"]
    private static let closing: Set<Unicode.Scalar> = ["]", "】", ")", "）", "〕"]

    /// Whether a token after `token` on its line closes a bracket before any amount: numbers in a
    /// bracketed name are codes ("[501 01 …]"); an amount before the close means the bracket
    /// belongs to a wrapped name whose other piece stands further on (several blocks on a line).
    static func closesAfter(_ token: Token, in line: TableLines.Line) -> Bool {
        for next in line.tokens where next.column > token.column {
            // `closing`'s scalars, by byte search (a scalar's bytes stand only where it does).
            if UTF8Text.containsAny(next.text, "]", "】", ")", "）", "〕") { return true }
            if next.kind == .amount || next.kind == .placeholder { return false }
        }
        return false
    }

    /// "某某局 20xx 年…补助资金": a year inside a name (a four-digit number the next token continues
    /// with 年), never an amount.
    static func isYearInName(_ token: Token, next: Token?) -> Bool {
        guard token.kind == .integer, token.text.utf8.count == 4, token.text.hasPrefix("19") || token.text.hasPrefix("20"),
              let next, next.kind == .text else { return false }
        return next.text.hasPrefix("年")
    }

    /// Whether a name's pieces leave a bracket open.
    static func hasOpenBracket(_ pieces: [String]) -> Bool {
        var depth = 0
        for piece in pieces {
            for scalar in piece.unicodeScalars {
                if opening.contains(scalar) { depth += 1 } else if closing.contains(scalar), depth > 0 { depth -= 1 }
            }
        }
        return depth > 0
    }
}
