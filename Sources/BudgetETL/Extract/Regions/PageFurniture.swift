import Foundation

/// What a page break leaves inside a table, to be skipped by every reader: the running header,
/// the page number (the header printed again: `RepeatedHeaderFinder`).
extension TableLines {
    /// Lines a page break left inside a table: the page number, part headings (`LineClass`), and
    /// the running header printed at the top of every page.
    static func pageFurniture(_ texts: [String], layout: Layout, document: [String]) -> [Bool] {
        var marked = texts.map { LineClass.isPageFurniture($0) || isRunningHeader($0, document: document) }
        // Worked out for the table once, and only when a lone number asks.
        var noWholeNumbersMemo: Bool?
        func noWholeNumbers() -> Bool {
            if let known = noWholeNumbersMemo { return known }
            let known = layout == .sequential && printsNoWholeNumbers(texts)
            noWholeNumbersMemo = known
            return known
        }
        for i in texts.indices where !marked[i] {
            // Only a number alone can be a page number: other lines leave before their neighbours
            // are looked at (`beforeFurniture` only ever adds to what a lone number needs).
            guard isLonePageNumber(texts[i], layout: layout, beforeFurniture: true), !continuesLineNumbers(i, texts),
                  !signedOnNextLine(i, texts) else { continue }
            // Before the next page's running header, or its repeat of a header line.
            let beforeFurniture = i + 1 < texts.count && (marked[i + 1] || repeatsHeaderLine(i + 1, texts))
            let betweenRows = i > 0 && i + 1 < texts.count && holdsRow(texts[i - 1]) && (holdsRow(texts[i + 1]) || startsWithCode(texts[i + 1]))
            marked[i] = isLonePageNumber(texts[i], layout: layout,
                                         beforeFurniture: beforeFurniture || betweenRows || breaksLineNumbers(i, texts)
                                            || (wholeNumbers(texts[i]).first.map { $0 < 100 } == true && noWholeNumbers()))
        }
        return marked
    }

    /// A lone number whose next line holds a percent sign alone: a rate wrapped in its narrow cell
    /// (`100` / `%`), not a page number.
    static func signedOnNextLine(_ i: Int, _ texts: [String]) -> Bool {
        guard i + 1 < texts.count else { return false }
        let next = UTF8Text.trimmingWhitespace(texts[i + 1])
        return WrappedPercentSigns.isBareSign(next)
    }

    /// A line of several words without numbers printed earlier in the table: a header line
    /// repeated on a new page.
    private static func repeatsHeaderLine(_ i: Int, _ texts: [String]) -> Bool {
        let wordy = UTF8Text.withBytes(texts[i]) { b in
            let cells = UTF8Text.cells(b)
            return cells.count >= 2 && !cells.contains { TokenKind.of(bytes: UnsafeBufferPointer(rebasing: b[$0])).isNumeric }
        }
        return wordy && texts[..<i].contains(texts[i])
    }

    /// A lone number inside a run of 行次 (the line above holds k, the line below starts with k+1)
    /// that continues no run printed just above it: not the other side's 行次 but a page number.
    static func breaksLineNumbers(_ i: Int, _ texts: [String]) -> Bool {
        guard i > 0, i + 1 < texts.count, let lone = wholeNumbers(texts[i]).first, wholeNumbers(texts[i]).count == 1,
              let next = wholeNumbers(texts[i + 1]).first, next != lone,
              UTF8Text.trimmingWhitespace(texts[i + 1]).hasPrefix(String(next)),
              wholeNumbers(texts[i - 1]).contains(next - 1) else { return false }
        let above = texts[max(0, i - Thresholds.lineNumberRunLookback)..<i]
        return !above.contains { wholeNumbers($0).contains(lone - 1) }
    }

    /// A lone number k between lines that start with k−1 (above) and k+1 (below): the 行次 of a row
    /// whose name wrapped onto the lines after it, not a page number.
    static func continuesLineNumbers(_ i: Int, _ texts: [String]) -> Bool {
        let numbers = wholeNumbers(texts[i])
        guard numbers.count == 1, let k = numbers.first, UTF8Text.trimmingWhitespace(texts[i]) == String(k) else { return false }
        let above = texts[max(0, i - Thresholds.lineNumberRunLookback)..<i]
        let below = texts[(i + 1)..<min(texts.count, i + 1 + Thresholds.lineNumberRunLookback)]
        func starts(_ text: String, _ n: Int) -> Bool {
            let trimmed = UTF8Text.trimmingWhitespace(text)
            return wholeNumbers(text).first == n && (trimmed == String(n) || trimmed.hasPrefix("\(n) "))
        }
        return above.contains { starts($0, k - 1) } && below.contains { starts($0, k + 1) }
    }

