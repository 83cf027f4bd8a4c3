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
        let table = RemarksColumn.withoutBlankRemarks(self.table)
        // The header's words in stream order, asked up to seven times below.
        let printedWords = StreamHeader.words(table.header)
        var header = SequentialHeader(header: table.header, columnNumbers: table.columnNumbers)
        // One cell per line, a sentence (a full stop) is the text after the table, never a cell.
        let body = table.layout == .cellPerLine ? Array(table.body.prefix { !$0.compact.contains("。") }) : table.body
        let tokens = body.flatMap { $0.tokens.filter { !$0.isBlank } }
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
        }
        rejects += rates.map { ReaderReject(line: $0.line, text: $0.text, reason: .rateWithoutColumn) }
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
        let widths = header.sections.map(\.paths.count)
        // One cell per line, a column named by joining cells of several lines took them for one
        // wrapped cell: a guess. Its values are rejected; the other columns keep their places.
        let joined = table.layout == .cellPerLine ? header.sections.map { StreamHeader.joinedColumns($0.paths, words: headerWords) }
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
            ExtractedSection(name: SectionNaming.name(s.name, index: n, count: header.sections.count), columns: s.paths, rows: rows[n])
        }
        return UnconfirmedCodes.rejected(TableReading(sections: sections, rejects: rejects), header: table.header)
    }

    /// A row put in the section its name says; its values rejected when the name says none.
    static func placeBySide(_ chunk: Chunk, side: Int?, widths: [Int], rows: inout [[ExtractedRow]]) -> [ReaderReject] {
        guard let side else { return chunk.values.map { ReaderReject(line: $0.line, text: $0.text, reason: .sectionUnknown) } }
        let placed = place(chunk.values, columns: widths[side])
        rows[side].append(row(chunk, cells: placed ?? []))
        guard placed == nil else { return [] }
        return chunk.values.map { ReaderReject(line: $0.line, text: $0.text, reason: .ambiguousPlacement(values: chunk.values.count, columns: widths[side])) }
    }

    /// How many values come before the first rate in the first row with values.
    static func amountCountBeforeRates(_ chunks: [Chunk]) -> Int? {
        guard let first = chunks.first(where: { !$0.values.isEmpty }), let rate = first.values.firstIndex(where: isRate), rate > 0
        else { return nil }
        return rate
    }

    /// A rate (98.18%) that would stand under a year's or a measure's column (预算数, 2021年): a
    /// column of amounts, so the count of values matched the columns by chance.
    static func putsRateUnderAmount(_ values: [Token], _ paths: [HeaderPath]) -> Bool {
        zip(values, paths).contains { value, path in
            isRate(value) && path.components.last.map { StreamLayout.isColumnWord(TextRepair.compact($0)) } == true
        }
    }

    static func isRate(_ token: Token) -> Bool { token.text.hasSuffix("%") || token.text.hasSuffix("％") }

    /// The chunks without their trailing rates when every row with values holds `columns` amounts
    /// (none a rate) and then at least one rate, and the rows do not already fit `columns`. Nil otherwise.
    static func withoutUnheadedRates(_ chunks: [Chunk], columns: Int) -> [Chunk]? {
        guard columns > 0 else { return nil }
        let valued = chunks.filter { !$0.values.isEmpty }
        guard valued.count >= Thresholds.streamFullRowsMinimum, valued.allSatisfy({ chunk in
            chunk.values.count > columns && !chunk.values[..<columns].contains(where: isRate)
                && chunk.values[columns...].allSatisfy(isRate)
        }) else { return nil }
        return chunks.map { chunk in
            var trimmed = chunk
            trimmed.values = Array(chunk.values.prefix(columns))
            return trimmed
        }
    }

    static func row(_ chunk: Chunk, cells: [RawCell]) -> ExtractedRow {
        var label = chunk.labels.map(\.text).joined(separator: " ")
        // 款 and 项 codes have two digits; a spreadsheet that stored them as numbers prints 02 as 2.
        var codes = chunk.codes.enumerated().map { k, t in k > 0 && t.text.count == 1 ? "0" + t.text : t.text }
        if codes.isEmpty, let split = CodeSplitter.leadingCode(label) { codes = [split.code]; label = split.rest }
        return ExtractedRow(line: chunk.line, codeParts: codes, label: label, cells: cells,
                            ordinal: chunk.ordinal.map { RawCell(column: -1, text: $0.text, line: $0.line) })
    }

    /// The values of one row → cells: certain only when there are as many values as columns
    /// (blank cells were dropped, so with fewer the blank ones cannot be told).
    static func place(_ values: [Token], columns: Int) -> [RawCell]? {
        guard values.count == columns else { return values.isEmpty ? [] : nil }
        return values.enumerated().map { RawCell(column: $0, text: $1.text, line: $1.line) }
    }

    /// The stream cut again with a full row width in mind (`chunks(_:fullWidth:)`): the first width,
    /// of those the first cut's rows hold or miss by one, for which every row with values holds
    /// exactly that many, at least two rows of them. Nil when no width makes the rows agree or the
    /// first cut already does. Rows that agree can still have lost their values to "codes": a name
    /// left without values right before a code (乐都区 | 819 平安区 …, whole amounts of three
    /// digits); then only a cut where every row is a name and its full values, no code left, is one,
    /// and the values of a row of several names (民和县 互助县 1200: whose amount?) are `unsure`.
    static func fullRowChunks(_ tokens: [Token], first: [Chunk]) -> (chunks: [Chunk], unsure: [Token])? {
        let counts = first.map(\.values.count).filter { $0 > 0 }
        let valuesTakenForCodes = zip(first, first.dropFirst()).contains { row, next in
            row.values.isEmpty && row.codes.isEmpty && !row.labels.isEmpty && !next.codes.isEmpty
        }
        guard Set(counts).count > 1 || valuesTakenForCodes else { return nil }
        for width in Set(counts + counts.map { $0 + 1 }).sorted() {
            let cut = chunks(tokens, fullWidth: width)
            let valued = cut.filter { !$0.values.isEmpty }
            if valuesTakenForCodes, !cut.allSatisfy({ $0.codes.isEmpty && !$0.values.isEmpty }) { continue }
            guard valued.count >= Thresholds.streamFullRowsMinimum, valued.allSatisfy({ $0.values.count == width }) else { continue }
            guard valuesTakenForCodes else { return (cut, []) }
            let unsure = cut.filter { $0.labels.count > 1 }.flatMap(\.values)
            return (cut.map { $0.labels.count > 1 ? Chunk(codes: $0.codes, labels: $0.labels, ordinal: $0.ordinal) : $0 }, unsure)
        }
        return nil
    }

    /// The stream cut into rows: a code followed by a name, or a name after values, starts a row;
    /// names in a row go on (a wrapped name); numbers and placeholders are values. With
    /// `fullWidth`, a number that gives the current row its last value is a value even where it
    /// reads as a code.
    static func chunks(_ tokens: [Token], fullWidth: Int? = nil) -> [Chunk] {
        var chunks: [Chunk] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let isValue = (token.kind != .text || CellText.mayBeNumber(token)) && !isItemNumber(at: i, tokens)
            let current = chunks.last
            let fillsRow = fullWidth.map { current.map(\.values.count) == $0 - 1 } ?? false
            if !fillsRow, let parts = codeParts(at: i, tokens) {
                chunks.append(Chunk(codes: Array(tokens[i..<i + parts])))
                i += parts
                continue
            } else if !isValue {
                // A numbered name or a total after a name without values: that row's cells were
                // all blank, and this one starts the next row.
                // A name ending in a colon ("资金来源:") introduces the numbered name after it.
                let startsRow = current.map { !$0.labels.isEmpty && !endsInColon($0) && (AlignedRows.startsRow(token.text) || isSideHeading($0)) } ?? false
                if current == nil || !current!.values.isEmpty || startsRow { chunks.append(Chunk()) }
                chunks[chunks.count - 1].labels.append(token)
            } else {
                if current == nil { chunks.append(Chunk()) }
                chunks[chunks.count - 1].values.append(token)
            }
            i += 1
        }
        return chunks
    }

    static func endsInColon(_ chunk: Chunk) -> Bool {
        chunk.values.isEmpty && chunk.labels.last.map { $0.text.hasSuffix(":") || $0.text.hasSuffix("：") } == true
    }

    /// A row that is only the name of a side (收入, 支出): a heading over the rows after it, not
    /// the start of a name wrapped onto the next cell.
    static func isSideHeading(_ chunk: Chunk) -> Bool {
        chunk.values.isEmpty && chunk.codes.isEmpty && chunk.labels.count == 1
            && ["收入", "支出"].contains(TextRepair.compact(chunk.labels[0].text))
    }

    /// How many cells at `i` make a code followed by its name: a whole code (3, 5 or 7 digits),
    /// or a class code and its 款/项 parts of one or two digits, followed by a name that is no
    /// numbered item.
    static func codeParts(at i: Int, _ tokens: [Token]) -> Int? {
        let first = tokens[i]
        guard first.isWholeCode else { return nil }
        var end = i + 1
        if first.text.count == 3 {
            while end < tokens.count, end - i < 3, tokens[end].kind == .integer, tokens[end].text.count <= 2 { end += 1 }
        }
        guard end < tokens.count, tokens[end].kind == .text, !CellText.mayBeNumber(tokens[end]) else { return nil }
        // A classification's name is never a numbered item ("3.公务用车…"): a number before one
        // is the previous row's value.
        return isNumberedItem(tokens[end].text) ? nil : end - i
    }

    /// A bare item number ("(3)", "1.") before a name: the name's numbering, printed as its own
    /// cell, not an amount (negative amounts are printed with a minus sign in these tables).
    static func isItemNumber(at i: Int, _ tokens: [Token]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .text, !CellText.mayBeNumber(tokens[i + 1]) else { return false }
        return RowStreamPatterns.bareItemNumber.matches(TextRepair.compact(tokens[i].text))
    }

    static func isNumberedItem(_ text: String) -> Bool {
        RowStreamPatterns.numberedItem.matches(TextRepair.compact(text))
    }
}

