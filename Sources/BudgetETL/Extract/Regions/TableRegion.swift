import Foundation

/// Layer 3: where each table lies in the text. A region runs from a title to the table's note
/// (注/说明/备注), the next title, or the end of the text. Running page furniture inside it
/// (page numbers, part headings repeated as page headers) is skipped by the readers.
struct TableRegion {
    /// The catalog kind its title names; nil when no title pattern matches (the extractor then
    /// names it by its header, or by its title).
    var key: String?
    var title: String
    /// 0-based index of the title line.
    var titleIndex: Int
    /// 0-based indexes of the lines after the title up to the end of the table.
    var body: Range<Int>
    var unitText: String?
    var statedEmpty: Bool
    /// Which table of a page printed on one line (`StreamLayout.embeddedTables`) the title heads;
    /// 0 for a title line of its own.
    var part = 0
    /// A table's title (…表) over numbered rows whose structure reads as no table: its lines are
    /// not the table above's, and its numbers are rejected (`ReaderReject.Reason.tableUnread`).
    var unread = false
}

/// A title found in the text: its line, and the line its title block starts on (a marker line such
/// as "公开05表" printed above the title).
struct TitleLine: Equatable {
    var index: Int
    var start: Int
    var match: TitleMatcher.Match
    /// Which table of a page on one line the title heads (see `TableRegion.part`).
    var part = 0
}

enum RegionFinder {
    static func regions(in lines: [String], matcher: TitleMatcher) -> [TableRegion] {
        regions(in: lines, titles: titleLines(in: lines, matcher: matcher))
    }

