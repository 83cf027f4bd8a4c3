/// Reads a table whose line breaks say nothing about its rows: one cell per line (content-stream
/// order, pdftotext -raw, pasted web pages) or the whole table on one line (web pages rendered
/// with single spaces). Blank cells are dropped in both. Rows are rebuilt from the stream: a code
/// or a name starts a row, the numbers after it are its values, and the sections of a
/// side-by-side table take rows in turn. A row's values are placed by the header's column count
/// only where that is certain (`place`); otherwise they are rejected with the reason.
struct RowStreamReader: TableReader {
    let table: TableLines

    /// One row of the stream: [code] name… values…
    struct Chunk {
        /// The code, whole or split over 类/款/项 cells ("201", "03", "01").
        var codes: [Token] = []
        var labels: [Token] = []
        var values: [Token] = []
        /// The row's printed number (序号), where the stream was cut at it (`RowOrdinals`).
        var ordinal: Token?
        var line: Int { (codes.first ?? labels.first ?? values.first)?.line ?? 0 }
    }

    func read() -> TableReading {
        var table = RemarksColumn.withoutBlankRemarks(self.table)
        let printedHeaderLines = table.header.count
        if table.layout == .cellPerLine { table = StreamLeadInHeader.withLoneWordInHeader(table) }
        let loneWordMoved = table.header.count > printedHeaderLines
        // The header's words in stream order, asked up to seven times below.
        let printedWords = StreamHeader.words(table.header)
        var header = SequentialHeader(header: table.header, columnNumbers: table.columnNumbers)
        // One cell per line, a sentence is the text after the table, unless sentences make a column.
        let body = table.layout == .cellPerLine ? SentenceCells.bodyBeforeProse(table.body) : table.body
        let tokens = table.layout == .cellPerLine ? body.flatMap(SentenceCells.cells) : body.flatMap { $0.tokens.filter { !$0.isBlank } }
        if table.layout == .cellPerLine, let numbered = NumberedCellRows.reading(tokens, words: printedWords) { return numbered }
        var rows = Array(repeating: [ExtractedRow](), count: header.sections.count)
        var rejects: [ReaderReject] = []
        var chunks = RowStreamReader.chunks(tokens)
        // Side by side with rows numbered (序号): the numbers say which names share a printed row.
        let numbered = header.sections.count > 1
            ? RowOrdinals.run(tokens, headerWords: printedWords).map {
                RowOrdinals.rows(tokens, run: $0, sections: header.sections.map(\.name))
            } : nil
        if let numbered { chunks = numbered.chunks }
        // Without a code column, a number that reads as a code but gives a row its last value is
        // that value, where so every row comes out full: the rows agree, a guess would not.
        else if !printedWords.contains(where: HeaderWords.isCode),
           let consistent = RowStreamReader.fullRowChunks(tokens, first: chunks) {
            chunks = consistent.chunks
            rejects += consistent.unsure.map { ReaderReject(line: $0.line, text: $0.text, reason: .rowNameUnknown) }
        }
        // Under a header of one name word and one word per value column (no text column), paragraphs part the names.
        if table.layout == .cellPerLine, header.sections.count == 1,
           printedWords.count == (chunks.map(\.values.count).max() ?? 0) + 1 {
            chunks = ParagraphNames.split(chunks, tokens: tokens)
        }
        var rates: [Token] = []
        var rebuilt = false
        var headerWords = printedWords
        // One row of values printed without a name, under a header of value words only: the name
        // the stream gave the row is the header's last word (`UnnamedValueRow`).
        if table.layout == .cellPerLine, header.sections.count == 1,
           let unnamed = UnnamedValueRow.reading(paths: header.sections[0].paths, words: headerWords, chunks: chunks) {
            switch unnamed {
            case let .read(paths, rows, words):
                header.sections[0].paths = paths
                chunks = rows
                headerWords = words
            case .unknown:
                rejects += chunks.flatMap(\.values).map { ReaderReject(line: $0.line, text: $0.text, reason: .headerRowsUnknown) }
                chunks = chunks.map { Chunk(codes: $0.codes, labels: $0.labels, ordinal: $0.ordinal) }
            }
            rebuilt = true
        }
        // The lone word read into the header from its block under it heads nothing but may stand
        // under the word before it (`本年拨款` over `一般公共预算`): so where every row holds one
        // value fewer than the flat columns, the next row's code printed after a row's values
        // apart (`StreamHeader.parentOverLastWord`).
        if loneWordMoved, header.sections.count == 1, case let flat = header.sections[0].paths, flat.count >= 2,
           let paths = StreamHeader.parentOverLastWord(flat, header: table.header, valueCounts: RowStreamReader.codesMovedToTheirRows(
               chunks, columns: flat.count - 1).map(\.values.count)) {
            header.sections[0].paths = paths
            rebuilt = true
        }
        // A “三公” form's top words, then the runs they span, each led by 小计 (`FormRuns`).
        if !rebuilt, header.sections.count == 1, let form = FormRuns.reading(printedWords, chunks: chunks) {
            header.sections[0].paths = form.paths
            chunks = form.chunks
            rebuilt = true
        }
        // One cell per line in blocks, a lead-in ending the header's top block heads the bottom
        // block's words (`StreamLeadInHeader.pathsAtBlockBreak`).
        if !rebuilt, table.layout == .cellPerLine, header.sections.count == 1, let columns = StreamHeader.fullRowWidth(chunks),
           let paths = StreamLeadInHeader.pathsAtBlockBreak(table.header, columns: columns) {
            header.sections[0].paths = paths
            rebuilt = true
        }
        // The words of a one-section header, read as a flat list, can miss the columns the rows
        // fill; rebuilt as a tree in stream order they may fit them exactly.
        // Rates printed after every full row's amounts (完成% 增长%) with no column of their own
        // in the header: when the header's words make exactly the amounts' columns, the amounts
        // are placed and the rates rejected.
        if !rebuilt, header.sections.count == 1, let amounts = RowStreamReader.amountCountBeforeRates(chunks),
           let trimmed = RowStreamReader.withoutUnheadedRates(chunks, columns: amounts),
           let paths = StreamHeader.tree(printedWords, columns: amounts, rows: trimmed,
                                         flat: header.sections[0].paths.count != amounts) {
            header.sections[0].paths = paths
            rates = chunks.flatMap(\.values).filter(RowStreamReader.isRate)
            chunks = trimmed
            rebuilt = true
        } else if !rebuilt, header.sections.count == 1, let columns = StreamHeader.fullRowWidth(chunks),
           let paths = StreamHeader.tree(printedWords, columns: columns, rows: chunks,
                                         flat: header.sections[0].paths.count != columns) {
            header.sections[0].paths = paths
            rebuilt = true
        } else if header.sections.count == 1, let columns = StreamHeader.commonRowWidth(chunks),
           columns < header.sections[0].paths.count,
           let paths = StreamHeader.tree(printedWords, columns: columns, rows: chunks, flat: false) {
            // A lone row longer than the rest took a value the stream printed after its own row;
            // the count most rows hold, where the header's words make a tree the sums confirm
            // (a parent over its 合计 and parts), is the table's.
            header.sections[0].paths = paths
            rebuilt = true
        } else if header.sections.count == 1, let widest = chunks.map(\.values.count).max(),
           widest > 0, widest < header.sections[0].paths.count,
           let paths = StreamHeader.underOneTopWord(printedWords, structural: printedWords.prefix(while: HeaderWords.isStructural).count,
                                                    columns: widest) {
            // Rows short of the flat columns, none as wide (blank cells dropped): a caption after
            // the name column's word over the value words (项目 / 一般公共预算基本支出 / …科目编码 /
            // 合计 人员经费 公用经费) heads as many columns as the widest row holds.
            header.sections[0].paths = paths
            rebuilt = true
        }
        rejects += rates.map { ReaderReject(line: $0.line, text: $0.text, reason: .rateWithoutColumn) }
        if table.layout == .cellPerLine, header.sections.count == 1, printedWords.contains(where: HeaderWords.isCode) {
            chunks = RowStreamReader.codesMovedToTheirRows(chunks, columns: header.sections[0].paths.count)
        }
        // One cell per line in blocks, a header cut inside its last block: its last word read as
        // the first row's name, the columns read are not the header's (unless a reading above
        // rebuilt the header with that word, `UnnamedValueRow`, `FormRuns`, a tree by the sums).
        if !rebuilt, table.layout == .cellPerLine, StreamLeadInHeader.runsIntoBody(table.header, body: body) {
            rejects += chunks.flatMap(\.values).map { ReaderReject(line: $0.line, text: $0.text, reason: .headerCutInBlock) }
            chunks = chunks.map { Chunk(codes: $0.codes, labels: $0.labels, ordinal: $0.ordinal) }
        }
        // On one line, spaces part the cells and the words inside a cell alike: a column name
        // made by joining words is a guess, and so is every value placed under the header.
        if table.layout == .oneLine, StreamHeader.joinsWords(header.sections.flatMap(\.paths), of: table.header) {
            rejects += chunks.flatMap(\.values).map { ReaderReject(line: $0.line, text: $0.text, reason: .headerWordsJoined) }
            chunks = chunks.map { Chunk(codes: $0.codes, labels: $0.labels, ordinal: $0.ordinal) }
        }
        // A form of several parts, each under its own header (项目 行次 金额 … 项目 统计数): the
        // stream holds no line that tells which header a row's values stand under.
        if StreamHeader.repeatsHeader(tokens) {
            rejects += chunks.flatMap(\.values).map { ReaderReject(line: $0.line, text: $0.text, reason: .headerRepeated) }
            chunks = chunks.map { Chunk(codes: $0.codes, labels: $0.labels, ordinal: $0.ordinal) }
        }
        // Several code columns in one section (a unit's code, its department's code): the stream
        // cuts rows at codes, and which one is the row's own is not certain.
        if header.sections.count == 1, StreamHeader.codeColumnCount(table.header) > 1 {
            rejects += chunks.flatMap(\.values).map { ReaderReject(line: $0.line, text: $0.text, reason: .rowCodeUnknown) }
            chunks = chunks.map { Chunk(codes: $0.codes, labels: $0.labels, ordinal: $0.ordinal) }
        }
        // Several header rows, their words in stream order: unless each word is one column or the
        // tree above rebuilt them, the names the header reader made of them are a guess.
        if header.sections.count == 1, !rebuilt,
           StreamHeader.isStacked(printedWords, columns: header.sections[0].paths.count) {
            rejects += chunks.flatMap(\.values).map { ReaderReject(line: $0.line, text: $0.text, reason: .headerRowsUnknown) }
            chunks = chunks.map { Chunk(codes: $0.codes, labels: $0.labels, ordinal: $0.ordinal) }
        }
        // One cell per line, a flat reading naming two columns alike (`StreamHeader.namesColumnsAlike`):
        // several header rows read as one.
        if table.layout == .cellPerLine, header.sections.count == 1,
           StreamHeader.namesColumnsAlike(header.sections[0].paths) {
            rejects += chunks.flatMap(\.values).map { ReaderReject(line: $0.line, text: $0.text, reason: .columnsNamedAlike) }
            chunks = chunks.map { Chunk(codes: $0.codes, labels: $0.labels, ordinal: $0.ordinal) }
        }
        // Most rows holding more values than the header names columns: the header lost a column
        // (a wrapped header cell the converter printed elsewhere), so no value's column is certain.
        if header.sections.count == 1, RowStreamReader.runPastHeader(chunks, width: header.sections[0].paths.count) {
            rejects += chunks.flatMap(\.values).map { ReaderReject(line: $0.line, text: $0.text, reason: .headerNarrowerThanRows) }
            chunks = chunks.map { Chunk(codes: $0.codes, labels: $0.labels, ordinal: $0.ordinal) }
        }
        let widths = header.sections.map(\.paths.count)
        // One cell per line, a column named by joining cells of several lines took them for one
        // wrapped cell: a guess. Its values are rejected; the other columns keep their places
        // only where it is one cell's wrapped pieces (else the header's rows were read as one:
        // `JoinedCaptionColumns`).
        let joined = table.layout == .cellPerLine
            ? header.sections.map { JoinedCaptionColumns.uncertain($0.paths, words: headerWords) }
            : header.sections.map { _ in Set<Int>() }
        // Side by side, rows take turns only while every row fills its section: one row short
        // and which section the next rows belong to is a guess.
        let inTurn = widths.count == 1 || chunks.enumerated().allSatisfy { k, chunk in
            chunk.values.isEmpty || chunk.values.count == widths[k % widths.count]
        }
        // Turns that held by the counts can still be lost where codes land under another side's class.
        let turnsLost = (inTurn ? SideCodes.firstBreak(chunks, sections: widths.count) : nil) ?? chunks.count
        // Rows whose names say their side (…收入, …支出) against their turn: one side ran out of
        // rows and the turns no longer hold; each row then goes to the side its name says.
        var sidesByName = inTurn ? SideWords.sidesAgainstTurns(header.sections.map(\.name), names: chunks.map(\.labels)) : nil
        if let numbered { sidesByName = numbered.sides }
        // Short rows are left to the sums only under a header whose width a full row confirms, rows
        // cut at the codes of a code column (a number read as a code cuts no row there), no row
        // longer than the header (the stream printed a value past its own row: which short row lost
        // it is unknown) and no 行次 column (whose run a value placed left to right would break).
        let shortRowsPlaceable = widths.count == 1 && printedWords.contains(where: HeaderWords.isCode)
            && chunks.contains { $0.values.count == widths[0] } && !chunks.contains { $0.values.count > widths[0] }
            && !header.sections[0].paths.contains { $0.components.contains(where: HeaderWords.isLineNumber) }
        for (k, chunk) in chunks.enumerated() {
            if let sidesByName {
                rejects += RowStreamReader.placeBySide(chunk, side: sidesByName[k], widths: widths, rows: &rows)
                continue
            }
            if k >= turnsLost {
                rejects += chunk.values.map { ReaderReject(line: $0.line, text: $0.text, reason: .sectionUnknown) }
                continue
            }
            let n = k % header.sections.count
            let width = widths[n]
            var cells: [RawCell] = []
            if inTurn, let placed = RowStreamReader.place(chunk.values, columns: width),
               !RowStreamReader.putsRateUnderAmount(chunk.values, header.sections[n].paths) {
                cells = placed.filter { !joined[n].contains($0.column) }
                rejects += placed.filter { joined[n].contains($0.column) }
                    .map { ReaderReject(line: $0.line, text: $0.text, reason: .headerCellsJoined) }
            } else if inTurn, chunk.values.count == width {
                // As many values as columns only by counting rates among them: which cells are
                // blank is unknown, and the rates have no column.
                rejects += chunk.values.map { value in
                    ReaderReject(line: value.line, text: value.text, reason: RowStreamReader.isRate(value)
                        ? .rateWithoutColumn : .ambiguousPlacement(values: chunk.values.filter { !RowStreamReader.isRate($0) }.count, columns: width))
                }
            } else if inTurn, joined[n].isEmpty, shortRowsPlaceable,
                      let short = RowStreamReader.shortRow(chunk.values, widths: widths, layout: table.layout) {
                // One cell per line, one section: a row short of cells is placed by the table's sums
                // in normalize, as where blank cells were dropped on a row's own line (not under a
                // column joined by guess: the sums would place values beside it).
                cells = short
            } else {
                let reason: RejectReason = !inTurn ? .sectionUnknown : chunk.values.count > width ? .moreValuesThanColumns
                    : .ambiguousPlacement(values: chunk.values.count, columns: width)
                rejects += chunk.values.map { ReaderReject(line: $0.line, text: $0.text, reason: reason) }
            }
            rows[n].append(RowStreamReader.row(chunk, cells: cells))
        }
        // On one line, a header whose reading leaves a measure word out of every column name (a top
        // row's word, a cell wrapped in two) names its columns by guess: nothing is placed under it.
        if table.layout == .oneLine,
           StreamHeader.leavesWordsOut(header.sections.flatMap(\.paths), sections: header.sections.map(\.name), of: table.header) {
            for n in rows.indices {
                for k in rows[n].indices {
                    rejects += rows[n][k].cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .headerWordsUnplaced) }
                    rows[n][k].cells = []
                }
            }
        }
        let sections = header.sections.enumerated().map { n, s in
            ExtractedSection(name: SectionNaming.name(s.name, index: n, count: header.sections.count),
                             columns: StreamHeaderQuotes.restored(s.paths, header: table.header), rows: rows[n])
        }
        return UnconfirmedCodes.rejected(TableReading(sections: sections, rejects: rejects), header: table.header)
    }
}