    /// A table whose amounts print their decimals (`7.00`) and that has no column of whole numbers
    /// (行次, 序号, counts): a number of one or two digits alone on a line (too short for a code)
    /// is none of its cells.
    static func printsNoWholeNumbers(_ texts: [String]) -> Bool {
        var decimals = 0
        for text in texts {
            if wholeNumberColumnWords.contains(where: { UTF8Text.holds(text, $0) }) { return false }
            for cell in text.split(whereSeparator: { $0 == " " || $0 == "\t" }) where cell.contains(".") {
                guard TokenKind.of(String(cell)) == .amount else { continue }
                // More than two decimals: a value glued to the next cell (`51292.0030215`).
                guard let places = cell.split(separator: ".").last?.count, places >= 2 else { return false }
                decimals += 1
            }
        }
        return decimals > 0
    }

    private static let wholeNumberColumnWords = ["行次", "序号", "数量", "人数", "辆", "(人)", "（人）", "个数"]

    /// The cells of a line that are whole numbers of a few digits (行次, page numbers).
    static func wholeNumbers(_ text: String) -> [Int] {
        // Over bytes where every scalar is a Character: an ASCII Character is then one byte.
        if let numbers = UTF8Text.withBytes(text, { b in UTF8Text.oneCharacterPerScalar(b) ? wholeNumbers(bytes: b) : nil }) {
            return numbers
        }
        return text.split { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }.compactMap { cell in
            cell.count <= Thresholds.pageNumberDigits && cell.allSatisfy(\.isASCII) ? Int(cell) : nil
        }
    }

    /// `wholeNumbers` over bytes: cells between spaces, tabs and ideographic spaces, of ASCII only.
    private static func wholeNumbers(bytes b: UnsafeBufferPointer<UInt8>) -> [Int] {
        var numbers: [Int] = []
        var i = 0
        while i < b.count {
            let width = b[i] == 0x20 || b[i] == 0x09 ? 1 : b[i] == 0xE3 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
            if width > 0 { i += width; continue }
            var end = i, ascii = true
            while end < b.count, b[end] != 0x20, b[end] != 0x09,
                  !(b[end] == 0xE3 && end + 2 < b.count && b[end + 1] == 0x80 && b[end + 2] == 0x80) {
                if b[end] >= 0x80 { ascii = false }
                end += 1
            }
            if ascii, end - i <= Thresholds.pageNumberDigits,
               let number = Int(String(decoding: UnsafeBufferPointer(rebasing: b[i..<end]), as: UTF8.self)) {
                numbers.append(number)
            }
            i = end
        }
        return numbers
    }

    /// A line that starts with a classification code (the row goes on below).
    private static func startsWithCode(_ text: String) -> Bool {
        UTF8Text.withBytes(text) { b in
            guard let first = UTF8Text.cells(b).first else { return false }
            let cell = UnsafeBufferPointer(rebasing: b[first])
            // An integer's scalars are digits, one Character each.
            return cell.lazy.filter { $0 & 0xC0 != 0x80 }.count >= 3 && TokenKind.of(bytes: cell) == .integer
        }
    }

    /// A line of several cells with a number among them: a whole row, not a wrapped piece of one.
    private static func holdsRow(_ text: String) -> Bool {
        UTF8Text.withBytes(text) { b in
            let cells = UTF8Text.cells(b)
            return cells.count >= 2 && cells.contains { TokenKind.of(bytes: UnsafeBufferPointer(rebasing: b[$0])).isNumeric }
        }
    }

