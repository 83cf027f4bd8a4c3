/// Kinds of lines at the header's end and in the body: rows and their wrapped name pieces
/// (`looksLikeBody`, name fragments, unnamed value rows) against header lines (`isColumnNumbers`).
extension TableLines {
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

    /// A line of words under a header row of years (`项目 2000 2003 2004`, a yearbook's), none of
    /// them under a year: a year names its column whole, so the words are the first row's name
    /// wrapped above its numbers (`支出合计 total` / `expenditure 3241839 …`), though they hold a
    /// header word.
    static func wrapsUnderYears(_ line: Line, under header: ArraySlice<Line>) -> Bool {
        guard let years = header.last?.tokens.filter({ !$0.isBlank }).dropFirst(), years.count >= 2,
              years.allSatisfy({ $0.kind == .integer && BareYear.holds($0.text) }) else { return false }
        let words = line.tokens.filter { !$0.isBlank }
        return !words.isEmpty && words.allSatisfy { word in
            word.kind == .text && !years.contains { $0.column < word.end && $0.end > word.column }
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
    /// `header`: the header lines above `line`, whose words say which whole numbers are amounts.
    static func isNameFragment(_ line: Line, of row: Line, under header: ArraySlice<Line> = []) -> Bool {
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
        let slots = codeSlots(row, under: header)
        let overName = { (word: Token) in
            names.contains { AlignedRows.overlap(word.column..<word.end, $0.column..<$0.end) >= Thresholds.nameFragmentOverlap }
        }
        // pdfplumber sets a Chinese word one column a character, half its printed width, so the
        // next word of the same cell stands columns after it (`某某局   [07`): after a piece over
        // the row's name, a word ending before the row's first value is that name's too.
        let nameOpens = overName(words[0])
        return words.allSatisfy { word in
            let text = TextRepair.compact(word.text)
            return word.kind == .text && !HeaderWords.isHeaderWord(text)
                && (overName(word) || inSlot(word, slots) || (nameOpens && word.end <= firstValue.column))
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
    /// A whole number under a header word naming an amount (本年决算数) is that amount, no code.
    static func codeSlots(_ row: Line, under header: ArraySlice<Line> = []) -> [Range<Int>] {
        let filled = row.tokens.filter { !$0.isBlank }
        func underAmountWord(_ number: Token) -> Bool {
            header.contains { line in
                line.tokens.contains { $0.column < number.end && number.column < $0.end && ColumnGrid.namesAmount(TextRepair.compact($0.text)) }
            }
        }
        return filled.indices.dropLast().compactMap { i in
            let code = filled[i], next = filled[i + 1]
            guard code.kind == .integer, code.text.count >= 3, next.kind == .amount, !underAmountWord(code) else { return nil }
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
        if filled.count >= 2, filled[0].kind == .integer, filled[0].text.count >= 3, filled[1].kind == .text {
            // "2020 年 2021 年": a word processor's year set apart from its 年 names a column or a
            // row, no code; a row of its name then whole amounts that are no years.
            guard filled[1].text.hasPrefix("年"), isYear(filled[0].text) else { return true }
            return filled.dropFirst(2).contains { $0.kind == .integer && !isYear($0.text) }
        }
        // "合计 46", "支出合计 total expenditure 3241839 4523010": a name (of one or more words),
        // then whole numbers only (amounts in 元 or rounded 万元), not years; a year-like whole
        // that repeats under a name no header uses is an amount (`isNamedRowOfWholes`).
        if let firstNumber = filled.firstIndex(where: { $0.kind != .text }), firstNumber >= 1,
           filled[firstNumber...].allSatisfy({ $0.kind == .integer || $0.kind == .placeholder }),
           filled[firstNumber...].contains(where: { $0.kind == .integer && !isYear($0.text) })
            || isNamedRowOfWholes(line) { return true }
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

    /// A tab row under a header whose first column is 序号 (or 行次) without its ordinal (`3 | 乙县 | 26`
    /// is read as `乙县 | 26`); any other line as it is.
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
    /// `formHeader`: the header names the national “三公” form's columns, which are named, not
    /// numbered: small whole amounts under them (`79  0  75  4`) are its row wherever it stands.
    static func isUnnamedValueRow(_ line: Line, last: Bool = false, formHeader: @autoclosure () -> Bool = false) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }
        guard filled.count >= 2, !isColumnNumbers(line),
              filled.allSatisfy({ ($0.kind == .integer && !isYear($0.text)) || $0.kind == .placeholder }) else { return false }
        if filled.contains(where: { $0.kind == .integer && $0.text.count >= 4 }) || formHeader() { return true }
        let numbers = filled.filter { $0.kind == .integer }.map(\.text)
        guard last, !numbers.contains(where: { $0.hasPrefix("0") }) else { return false }
        let values = numbers.compactMap { Int($0) }
        return values.count == numbers.count && !zip(values, values.dropFirst()).allSatisfy { $1 == $0 + 1 }
    }

    /// Header lines naming at least two columns of the national “三公” form (公务接待费,
    /// 公务用车购置及运行费 …), as their cells print them.
    static func namesFormColumns(_ header: [Line]) -> Bool {
        var named = 0
        for line in header where UTF8Text.containsAny(line.compact, "公") {
            named += line.tokens.filter { HeaderWords.isFormColumnName(TextRepair.compact($0.text)) }.count
            if named >= 2 { return true }
        }
        return false
    }

    /// A year of a budget's own time (from 1990): a body's whole number that is no amount.
    static func isYear(_ text: String) -> Bool { BareYear.holds(text, since: 1990) }

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