/// Layouts that keep no row per line.
enum StreamLayout {
    /// A whole table on one line: many cells separated by single spaces, a name-column header
    /// word, then amounts, or rows of a name and a whole number (amounts printed without
    /// decimals: 乐都区 819), several of them, none a year.
    static func isOneLine(_ line: String) -> Bool {
        let cells = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        guard cells.count >= Thresholds.oneLineMinimumCells,
              let header = cells.firstIndex(where: { HeaderWords.isStructural(TextRepair.compact($0)) }) else { return false }
        let kinds = cells[header...].map(TokenKind.of)
        if kinds.filter({ $0 == .amount }).count >= 2 { return true }
        let namedWholes = zip(cells[header...], cells[(header + 1)...]).enumerated().filter { k, pair in
            kinds[k] == .text && kinds[k + 1] == .integer && !(pair.1.count == 4 && Int(pair.1).map { (1900...2100).contains($0) } == true)
        }
        return namedWholes.count >= Thresholds.oneLineWholeRowsMinimum
    }

    /// The part of a title line after the title ("…预算表 单位：万元 科目编码 … 201 …") when it
    /// holds a whole table.
    static func tableAfterTitle(_ titleLine: String, part: Int = 0) -> String? {
        if part == 0, let table = titleAndTable(titleLine)?.table { return table }
        let embedded = embeddedTables(titleLine)
        return embedded.indices.contains(part) ? embedded[part].table : nil
    }

