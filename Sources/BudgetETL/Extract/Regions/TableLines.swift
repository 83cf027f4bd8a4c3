import Foundation

/// A table region's lines as tokens, split into header and body. Layout-independent: the only
/// thing it knows of the converter is whether cells were separated by tabs or spaces.
struct TableLines {
    struct Line {
        var number: Int
        var tokens: [Token]
        /// The source line ended in whitespace after its last token (blank cells were dropped there).
        var endsWithSpace: Bool { trailingSpaces > 0 }
        /// How many spaces followed the last token: in single-space layouts, blank cells.
        var trailingSpaces: Int = 0
        /// The source line printed an empty cell after its last filled one (a tab or `| |` at its
        /// end): its converter keeps blank cells.
        var endsWithBlankCell = false
        var compact: String
        /// The cells a tab line printed, blank ones at its end included (0 for other layouts): a
        /// `|` table padded to full width prints the table's width on every line.
        var printedCells = 0
    }

    var header: [Line]
    /// The "栏次 1 2 3" line (or a bare "1 2 3 …" line) when the table has one.
    var columnNumbers: Line?
    var body: [Line]
    /// How the converter laid the cells out: decides the tokenizer here and the reader after.
    var layout: Layout
    var tabSeparated: Bool { layout == .tabGrid }
    /// Cells padded to their horizontal positions (pdftotext -layout): see `AlignedLayout`.
    var aligned: Bool { layout == .columnAligned }
    /// Read in order with its cells parted by two spaces, a cell's words by one (`TwoSpaceCells`).
    var partedByTwoSpaces = false
    /// Bold text printed twice and cells wrapped over lines: the title itself came out doubled.
    var mangled: Bool
    /// Name of a sub-table ("二、机关运行经费") when the table is one of several printed under one title.
    var blockName = ""
    /// Source line numbers of the first line after each run of page furniture or of blank lines
    /// (a page break inside the table): a new page may print its columns at other positions.
    var pageStarts: [Int] = []
    /// Source line numbers of the first line of every page after the first inside the table, the
    /// pages that print the header again included: pdftotext lays each page out on its own.
    var pageBreaks: [Int] = []
    /// Source line numbers of the header printed again after a page break (whole or in part).
    var repeatedHeaderLines: Set<Int> = []
    /// Those lines, each run printed at a page's top on its own.
    var repeatedHeaders: [[Line]] = []
    /// The region's title (what the table is of: `部门收入预算总表`).
    var title = ""