    /// Every line that reads as a title, less the entries of a table of contents.
    static func titleLines(in lines: [String], matcher: TitleMatcher) -> [TitleLine] {
        var found: [TitleLine] = []
        var facts: CellLineFacts?
        var notes = NoteScan()
        var i = 0
        while i < lines.count {
            defer { i += 1 }
            // A marker under a title belongs to it; one above the next line, to that line.
            let followsTitle = found.last.map { $0.index >= i - 2 } ?? false
            if !followsTitle, TitleMatcher.isMarkerOnly(lines[i]), let next = nextNonEmpty(after: i, in: lines, within: 2),
               let match = matcher.title(lines[next], afterMarker: true)
                ?? TitleMatcher.withoutPageNumber(lines[next]).flatMap({ matcher.title($0, afterMarker: true) }) {
                found.append(TitleLine(index: next, start: i, match: match))
                i = next
            } else if let match = matcher.title(lines[i]), !repeatsTitle(at: i, of: found.last, in: lines) {
                let followsFound = found.last.map { $0.index >= i - 1 } ?? false
                if match.key == nil, !followsFound, let wrapped = wrappedTitle(at: i, in: lines, matcher: matcher) {
                    found.append(TitleLine(index: i, start: i - 1, match: wrapped))
                } else {
                    found.append(TitleLine(index: i, start: i, match: match))
                }
            } else if let caption = TitleMatcher.yearbookCaption(lines[i]), let match = matcher.title(caption, afterMarker: true) {
                found.append(TitleLine(index: i, start: i, match: match))
            } else if let inline = StreamLayout.titleAndTable(lines[i]), let match = matcher.title(inline.title) {
                // A whole table printed on its title's line: the title is the words up to 表.
                found.append(TitleLine(index: i, start: i, match: match))
            } else if case let embedded = StreamLayout.embeddedTables(lines[i]), !embedded.isEmpty {
                // A whole page on one line: its tables' titles lie inside it, each heading its own.
                for (part, table) in embedded.enumerated() {
                    if let match = matcher.title(table.title) { found.append(TitleLine(index: i, start: i, match: match, part: part)) }
                }
            } else if !notes.tableOpen(at: i, after: found.last, in: lines),
                      StreamLayout.headsCellPerLineTable(after: i, in: cellLineFacts(lines, &facts)) {
                if !TitleMatcher.namesDocument(lines[i]), let match = matcher.title(lines[i], afterMarker: true) {
                    // A caption without 表 over a table of one cell per line, read as a title as one
                    // under a marker is; not inside a table (a part's name over its own header), nor
                    // the document's name (the page header over the table's own caption).
                    found.append(TitleLine(index: i, start: i, match: match))
                } else if isUnitLine(lines[i]) {
                    // A table of one cell per line whose title the text does not hold (a page stored
                    // from inside its table): it starts at its unit line and has no title.
                    found.append(TitleLine(index: i, start: i, match: TitleMatcher.Match(key: nil, title: "")))
                }
            } else if let open = found.last, notes.tableOpen(at: i, after: open, in: lines),
                      ClosingCaption.closesTable(at: i, in: lines, title: open.index),
                      let match = matcher.title(lines[i], afterMarker: true) {
                // A caption right after a table's last cell, not closed as the cells are: the next table's title.
                found.append(TitleLine(index: i, start: i, match: match))
            } else if let open = found.last, notes.tableOpen(at: i, after: open, in: lines),
                      UntitledGrid.captionOverLaidOutHeader(at: i, in: lines, title: open.index),
                      let match = matcher.title(UTF8Text.trimmingWhitespace(lines[i]), afterMarker: true) {
                // The caption of a second table of pdftotext -layout's rows (no 表, no unit line)
                // under the first one's last row: the next table's title, not a row of the first.
                found.append(TitleLine(index: i, start: i, match: match))
            } else if UntitledGrid.isLaidOutUnitLine(lines[i], over: i + 1 < lines.count ? lines[i + 1] : nil), !notes.tableOpen(at: i, after: found.last, in: lines),
                      UntitledGrid.headsTable(after: i, in: lines) {
                // The same for a table of tab or `|` rows or of pdftotext -layout's aligned rows (the
                // unit line pushed right): its unit line, then its header row; a caption over the
                // unit line is its title.
                if UntitledGrid.captionUnread(above: i, in: lines) {
                    // A caption there that is not read whole: no table under a title not its own.
                } else if let caption = UntitledGrid.caption(above: i, in: lines), let match = matcher.title(caption.text, afterMarker: true) {
                    found.append(TitleLine(index: i - 1, start: caption.start, match: match))
                } else {
                    found.append(TitleLine(index: i, start: i, match: TitleMatcher.Match(key: nil, title: "")))
                }
            } else if RegionFinder.isUnitLine(lines[i]), !notes.tableOpen(at: i, after: found.last, in: lines),
                      YearColumns.headsTable(after: i, in: lines) {
                // The same for a table of space-separated rows under a header of years alone: its
                // unit line, then the years; the caption over the unit line is its title.
                if let caption = YearColumns.caption(above: i, in: lines), let match = matcher.title(caption.text, afterMarker: true) {
                    found.append(TitleLine(index: i - 1, start: caption.line, match: match))
                } else {
                    found.append(TitleLine(index: i, start: i, match: TitleMatcher.Match(key: nil, title: "")))
                }
            } else if !notes.tableOpen(at: i, after: found.last, in: lines), UntitledGrid.captionHeadsTable(at: i, in: lines),
                      let match = matcher.title(lines[i], afterMarker: true) {
                // A caption without 表 and without a unit line right over a tab or `|` grid's header
                // row, after the document's prose: the table's title, as over one cell per line.
                found.append(TitleLine(index: i, start: i, match: match))
            } else if !notes.tableOpen(at: i, after: found.last, in: lines), introducesGrid(at: i, in: lines) {
                // A sentence saying the table follows (…分类说明如下:) right over a grid's header row:
                // a table without a title of its own, starting under the sentence.
                found.append(TitleLine(index: i, start: i, match: TitleMatcher.Match(key: nil, title: "")))
            } else if !notes.tableOpen(at: i, after: found.last, in: lines), UnitColumn.headsTable(at: i, in: lines) {
                // A header row with a unit column over a row stating its unit: a table without a
                // title, whose header is the region's first line (`UnitColumn.headerRow`).
                found.append(TitleLine(index: i, start: i, match: TitleMatcher.Match(key: nil, title: "")))
            } else if !notes.tableOpen(at: i, after: found.last, in: lines), UntitledHeader.headsTable(at: i, in: lines) {
                // A header row of pdftotext -layout's text over rows of amounts, with no title or unit
                // line over it: a table without a title, whose header is the region's first line.
                found.append(TitleLine(index: i, start: i, match: TitleMatcher.Match(key: nil, title: "")))
            }
        }
        // The tables of a page on one line share its index: the contents are judged by line.
        var indexes: [Int] = []
        for title in found where indexes.last != title.index { indexes.append(title.index) }
        let kept = Set(TableOfContents.tableTitles(indexes, in: lines).map { indexes[$0] })
        return found.filter { kept.contains($0.index) }
    }

