/// Layouts that keep no row per line.
enum StreamLayout {
    /// A whole table on one line: many cells separated by single spaces, a name-column header
    /// word, then amounts, or rows of a name and a whole number (amounts printed without
    /// decimals: 甲区 819), several of them, none a year.
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
        // Inside a table the line above is a cell; a caption follows the document's prose or its
        // name (the page header, `TitleMatcher.namesDocument`; asked after the facts above, which
        // cost nothing).
        if let previous, !isProse(lines.text[previous]), !TitleMatcher.namesDocument(lines.text[previous]) { return false }
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
        for i in lines.indices where token(i).map({ HeaderWords.isColumnNumberWord(TextRepair.compact($0.text)) }) ?? false
            || lineNumberWordNumbersColumns(i, lines) {
            var j = i + 1
            while let next = token(j), TableLines.isColumnNumber(next.text) { columnNumbers.insert(j); j += 1 }
        }
        guard let first = lines.indices.first(where: { !columnNumbers.contains($0) && !isYearHeader($0, lines)
                                                       && (token($0).map { $0.kind.isNumeric } ?? false) })
        else { return lines.count }
        if token(first)?.isWholeCode == true, token(first + 1)?.kind == .text {
            return isNameBlockValue(first, lines) ? first - 1 : first
        }
        // Names between a year that closes the header and the first number: a section's name
        // (经常性收支项目) before the first row's, both rows.
        if let year = (0..<first).last(where: { isYearHeader($0, lines) }), year < first - 1,
           (year + 1..<first).allSatisfy({ j in token(j).map { $0.kind == .text && !isHeaderAfterYears(TextRepair.compact($0.text)) } ?? true }) {
            return year + 1
        }
        guard let before = token(first - 1), before.kind == .text else { return first }
        // The row numbering the columns closes the header: the word right after it is the first
        // row's name, whatever its words (2015年度预算数, a row named by its year and measure).
        if columnNumbers.max() == first - 2 { return first - 1 }
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

    /// Text in blocks parted by blank lines (MuPDF's): a number that reads as a code, alone in a
    /// block with the name right above it (a blank line before the name and after the number), is
    /// that name's value, the block a row (`甲区` / `280`), not a code heading the name after it; a
    /// code's block holds its name (`201` / `一般公共服务支出`). No header word is such a name.
    static func isNameBlockValue(_ i: Int, _ lines: [TableLines.Line]) -> Bool {
        guard i >= 2, i + 1 < lines.count, lines[i - 1].number == lines[i].number - 1,
              lines[i - 2].number < lines[i - 1].number - 1, lines[i + 1].number > lines[i].number + 1,
              lines[i - 1].tokens.filter({ !$0.isBlank }).count == 1, lines[i].tokens.filter({ !$0.isBlank }).count == 1,
              let name = lines[i - 1].tokens.first(where: { !$0.isBlank }), name.kind == .text else { return false }
        return !HeaderWords.isHeaderWord(TextRepair.compact(name.text))
    }

    /// Text in blocks parted by blank lines (MuPDF's): a total alone on a line that opens a block
    /// (a blank line above it, the header's last block before that), its block going on with one
    /// value a line, `Thresholds.totalRowBlockValues` values at least, to its end: a row's block
    /// (the name, then each cell on a line of its own, read as one row in reading order), as a
    /// header's words stand in blocks without values. (Values sharing a line after a name alone
    /// are read as a row of their own: the total stays the header's, as before.)
    static func opensTotalRowBlock(_ i: Int, _ lines: [TableLines.Line]) -> Bool {
        guard i >= 1, i + 1 < lines.count, lines[i - 1].number < lines[i].number - 1,
              case let words = lines[i].tokens.filter({ !$0.isBlank }), words.count == 1, words[0].kind == .text,
              HeaderWords.isTotal(TextRepair.compact(words[0].text)) else { return false }
        var values = 0, j = i + 1
        while j < lines.count, lines[j].number == lines[j - 1].number + 1 {
            let filled = lines[j].tokens.filter { !$0.isBlank }
            guard filled.count == 1, CellText.mayBeNumber(filled[0]) else { return false }
            values += 1
            j += 1
        }
        return values >= Thresholds.totalRowBlockValues
    }

    /// 行次 on its line right before 1, 2, 3 … in order on lines of their own (three at least): a row
    /// that numbers the columns as a 栏次 row does, not a row-number column's word (that one is
    /// followed by the next header word or a row's name).
    static func lineNumberWordNumbersColumns(_ i: Int, _ lines: [TableLines.Line]) -> Bool {
        func single(_ j: Int) -> String? {
            guard j < lines.count else { return nil }
            let filled = lines[j].tokens.filter { !$0.isBlank }
            return filled.count == 1 ? TextRepair.compact(filled[0].text) : nil
        }
        guard let word = single(i), HeaderWords.isLineNumber(word) else { return false }
        return (1...3).allSatisfy { single(i + $0) == String($0) }
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
        guard let corner = word(j) else { return false }
        if HeaderWords.isLabel(corner) { return true }
        // The table's first cell (a corner naming the unit, 某某医院) over rising years: the
        // years head the columns, as a yearbook's do.
        var k = j + 1
        while let next = word(k + 1), isBareYear(next) { k += 1 }
        return j == 0 && k > j + 1 && TokenKind.of(corner) == .text
            && (j + 1..<k).allSatisfy { Int(word($0)!)! < Int(word($0 + 1)!)! }
    }

    /// Header cells that end with rising bare years after a word ("某某医院 / 2017 / 2018"): the
    /// years name the columns (`isYearHeader`).
    static func endsWithYears(_ header: [TableLines.Line]) -> Bool {
        let words = header.flatMap { $0.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) } }
        let years = words.reversed().prefix { isBareYear($0) }.reversed().compactMap { Int($0) }
        return years.count >= 2 && words.count > years.count && zip(years, years.dropFirst()).allSatisfy { $0 < $1 }
    }

    /// A word that may follow the years in a header: a name word, a measure, a rate.
    private static func isHeaderAfterYears(_ text: String) -> Bool {
        HeaderWords.isStructural(text) || isMeasureWord(text) || text.contains("%") || text.contains("％")
            || text.hasPrefix("增") || text.hasPrefix("比")
    }

    private static func isBareYear(_ text: String) -> Bool { BareYear.holds(text, since: 1949) }
}