extension RowStreamReader {
    /// A row of one section's table, one cell per line, holding fewer amounts than columns: its
    /// cells left to right, marked as guessed (normalize places them by the table's sums, or
    /// rejects them). Nil otherwise.
    static func shortRow(_ values: [Token], widths: [Int], layout: Layout) -> [RawCell]? {
        guard layout == .cellPerLine, widths.count == 1, !values.isEmpty, values.count < widths[0],
              values.allSatisfy({ !isRate($0) && ExactDecimal.parse($0.text) != nil }) else { return nil }
        return values.enumerated().map { RawCell(column: $0, text: $1.text, line: $1.line, guessed: true) }
    }

    /// Whether most rows with values (`Thresholds.rowsRunningPastHeaderMinimum` at least) hold
    /// more than `width`.
    static func runPastHeader(_ chunks: [Chunk], width: Int) -> Bool {
        let filled = chunks.filter { !$0.values.isEmpty }
        let over = filled.filter { $0.values.count > width }.count
        return over >= Thresholds.rowsRunningPastHeaderMinimum && over * 2 > filled.count
    }
}

/// Patterns compiled once per run (see `CompiledPattern`).
enum RowStreamPatterns {
    static let numberedItem = CompiledPattern(#"^(?:[一二三四五六七八九十]+[、.．]|\d+[.、．]|\([一二三四五六七八九十\d]+\))"#)
    static let bareItemNumber = CompiledPattern(#"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．])$"#)
    static let nameMarker = CompiledPattern(#"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[.、．]|[^:：]+[:：])$"#)
    static let parenthesized = CompiledPattern(#"^[(（][^()（）]+[)）]$"#)
    static let yearName = CompiledPattern(#"^\d{4}年度?$"#)
    static let measureWord = CompiledPattern(#"^(?:\d{4}年度?)?(?:调整)?(?:预算|决算|完成|执行|预计)数$"#)
}