    /// Every table of a long line (a whole web page: cover, list of tables, then the tables), in
    /// print order: each title word (ending in 表) whose words up to the next title word are a
    /// header and amounts (`isHeadedOneLine`); a list of tables has no amounts between its titles.
    /// A parenthesized qualifier after the title ("(财政预计数)") is the title's. Only lines longer
    /// than `Thresholds.embeddedTableLineBytes` are looked at, so ordinary lines pay nothing.
    static func embeddedTables(_ line: String) -> [(title: String, table: String)] {
        guard line.utf8.count > Thresholds.embeddedTableLineBytes, countsTableMarkers(line) else { return [] }
        let cells = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        let titles = cells.indices.filter { isTitleWord(cells[$0]) }
        return titles.enumerated().compactMap { n, title in
            var start = title + 1
            if start < cells.count, isQualifier(cells[start]) { start += 1 }
            let end = n + 1 < titles.count ? titles[n + 1] : cells.count
            guard start < end else { return nil }
            let table = cells[start..<end].joined(separator: " ")
            return isOneLine(table) || isHeadedOneLine(table) ? (cells[title], table) : nil
        }
    }

    /// Whether the line names several tables by their markers ("表一: … 表二: …"): a page of tables,
    /// not one table printed on one line (whose cells are no markers).
    private static func countsTableMarkers(_ line: String) -> Bool {
        var found = 0
        var rest = line[...]
        while let range = rest.range(of: #"表(?:[一二三四五六七八九十]+[:：]|\d{1,2}(?:-\d{1,2})? )"#, options: .regularExpression) {
            found += 1
            if found >= Thresholds.embeddedTableMarkersMinimum { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    private static func isTitleWord(_ cell: String) -> Bool {
        let text = TextRepair.compact(cell)
        let bare = text.replacingOccurrences(of: #"[(（][^()（）]*[)）]$"#, with: "", options: .regularExpression)
        return bare.count >= Thresholds.embeddedTitleMinimumCharacters && bare.hasSuffix("表")
    }

    private static func isQualifier(_ cell: String) -> Bool {
        RowStreamPatterns.parenthesized.matches(TextRepair.compact(cell))
    }

    /// A whole table on one line whose header has no name-column word: table marker and unit words,
    /// then only column words (years and measures such as 预算数/完成数), then amounts.
    static func isHeadedOneLine(_ line: String) -> Bool {
        let cells = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map { TextRepair.compact(String($0)) }
        guard cells.count >= Thresholds.oneLineMinimumCells,
              let firstAmount = cells.firstIndex(where: { TokenKind.of($0).isNumeric }) else { return false }
        let header = cells[..<firstAmount].filter { !LineClass.isMeta($0) }
        guard header.count >= 2, header.allSatisfy(isColumnWord) else { return false }
        return cells[firstAmount...].filter { TokenKind.of($0).isNumeric }.count >= 2
    }

    /// A value column's word: a year ("2021年") or a measure (预算数, 完成数 …). Not 合计: a total
    /// row's name is that too.
    static func isColumnWord(_ text: String) -> Bool {
        RowStreamPatterns.yearName.matches(text) || isMeasureWord(text)
    }

    /// A measure's column word (预算数, 2021年完成数 …); a lone year may be a row's name instead.
    static func isMeasureWord(_ text: String) -> Bool {
        RowStreamPatterns.measureWord.matches(text)
    }

    /// A line that holds a whole table after its title: the title (the words up to the first that
    /// ends in 表, which is what a title matcher should be given) and the table.
    static func titleAndTable(_ line: String) -> (title: String, table: String)? {
        // Cheap refusal first: this runs for every line that is not a title by itself.
        guard line.utf8.count > Thresholds.oneLineMinimumCells * 2, UTF8Text.containsAny(line, "表"),
              UTF8Text.withBytes(line, wordEndsInBiaoBeforeAnother) != false else { return nil }
        let cells = line.split(separator: " ", omittingEmptySubsequences: true)
        guard let title = cells.firstIndex(where: { $0.hasSuffix("表") }), title + 1 < cells.count else { return nil }
        let rest = cells[(title + 1)...].joined(separator: " ")
        return isOneLine(rest) ? (cells[...title].joined(separator: " "), rest) : nil
    }

    /// Whether a word (cut at spaces) ends in 表 and another word follows, over the bytes of plain
    /// text (`UTF8Text.isPlain`: no scalar there is canonically equivalent to 表 or joins one);
    /// nil on other text, for the Character split to answer.
    static func wordEndsInBiaoBeforeAnother(_ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard UTF8Text.isPlain(b) else { return nil }
        var titleEnded = false, start = 0
        for i in 0...b.count where i == b.count || b[i] == 0x20 {
            defer { start = i + 1 }
            guard i > start else { continue }
            if titleEnded { return true }
            // 表 is E8 A1 A8.
            titleEnded = i - start >= 3 && b[i - 3] == 0xE8 && b[i - 2] == 0xA1 && b[i - 1] == 0xA8
        }
        return false
    }

    /// The lines after `title` make a table of one cell per line: header cells (a header word among
    /// them) down to the first number, every one a single cell, and the stream goes on as
    /// `isCellPerLine` says. A caption above such a table is its title even without 表. A line
    /// shortly after a lone number, or after a line that is no sentence, is a row's, a part's or a
    /// header's cell inside a table, never a title.
    static func headsCellPerLineTable(after title: Int, in lines: CellLineFacts) -> Bool {
        // Cheapest refusals first: this runs for every line outside a table.
        guard let first = lines.nextNonBlank(after: title), lines.isSingleCell[first], !lines.isNumber[first] else { return false }
        // The lines above: none of them a number; only the nearest is kept.
        var previous: Int?, seen = 0
        var j = title - 1
        while j >= 0, seen < Thresholds.cellPerLineTitleLookback {
            if !lines.isBlank[j] {
                if lines.isNumber[j] { return false }
                if previous == nil { previous = j }
                seen += 1
            }
            j -= 1
        }
        var next: [Int] = []
        next.reserveCapacity(Thresholds.cellPerLineTitleLookahead)
        var k = first
        while k < lines.count, next.count < Thresholds.cellPerLineTitleLookahead {
            if !lines.isBlank[k] { next.append(k) }
            k += 1
        }
        guard let firstNumber = next.firstIndex(where: { lines.isNumber[$0] }), firstNumber >= 2 else { return false }
        let header = next[..<firstNumber]
        // Inside a table the line above is a cell; a caption follows the document's prose (asked
        // after the facts above, which cost nothing).
        if let previous, !isProse(lines.text[previous]) { return false }
        guard header.allSatisfy({ lines.isSingleCell[$0] }),
              header.contains(where: { HeaderWords.isHeaderWord(TextRepair.compact(lines.text[$0])) }) else { return false }
        return isCellPerLine(next.map { UTF8Text.trimmingWhitespace(lines.text[$0]) })
    }

    /// A sentence: punctuated, or longer than any cell's text.
    static func isProse(_ line: String) -> Bool {
        let text = TextRepair.compact(line)
        if text.unicodeScalars.contains(where: { isPunctuation($0) }) { return true }
        // A Character takes one byte or more: a short text need not be counted.
        return text.utf8.count > Thresholds.proseCharacters * 2 && text.count > Thresholds.proseCharacters * 2
    }

    /// 。，；：,;:
    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0x2C, 0x3B, 0x3A: return true
        default: return false
        }
    }

    /// Most lines of the table hold a single cell, and some of them numbers: content-stream
    /// order. Wrapped conversions show single-cell lines too, but between lines of several cells.
    /// Sentences after the last number (a note after the table, read into its region) are no
    /// cells and do not count.
    static func isCellPerLine(_ lines: [String]) -> Bool {
        guard lines.count >= Thresholds.cellPerLineMinimumLines else { return false }
        func isNumber(_ line: String) -> Bool { TokenKind.of(Tokenizer.clean(Substring(line))).isNumeric }
        let lastNumber = lines.lastIndex(where: isNumber) ?? lines.count
        var kept = 0, numbers = 0, several = 0
        for (offset, line) in lines.enumerated() where offset <= lastNumber || !isProse(line) {
            kept += 1
            if isNumber(line) { numbers += 1 }
            // "项 目": one word spaced out is one cell (`TableLines.spacedWordJoined`).
            let parts = spaceSeparatedParts(line)
            // A marker, year or unit line printed with spaces ("公开 07 表", "2023 年度") is no row.
            if parts.count > 1, !TableLines.isSpacedWord(parts.map(String.init)), !isMarkedName(parts), !LineClass.isMeta(line) {
                several += 1
            }
            // Column-aligned and tab tables leave here, after a few lines of several cells.
            if several * Thresholds.cellPerLineMultiCellFraction > lines.count { return false }
        }
        return kept >= Thresholds.cellPerLineMinimumLines && numbers >= 2
            && several * Thresholds.cellPerLineMultiCellFraction <= kept
    }

    /// The line split at spaces and ideographic spaces (empty parts dropped), as `split` by
    /// Characters gives it: over bytes where every scalar is a Character of its own.
    static func spaceSeparatedParts(_ line: String) -> [Substring] {
        let offsets = UTF8Text.withBytes(line) { b -> [Range<Int>]? in
            guard UTF8Text.oneCharacterPerScalar(b) else { return nil }
            var ranges: [Range<Int>] = []
            var start = 0, i = 0
            while i < b.count {
                let width = b[i] == 0x20 ? 1 : b[i] == 0xE3 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
                if width == 0 { i += 1; continue }
                if i > start { ranges.append(start..<i) }
                i += width
                start = i
            }
            if b.count > start { ranges.append(start..<b.count) }
            return ranges
        }
        guard let offsets else { return line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }) }
        let utf8 = line.utf8
        return offsets.map { line[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    /// "(一) 一般公共服务支出", "其中: 财政拨款": a name after its item number or its lead-in,
    /// printed with a space inside one cell.
    static func isMarkedName(_ parts: [Substring]) -> Bool {
        parts.count == 2 && RowStreamPatterns.nameMarker.matches(String(parts[0]))
            && TokenKind.of(Tokenizer.clean(parts[1])) == .text
    }

    /// Where the rows of a cell-per-line table begin: at the first code, or at the name just
    /// before the first number (and the code before that name).
    static func bodyStart(_ lines: [TableLines.Line]) -> Int {
        func token(_ i: Int) -> Token? { i >= 0 && i < lines.count ? lines[i].tokens.first { !$0.isBlank } : nil }
        // The numbers after 栏次 number the columns: they are the header's.
        var columnNumbers = Set<Int>()
        for i in lines.indices where token(i).map({ HeaderWords.isColumnNumberWord(TextRepair.compact($0.text)) }) ?? false {
            var j = i + 1
            while let next = token(j), TableLines.isColumnNumber(next.text) { columnNumbers.insert(j); j += 1 }
        }
        guard let first = lines.indices.first(where: { !columnNumbers.contains($0) && !isYearHeader($0, lines)
                                                       && (token($0).map { $0.kind.isNumeric } ?? false) })
        else { return lines.count }
        if token(first)?.isWholeCode == true, token(first + 1)?.kind == .text { return first }
        // Names between a year that closes the header and the first number: a section's name
        // (经常性收支项目) before the first row's, both rows.
        if let year = (0..<first).last(where: { isYearHeader($0, lines) }), year < first - 1,
           (year + 1..<first).allSatisfy({ j in token(j).map { $0.kind == .text && !isHeaderAfterYears(TextRepair.compact($0.text)) } ?? true }) {
            return year + 1
        }
        guard let before = token(first - 1), before.kind == .text else { return first }
        // A measure's word just before the first number closes the header: the first row (a total
        // printed without its name) starts at the number.
        if isMeasureWord(TextRepair.compact(before.text)) { return first }
        if token(first - 2)?.isWholeCode == true { return first - 2 }
        // A numbered name wrapped onto the next cell ("一、一般公共预算财政" / "拨款收入"): the
        // row starts at its number; no header word is numbered.
        if let above = token(first - 2), above.kind == .text, RowStreamReader.isNumberedItem(TextRepair.compact(above.text)),
           !HeaderWords.isHeaderWord(TextRepair.compact(above.text)), first - 2 > 0 { return first - 2 }
        return first - 1
    }

    /// "项目 / 1996": a bare year right after the header's name word (or after another such year)
    /// names a column (a yearbook's year), it is no value.
    static func isYearHeader(_ i: Int, _ lines: [TableLines.Line]) -> Bool {
        func word(_ j: Int) -> String? {
            guard j >= 0, j < lines.count else { return nil }
            let filled = lines[j].tokens.filter { !$0.isBlank }
            return filled.count == 1 ? TextRepair.compact(filled[0].text) : nil
        }
        guard let text = word(i), isBareYear(text) else { return false }
        var j = i - 1
        while let previous = word(j), isBareYear(previous) { j -= 1 }
        return word(j).map(HeaderWords.isLabel) ?? false
    }

    /// A word that may follow the years in a header: a name word, a measure, a rate.
    private static func isHeaderAfterYears(_ text: String) -> Bool {
        HeaderWords.isStructural(text) || isMeasureWord(text) || text.contains("%") || text.contains("％")
            || text.hasPrefix("增") || text.hasPrefix("比")
    }

    private static func isBareYear(_ text: String) -> Bool {
        text.count == 4 && text.allSatisfy(\.isASCII) && Int(text).map { (1949...2100).contains($0) } == true
    }
}

/// The header of a table whose cells lost their lines, rebuilt as a tree from its words in stream
/// order (row by row, left to right): a parent word comes before its children, and the number of
/// value columns is known from the rows.
enum StreamHeader {
    /// The header's words, one per cell, in stream order.
    static func words(_ header: [TableLines.Line]) -> [String] {
        header.flatMap { $0.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) } }.filter { !$0.isEmpty }
    }

    /// Whether the body names a name column or the line numbers again (项目, 行次): a new part of
    /// the form with a header of its own.
    static func repeatsHeader(_ body: [Token]) -> Bool {
        body.contains { token in
            guard token.kind == .text else { return false }
            let word = TextRepair.undoubled(TextRepair.compact(token.text))
            return HeaderWords.isLineNumber(word) || HeaderWords.isStructural(word)
        }
    }

    /// A header of several rows whose value-column words are not one per column: a value word
    /// stands before a name-column word of a lower row (支出预算 before 科目编码), and the value
    /// words outnumber the `columns`.
    static func isStacked(_ words: [String], columns: Int) -> Bool {
        let names = words.prefix { HeaderWords.isStructural($0) }.count
        let rest = words[names...]
        guard let lastName = rest.lastIndex(where: HeaderWords.isStructural),
              rest[..<lastName].contains(where: { !HeaderWords.isStructural($0) }) else { return false }
        return rest.filter { !HeaderWords.isStructural($0) }.count > columns
    }

    /// Whether a column's name is no single word of the header (words joined into one name).
    static func joinsWords(_ paths: [HeaderPath], of header: [TableLines.Line]) -> Bool {
        let words = Set(words(header))
        return paths.contains { $0.components.contains { !words.contains(TextRepair.compact($0)) } }
    }

    /// The columns whose names are no single word of the header (words joined into one name),
    /// other than those named by their 栏次 number or joined into a column name of the form.
    static func joinedColumns(_ paths: [HeaderPath], words: [String]) -> Set<Int> {
        let words = Set(words)
        return Set(paths.indices.filter { k in
            paths[k].components.contains { component in
                let name = TextRepair.compact(component)
                return !words.contains(name) && !component.hasPrefix("栏次 ") && !HeaderWords.isFormColumnName(name)
            }
        })
    }

    /// Whether a measure word of the header names no column: a header of several rows read as one
    /// (the top row's word over the columns below, a cell wrapped in two) lost where it stands.
    static func leavesWordsOut(_ paths: [HeaderPath], sections: [String], of header: [TableLines.Line]) -> Bool {
        let named = Set(paths.flatMap { $0.components.map(TextRepair.compact) } + sections.map(TextRepair.compact))
        return words(header).contains { word in
            !HeaderWords.isStructural(word) && !HeaderWords.isLineNumber(word) && !HeaderWords.isColumnNumberWord(word)
                && !named.contains(word)
        }
    }

    /// How many code columns the header names: whole-code words (单位编码, 主管部门编码 …) or
    /// codes split into 类/款/项 (each 类 begins one), whichever are more — "科目编码" over
    /// "类 款 项" is one code.
    static func codeColumnCount(_ header: [TableLines.Line]) -> Int {
        let words = words(header)
        let whole = words.filter { HeaderWords.isCode($0) && !["类", "款", "项"].contains($0) }.count
        return max(whole, words.filter { $0 == "类" }.count)
    }

    /// How many values a full row holds: the most any row holds, when at least two rows (or the
    /// only row) hold that many. Blank cells were dropped, so shorter rows say nothing.
    static func fullRowWidth(_ chunks: [RowStreamReader.Chunk]) -> Int? {
        let counts = chunks.map(\.values.count).filter { $0 > 0 }
        guard let widest = counts.max() else { return nil }
        let full = counts.filter { $0 == widest }.count
        return full >= Thresholds.streamFullRowsMinimum || counts.count == 1 ? widest : nil
    }

    /// The count of values most rows hold (more than half the rows with values, at least
    /// `Thresholds.streamFullRowsMinimum` of them), when the widest count is held by too few rows
    /// to be the table's width (`fullRowWidth` nil). Nil otherwise.
    static func commonRowWidth(_ chunks: [RowStreamReader.Chunk]) -> Int? {
        guard fullRowWidth(chunks) == nil else { return nil }
        let counts = chunks.map(\.values.count).filter { $0 > 0 }
        let rowsByCount = Dictionary(grouping: counts, by: { $0 })
        guard let common = rowsByCount.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }),
              common.value.count >= Thresholds.streamFullRowsMinimum, common.value.count * 2 > counts.count else { return nil }
        return common.key
    }

    /// The value columns' paths when the words make exactly `columns` of them: the name column's
    /// words first (the leading identifying words, or the first word), then either one word per
    /// column (only when `flat`), a top row over a second row word for word, or one parent over a run of children
    /// that starts with its 合计/小计 and runs to the end (the parent is the word before the run;
    /// in most full rows the run's 合计 must be the sum of the rest of the run). Nil otherwise.
    static func tree(_ words: [String], columns: Int, rows: [RowStreamReader.Chunk], flat: Bool = true) -> [HeaderPath]? {
        guard columns > 0 else { return nil }
        let structural = words.prefix { HeaderWords.isStructural($0) }.count
        // No name-column word: years over measures, word for word ("2021年" over 预算数 and 完成数).
        if structural == 0, words.count == 2 * columns, Set(words[..<columns]).count < columns,
           words.allSatisfy(StreamLayout.isColumnWord) {
            return (0..<columns).map { HeaderPath([words[$0], words[columns + $0]]) }
        }
        if let paths = underOneTopWord(words, structural: structural, columns: columns) { return paths }
        // Without a name-column word the first word names the names, unless it is a measure
        // (预算数 over the values: the corner cell was left blank) or names a value column
        // (合计, a column of the 三公 form): a corner so taken puts every value one column off.
        let names = structural > 0 ? structural : (words.first.map(StreamHeader.namesValues) == true ? 0 : 1)
        guard words.count > names else { return nil }
        // A header of several rows puts the name columns' words of its lower rows (科目编码,
        // 科目名称, 类 款 项) between the value columns' words: they name no value column.
        let measures = words[names...].filter { !HeaderWords.isStructural($0) }
        if measures.count == columns { return flat ? measures.map { HeaderPath([$0]) } : nil }
        // A top row whose words repeat ("2021年" over 预算数 and over 完成数) groups the row below.
        if measures.count == 2 * columns, Set(measures[..<columns]).count < columns {
            return (0..<columns).map { HeaderPath([measures[$0], measures[columns + $0]]) }
        }
        // Otherwise a tree of several rows whose every grouping the sums confirm.
        let levels = { StreamHeaderLevels.paths(Array(measures), columns: columns, rows: rows) }
        guard measures.count == columns + 1,
              let run = measures.indices.last(where: { $0 >= 1 && HeaderWords.isSubtotal(measures[$0]) }),
              measures.count - run >= 2 else { return levels() }
        let parent = run - 1
        // With the rows' breaks known from their name words, a top row of several value words
        // does not say which one heads the run (本年支出 over 小计 基本支出 项目支出, 年末结转
        // printed after it): only a lone one does.
        if let lowerRow = words[names...].firstIndex(where: HeaderWords.isStructural),
           words[names..<lowerRow].count != 1 || parent != 0 { return levels() }
        // Leaf column of the run's 合计: the words before the parent are one column each.
        let total = parent
        // Rows whose total is zero add up whatever the columns: they say nothing.
        let fullRows = rows.filter { $0.values.count == columns && ExactDecimal.parse($0.values[total].text)?.isZero != true }
        // Rows of rates (增减%) do not add up; most full rows, of amounts, do.
        let adding = fullRows.filter { row in
            let values = row.values.map { ExactDecimal.parse($0.text) }
            guard let sum = values[total], values[(total + 1)...].allSatisfy({ $0 != nil }) else { return false }
            return values[(total + 1)...].reduce(ExactDecimal.zero, { $0 + $1! }) == sum
        }.count
        guard adding * 2 > fullRows.count else { return levels() }
        return measures[..<parent].map { HeaderPath([$0]) } + measures[run...].map { HeaderPath([measures[parent], $0]) }
    }
}