    /// A number alone on its line. In a tab-separated table every row has tabs, so any short
    /// number without one is a page number. Elsewhere a number alone may be a 行次 or a code
    /// whose name was wrapped onto the next line: it is a page number only when it stands
    /// indented like one, just before the next page's running header, or between two whole rows.
    static func isLonePageNumber(_ text: String, layout: Layout, beforeFurniture: Bool) -> Bool {
        if layout == .tabGrid { return isBarePageNumber(text) || isPageCounter(text) }
        // Digits and spaces only (ASCII, ideographic, no-break: their bytes), or no page number.
        guard UTF8Text.withBytes(text, { b in
            b.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 || $0 == 0xE3 || $0 == 0x80 || $0 == 0xC2 || $0 == 0xA0 }
        }) else { return false }
        let indent = text.unicodeScalars.prefix { Tokenizer.isSpace($0) }.count
        let digits = Tokenizer.clean(Substring(text)).unicodeScalars
        // Pages are numbered from 1: a lone 0 in a column-aligned table is a value (`0` centred
        // between a name's pieces). (Where cells stand one a line, the readers place values by
        // count, and a zero they would misplace is left out as before.)
        guard !digits.isEmpty, digits.count <= Thresholds.pageNumberDigits, digits.allSatisfy({ ("0"..."9").contains($0) }),
              layout != .columnAligned || !digits.allSatisfy({ $0 == "0" }) else { return false }
        return beforeFurniture || (layout == .columnAligned && indent >= Thresholds.pageNumberIndent)
    }

    /// A line of text naming a year ("某某局2025年部门预算公开") printed again elsewhere in the
    /// document as a text of its own (spaces or the line's ends around it), a page away at least: the header at the top of each page, not a row (rows hold
    /// numbers, and a name wrapped alone onto a line repeats with its year only where two rows'
    /// names start alike, a few lines apart: `特定目标类提前下达2024年中央` / … / the same).
    /// Printed once a page, every copy stands a page from the one before (tall rows alike,
    /// centred, print such a piece every few lines however far the first and last stand apart).
    static func isRunningHeader(_ text: String, document: [String]) -> Bool {
        // Cheap guards first: the year's "19" or "20" and its 年.
        guard UTF8Text.containsASCII(text, 0x31, 0x39) || UTF8Text.containsASCII(text, 0x32, 0x30),
              UTF8Text.containsAny(text, "年") else { return false }
        let trimmed = Tokenizer.clean(Substring(text))
        guard yearLine.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil,
              !HeaderWords.isHeaderWord(TextRepair.compact(trimmed)), !LineClass.isMeta(trimmed) else { return false }
        // A row's name opens with its list number (`二、…年末`); a running header does not.
        guard !HeadingOnRowLine.opensNumberedItem(trimmed) else { return false }
        // A copy stands apart from the line's other text: inside a longer run of characters (a
        // title holding a wrapped name's first piece, `某县2024年地方政府债务表`) it is another word.
        let copies = document.indices.filter { UTF8Text.containsApart(document[$0], trimmed) }
        guard copies.count >= 2, zip(copies, copies.dropFirst()).allSatisfy({ $1 - $0 >= Thresholds.runningHeaderSpacing }) else { return false }
        return !isHeaderCellPrintedAgain(copies, in: document)
    }

    /// Every copy of the line printed right after the same header word (`上年决算数` /
    /// `本年预算调整数`): a cell of a header printed again after a page break, one cell per
    /// line, not the page's running header (whose line above is the last row of a page).
    private static func isHeaderCellPrintedAgain(_ copies: [Int], in document: [String]) -> Bool {
        let above = copies.map { i in
            (0..<i).last { !document[$0].allSatisfy(\.isWhitespace) }.map { TextRepair.compact(document[$0]) }
        }
        guard let word = above[0], HeaderWords.isHeaderWord(word) else { return false }
        return above.allSatisfy { $0 == word }
    }

    /// One phrase naming a year, a report's section number before it allowed ("2.5 2024年某省…支出":
    /// the first line of a title wrapped over two, printed again at the top of each page).
    private static let yearLine = try! NSRegularExpression(pattern: "^(?:\(TitleMatcher.sectionNumber)\\s+)?\\S*(19|20)\\d{2}\\s*年\\S*$")

    /// A page's counter in English words, `Page 3` or `Page 3 of 7` (a spreadsheet's footer, printed
    /// on a one-page sheet too, where no second copy shows it runs): in a tab-separated table, whose
    /// rows all have tabs, such a line without one is no row's wrapped name.
    static func isPageCounter(_ text: String) -> Bool {
        // Asked of every line of a tab table: most leave on their first byte, a `P` or `p` or none.
        guard let first = text.utf8.first(where: { $0 != 0x20 }), first | 0x20 == 0x70, !UTF8Text.containsByte(text, 9) else { return false }
        var words = UTF8Text.trimmingWhitespace(text).split(separator: " ", omittingEmptySubsequences: true)
        guard words.count == 2 || words.count == 4, words[0].lowercased() == "page" else { return false }
        if words.count == 4 {
            guard words[2].lowercased() == "of", isBarePageNumber(String(words[3])) else { return false }
            words.removeLast(2)
        }
        return isBarePageNumber(String(words[1]))
    }

    /// In a tab-separated table every row has tabs; a line of one short number without any is the
    /// page number the converter left between two pages.
    static func isBarePageNumber(_ text: String) -> Bool {
        // Every byte but spaces a digit (a tab is not), and few of them.
        UTF8Text.withBytes(text) { b in
            var digits = 0
            for byte in b where byte != 0x20 {
                guard byte >= 0x30 && byte <= 0x39 else { return false }
                digits += 1
            }
            return (1...Thresholds.pageNumberDigits).contains(digits)
        }
    }
}