    /// `layout`: the layout to read the lines in, when not judged from them (`PaddedSequentialTable`).
    init(lines: [String], region: TableRegion, titleLine: String, layout forced: Layout? = nil) {
        let raw = region.body.map { (number: $0 + 1, text: lines[$0]) }
        var nonEmpty = raw.filter { !TableLines.isBlank($0.text) }
        if let inline = StreamLayout.tableAfterTitle(titleLine, part: region.part) ?? GluedCells.headerAfterTitle(titleLine)
            ?? UnitColumn.headerRow(titleLine) ?? (region.title.isEmpty ? UntitledHeader.headerRow(titleLine) : nil) {
            nonEmpty.insert((region.titleIndex + 1, inline), at: 0)
        }
        layout = forced ?? Layout.of(nonEmpty.map(\.text))
        title = region.title
        // What follows a table printed on one line is not part of it.
        if layout == .oneLine { nonEmpty = Array(nonEmpty.prefix(1)) }
        mangled = TitleMatcher.isDoubled(titleLine) || TableLines.printsWordsTwice(nonEmpty.prefix(Thresholds.doubledWordsLookahead).map(\.text))
        let tab = layout == .tabGrid, mangled = mangled, aligned = layout.keepsColumns
        let twoSpaced = layout == .sequential && TwoSpaceCells.parts(nonEmpty.map(\.text))
        partedByTwoSpaces = twoSpaced
        var prepared: [Line] = []
        let furniture = TableLines.pageFurniture(nonEmpty.map(\.text), layout: layout, document: lines)
        var afterFurniture = false
        var pageStarts: [Int] = []
        var furnitureLines: [(number: Int, compact: String)] = []
        var previous = nonEmpty.first?.number ?? 0
        let brokenRows = tab ? BrokenTabRows.joined(nonEmpty.map(\.text), breaks: furniture) : [:]
        let pieces = Set(brokenRows.flatMap { first, row in (first + 1)...row.last })
        for (k, (unjoined, isFurniture)) in zip(nonEmpty, furniture).enumerated() {
            var line = unjoined
            // Blank lines where a page's footer and the next page's header were blanked (`PageEdges`).
            if line.number - previous > Thresholds.pageBreakBlankLines { afterFurniture = true }
            previous = line.number
            // A row broken at its cells' line breaks is read on its first line (`BrokenTabRows`).
            if pieces.contains(k) { continue }
            if let row = brokenRows[k] { line.text = row.text }
            if isFurniture { afterFurniture = true; furnitureLines.append((line.number, TextRepair.compact(line.text))); continue }
            if afterFurniture { pageStarts.append(line.number); afterFurniture = false }
            // A cell-per-line table's line with several cells keeps the converter's tabs (`Layout.of`).
            let tabbedCells = layout == .cellPerLine && UTF8Text.containsByte(line.text, 9)
            prepared.append(TableLines.prepare(line.text, number: line.number, tab: tab || tabbedCells, mangled: mangled,
                                                aligned: aligned, twoSpaced: twoSpaced))
        }
        // A table on one line is read as one cell per line.
        if layout == .oneLine { prepared = prepared.flatMap(TableLines.cellLines) }
        if layout == .cellPerLine { prepared = prepared.map(TableLines.spacedWordJoined) }
        // A web page's heading printed again as the table's caption (its years run together) is the
        // title, not a header row.
        while let first = prepared.first, TableLines.repeatsTitle(first, titleLine) { prepared.removeFirst() }
        var index = 0
        // In a stream of cells, years next to each other ("2020年 2021年 2021年") are a header row
        // of years over the measures, not the year line under a title.
        let streamsCells = layout.streamsCells
        func isYearColumn(_ i: Int) -> Bool {
            streamsCells && TableLines.isYearName(prepared[i])
                && ((i + 1 < prepared.count && TableLines.isYearName(prepared[i + 1])) || (i > 0 && TableLines.isYearName(prepared[i - 1])))
        }
        // Agency, year and unit lines; a line between two of them is one of them wrapped; a key-value
        // line wrapped inside its cells.
        while index < prepared.count {
            let wrapped = TableLines.wrappedKeyValueLines(prepared[index...])
            if wrapped > 0 { index += wrapped; continue }
            guard (TableLines.isMeta(prepared[index]) && !isYearColumn(index)) || TableLines.isKeyValue(prepared[index])
                || (index > 0 && index + 1 < prepared.count && TableLines.isMeta(prepared[index + 1]) && !isYearColumn(index + 1)
                    && prepared[index].tokens.filter({ !$0.isBlank }).count == 1 && TableLines.enumeratedTitle(prepared[index]) == nil
                    && !HeaderWords.isHeaderWord(TextRepair.undoubled(prepared[index].compact)))
                || (index > 0 && TableLines.isEmptyField(prepared[index - 1]) && prepared[index].tokens.filter({ !$0.isBlank }).count == 1)
            else { break }
            index += 1
        }
        var header: [Line] = []
        var columnNumbers: Line?
        let streamStart = layout.streamsCells ? StreamLayout.bodyStart(prepared) : prepared.count
        // The header ends at the first body line, or right after the 栏次 row that closes it.
        // A lone year over a nameless number line is the top of a row's centred name: the body starts there.
        let centredYears = layout.streamsCells ? [] : TableLines.yearsOverNamelessRows(prepared)
        // A header of years alone over rows of one number per year (`YearColumns`): the years are
        // the header, on one line; words alone after them head rows, not columns.
        let years = layout == .sequential ? YearColumns.header(prepared, from: index) : nil
        if let years {
            header = [years.line]
            index += years.count
        }
        while years == nil, index < prepared.count, index < streamStart, columnNumbers == nil, !centredYears.contains(prepared[index].number),
              // A unit line is never a row, whatever number its gloss holds ("单位:万元 (10000 yuan)").
              layout.streamsCells || TableLines.isMeta(prepared[index])
                || !(TableLines.looksLikeBody(prepared[index])
                     || (tab && TableLines.isNamedRowOfWholes(TableLines.withoutOrdinal(prepared[index], under: header)))),
              layout.streamsCells || header.isEmpty || !TableLines.isUnnamedValueRow(prepared[index], last: index == prepared.count - 1,
                                                                                formHeader: TableLines.namesFormColumns(header)),
              !((aligned || layout == .sequential) && !header.isEmpty && TableLines.startsEnumeratedRow(prepared[index])),
              // In blocks parted by blank lines (MuPDF's), a total opening a block that goes on with
              // values alone is the first row's name (`合计` / `858.63` / `854.34`), no header word.
              !(!header.isEmpty && StreamLayout.opensTotalRowBlock(index, prepared)),
              // A name alone under a header of names closed by their units heads a group of rows (甲市).
              !(prepared[index].tokens.count == 1 && !header.isEmpty && UnitClosedHeader.namesColumns(header)),
              !(tab && (TableLines.isFormRow(prepared[index]) || TableLines.isBlankTotalRow(prepared[index], under: header)
                        || TableLines.startsWrappedFormCell(prepared[index...]))) {
            // A unit or agency line printed among the header lines (金额单位：元 under the title's
            // agency line) is not a header word.
            // Cut into cells, a 栏次 row is a 栏次 word and numbers on lines of their own.
            if layout.streamsCells, TableLines.isColumnNumbers(prepared[index]) || StreamLayout.lineNumberWordNumbersColumns(index, prepared)
                || (prepared[index].tokens.allSatisfy({ $0.kind == .integer }) && !StreamLayout.isYearHeader(index, prepared)) {}
            else if TableLines.isColumnNumbers(prepared[index]) { columnNumbers = prepared[index] }
            else if TableLines.closesCaption(prepared[index], before: header, streams: layout.streamsCells) { header = [] }
            else if !TableLines.isMeta(prepared[index]) || isYearColumn(index) { header.append(prepared[index]) }
            index += 1
        }
        var firstRowName: [Line] = []
        if aligned, index < prepared.count {
            while let last = header.last, TableLines.isNameFragment(last, of: prepared[index], under: header.dropLast())
                    || TableLines.standsInNameColumn(last, under: header.dropLast()) || TableLines.wrapsUnderYears(last, under: header.dropLast())
                    || TableLines.startsWhereRowStarts(last, prepared[index]) {
                firstRowName.insert(header.removeLast(), at: 0)
            }
        }
        if tab, index < prepared.count {
            while header.count >= 2, let last = header.last, TableLines.isCellNameFragment(last, of: prepared[index]) {
                firstRowName.insert(header.removeLast(), at: 0)
            }
        }
        // In a stream of cells a lone year ("2015年") among the rows is a row's name, not a meta line.
        let streams = layout.streamsCells
        let unrepeated = RepeatedHeaderFinder(header: header).without(firstRowName + Array(prepared[index...]))
        repeatedHeaderLines = Set((firstRowName + prepared[index...]).map(\.number)).subtracting(unrepeated.map(\.number))
        repeatedHeaders = TableLines.runs(of: repeatedHeaderLines, in: firstRowName + prepared[index...])
        body = YearRows.retyped(unrepeated
            .filter { !TableLines.isColumnNumbers($0) && (!TableLines.isMeta($0) || (streams && TableLines.isYearName($0))
                || centredYears.contains($0.number)) }, header: header)
        // … and keeps them as cells in the header.
        let tabbed = Set(nonEmpty.filter { UTF8Text.containsByte($0.text, 9) }.map(\.number))
        self.header = tab ? GluedCells.splitHeader(header, body: body)
            : layout == .cellPerLine ? header.map { tabbed.contains($0.number) ? $0 : TableLines.asOneCell($0) } : header
        self.columnNumbers = columnNumbers
        // A page that prints the header again lays its columns out under it like the first page.
        let bodyLines = body.map(\.number)
        // (Furniture lines other than a page number are such a header, whole or in part.)
        self.pageBreaks = pageStarts
        let repeated = Set(prepared[index...].map(\.number)).subtracting(bodyLines)
            .union(furnitureLines.filter { !$0.compact.allSatisfy(\.isNumber) }.map(\.number))
        self.pageStarts = pageStarts.filter { start in
            let before = bodyLines.last { $0 < start } ?? 0
            return !repeated.contains { $0 > before && $0 < start }
        }
    }