extension StreamHeader {
    /// A word that names a value column, never the names: a measure, a total, a column of the 三公 form.
    static func namesValues(_ word: String) -> Bool {
        StreamLayout.isMeasureWord(word) || HeaderWords.isTotal(word) || HeaderWords.isFormColumnName(word)
    }

    /// A top header row of name words and one measure word over a second row that names the
    /// columns again (`项目 支出预算 | 功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出 | 类 款 项`):
    /// the top row ends where name words start again, and its one measure word heads every
    /// measure of the rows below (`支出预算 / 合计`). Nil unless that makes exactly `columns`.
    static func underOneTopWord(_ words: [String], structural: Int, columns: Int) -> [HeaderPath]? {
        guard structural > 0,
              let restart = words.indices.first(where: { $0 > structural && HeaderWords.isStructural(words[$0]) }) else { return nil }
        let top = words[structural..<restart]
        guard top.count == 1, let parent = top.first, !HeaderWords.isSubtotal(parent) else { return nil }
        let measures = words[restart...].filter { !HeaderWords.isStructural($0) }
        guard measures.count == columns, !measures.contains(parent) else { return nil }
        return measures.map { HeaderPath([parent, $0]) }
    }
}

/// What `StreamLayout.headsCellPerLineTable` asks of every line, worked out once per document
/// (it is asked at every line outside a table, about the forty lines after it).
struct CellLineFacts {
    let text: [String]
    let isBlank: [Bool]
    let isNumber: [Bool]
    /// One cell: no space or tab between its first and last character.
    let isSingleCell: [Bool]
    var count: Int { text.count }