/// Running headers and footers a converter printed on every page (a browser's date, title and
/// address with "3/7", a spreadsheet's sheet name and "Page 3"): the first or last non-blank line
/// of a page, when a line equal to it but for its digits stands at that edge of at least half the
/// pages (two at least). Only lines with an ASCII digit or letter and a word, without an amount,
/// 表 or 单位 qualify (a code or an amount alone at a page edge is a row's, however often):
/// a table's title, marker, unit line or header repeated at a page top is the table's own and
/// is left to the readers. Blanked, not removed, so that line numbers stay the source's.
enum PageEdges {
    static func blankRunning(_ lines: inout [String], pageStarts: [Int]) {
        guard !pageStarts.isEmpty else { return blankPageCounters(&lines) }
        let starts = (pageStarts.first == 0 ? [] : [0]) + pageStarts
        let pages = starts.indices.map { n in starts[n]..<(n + 1 < starts.count ? starts[n + 1] : lines.count) }
        var runningTops = Set<Int>()
        // Running lines stacked at an edge (a spreadsheet's sheet name over its `Page 3`): the
        // inner one reaches the edge only once the outer one is blank, so the edges are taken
        // again. Inside, only a line that counts (its digits differ from page to page) is taken:
        // a header repeated under the running line on every page (`项目 2023年`) is the table's.
        for layer in 0..<Thresholds.stackedRunningLines {
            guard blankRunningEdges(&lines, pages, runningTops: &runningTops, counting: layer > 0) else { break }
        }
        blankPageNumbers(&lines, pages: pages, runningTops: runningTops)
    }

    /// Blanks the lines at the edge of at least half the pages (two at least) equal but for their
    /// digits (`counting`: and not all equal), and such lines near the edges; whether any was found.
    private static func blankRunningEdges(_ lines: inout [String], _ pages: [Range<Int>], runningTops: inout Set<Int>,
                                          counting: Bool) -> Bool {
        let before = edges(lines, pages)
        let keyed = before.enumerated().flatMap { n, edge in
            Set([edge.top, edge.bottom].compactMap { $0 }).compactMap { line in key(lines[line]).map { (page: n, line: line, key: $0) } }
        }
        var pagesPerKey = Dictionary(keyed.map { ($0.key, 1) }, uniquingKeysWith: +)
        if counting {
            let texts = Dictionary(grouping: keyed, by: { $0.key }).mapValues { Set($0.map { lines[$0.line] }).count }
            pagesPerKey = pagesPerKey.filter { texts[$0.key, default: 0] > 1 }
        }
        let needed = max(2, (pages.count + 1) / 2)
        for edge in keyed where pagesPerKey[edge.key, default: 0] >= needed {
            lines[edge.line] = ""
            if edge.line == before[edge.page].top { runningTops.insert(edge.page) }
        }
        let running = Set(pagesPerKey.filter { $0.value >= needed }.keys)
        if !running.isEmpty { blankNearEdges(&lines, pages, running: running) }
        return !running.isEmpty
    }

