import Foundation

/// A table of tab (or `|`) rows whose title the text does not hold, a page stored from its unit
/// line on: the unit line is followed by a header row of several cells naming columns (项目,
/// 预算数, …) and holding no number, possibly a second header row, then a row with amounts.
/// A header of other words (总收入 / 其中: over 医疗收入 …) heads such a table by its structure:
/// rows of a name and amounts, as many in each, under header rows that name as many columns.
enum UntitledGrid {
    static func headsTable(after unitLine: Int, in lines: [String]) -> Bool {
        if let previous = nonBlank(before: unitLine, in: lines), hasAmount(cells(lines[previous])) { return false }
        var k = unitLine + 1
        var header: [[String]] = []
        var laidOut = true
        // A workbook's header wraps its words inside their cells over more lines than a grid's rows.
        while k < lines.count, header.count <= (laidOut ? Thresholds.untitledLaidOutHeaderLines : Thresholds.untitledGridHeaderRows) {
            defer { k += 1 }
            if TableLines.isBlank(lines[k]) { continue }
            laidOut = laidOut && !isTabbed(lines[k])
            let row = cells(lines[k])
            // A header word spanning its columns stands alone on a line of pdftotext -layout's text.
            guard row.count >= 2 || (row.count == 1 && !isTabbed(lines[k])) else { return false }
            if hasAmount(row), !namesYears(row) {
                return !header.isEmpty && (namesColumns(header, laidOut: laidOut) || headsAmountRows(header, at: k, in: lines))
            }
            header.append(row)
        }
        return false
    }

    /// A unit line as the table-finder's: alone on its line, pushed right or not (pdftotext -layout
    /// sets it over the last column). A pushed line must begin with the unit's word: a wrapped
    /// cell's piece before it ("…镇单位：万元") is no unit line.
    static func isLaidOutUnitLine(_ line: String, over next: String?) -> Bool {
        if RegionFinder.isUnitLine(line), let next, isTabbed(next) { return true }
        // Asked of every line: a unit line is short (`isUnitLine` asks its length first too), and
        // its first scalar is 单, 金 or 金's compatibility ideograph (canonically equal to 金); else
        // an agency's line may end in the unit (`isAgencyAndUnitLine` asks its label first).
        let trimmed = UTF8Text.trimmingWhitespace(line)
        guard let first = trimmed.unicodeScalars.first else { return false }
        if first == "单" || first == "金" || first == "\u{F90A}" {
            return trimmed.utf8.count <= Thresholds.unitLineBytes && (trimmed.hasPrefix("单位") || trimmed.hasPrefix("金额单位"))
                && RegionFinder.isUnitLine(trimmed)
        }
        return isAgencyAndUnitLine(trimmed)
    }