    init(_ lines: [String]) {
        text = lines
        var blank: [Bool] = [], number: [Bool] = [], single: [Bool] = []
        blank.reserveCapacity(lines.count); number.reserveCapacity(lines.count); single.reserveCapacity(lines.count)
        for line in lines {
            let (isBlank, isSingle, isNumber) = UTF8Text.withBytes(line, CellLineFacts.facts)
            blank.append(isBlank); single.append(isSingle); number.append(isNumber)
            // Letter-spaced words are short lines: the check runs on few.
            if !isBlank, !isSingle, line.utf8.count <= Thresholds.letterSpacedLineBytes {
                single[single.count - 1] = CellLineFacts.isLetterSpaced(line)
            }
        }
        isBlank = blank; isNumber = number; isSingleCell = single
    }

    /// "项 目", "预 算 数": one word whose characters are spaced out, not cells.
    static func isLetterSpaced(_ line: String) -> Bool {
        UTF8Text.withBytes(line) { b in
            let (start, end) = trimmedBounds(b)
            // Pieces between single ASCII spaces, each one scalar from U+3400 on.
            var pieces = 0, i = start
            while i < end {
                let (value, length) = UTF8Text.scalar(b, at: i)
                guard value >= 0x3400 else { return false }
                pieces += 1
                i += length
                if i < end {
                    guard b[i] == 0x20 else { return false }
                    i += 1
                    if i == end { return false }
                }
            }
            return pieces >= 2
        }
    }