    /// A running line found at the edge of most pages, printed on another page one line in from
    /// its edge (pdftotext sets the bottom line of a row cut by the page after the footer): it is
    /// that page's furniture too.
    private static func blankNearEdges(_ lines: inout [String], _ pages: [Range<Int>], running: Set<String>) {
        for page in pages {
            let filled = page.filter { !UTF8Text.trimmingWhitespace(lines[$0]).isEmpty }
            for line in filled.prefix(Thresholds.runningLineReach) + filled.suffix(Thresholds.runningLineReach)
            where key(lines[line]).map(running.contains) == true {
                lines[line] = ""
            }
        }
    }

    /// Text with no form feeds (pdfplumber's layout text) still prints each page's footer
    /// (`Page 3`, `第3页`): a line that counts up, one more each time it comes again (1, 2, 3 …),
    /// at least `Thresholds.countedPageLines` times and a page's worth of lines apart each time,
    /// counts pages; it is blanked wherever it stands (the footer of a page that cuts a row's
    /// wrapped name would join that name). A line recurring with one number (a year's column, a
    /// sheet's name) is left: nothing shows it is furniture, unless it is the first line of every
    /// page the counter marks (`Sheet1` above each page's rows, the text's first line and the first
    /// after each footer): a running header, blanked too. Two counting lines count pages when such
    /// a header confirms them.
    static func blankPageCounters(_ lines: inout [String]) {
        var byKey: [String: [(line: Int, number: Int)]] = [:]
        for (index, line) in lines.enumerated() where line.utf8.count <= Thresholds.pageCounterLineBytes && holdsOneWholeNumber(line) {
            guard let key = key(line), let number = digitRun(line) else { continue }
            byKey[key, default: []].append((index, number))
        }
        for found in byKey.values where found.count >= 2
            && zip(found, found.dropFirst()).allSatisfy({ $1.number == $0.number + 1 && $1.line - $0.line >= Thresholds.linesPerPageAtLeast }) {
            let header = runningHeader(lines, footers: found.map(\.line))
            guard found.count >= Thresholds.countedPageLines || !header.isEmpty else { continue }
            for line in found.map(\.line) + header { lines[line] = "" }
        }
    }

    /// The first line of each page that footers end (the text's first line, the first after each
    /// footer) when they are one word, the same but for digits, that could be furniture (`key`);
    /// else none. A line of words and numbers set apart is a row's, however often it opens a page.
    private static func runningHeader(_ lines: [String], footers: [Int]) -> [Int] {
        let filled = { (from: Int) in lines[from...].firstIndex { !UTF8Text.trimmingWhitespace($0).isEmpty } }
        let tops = ([0] + footers.map { $0 + 1 }).filter { $0 < lines.count }.compactMap(filled)
        let keys = tops.map { top in
            UTF8Text.trimmingWhitespace(lines[top]).unicodeScalars.contains { $0.properties.isWhitespace } ? nil : key(lines[top])
        }
        guard tops.count >= 2, let first = keys[0], keys.allSatisfy({ $0 == first }) else { return [] }
        return tops
    }

    /// Whether the line's bytes hold exactly one run of ASCII digits, with no point or comma next
    /// to it (an amount): asked of every line, so the rows of a table, holding several numbers
    /// or decimals, leave before any String is built.
    private static func holdsOneWholeNumber(_ line: String) -> Bool {
        var runs = 0, previous: UInt8 = 0x20
        for byte in line.utf8 {
            let digit = byte >= 0x30 && byte <= 0x39
            if digit, !(previous >= 0x30 && previous <= 0x39) {
                runs += 1
                if runs > 1 || previous == 0x2E || previous == 0x2C { return false }
            } else if !digit, previous >= 0x30 && previous <= 0x39, byte == 0x2E || byte == 0x2C {
                return false
            }
            previous = byte
        }
        return runs == 1
    }