    /// A header caption naming what the table's title names (`机关(机构)运行经费` over `支出` / `合计`,
    /// a workbook's header cell under its title and unit line): no next table's title, as no
    /// table starts between a title's unit line and its header.
    static func repeatsTitle(at i: Int, of title: TitleLine?, in lines: [String]) -> Bool {
        guard let title, i > title.index + 1, i - title.index <= Thresholds.titleRepeatedInHeaderLines else { return false }
        return TextRepair.compact(lines[i]) == TextRepair.compact(lines[title.index])
            && (title.index + 1..<i).contains { LineClass.statedUnit(lines[$0]) != nil }
    }

    /// A title wrapped over two lines ("某局2016年“三公”经费预算" / "财政拨款情况表"): the line
    /// just above a title that the catalog does not name, itself a short phrase (no sentence
    /// punctuation, no number but a year), when only the two together make a title the catalog
    /// names.
    static func wrappedTitle(at i: Int, in lines: [String], matcher: TitleMatcher) -> TitleMatcher.Match? {
        guard i > 0 else { return nil }
        let above = lines[i - 1].trimmingCharacters(in: .whitespaces)
        guard !above.isEmpty, above.count <= TitleMatcher.maximumShapedTitleLength, !above.hasSuffix("表"),
              TitleMatcher.shapedTitle(withoutBareYears(above) + "表", afterMarker: true) != nil,
              let joined = matcher.match(above + lines[i].trimmingCharacters(in: .whitespaces)) else { return nil }
        return TitleMatcher.Match(key: joined.key, title: joined.title)
    }