    /// The line's bytes without their edges: spaces (`Tokenizer.isSpace`), tabs, form feeds, CRs
    /// at the start; those, no-break and ideographic spaces at the end.
    private static func trimmedBounds(_ b: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int) {
        func edge(_ i: Int) -> Int { b[i] == 0x09 || b[i] == 0x0C || b[i] == 0x0D ? 1 : Tokenizer.spaceLength(b, at: i) }
        var start = 0, end = b.count
        while start < end, case let length = edge(start), length > 0 { start += length }
        while end > start {
            let length = b[end - 1] == 0x09 || b[end - 1] == 0x0C || b[end - 1] == 0x0D || b[end - 1] == 0x20 ? 1
                : end >= 2 && b[end - 2] == 0xC2 && b[end - 1] == 0xA0 ? 2
                : end >= 3 && b[end - 3] == 0xE3 && b[end - 2] == 0x80 && b[end - 1] == 0x80 ? 3 : 0
            guard length > 0 else { break }
            end -= length
        }
        return (start, end)
    }

    /// A line's bytes: blank (spaces, tabs, form feeds, CRs only), one cell (no space or tab
    /// between its first and last character), a number.
    private static func facts(_ b: UnsafeBufferPointer<UInt8>) -> (blank: Bool, single: Bool, number: Bool) {
        let (start, end) = trimmedBounds(b)
        guard start < end else { return (true, true, false) }
        let cell = UnsafeBufferPointer(rebasing: b[start..<end])
        var single = true
        for i in cell.indices where cell[i] == 0x09 || Tokenizer.spaceLength(cell, at: i) > 0 { single = false; break }
        return (false, single, TokenKind.of(bytes: cell).isNumeric)
    }