    /// The line's one run of ASCII digits as a number.
    private static func digitRun(_ line: String) -> Int? {
        Int(String(line.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }.map(Character.init)))
    }

    /// Each page's first and last non-blank line.
    private static func edges(_ lines: [String], _ pages: [Range<Int>]) -> [(top: Int?, bottom: Int?)] {
        pages.map { page in
            let filled = page.filter { !UTF8Text.trimmingWhitespace(lines[$0]).isEmpty }
            return (filled.first, filled.last)
        }
    }

    /// Numbers alone at a page's edge ("7", "- 7 -", "第7页") that count the pages: at least two
    /// of them with the same difference to their page's index, or one that ends a page whose next
    /// page starts with a running header. A lone value that happens to end a page does neither.
    /// The edges are taken again once the running headers and footers are blank.
    private static func blankPageNumbers(_ lines: inout [String], pages: [Range<Int>], runningTops: Set<Int>) {
        var found: [(line: Int, offset: Int, beforeRunningHeader: Bool)] = []
        for (n, edge) in edges(lines, pages).enumerated() {
            for line in Set([edge.top, edge.bottom].compactMap { $0 }) {
                guard let number = pageNumber(lines[line]) else { continue }
                found.append((line, number - n, line == edge.bottom && runningTops.contains(n + 1)))
            }
        }
        let perOffset = Dictionary(found.map { ($0.offset, 1) }, uniquingKeysWith: +)
        for item in found where perOffset[item.offset, default: 0] >= 2 || item.beforeRunningHeader { lines[item.line] = "" }
    }

    private static func pageNumber(_ line: String) -> Int? {
        let digits = line.unicodeScalars.filter { $0.value >= 0x30 && $0.value <= 0x39 }
        let rest = line.unicodeScalars.filter { !($0.value >= 0x30 && $0.value <= 0x39) && !$0.properties.isWhitespace }
        guard (1...Thresholds.pageNumberDigits).contains(digits.count),
              rest.allSatisfy({ "-—–第页".unicodeScalars.contains($0) }) else { return nil }
        return Int(String(String.UnicodeScalarView(digits)))
    }

    /// The line without whitespace, its digit runs as "#"; nil when it cannot be furniture.
    static func key(_ line: String) -> String? {
        guard line.utf8.contains(where: { ($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A) }),
              !UTF8Text.holds(line, "表"), !UTF8Text.holds(line, "单位") else { return nil }
        if UTF8Text.isPlain(line) { return UTF8Text.withBytes(line, plainKey) }
        var key = "", inDigits = false
        for scalar in line.unicodeScalars where !scalar.properties.isWhitespace {
            let digit = scalar.value >= 0x30 && scalar.value <= 0x39
            if digit { if !inDigits { key.append("#") } } else { key.unicodeScalars.append(scalar) }
            inDigits = digit
        }
        // A lone code or number ("#") is a row's piece, an amount ("#.#") a row's value.
        guard key.unicodeScalars.contains(where: { $0.properties.isAlphabetic }), !key.contains("#.#") else { return nil }
        return key
    }

    /// `key` of a plain line (`UTF8Text.isPlain`), over its bytes: of plain scalars only tab,
    /// space and U+3000 are white space, and the key is plain too, so a byte search finds "#.#"
    /// where Foundation does. Asked of every page's edge lines, most of them table rows.
    private static func plainKey(_ b: UnsafeBufferPointer<UInt8>) -> String? {
        var key: [UInt8] = []
        key.reserveCapacity(b.count)
        var alphabetic = false, inDigits = false, i = 0
        while i < b.count {
            let (value, length) = UTF8Text.scalar(b, at: i)
            defer { i += length }
            if value == 0x09 || value == 0x20 || value == 0x3000 { continue }
            let digit = value >= 0x30 && value <= 0x39
            if digit {
                if !inDigits { key.append(UInt8(ascii: "#")) }
            } else {
                key.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + length)]))
                alphabetic = alphabetic || isAlphabetic(plain: value)
            }
            inDigits = digit
        }
        guard alphabetic, !holdsDecimal(key) else { return nil }
        return String(decoding: key, as: UTF8.self)
    }

    /// `Unicode.Scalar.properties.isAlphabetic` of a plain scalar: ASCII letters and the CJK
    /// ideographs by their ranges, the few others asked.
    @inline(__always)
    static func isAlphabetic(plain value: UInt32) -> Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case ..<0x80: return false
        default: return Unicode.Scalar(value)!.properties.isAlphabetic
        }
    }

    /// Whether the key holds "#.#" (an amount's digits around a point).
    private static func holdsDecimal(_ key: [UInt8]) -> Bool {
        key.count >= 3 && (0..<(key.count - 2)).contains { key[$0] == 0x23 && key[$0 + 1] == 0x2E && key[$0 + 2] == 0x23 }
    }
}