    /// "某局2016-度" → "某局-度": a year whose 年 the page printed as a hyphen is still a
    /// year, not a number that makes the line a row's piece.
    private static func withoutBareYears(_ line: String) -> String {
        bareYear.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
    }
    private static let bareYear = try! NSRegularExpression(pattern: #"(?<![0-9.])(?:19|20)[0-9]{2}(?![0-9.])"#)

    /// A sentence ending in 如下: (as follows) right over a tab or `|` row of three cells or more
    /// led by a name column's word (项目): that row heads the table the sentence announces.
    static func introducesGrid(at i: Int, in lines: [String]) -> Bool {
        guard UTF8Text.hasSuffix(lines[i], "如下:") || UTF8Text.hasSuffix(lines[i], "如下："), i + 1 < lines.count,
              UTF8Text.containsByte(lines[i + 1], 9) else { return false }
        let cells = lines[i + 1].split(separator: "\t").map { TextRepair.compact(String($0)) }.filter { !$0.isEmpty }
        return cells.count >= 3 && HeaderWords.isLabel(cells[0])
    }

    /// "单位：万元" alone on its line.
    static func isUnitLine(_ line: String) -> Bool {
        line.utf8.count <= Thresholds.unitLineBytes && LineClass.statedUnit(line) != nil
    }

    private static func cellLineFacts(_ lines: [String], _ facts: inout CellLineFacts?) -> CellLineFacts {
        if let facts { return facts }
        let made = CellLineFacts(lines)
        facts = made
        return made
    }

    /// Whether line `i` lies inside the table of the last title: no note (注/说明) closed it since.
    /// Lines only move forward, so each line is looked at once per title, not once per line after it.
    private struct NoteScan {
        var title = -1, checked = 0, closed = false

        mutating func tableOpen(at i: Int, after title: TitleLine?, in lines: [String]) -> Bool {
            guard let title else { return false }
            if title.index != self.title { self.title = title.index; checked = title.index + 1; closed = false }
            while !closed, checked < i { closed = LineClass.isNote(lines[checked]); checked += 1 }
            return !closed
        }
    }

    private static func nextNonEmpty(after i: Int, in lines: [String], within distance: Int) -> Int? {
        (i + 1..<min(lines.count, i + 1 + distance)).first { !lines[$0].allSatisfy(\.isWhitespace) }
    }

    static func regions(in lines: [String], titles: [TitleLine]) -> [TableRegion] {
        var regions: [TableRegion] = []
        for (n, title) in titles.enumerated() {
            let index = title.index
            let limit = n + 1 < titles.count ? titles[n + 1].start : lines.count
            var end = index + 1
            while end < limit, !LineClass.isNote(lines[end]) { end += 1 }
            let trailer = (end..<max(end, min(limit, end + 4))).map { lines[$0] }
            let stated = trailer.contains { LineClass.saysNoData($0) }
                || (index + 1..<end).contains { LineClass.saysNoData(lines[$0]) }
            let previousEnd = regions.last.map { $0.body.upperBound } ?? 0
            let unit = unitText(lines: lines, title: index, bodyEnd: end, previousEnd: previousEnd)
            regions.append(TableRegion(key: title.match.key, title: title.match.title, titleIndex: index,
                                       body: index + 1..<end, unitText: unit, statedEmpty: stated, part: title.part))
        }
        return regions
    }

    /// The money unit stated on the title line, the lines just before it (some converters put the
    /// page header first), or the lines between the title and the body.
    static func unitText(lines: [String], title: Int, bodyEnd: Int, previousEnd: Int) -> String? {
        let before = min(max(previousEnd, title - 3), title)..<title
        let after = title..<min(bodyEnd, title + 25)
        for i in Array(after) + before.reversed() {
            // "单位:" whose unit the converter wrapped onto the next line; such a line's last byte is
            // a colon's (":" or "：") or a space.
            let last = lines[i].utf8.last
            let wrapped = (last == 0x3A || last == 0x9A || last == 0x20)
                && (lines[i].hasSuffix(":") || lines[i].hasSuffix("：") || lines[i].hasSuffix(": ") || lines[i].hasSuffix(":  "))
            let text = wrapped ? lines[i] + (i + 1 < lines.count ? lines[i + 1] : "") : lines[i]
            if let unit = LineClass.statedUnit(text) { return unit }
        }
        // No 单位 line: a form that names its unit in a row or header, "部门预算总额(万元)".
        for i in title + 1..<bodyEnd {
            if let unit = LineClass.parenthesizedUnit(lines[i]) { return unit }
        }
        return nil
    }
}

/// What a line says about the table around it, by its words alone.
enum LineClass {
    static func isNote(_ line: String) -> Bool {
        guard let first = line.unicodeScalars.first(where: { !Tokenizer.isSpace($0) && $0 != "\t" }),
              first == "注" || first == "说" || first == "备" else { return false }
        let c = TextRepair.compact(line)
        return ["注:", "注：", "说明:", "说明：", "备注", "注1", "注."].contains { UTF8Text.hasPrefix(c, $0) }
    }

    static func saysNoData(_ line: String) -> Bool {
        guard UTF8Text.containsAny(line, "无") || UTF8Text.containsAny(line, "空") else { return false }
        let c = TextRepair.compact(line)
        return ["本表无数据", "此表无数据", "故本表为空", "本表为空表", "无数据,故", "无数据，故"].contains { UTF8Text.holds(c, $0) }
            || (UTF8Text.holds(c, "故本表") && UTF8Text.holds(c, "无"))
    }

