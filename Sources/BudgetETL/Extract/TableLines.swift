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

    /// `layout`: the layout to read the lines in, when not judged from them (`PaddedSequentialTable`).
    init(lines: [String], region: TableRegion, titleLine: String, layout forced: Layout? = nil) {
        let raw = region.body.map { (number: $0 + 1, text: lines[$0]) }
        var nonEmpty = raw.filter { !TableLines.isBlank($0.text) }
        if let inline = StreamLayout.tableAfterTitle(titleLine, part: region.part) ?? GluedCells.headerAfterTitle(titleLine) {
            nonEmpty.insert((region.titleIndex + 1, inline), at: 0)
        }
        layout = forced ?? Layout.of(nonEmpty.map(\.text))
        // What follows a table printed on one line is not part of it.
        if layout == .oneLine { nonEmpty = Array(nonEmpty.prefix(1)) }
        mangled = TitleMatcher.isDoubled(titleLine) || TableLines.printsWordsTwice(nonEmpty.prefix(Thresholds.doubledWordsLookahead).map(\.text))
        let tab = layout == .tabGrid, mangled = mangled, aligned = layout.keepsColumns
        var prepared: [Line] = []
        let furniture = TableLines.pageFurniture(nonEmpty.map(\.text), layout: layout, document: lines)
        var afterFurniture = false
        var pageStarts: [Int] = []
        var furnitureLines: [(number: Int, compact: String)] = []
        var previous = nonEmpty.first?.number ?? 0
        for (line, isFurniture) in zip(nonEmpty, furniture) {
            // Blank lines where a page's footer and the next page's header were blanked (`PageEdges`).
            if line.number - previous > Thresholds.pageBreakBlankLines { afterFurniture = true }
            previous = line.number
            if isFurniture { afterFurniture = true; furnitureLines.append((line.number, TextRepair.compact(line.text))); continue }
            if afterFurniture { pageStarts.append(line.number); afterFurniture = false }
            // A cell-per-line table's line with several cells keeps the converter's tabs (`Layout.of`).
            let tabbedCells = layout == .cellPerLine && UTF8Text.containsByte(line.text, 9)
            prepared.append(TableLines.prepare(line.text, number: line.number, tab: tab || tabbedCells, mangled: mangled,
                                                aligned: aligned))
        }
        // A table on one line is read as one cell per line.
        if layout == .oneLine { prepared = prepared.flatMap(TableLines.cellLines) }
        if layout == .cellPerLine { prepared = prepared.map(TableLines.spacedWordJoined) }
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
        while index < prepared.count, index < streamStart, columnNumbers == nil,
              // A unit line is never a row, whatever number its gloss holds ("单位:万元 (10000 yuan)").
              layout.streamsCells || TableLines.isMeta(prepared[index])
                || !(TableLines.looksLikeBody(prepared[index])
                     || (tab && TableLines.isNamedRowOfWholes(TableLines.withoutOrdinal(prepared[index], under: header)))),
              layout.streamsCells || header.isEmpty || !TableLines.isUnnamedValueRow(prepared[index], last: index == prepared.count - 1),
              !((aligned || layout == .sequential) && !header.isEmpty && TableLines.startsEnumeratedRow(prepared[index])),
              !(tab && (TableLines.isFormRow(prepared[index]) || TableLines.isBlankTotalRow(prepared[index], under: header)
                        || TableLines.startsWrappedFormCell(prepared[index...]))) {
            // A unit or agency line printed among the header lines (金额单位：元 under the title's
            // agency line) is not a header word.
            // Cut into cells, a 栏次 row is a 栏次 word and numbers on lines of their own.
            if layout.streamsCells, TableLines.isColumnNumbers(prepared[index])
                || (prepared[index].tokens.allSatisfy({ $0.kind == .integer }) && !StreamLayout.isYearHeader(index, prepared)) {}
            else if TableLines.isColumnNumbers(prepared[index]) { columnNumbers = prepared[index] }
            else if TableLines.closesCaption(prepared[index], before: header, streams: layout.streamsCells) { header = [] }
            else if !TableLines.isMeta(prepared[index]) || isYearColumn(index) { header.append(prepared[index]) }
            index += 1
        }
        var firstRowName: [Line] = []
        if aligned, index < prepared.count {
            while let last = header.last, TableLines.isNameFragment(last, of: prepared[index])
                    || TableLines.standsInNameColumn(last, under: header.dropLast())
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
        body = unrepeated
            .filter { !TableLines.isColumnNumbers($0) && (!TableLines.isMeta($0) || (streams && TableLines.isYearName($0))) }
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

    /// A header line of a cell-per-line table is one cell: its words spaced out ("项 目",
    /// "预 算 数") are one word.
    static func asOneCell(_ line: Line) -> Line {
        let filled = line.tokens.filter { !$0.isBlank }
        guard filled.count > 1, filled.allSatisfy({ $0.kind == .text }), let first = filled.first else { return line }
        var merged = line
        merged.tokens = [Token(text: line.compact, line: first.line, column: first.column)]
        return merged
    }

    /// In a stream of cells, a unit line after lines of no header word closes the table's caption:
    /// what stood before it (a list of contents, the agency's name, a 预算年度 field) names the table,
    /// not its columns, and the header starts after the unit. Header words before a unit line stay
    /// header: a unit printed among its rows (项目 … 单位:万元) is no caption's end.
    static func closesCaption(_ line: Line, before header: [Line], streams: Bool) -> Bool {
        streams && !header.isEmpty && LineClass.statedUnit(line.compact) != nil
            && !header.contains { HeaderWords.isHeaderWord(TextRepair.undoubled($0.compact)) }
    }

    /// Agency, year and unit lines (`LineClass.isMeta`), a line that starts with the compiling
    /// agency's label whatever follows it, and a unit label whose unit was wrapped onto the next
    /// line ("编制部门：某某局  单位：" / "元", "金额单位：万" / "元").
    static func isMeta(_ line: Line) -> Bool {
        LineClass.isMeta(line.compact)
            // Every form of the pattern holds a colon or starts with 金额单位 or 单位: most rows,
            // names with 单位 inside them too (事业单位…), leave here.
            || ((UTF8Text.containsAny(line.compact, ":", "：") || startsUnitLabel(line.compact))
                && TableLinePatterns.agencyOrWrappedUnit.matches(line.compact))
    }

    private static func startsUnitLabel(_ text: String) -> Bool {
        text.utf8.starts(with: "单".utf8) || text.utf8.starts(with: "金".utf8)
    }

    /// A year alone, "2015年" or "2016年度": a row's name in a table that compares years.
    static func isYearName(_ line: Line) -> Bool {
        UTF8Text.containsAny(line.compact, "年") && TableLinePatterns.yearName.matches(line.compact)
    }

    /// "部门(单位)名称:" alone: its value is the next line.
    static func isEmptyField(_ line: Line) -> Bool {
        UTF8Text.containsAny(line.compact, ":", "：") && TableLinePatterns.emptyField.matches(line.compact)
    }

    /// "项 目", "合 计": one word printed with a space between its characters, on a line of its
    /// own in a table of one cell per line, is that one cell. Not code headers (类 款 项), which
    /// are cells of their own.
    static func spacedWordJoined(_ line: Line) -> Line {
        let filled = line.tokens.filter { !$0.isBlank }
        guard isSpacedWord(filled.map(\.text)) else { return line }
        var joined = line
        joined.tokens = [Token(text: filled.map(\.text).joined(separator: " "), line: filled[0].line, column: filled[0].column)]
        return joined
    }

    static func isSpacedWord(_ parts: [String]) -> Bool {
        // "预 算 数(万元)": the word's last character may carry its unit in parentheses.
        var parts = parts
        if let last = parts.last, last.hasSuffix(")") || last.hasSuffix("）"),
           let open = last.firstIndex(where: { $0 == "(" || $0 == "（" }), last.distance(from: last.startIndex, to: open) == 1 {
            parts[parts.count - 1] = String(last[..<open])
        }
        return parts.count >= 2 && parts.allSatisfy { $0.count == 1 && TokenKind.of($0) == .text } && !parts.allSatisfy(HeaderWords.isCode)
    }

    /// A line cut into lines of one cell each.
    static func cellLines(_ line: Line) -> [Line] {
        line.tokens.filter { !$0.isBlank }.map { Line(number: line.number, tokens: [$0], compact: TextRepair.compact($0.text)) }
    }

    /// A token of a bold line, printed twice: undone; two bold cells glued and each printed twice
    /// ("费费小计小计") become two tokens.
    static func undoubled(_ token: Token) -> [Token] {
        guard token.kind == .text, TextRepair.undoubled(token.text) == token.text,
              let pieces = TextRepair.doubledPieces(token.text), pieces.count > 1 else {
            return [Token(text: TextRepair.undoubledToken(token.text), line: token.line, column: token.column)]
        }
        var column = token.column
        return pieces.map { piece in
            defer { column += 2 * piece.count }
            return Token(text: piece, line: token.line, column: column)
        }
    }

    /// "部门(单位)名称 → 医疗保障局": a form's name field above its header.
    static func isKeyValue(_ line: Line) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) }
        return filled.count == 2 && TableLinePatterns.keyValue.matches(filled[0])
    }

    /// Sub-tables printed under one title (统计表 with 一、政府采购情况 / 二、机关运行经费, forms
    /// with several header rows): the body is cut where a line of header words appears, and each
    /// part is read with its own header.
    func blocks() -> [TableLines] {
        var blocks: [TableLines] = []
        var current = self
        current.body = []
        if header.count > 1, let name = TableLines.enumeratedTitle(header[0]) {
            current.blockName = name
            current.header.removeFirst()
        }
        for line in body {
            if let name = TableLines.enumeratedTitle(line), TableLines.enumeratedTitle(current.blockName) != nil,
               !current.body.isEmpty {
                // "三、国有资产占用情况" after "二、机关运行经费": the next part, same header.
                blocks.append(current)
                current.body = []; current.blockName = name
            } else if isSubHeader(line) {
                var name = current.body.isEmpty ? current.blockName : ""
                // In a tab grid the part's name stands in the first cell; a lone piece further right
                // is the end of a cell wrapped over the lines above (`…服务水平` / `。`).
                if let last = current.body.last, !tabSeparated || !(last.tokens.first?.isBlank ?? true),
                   last.tokens.filter({ !$0.isBlank }).count == 1, last.tokens.allSatisfy({ $0.kind == .text || $0.isBlank }) {
                    name = TextRepair.compact(last.tokens.first { !$0.isBlank }!.text)
                    current.body.removeLast()
                }
                blocks.append(current)
                current = self
                if name.isEmpty, let first = line.tokens.first(where: { !$0.isBlank }) { name = TextRepair.compact(first.text) }
                current.header = [line]; current.body = []; current.columnNumbers = nil; current.blockName = name
            } else {
                current.body.append(line)
            }
        }
        blocks.append(current)
        return blocks.filter { !$0.body.isEmpty }
    }

    /// A line that is only an enumerated heading such as "三、国有资产占用情况".
    static func enumeratedTitle(_ line: Line) -> String? {
        // The one filled cell, without an array per line: most lines leave at their second cell.
        var filled: Token?
        for token in line.tokens where !token.isBlank {
            guard filled == nil else { return nil }
            filled = token
        }
        // Compacting keeps a 、: a cell without one leaves before it is compacted.
        guard let cell = filled, UTF8Text.containsAny(cell.text, "、"), cell.kind == .text else { return nil }
        let text = TextRepair.compact(cell.text)
        return enumeratedTitle(text) != nil ? text : nil
    }

    static func enumeratedTitle(_ text: String) -> String? {
        UTF8Text.containsAny(text, "、") && TableLinePatterns.enumeratedTitle.matches(text) ? text : nil
    }

    /// A row of short header words (one of them a header word such as 项目, 指标, 预算数, 得分)
    /// and no numbers; rows of text data carry sentences instead.
    func isSubHeader(_ line: Line) -> Bool {
        // Rows of numbers leave before any cell is compacted.
        guard line.tokens.allSatisfy({ $0.kind == .text || $0.isBlank }) else { return false }
        let filled = line.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) }
        guard filled.count >= 2 else { return false }
        guard filled.contains(where: HeaderWords.isHeaderWord) else { return false }
        if !tabSeparated { return filled.contains { HeaderWords.isLabel($0) } }
        let short = filled.filter { $0.count <= 8 }.count
        return filled.count >= 3 && short * 3 >= filled.count * 2
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

    static func prepare(_ text: String, number: Int, tab: Bool, mangled: Bool, aligned: Bool = false) -> Line {
        var tokens = tab ? Tokenizer.tabTokens(text, number: number)
            : aligned ? Tokenizer.alignedTokens(text, number: number) : Tokenizer.spaceTokens(text, number: number)
        // Only a token with a decimal point can be glued (`splitGlued`): a line without one has none.
        if UTF8Text.containsByte(text, 0x2E), tokens.contains(where: { TextRepair.mayBeGlued($0.text) }) {
            tokens = tokens.flatMap(TextRepair.splitGlued)
        }
        if mangled { tokens = tokens.flatMap(TableLines.undoubled) }
        return Line(number: number, tokens: tokens, trailingSpaces: trailingSpaces(text),
                    endsWithBlankCell: tab && text.utf8.last == 9 && !tokens.isEmpty, compact: TextRepair.compact(text),
                    printedCells: tab ? text.utf8.lazy.filter { $0 == 9 }.count + 1 : 0)
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

    /// A body line carries an amount, or starts with a classification code followed by its name.
    /// "合计" alone under a name column, every value cell blank: the total row of an empty table.
    static func isBlankTotalRow(_ line: Line, under header: [Line]) -> Bool {
        let filled = line.tokens.indices.filter { !line.tokens[$0].isBlank }
        guard filled.count == 1, let i = filled.first, ["合计", "总计"].contains(TextRepair.compact(line.tokens[i].text)) else { return false }
        return header.contains { i < $0.tokens.count && HeaderWords.isStructural(TextRepair.compact($0.tokens[i].text)) }
    }

    /// A tab cell holding a sentence: a form's row (年度履职目标 → …), not a column header.
    static func isFormRow(_ line: Line) -> Bool {
        // A text has no more Characters than bytes: short ones are not counted.
        line.tokens.contains { $0.text.utf8.count > Thresholds.formRowCellCharacters && $0.text.count > Thresholds.formRowCellCharacters }
    }

    /// A tab line that starts a form's sentence wrapped in a narrow cell (`医保支付` / `方式改革` /
    /// `逐步深化` …): the pieces stacked in one column on the lines from here join into a text longer
    /// than a form row's cell, over more lines than a header wraps a word, and are mostly no header
    /// words. They are the body's row, not header words, so the header has ended.
    static func startsWrappedFormCell(_ lines: ArraySlice<Line>) -> Bool {
        guard let first = lines.first else { return false }
        // Not the first column: a cell per line stacks a table's every cell there.
        return first.tokens.indices.dropFirst().contains { column in
            guard first.tokens[column].kind == .text, !first.tokens[column].isBlank else { return false }
            // Up to the first row of numbers: row names below the header stack in their column too.
            let pieces = lines.prefix { line in
                column < line.tokens.count && line.tokens[column].kind == .text && !line.tokens[column].isBlank
                    && line.tokens.allSatisfy { $0.kind == .text || $0.isBlank }
            }.map { TextRepair.compact($0.tokens[column].text) }
            let joined = pieces.joined()
            return pieces.count >= Thresholds.wrappedFormCellLines && joined.count > Thresholds.formRowCellCharacters
                && pieces.filter(HeaderWords.isHeaderWord).count * 2 < pieces.count
        }
    }

    /// A header's last line whose words all stand under a name column's title (`科目`, `项目名称`)
    /// and are no header words: the first row's name wrapped in a narrow column over several lines
    /// above its numbers (`某某` / `县医` / `疗保` …), not header cells.
    static func standsInNameColumn(_ line: Line, under header: ArraySlice<Line>) -> Bool {
        let titles = header.flatMap(\.tokens).filter { HeaderWords.isLabel(TextRepair.compact($0.text)) }
        let words = line.tokens.filter { !$0.isBlank }
        guard !titles.isEmpty, !words.isEmpty else { return false }
        return words.allSatisfy { word in
            !HeaderWords.isHeaderWord(TextRepair.compact(word.text))
                && titles.contains { $0.column < word.end && $0.end > word.column }
        }
    }

    /// A lone name piece at the bottom of the header that starts at the column where the first
    /// row's code starts: a spreadsheet left-aligns a name wrapped in its cell, and the row's
    /// code and name share that cell's edge (`中心` over `309 医疗`); a header word wrapped in
    /// its cell is centred over its column instead.
    static func startsWhereRowStarts(_ line: Line, _ row: Line) -> Bool {
        let words = line.tokens.filter { !$0.isBlank }
        guard words.count == 1, let word = words.first, word.kind == .text, word.text.count > 1,
              !HeaderWords.isHeaderWord(TextRepair.compact(word.text)),
              let first = row.tokens.first(where: { !$0.isBlank }), first.kind == .integer else { return false }
        return first.column == word.column
    }

    /// Text just above the first row that stands in that row's name column and is no header
    /// word: the start of the row's name, wrapped above its numbers.
    static func isNameFragment(_ line: Line, of row: Line) -> Bool {
        let words = line.tokens.filter { !$0.isBlank }
        let names = row.tokens.filter { $0.kind == .text }
        guard !words.isEmpty, let firstValue = row.tokens.first(where: { $0.kind != .text && !$0.isBlank }) else { return false }
        // A row whose name wrapped entirely off its line (a narrow name column, one character a
        // line: `合` / values / `计`): the line's words all stand left of the row's first value,
        // or, when the row opens with its classification code (`052001`), between the code and
        // the first value after it.
        if names.isEmpty {
            // A name may hold a year (`局 2022` / `年中央`) once it stands right of the row's code.
            func between(_ start: Int, _ end: Int, years: Bool) -> Bool {
                words.contains { $0.kind == .text } && words.allSatisfy {
                    ($0.kind == .text || (years && $0.kind == .integer)) && $0.column >= start && $0.end <= end
                        && !HeaderWords.isHeaderWord(TextRepair.compact($0.text))
                }
            }
            if between(0, firstValue.column, years: false) { return true }
            guard let code = leadingCode(row), let value = row.tokens.first(where: { $0.column >= code.end && !$0.isBlank })
            else { return false }
            return between(code.end, value.column, years: true) || inSideNameSlots(words, row)
        }
        // One side's name stands over the row's name, another side's where its row prints none.
        let slots = codeSlots(row)
        return words.allSatisfy { word in
            let text = TextRepair.compact(word.text)
            return word.kind == .text && !HeaderWords.isHeaderWord(text)
                && (names.contains { AlignedRows.overlap(word.column..<word.end, $0.column..<$0.end) >= Thresholds.nameFragmentOverlap }
                    || inSlot(word, slots))
        }
    }

    /// A tab line of words that are no header words, each in a cell where the first row (a row
    /// with a number) has its name: the start of that name, wrapped above its numbers, not a
    /// header line (a header line names value columns or is made of header words).
    static func isCellNameFragment(_ line: Line, of row: Line) -> Bool {
        let words = line.tokens.indices.filter { !line.tokens[$0].isBlank }
        guard !words.isEmpty, row.tokens.contains(where: { !$0.isBlank && $0.kind != .text }) else { return false }
        return words.allSatisfy { i in
            line.tokens[i].kind == .text && !HeaderWords.isHeaderWord(TextRepair.compact(line.tokens[i].text))
                && i < row.tokens.count && row.tokens[i].kind == .text && !row.tokens[i].isBlank
        }
    }

    /// Sides printed side by side each open the row with their own code (`301 … 302 …`), and
    /// each side's name may wrap above its number line: every word stands after one of the
    /// row's codes and before the value that follows it (`工资福利 … 商品和服` over that row).
    static func inSideNameSlots(_ words: [Token], _ row: Line) -> Bool {
        let slots = codeSlots(row)
        guard slots.count > 1 else { return false }
        return words.allSatisfy { word in
            word.kind == .text && !HeaderWords.isHeaderWord(TextRepair.compact(word.text)) && inSlot(word, slots)
        }
    }

    /// Where a row prints no name between a code and the amount after it: the room its name,
    /// wrapped off the number line, stands in on the lines around.
    static func codeSlots(_ row: Line) -> [Range<Int>] {
        let filled = row.tokens.filter { !$0.isBlank }
        return filled.indices.dropLast().compactMap { i in
            let code = filled[i], next = filled[i + 1]
            guard code.kind == .integer, code.text.count >= 3, next.kind == .amount else { return nil }
            return code.end..<next.column
        }
    }

    static func inSlot(_ word: Token, _ slots: [Range<Int>]) -> Bool {
        slots.contains { $0.lowerBound <= word.column && word.end <= $0.upperBound }
    }

    /// The row's first cell when it is a classification code (an integer of 3+ digits) followed by
    /// more cells.
    static func leadingCode(_ row: Line) -> Token? {
        let filled = row.tokens.filter { !$0.isBlank }
        guard filled.count >= 2, filled[0].kind == .integer, filled[0].text.count >= 3 else { return nil }
        return filled[0]
    }

    /// A column-aligned line of text only whose first cell is a numbered item ("一、财政",
    /// "1. 预算资金", "(一)…"): the first row's name, wrapped above its numbers, not a header cell.
    static func startsEnumeratedRow(_ line: Line) -> Bool {
        guard let first = line.tokens.first(where: { !$0.isBlank }), first.kind == .text,
              line.tokens.allSatisfy({ $0.kind == .text || $0.isBlank }) else { return false }
        return TableLinePatterns.enumeratedRow.matches(TextRepair.compact(first.text))
    }

    static func looksLikeBody(_ line: Line) -> Bool {
        if isColumnNumbers(line) { return false }
        let kinds = line.tokens.map(\.kind)
        if kinds.contains(.amount) { return true }
        let filled = line.tokens.filter { !$0.isBlank }
        if filled.count >= 2, filled[0].kind == .integer, filled[0].text.count >= 3, filled[1].kind == .text { return true }
        // "合计 46", "支出合计 total expenditure 3241839 4523010": a name (of one or more words),
        // then whole numbers only (amounts in 元 or rounded 万元), not years.
        if let firstNumber = filled.firstIndex(where: { $0.kind != .text }), firstNumber >= 1,
           filled[firstNumber...].allSatisfy({ $0.kind == .integer || $0.kind == .placeholder }),
           filled[firstNumber...].contains(where: { $0.kind == .integer && !isYear($0.text) }) { return true }
        // A code alone on its line: the row's name was wrapped onto the lines below.
        if filled.count == 1, filled[0].kind == .integer, filled[0].text.count >= 3 { return true }
        return namesSidesWithWholeAmounts(filled)
    }

    /// A tab row of a name, whole amounts and then words only (a text column at the table's end:
    /// 备注, 责任单位, 支出方向): `looksLikeBody` asks the numbers to end the row. Whole numbers
    /// that read as years are amounts here where one repeats (a header names a year once; 1997
    /// under 合计 and again under one of its parts is an amount).
    static func isNamedRowOfWholes(_ line: Line) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }
        guard filled.count >= 2, filled[0].kind == .text, !HeaderWords.isHeaderWord(TextRepair.compact(filled[0].text)),
              let firstNumber = filled.firstIndex(where: { $0.kind != .text }),
              let lastNumber = filled.lastIndex(where: { $0.kind != .text }) else { return false }
        let numbers = filled[firstNumber...lastNumber]
        guard numbers.allSatisfy({ $0.kind == .integer || $0.kind == .placeholder }) else { return false }
        let wholes = numbers.filter { $0.kind == .integer }.map(\.text)
        return wholes.contains { !isYear($0) } || Set(wholes).count < wholes.count
    }

    /// A tab row under a header whose first column is 序号 (or 行次) without its ordinal (`3 | 衡山县 | 26`
    /// is read as `衡山县 | 26`); any other line as it is.
    static func withoutOrdinal(_ line: Line, under header: [Line]) -> Line {
        guard let first = line.tokens.first, first.kind == .integer, first.text.count <= 3,
              header.contains(where: { $0.tokens.first.map { HeaderWords.isLineNumber(TextRepair.compact($0.text)) } ?? false })
        else { return line }
        var rest = line
        rest.tokens.removeFirst()
        return rest
    }

    /// Two sides side by side, each a name then whole numbers (`一、财政拨款收入  156211123
    /// 一、一般公共服务支出  2932700`: a spreadsheet prints whole amounts without decimals): every
    /// name is followed by a number that is no year, and nothing but names and whole numbers.
    static func namesSidesWithWholeAmounts(_ filled: [Token]) -> Bool {
        guard filled.first?.kind == .text, filled.allSatisfy({ $0.kind == .text || $0.kind == .integer || $0.kind == .placeholder }) else { return false }
        var sides = 0, index = 0
        while index < filled.count {
            while index < filled.count, filled[index].kind == .text { index += 1 }
            let numbers = filled[index...].prefix { $0.kind != .text }
            guard numbers.contains(where: { $0.kind == .integer && !isYear($0.text) }) else { return false }
            index += numbers.count
            sides += 1
        }
        return sides >= 2
    }

    /// A line of whole numbers only ("7877   7877" right under the header): a row of values whose
    /// name was left blank (an unnamed total), not a header line. Column numbers (1 2 3 …, up to
    /// three digits), class / kind / item codes (208 01 09) and years over the measures keep to
    /// the header: at least one number has four digits or more and none is a year.
    /// `last`: the table's last line, with no row under it. A header ends before its body, so
    /// there small whole amounts (`3  2  2  1`, a spreadsheet prints 3.00 as 3) are that row too,
    /// unless they count up by one (column numbers) or one has a leading zero (a code part).
    static func isUnnamedValueRow(_ line: Line, last: Bool = false) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }
        guard filled.count >= 2, !isColumnNumbers(line),
              filled.allSatisfy({ ($0.kind == .integer && !isYear($0.text)) || $0.kind == .placeholder }) else { return false }
        if filled.contains(where: { $0.kind == .integer && $0.text.count >= 4 }) { return true }
        let numbers = filled.filter { $0.kind == .integer }.map(\.text)
        guard last, !numbers.contains(where: { $0.hasPrefix("0") }) else { return false }
        let values = numbers.compactMap { Int($0) }
        return values.count == numbers.count && !zip(values, values.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    private static func isYear(_ text: String) -> Bool {
        text.count == 4 && Int(text).map { (1990...2100).contains($0) } == true
    }

    static func isColumnNumbers(_ line: Line) -> Bool {
        // Every filled cell is 栏次 or a column number; the first other cell ends the look.
        var count = 0, first = "", sawWord = false
        // The name columns lettered 甲, 乙 … in order and the value columns numbered 1, 2 … in
        // order (甲 | 乙 | 1 | 2 | 3): a column-number row, not a row named 甲.
        var letters = 0, numbers = 0, inOrder = true
        for token in line.tokens where !token.isBlank {
            let text = TextRepair.compact(token.text)
            // A number first: over bytes, where the word is a String compare.
            let isNumber = isColumnNumber(text)
            let isWord = !isNumber && HeaderWords.isColumnNumberWord(text)
            let isLetter = !isNumber && !isWord && numbers == 0 && letters < columnLetters.count && text == columnLetters[letters]
            guard isWord || isNumber || isLetter else { return false }
            if isLetter { letters += 1 }
            if isNumber { numbers += 1; inOrder = inOrder && (ExactDecimal.parse(text) == ExactDecimal(Int64(numbers))) }
            if count == 0 { first = text }
            count += 1; sawWord = sawWord || isWord
        }
        return sawWord || (count >= 2 && first == "1") || (letters > 0 && numbers > 0 && inOrder)
    }
    private static let columnLetters = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸"]

    /// Up to three digits (a sign allowed, as `Int` reads them), ".00" after them or not.
    static func isColumnNumber(_ text: String) -> Bool {
        UTF8Text.withBytes(text) { b in
            var n = b.count
            if n >= 3, b[n - 3] == 0x2E, b[n - 2] == 0x30, b[n - 1] == 0x30 { n -= 3 }
            guard (1...3).contains(n) else { return false }
            let signed = b[0] == 0x2B || b[0] == 0x2D
            guard !signed || n >= 2 else { return false }
            return b[(signed ? 1 : 0)..<n].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
    }
}

/// Patterns compiled once per run (see `CompiledPattern`).
private enum TableLinePatterns {
    static let agencyOrWrappedUnit = CompiledPattern(
        #"^(?:编制部门|编制单位|填报部门|填报单位|预算部门|部门名称|单位名称)[:：]|^(?:金额)?单位[:：]?[万千亿]?$|单位[:：]$"#)
    static let yearName = CompiledPattern(#"^\d{4}年度?$"#)
    static let emptyField = CompiledPattern(#"^(?:部门|单位|部门\(单位\)|预算单位|编制单位|编制部门)(?:名称)?[:：]$"#)
    static let keyValue = CompiledPattern(#"^(部门|单位|部门\(单位\)|预算单位)名称[:：]?$"#)
    static let enumeratedTitle = CompiledPattern(#"^[一二三四五六七八九十]+、\S+$"#)
    static let enumeratedRow = CompiledPattern(#"^(?:[一二三四五六七八九十]+、|\d+[.、．]|\([一二三四五六七八九十\d]+\))"#)
}
