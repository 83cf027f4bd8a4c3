import Foundation

/// A column headed 单位 or 计量单位 whose cells state each row's own unit (`医疗收入 | 万元 |
/// 234,954.16`, `资产负债率 | % | 25.73`): a table of indicators in several units. Its cells are the
/// rows' units, not part of their names, and read into one unit for the table its 万元 rows would
/// be wrong by 10,000. Such a header row heads a table on its own, with no title or unit line over it.
enum UnitColumn {
    /// The words that head a unit column.
    static func isHeaderWord(_ text: String) -> Bool { text == "单位" || text == "计量单位" }

    /// A cell that is a unit and nothing else: %, ‰, a money unit, a count or measure with an
    /// optional multiplier (人, 万人次, 张), or a rate of two of them (元/张, 元/床日).
    static func isUnit(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        // Asked of every name cell of a grid row: a match starts with one of the pattern's first
        // characters (most cells are names or amounts, refused by their first scalar).
        guard let first = compact.unicodeScalars.first, unitStarts.contains(first),
              compact.count <= Thresholds.unitCellCharacters else { return false }
        return unitPattern.firstMatch(in: compact, range: NSRange(compact.startIndex..., in: compact)) != nil
    }
    private static let measure = "(?:万|千|百|亿)?(?:元|人次|人|个|次|张|床日|床|天|日|辆|台|套|户|家|名|项|所|座|件|平方米|米|公里|千米|吨|亩|小时|月|年|册|份|例)"
    private static let unitPattern = try! NSRegularExpression(pattern: "^(?:%|％|‰|\(measure)(?:/\(measure))?)$")
    /// The first character of every alternative of `unitPattern`.
    static let unitStarts = Set("%％‰万千百亿元人个次张床天日辆台套户家名项所座件平米公吨亩小月年册份例".unicodeScalars)

    /// A tab (or `|`) row, or a line of pdftotext -layout's text, of three cells or more, not led by a unit word but holding one, right
    /// over a row whose cell under that word states a unit and whose last cell is an amount: the
    /// header of a table whose title the text does not hold.
    static func headsTable(at i: Int, in lines: [String]) -> Bool {
        guard UTF8Text.containsAny(lines[i], "单"), let column = unitColumn(lines[i]) else { return false }
        guard let next = (i + 1..<lines.count).first(where: { !TableLines.isBlank(lines[$0]) }) else { return false }
        let row = cells(lines[next])
        guard column < row.count, isUnit(row[column]), let last = row.last, row.count > column + 1 else { return false }
        return TokenKind.of(TextRepair.compact(last)).isNumeric
    }

    /// A tab grid whose header names a unit column and whose first row states a unit under it:
    /// a table though its header uses no other header word (公开项目 | 单位 | 数额).
    /// Column-aligned, the unit stands nearer that word than any other of the header's line.
    static func headsRows(_ table: TableLines) -> Bool {
        guard let header = table.header.last, let first = table.body.first,
              let k = header.tokens.firstIndex(where: { isHeaderWord(TextRepair.compact($0.text)) }), k > 0 else { return false }
        if table.tabSeparated { return k < first.tokens.count && isUnit(first.tokens[k].text) }
        guard table.aligned else { return false }
        func centre(_ t: Token) -> Double { Double(t.column + t.end) / 2 }
        let words = header.tokens.filter { !$0.isBlank }
        return first.tokens.contains { cell in
            isUnit(cell.text) && words.min(by: { abs(centre($0) - centre(cell)) < abs(centre($1) - centre(cell)) })
                .map { isHeaderWord(TextRepair.compact($0.text)) } == true
        }
    }

    /// The line itself when it is such a header row (the title line of a table it heads: read as
    /// the table's header, not its title).
    static func headerRow(_ line: String) -> String? {
        UTF8Text.containsAny(line, "单") && unitColumn(line) != nil ? line : nil
    }

    /// Which cell of a header row is its unit column's word, when it has three cells or more.
    private static func unitColumn(_ line: String) -> Int? {
        let row = cells(line)
        guard row.count >= 3, let k = row.firstIndex(where: { isHeaderWord(TextRepair.compact($0)) }), k > 0 else { return nil }
        return k
    }

    /// A tab row's cells; a line of pdftotext -layout's text parts at runs of two spaces or more.
    private static func cells(_ line: String) -> [String] {
        let tabbed = UTF8Text.containsByte(line, 9)
        return (tabbed ? line.split(separator: "\t") : piecesBetweenTwoSpaces(line))
            .map { UTF8Text.trimmingWhitespace(String($0)) }.filter { !$0.isEmpty }
    }

    /// `line.split(separator: "  ")`, each pair of space Characters cut from the left: over the
    /// bytes where every scalar is a Character of its own (a space byte is then a space
    /// Character), by a walk over the line's Characters elsewhere (the generic search of a
    /// separator cost about 40,000 instructions a line, the walk 29,000, the bytes a few hundred).
    static func piecesBetweenTwoSpaces(_ line: String) -> [Substring] {
        let offsets = UTF8Text.withBytes(line) { b -> [Range<Int>]? in
            guard UTF8Text.oneCharacterPerScalar(b) else { return nil }
            var ranges: [Range<Int>] = []
            var start = 0, i = 0
            while i < b.count {
                guard b[i] == 0x20, i + 1 < b.count, b[i + 1] == 0x20 else { i += 1; continue }
                if start < i { ranges.append(start..<i) }
                i += 2
                start = i
            }
            if start < b.count { ranges.append(start..<b.count) }
            return ranges
        }
        guard let offsets else { return piecesBetweenTwoSpaceCharacters(line) }
        let utf8 = line.utf8
        return offsets.map { line[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    private static func piecesBetweenTwoSpaceCharacters(_ line: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = line.startIndex, i = line.startIndex
        while i < line.endIndex {
            let next = line.index(after: i)
            if line[i] == " ", next < line.endIndex, line[next] == " " {
                if start < i { pieces.append(line[start..<i]) }
                i = line.index(after: next)
                start = i
            } else {
                i = next
            }
        }
        if start < line.endIndex { pieces.append(line[start...]) }
        return pieces
    }
}