    /// The lines whose numbers are given, in runs that no other line interrupts.
    static func runs(of numbers: Set<Int>, in lines: [Line]) -> [[Line]] {
        var runs: [[Line]] = [], run: [Line] = []
        for line in lines {
            if numbers.contains(line.number) { run.append(line); continue }
            if !run.isEmpty { runs.append(run); run = [] }
        }
        return run.isEmpty ? runs : runs + [run]
    }

    /// Bold text printed twice by the converter, seen in the table's own words when its title does
    /// not show it (a title in another wording): most long words of its first lines are two equal
    /// halves ("科目名称科目名称", "金额金额").
    static func printsWordsTwice(_ lines: [String]) -> Bool {
        var words = 0, doubled = 0
        for line in lines {
            let count = UTF8Text.withBytes(line) { UTF8Text.oneCharacterPerScalar($0) ? doubledWords($0) : nil } ?? doubledWords(line)
            words += count.words
            doubled += count.doubled
        }
        return doubled >= Thresholds.doubledWordsMinimum && doubled * 2 >= words
    }

    /// The line's words of at least 4 characters with a Chinese character among them, and how
    /// many of them are two equal halves.
    private static func doubledWords(_ line: String) -> (words: Int, doubled: Int) {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" })
            .filter { $0.count >= 4 && $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        return (words.count, words.filter { TextRepair.undoubled(String($0)) != String($0) }.count)
    }

    /// The same over bytes, for text where every scalar is a Character (`UTF8Text.oneCharacterPerScalar`):
    /// asked of the first lines of every table.
    private static func doubledWords(_ b: UnsafeBufferPointer<UInt8>) -> (words: Int, doubled: Int) {
        var words = 0, doubled = 0, i = 0
        while i < b.count {
            var end = i, scalars = 0, chinese = false
            while end < b.count {
                let (value, length) = UTF8Text.scalar(b, at: end)
                if value == 0x20 || value == 0x09 || value == 0x3000 { break }
                scalars += 1
                chinese = chinese || (0x4E00...0x9FFF).contains(value)
                end += length
            }
            if scalars >= 4 && chinese {
                words += 1
                let half = (end - i) / 2
                if (end - i) % 2 == 0 && memcmp(b.baseAddress! + i, b.baseAddress! + i + half, half) == 0 { doubled += 1 }
            }
            i = end == b.count ? end : end + UTF8Text.scalar(b, at: end).length
        }
        return (words, doubled)
    }

    static func prepare(_ text: String, number: Int, tab: Bool, mangled: Bool, aligned: Bool = false, twoSpaced: Bool = false) -> Line {
        var tokens = tab ? Tokenizer.tabTokens(text, number: number)
            : aligned ? Tokenizer.alignedTokens(text, number: number)
            : twoSpaced ? Tokenizer.twoSpaceTokens(text, number: number) : Tokenizer.spaceTokens(text, number: number)
        if !tab, !aligned, UTF8Text.containsAny(text, "年") { tokens = TableLines.yearsJoined(tokens) }
        // Only a token with a decimal point can be glued (`splitGlued`): a line without one has none.
        if UTF8Text.containsByte(text, 0x2E), tokens.contains(where: { TextRepair.mayBeGlued($0.text) }) {
            tokens = tokens.flatMap(TextRepair.splitGlued)
        }
        if mangled { tokens = tokens.flatMap(TableLines.undoubled) }
        // Two rates run together need two percent signs in one word: most lines have none. (After
        // doubling is undone: a rate printed twice in bold is one cell.)
        if UTF8Text.containsAny(text, "%"), tokens.contains(where: { $0.text.utf8.filter { $0 == 0x25 }.count >= 2 }) {
            tokens = tokens.flatMap(TextRepair.splitRates)
        }
        return Line(number: number, tokens: tokens, trailingSpaces: trailingSpaces(text),
                    endsWithBlankCell: tab && text.utf8.last == 9 && !tokens.isEmpty, compact: TextRepair.compact(text),
                    printedCells: tab ? UTF8Text.withBytes(text) { b in b.reduce(0) { $1 == 9 ? $0 + 1 : $0 } } + 1 : 0)
    }

    /// "2020" "年" → "2020年": a word processor sets a year's digits in another font than its 年,
    /// and pdftotext parts the two by a space that parts no cells (as `alignedTokens` joins them).
    static func yearsJoined(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        out.reserveCapacity(tokens.count)
        for token in tokens {
            if let last = out.last, token.column == last.end + 1, token.text.hasPrefix("年"),
               AlignedText.isYearBeforeItsWord(Array(last.text.unicodeScalars), Array(token.text.unicodeScalars)) {
                var joined = Token(text: last.text + token.text, line: last.line, column: last.column)
                joined.printedWidth = token.end - last.column
                out[out.count - 1] = joined
            } else {
                out.append(token)
            }
        }
        return out
    }

    /// Every Character white space (`allSatisfy(\.isWhitespace)`). After leading spaces and tabs,
    /// printable ASCII or an ideograph (lead bytes E4–E9) starts a Character that is none: most
    /// lines are answered by their bytes.
    static func isBlank(_ text: String) -> Bool {
        let answer = UTF8Text.withBytes(text) { b -> Bool? in
            guard let first = b.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return true }
            return (0x21...0x7E).contains(b[first]) || (0xE4...0xE9).contains(b[first]) ? false : nil
        }
        return answer ?? text.allSatisfy(\.isWhitespace)
    }