    /// "单位：万元", "金额单位：元", "单位: 万元": the unit after a 单位 label.
    static func statedUnit(_ line: String) -> String? {
        // 单位 and 元 or nothing to find: most lines leave here.
        guard UTF8Text.containsAny(line, "元"), UTF8Text.containsAny(line, "单") else { return nil }
        let c = TextRepair.compact(line)
        guard let match = unitPattern.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)),
              let range = Range(match.range(at: 1), in: c) else { return nil }
        return String(c[range])
    }
    private static let unitPattern = try! NSRegularExpression(pattern: #"单位[:：]?(万元|千元|亿元|元)"#)

    /// "(万元)" / "（元）" anywhere in the line.
    static func parenthesizedUnit(_ line: String) -> String? {
        guard UTF8Text.containsAny(line, "元") else { return nil }
        let c = TextRepair.compact(line)
        guard let match = parenthesized.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)),
              let range = Range(match.range(at: 1), in: c) else { return nil }
        return String(c[range])
    }
    private static let parenthesized = try! NSRegularExpression(pattern: #"\((万元|千元|亿元|元)\)"#)

    /// Lines that belong to the page, not the table: page numbers and part headings.
    static func isPageFurniture(_ line: String) -> Bool {
        // Page numbers and part headings are short lines without tabs: most lines leave here.
        if line.utf8.count > 150 || UTF8Text.containsByte(line, 9) { return false }
        // All of them start with "-", "—" or "第"; a line starting with another ASCII character
        // or ideograph is none (those never join the white space before them).
        if let first = line.unicodeScalars.first(where: { !$0.properties.isWhitespace }),
           first != "-", first != "—", first != "第", first.isASCII || (0x3400...0x9FFF).contains(first.value) { return false }
        // Not undoubled: a bold code printed twice ("303303") is not a page number; and digits
        // separated by spaces ("1 2 3") are a column-number row, not a page number.
        let parts = line.split(whereSeparator: \.isWhitespace)
        if parts.count > 1, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }) { return false }
        let c = line.filter { !$0.isWhitespace }
        if c.isEmpty { return true }
        return furniture.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)) != nil
    }
    private static let furniture = try! NSRegularExpression(
        pattern: #"^(?:-\d{1,3}-|第\d+页(共\d+页)?|第[一二三四五六七八九十]+部分.*|[-—]\d+[-—])$"#)

    /// Lines between a title and its header: agency, year, unit, table number.
    static func isMeta(_ line: String) -> Bool {
        let c = TextRepair.compact(line)
        if c.isEmpty { return true }
        // Every form of `meta` holds 表 (a marker), is 元 or 万元 alone (a line end the pattern's
        // "$" passes over after it), holds 单位 before its unit, is a short year (4 digits of up
        // to 4 bytes each, 年, 度, brackets, a line end), or starts with a label (部门, 单位, 预算单位,
        // 编制单位, 填报单位) and holds a colon: most rows leave here, headers naming 万元 too.
        guard UTF8Text.containsAny(c, "表")
                || (UTF8Text.containsAny(c, "元") && (c.utf8.count <= longestUnitAlone || UTF8Text.contains(c, "单位")))
                || (c.utf8.count <= longestYearLine && UTF8Text.containsAny(c, "年"))
                || (UTF8Text.containsAny(c, ":", "：") && ["部", "单", "预", "编", "填"].contains(c.unicodeScalars.first!))
        else { return false }
        return meta.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)) != nil
    }
    /// "(２０２４年度)" with a line end after it, in bytes.
    private static let longestYearLine = 32
    /// "万元" with a line end after it (U+2028: three bytes), in bytes.
    private static let longestUnitAlone = 9
    /// A marker line (TitleMatcher.marker), a unit, a year, or an agency line.
    private static let meta = try! NSRegularExpression(pattern: "^(?:" + TitleMatcher.marker + "|" +
        #"万元|元|\(?\d{4}年度?\)?|(?:金额)?单位[:：]?(?:万元|元|千元)|(?:部门|单位|部门\(单位\)|预算单位|编制单位|填报单位)(?:名称)?[:：].*|.*(?:金额)?单位[:：](?:万元|元|千元)$)$"#)
}