    /// "编制单位：某局        单位：万元": the agency's label and name, then the unit (pushed over the
    /// last column, or set right after the name), the line a document prints under a caption.
    private static func isAgencyAndUnitLine(_ trimmed: String) -> Bool {
        // Most lines leave at their first word: an agency's label starts the line.
        guard startsWithAgencyLabel(trimmed), trimmed.hasSuffix("元"), !isTabbed(trimmed) else { return false }
        let c = TextRepair.compact(trimmed)
        return c.utf8.count <= Thresholds.agencyAndUnitLineBytes && agencyAndUnit.matches(c)
    }
    private static let agencyAndUnit = CompiledPattern("^" + agencyLabel + #"[^:：]+单位[:：]?(?:万元|千元|亿元|元)$"#)

    /// The labels an agency's line opens with (编制单位：, 填报部门：, 预算单位：…).
    private static let agencyLabel = #"(?:编制单位|编制部门|填报单位|填报部门|预算单位)[:：]"#

    /// Whether a trimmed line opens like an agency's label: its first scalar first (asked of every
    /// line; no other scalar is canonically equal to 编, 填 or 预), before the Character prefix tests.
    private static func startsWithAgencyLabel(_ trimmed: String) -> Bool {
        guard let first = trimmed.unicodeScalars.first, first == "编" || first == "填" || first == "预" else { return false }
        return trimmed.hasPrefix("编制") || trimmed.hasPrefix("填报") || trimmed.hasPrefix("预算单位")
    }

    /// A line of one phrase ending in 情况 right under a row of amounts and over a header row of pdftotext
    /// -layout's text led by a name column's word (项目) with no amount, itself over a row of
    /// amounts: a table's caption, though the table before (titled at `title`) is still open (the
    /// caption holds no 表 and no unit line follows). A header word spanning its columns stands
    /// so too, but under a title or unit line, or repeating the open table's header after a page
    /// break: no caption.
    static func captionOverLaidOutHeader(at i: Int, in lines: [String], title: Int) -> Bool {
        // Asked of every line of an open table: the caption's end (a title's last word, as
        // ClosingCaption's) is looked at first, before lines are cut into cells.
        // Its bytes first: a text ending in 况 holds the scalar or one of its two compatibility
        // ideographs (canonically equal to it); most lines hold none of them.
        guard UTF8Text.containsAny(lines[i], "况", "\u{FA71}", "\u{2F81B}") else { return false }
        let caption = TextRepair.compact(lines[i])
        guard caption.hasSuffix("情况"), !isTabbed(lines[i]), cells(lines[i]).count == 1,
              let previous = nonBlank(before: i, in: lines), previous > title,
              hasAmount(cells(lines[previous])) || namedOneSpaceBeforeAmount(lines[previous]) else { return false }
        let firstRow = (title + 1..<i).first { hasAmount(cells(lines[$0])) } ?? i
        // A part's name (绩效指标) over its own header is no caption.
        guard !(title + 1..<firstRow).contains(where: { TextRepair.compact(lines[$0]) == caption }) else { return false }
        let next = Array(lines.indices[(i + 1)...].lazy.filter { !TableLines.isBlank(lines[$0]) }.prefix(2))
        guard next.count == 2, !isTabbed(lines[next.first!]) else { return false }
        let header = cells(lines[next.first!]), row = cells(lines[next.last!])
        guard header.count >= 2, HeaderWords.isLabel(TextRepair.compact(header[0])),
              !header.contains(where: { TokenKind.of(TextRepair.compact($0)).isNumeric }) else { return false }
        return hasAmount(row) || namedOneSpaceBeforeAmount(lines[next.last!])
    }

    /// A row whose name fills its cell, so its one amount stands a single space after it (a word
    /// processor's narrow name column: `因公出国(境)团组数 0`).
    static func namedOneSpaceBeforeAmount(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count == 2, let last = words.last, let first = words.first else { return false }
        return TokenKind.of(String(last)).isNumeric && !TokenKind.of(TextRepair.compact(String(first))).isNumeric
    }

    /// A caption of one phrase (the caller asks whether it reads as a title) on the line right before
    /// a grid's header row that `headsTable` takes, with prose or nothing before it: the heading
    /// of a table that prints no unit line ("三、 资金分配情况" over "市县 | 资金合计 | …").
    static func captionHeadsTable(at i: Int, in lines: [String]) -> Bool {
        // Asked of every line: the next line's tab is looked for first.
        guard i + 1 < lines.count, UTF8Text.containsByte(lines[i + 1], 9),
              !UTF8Text.containsByte(lines[i], 9), !TableLines.isBlank(lines[i]) else { return false }
        if let previous = nonBlank(before: i, in: lines), !StreamLayout.isProse(lines[previous]) { return false }
        return headsTable(after: i, in: lines)
    }

    /// The caption printed over the unit line, one phrase on one or two lines of one cell each
    /// ("2018年…医院" / "院均总收入情况"): the table's title though it holds no 表. An agency's line
    /// (编制单位：…) between the two is passed over. Its first line and the words joined; nil when the
    /// lines above are prose, a row or nothing.
    static func caption(above unitLine: Int, in lines: [String]) -> (start: Int, text: String)? {
        let pieces = phrases(above: unitLine, in: lines)
        var taken = pieces.suffix(Thresholds.untitledGridCaptionLines)[...]
        while let first = taken.first {
            // The document's own name printed over its first table (某某局2023年度部门预算) names
            // no table: the caption, if any, is what follows it.
            if MetadataReader.coverAgencyAndYear(TextRepair.compact(first.text)) != nil {
                taken.removeFirst()
                continue
            }
            let text = taken.map(\.text).joined()
            if TitleMatcher.shapedTitle(text, afterMarker: true) != nil { return (first.line, text) }
            taken.removeFirst()
        }
        return nil
    }

    /// A header row of a name column's word over columns of years (`项目 | 2000 | 2003`, a
    /// yearbook's): its years are the columns' names, not a row's amounts.
    static func namesYears(_ row: [String]) -> Bool {
        guard let first = row.first, HeaderWords.isHeaderWord(TextRepair.compact(first)), row.count >= 3 else { return false }
        let years = row.dropFirst().map { TextRepair.compact($0) }
        return years.allSatisfy { BareYear.holds($0) } && Set(years).count == years.count
    }

    /// Whether phrases stand over the unit line that no caption reads whole: more lines than a
    /// caption is wrapped over (a caption wrapped inside a narrow cell), or none read as a caption
    /// over an agency's line (the caption's lines lost). The table's title is not known: no table
    /// is started there, rather than one under another's name.
    static func captionUnread(above unitLine: Int, in lines: [String]) -> Bool {
        let pieces = phrases(above: unitLine, in: lines)
        if pieces.count > Thresholds.untitledGridCaptionLines { return true }
        return !pieces.isEmpty && unitLine > 0 && isAgencyLine(lines[unitLine - 1]) && caption(above: unitLine, in: lines) == nil
    }

    /// The lines of one cell each right over the unit line (and over an agency's line on it),
    /// top first: a caption's pieces, one line more than a caption is wrapped over at most.
    private static func phrases(above unitLine: Int, in lines: [String]) -> [(line: Int, text: String)] {
        var pieces: [(line: Int, text: String)] = []
        var k = unitLine > 0 && isAgencyLine(lines[unitLine - 1]) ? unitLine - 2 : unitLine - 1
        while k >= 0, pieces.count <= Thresholds.untitledGridCaptionLines {
            let line = UTF8Text.trimmingWhitespace(lines[k])
            let row = line.utf8.contains(UInt8(ascii: "\t")) ? cells(line) : [line]
            guard row.count == 1, !row[0].isEmpty, !TokenKind.of(TextRepair.compact(row[0])).isNumeric else { break }
            pieces.insert((k, withoutScriptSpaces(row[0])), at: 0)
            k -= 1
        }
        return pieces
    }

    /// "编制单位：某局" alone on its line.
    private static func isAgencyLine(_ line: String) -> Bool {
        let trimmed = UTF8Text.trimmingWhitespace(line)
        return startsWithAgencyLabel(trimmed) && agencyOnly.matches(TextRepair.compact(trimmed))
    }
    private static let agencyOnly = CompiledPattern("^" + agencyLabel + "[^:：]+$")

    /// "决算数与 2015 年决算数对比情况" → "决算数与2015年决算数对比情况": a word processor sets its
    /// digits in another font than the ideographs around them, and pdftotext parts the two by a
    /// space that parts no words.
    private static func withoutScriptSpaces(_ text: String) -> String {
        guard text.utf8.contains(0x20) else { return text }
        return scriptSpace.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
    }
    private static let scriptSpace = try! NSRegularExpression(pattern: #"(?<=[0-9]) (?=\p{Han})|(?<=\p{Han}) (?=[0-9])"#)

    /// "2022 年预算数" → "2022年预算数": only the space before a year's 年 (one before a year may
    /// part two cells set one space apart).
    private static func withYearsJoined(_ text: String) -> String {
        yearSpace.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
    }
    private static let yearSpace = try! NSRegularExpression(pattern: #"(?<=[0-9]) (?=年)"#)

    /// A header row names columns: three cells or more, one of them a header word. The first row of
    /// a tab grid (any row when the first is one spanning word); any row of pdftotext -layout's
    /// text, whose group captions stand over the row of column names.
    private static func namesColumns(_ header: [[String]], laidOut: Bool) -> Bool {
        let rows = laidOut || (header.count > 1 && header[0].count == 1) ? header : [header[0]]
        return rows.contains { row in
            // A word processor sets a header's cells one space apart ("项目 2022 年预算数 2023 年预算数"):
            // its words, each year joined to its 年, are the cells.
            let cells = laidOut && row.count < 3 ? withYearsJoined(row.joined(separator: " ")).split(separator: " ").map(String.init) : row
            return (cells.count >= 3 || spacedWords(row) >= 3) && cells.contains { cell in
                cell.split(separator: " ").contains { HeaderWords.isHeaderWord(TextRepair.compact(String($0))) }
            }
        }
    }

    /// Rows of a name then amounts only, the first two with as many amounts, under header rows
    /// whose cells are at least as many as those amounts.
    private static func headsAmountRows(_ header: [[String]], at first: Int, in lines: [String]) -> Bool {
        let rows = lines[first...].lazy.filter { !TableLines.isBlank($0) }.prefix(2).map(cells)
        let counts = rows.map(amountCount)
        guard counts.count == 2, let n = counts.first, n >= 2, counts.allSatisfy({ $0 == n }) else { return false }
        return header.reduce(0) { $0 + $1.count } >= n || header.reduce(0) { $0 + spacedWords($1) } >= n
    }

    /// A row's words when a word processor set its cells one space apart (`资金合计 中央资金`): every
    /// piece between single spaces, a year joined to the words after it (`2016 年预算数`).
    private static func spacedWords(_ row: [String]) -> Int {
        row.reduce(0) { count, cell in
            let pieces = cell.split(separator: " ")
            return count + pieces.filter { !($0.count == 4 && $0.allSatisfy(\.isNumber)) }.count
        }
    }

    /// How many amounts follow the row's name; 0 unless the name is a word and every other cell a number.
    private static func amountCount(_ row: [String]) -> Int {
        guard let name = row.first, !TokenKind.of(TextRepair.compact(name)).isNumeric else { return 0 }
        // Amounts of narrow columns set one space apart (`5,211,940.08 4,653,828.96`) count one by one.
        let values = row.dropFirst().flatMap { $0.split(separator: " ") }
        return values.allSatisfy({ TokenKind.of(TextRepair.compact(String($0))).isNumeric }) ? values.count : 0
    }

    /// A tab row's cells; a line of pdftotext -layout's text parts at runs of two spaces or more
    /// (one space parts the words of a cell, as "2016 年预算数").
    static func cells(_ line: String) -> [String] {
        if isTabbed(line) {
            return line.split(separator: "\t").map { UTF8Text.trimmingWhitespace(String($0)) }.filter { !$0.isEmpty }
        }
        return line.split(separator: "  ").map { UTF8Text.trimmingWhitespace(String($0)) }.filter { !$0.isEmpty }
    }

    static func isTabbed(_ line: String) -> Bool { line.utf8.contains(UInt8(ascii: "\t")) }

    private static func hasAmount(_ row: [String]) -> Bool {
        row.dropFirst().contains { TokenKind.of(TextRepair.compact($0)).isNumeric }
    }

    private static func nonBlank(before i: Int, in lines: [String]) -> Int? {
        (0..<i).last { !TableLines.isBlank(lines[$0]) }
    }
}