    /// How many spaces (ASCII or ideographic) end the line, counted as Characters.
    static func trailingSpaces(_ text: String) -> Int {
        UTF8Text.withBytes(text) { b -> Int? in
            var count = 0, end = b.count
            while end >= 1, b[end - 1] == 0x20 || (end >= 3 && b[end - 3] == 0xE3 && b[end - 2] == 0x80 && b[end - 1] == 0x80) {
                end -= b[end - 1] == 0x20 ? 1 : 3
                count += 1
            }
            guard count > 0, end > 0 else { return count }
            // The scalar before the spaces is a Character of its own unless it prepends to the next
            // (Prepend scalars, all from U+0600 on): below that, or in CJK, bytes tell.
            var first = end - 1
            while b[first] & 0xC0 == 0x80 { first -= 1 }
            let value = UTF8Text.scalar(b, at: first).value
            return value < 0x600 || (0x2E80...0xFFEF).contains(value) ? count : nil
        } ?? text.reversed().prefix { $0 == " " || $0 == "\u{3000}" }.count
    }
}

/// Patterns compiled once per run (see `CompiledPattern`).
enum TableLinePatterns {
    static let agencyOrWrappedUnit = CompiledPattern(
        #"^(?:编制部门|编制单位|填报部门|填报单位|预算部门|部门名称|单位名称)[:：]|^(?:金额)?单位[:：]?[万千亿]?$|单位[:：]$"#)
    static let yearName = CompiledPattern(#"^\d{4}年度?$"#)
    static let emptyField = CompiledPattern(#"^(?:部门|单位|部门\(单位\)|预算单位|编制单位|编制部门)(?:名称)?[:：]$"#)
    static let keyValue = CompiledPattern(#"^(部门|单位|部门\(单位\)|预算单位)名称[:：]?$"#)
    static let enumeratedTitle = CompiledPattern(#"^[一二三四五六七八九十]+、\S+$"#)
    static let enumeratedRow = CompiledPattern(#"^(?:[一二三四五六七八九十]+、|\d+[.、．]|\([一二三四五六七八九十\d]+\))"#)
}