    func nextNonBlank(after i: Int) -> Int? {
        var j = i + 1
        while j < count { if !isBlank[j] { return j }; j += 1 }
        return nil
    }
}

/// The two sides of a 收入 | 支出 table, told by a row's name: a name that says 收入 and not 支出
/// is an income row, one that says 支出 and not 收入 an expenditure row (本年收入合计, 教育支出);
/// other names (上年结转, 用事业基金弥补收支差额) say no side.
enum SideWords {
    /// The side of each row when at least one row's name says the other side than its turn: its
    /// turn before the first such row, after it the side its name says (nil: none); nil when the
    /// sections are not 收入 and 支出 or every named side agrees with the turns.
    static func sidesAgainstTurns(_ sections: [String], names: [[Token]]) -> [Int?]? {
        guard areIncomeAndExpenditure(sections) else { return nil }
        let sides = names.map { side(of: TextRepair.compact($0.map(\.text).joined())) }
        guard let broken = sides.enumerated().first(where: { k, side in side.map { $0 != k % 2 } ?? false })?.offset else { return nil }
        // Before the first row against its turn the turns held: those rows keep them.
        return sides.enumerated().map { k, side in k < broken ? k % 2 : side }
    }

    /// Two sections, 收入 then 支出.
    static func areIncomeAndExpenditure(_ sections: [String]) -> Bool {
        guard sections.count == 2 else { return false }
        let words = sections.map { TextRepair.compact($0) }
        return words[0].contains("收入") && !words[0].contains("支出") && words[1].contains("支出") && !words[1].contains("收入")
    }

    static func side(of name: String) -> Int? {
        let income = name.contains("收入"), expenditure = name.contains("支出")
        if income == expenditure { return nil }
        return income ? 0 : 1
    }
}

/// Patterns compiled once per run (see `CompiledPattern`).
private enum RowStreamPatterns {
    static let numberedItem = CompiledPattern(#"^(?:[一二三四五六七八九十]+[、.．]|\d+[.、．]|\([一二三四五六七八九十\d]+\))"#)
    static let bareItemNumber = CompiledPattern(#"^(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．])$"#)
    static let nameMarker = CompiledPattern(#"^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十\d]{1,3}[.、．]|[^:：]+[:：])$"#)
    static let parenthesized = CompiledPattern(#"^[(（][^()（）]+[)）]$"#)
    static let yearName = CompiledPattern(#"^\d{4}年度?$"#)
    static let measureWord = CompiledPattern(#"^(?:\d{4}年度?)?(?:调整)?(?:预算|决算|完成|执行|预计)数$"#)
}
