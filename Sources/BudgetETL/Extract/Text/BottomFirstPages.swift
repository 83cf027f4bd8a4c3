/// Layer 1 (lines): pages a converter printed bottom line first. Some converters emit a page's
/// text lines in the reverse of their reading order: a table's last row comes first, then the
/// rows upwards, the column names (their own lines reversed too), the unit line, the title, and
/// the table's marker (`表1`) last. Every later layer reads top down (a title above its unit,
/// header and rows), so such pages are turned over here, before regions are found.
///
/// Recognized by structure, never by a file: a title whose unit line (alone, or an agency line
/// stating it) stands right above it while the lines above hold a header and rows with amounts;
/// and no title of the document with a unit line alone under it, nor column names (项目) within a
/// few lines under any title (as pages printed top down show).
///
/// A page's bounds come from the titles, not from where a unit line happens to be: in such a
/// document every title (with the marker, unit or agency lines printed above it, which follow it
/// once turned) is the top of its page, printed last, so each title ends a page that starts after
/// the previous one. A table printed without a unit line (a performance-target form) is turned
/// with its own rows, never with the next page's. No form feed reaches this layer: a page of rows
/// without a title of its own is turned with the next title's page (see README, Known limits).
enum BottomFirstPages {
    /// The lines in reading order and, for each, the 0-based index of the source line it is;
    /// nil when the document reads top down (the usual case: the lines are then used as they are).
    static func restored(_ lines: [String], isTitle: (String) -> Bool) -> (lines: [String], sourceIndex: [Int])? {
        let ends = pageEnds(lines, isTitle: isTitle)
        guard !ends.isEmpty else { return nil }
        var order: [Int] = []
        order.reserveCapacity(lines.count)
        var start = 0
        for end in ends {
            order += turns(lines[start...end]) ? Array((start...end).reversed()) : Array(start...end)
            start = end + 1
        }
        order += start..<lines.count
        return (order.map { lines[$0] }, order)
    }

    /// The last line of each page (its title, or the last of the marker, unit or agency lines right
    /// under it), the text before the first title included; empty when some title reads top down
    /// or none shows a page printed bottom line first.
    static func pageEnds(_ lines: [String], isTitle: (String) -> Bool) -> [Int] {
        guard showsTurnedPage(lines, isTitle: isTitle) else { return [] }
        var ends: [Int] = []
        for title in lines.indices where title > (ends.last ?? -1) && isTitle(lines[title]) {
            // The lines printed above the title (its marker, a unit or agency line at the page's
            // top) follow it: the page ends at the last of them.
            var end = title
            while let next = nonEmpty(after: end, in: lines), next - end <= markerDistance, LineClass.isMeta(lines[next]),
                  !isTitle(lines[next]) { end = next }
            // The next page starts at its bottom (a row, a note, a sentence), never with a header:
            // header words right under the title tell the page reads top down after all.
            if headerFollows(end, in: lines) { return [] }
            ends.append(end)
        }
        return ends
    }

    /// Whether some title has its unit line right above it, a header above that and rows of
    /// amounts above the header, and no title a unit line alone under it. Only unit lines are
    /// looked at (titles are matched at every line only once a page printed bottom line first is seen).
    static func showsTurnedPage(_ lines: [String], isTitle: (String) -> Bool) -> Bool {
        var turned = false
        var rowsFrom = 0
        for (unit, line) in lines.enumerated() where statesUnit(line) {
            // A title right above a unit line alone (agency, year or marker lines between): the
            // page reads top down, and so does the document. (An agency line stating the unit may
            // be printed at the page's top, above the title: under the title once turned.)
            if RegionFinder.isUnitLine(line), let above = pastMeta(before: unit, in: lines), isTitle(lines[above]) { return false }
            guard let title = pastMeta(after: unit, in: lines), isTitle(lines[title]) else { continue }
            if let top = pastMeta(before: unit, in: lines), top >= rowsFrom, !LineClass.holdsAmount(lines[top]),
               lines[rowsFrom..<top].contains(where: LineClass.holdsAmount) { turned = true }
            rowsFrom = title + 1
        }
        return turned
    }

    /// A unit line, alone (`单位：万元`) or after the agency on a line between title and header
    /// (`编制部门：…    单位：元`, padded to the page's width).
    private static func statesUnit(_ line: String) -> Bool {
        LineClass.statedUnit(line) != nil && (RegionFinder.isUnitLine(line) || LineClass.isMeta(line))
    }

    /// Whether a page is turned over: it holds rows of amounts or a unit line (a table's page,
    /// empty tables' too). Text before the first title with neither (a cover, a contents list's
    /// entries) is left in the order printed.
    private static func turns(_ page: ArraySlice<String>) -> Bool {
        page.contains { LineClass.holdsAmount($0) || statesUnit($0) }
    }

    /// A marker, unit or agency line printed above a title stands on the line right under it once
    /// the page is turned, a blank line at most between.
    private static let markerDistance = 2

    /// Lines of column names a header may print above the line naming its code or name column
    /// (captions such as `收入  支出` over `项目  金额  项目  金额`).
    private static let headerLookahead = 3

    /// Whether the lines after `end`, up to the first row, note or sentence, hold a code or name
    /// column's word (项目, 科目名称) within `headerLookahead` lines: a header under its title.
    private static func headerFollows(_ end: Int, in lines: [String]) -> Bool {
        var k = nonEmpty(after: end, in: lines)
        for _ in 0..<headerLookahead {
            guard let line = k, isColumnNames(lines[line]) else { return false }
            if namesCodeOrNameColumn(lines[line]) { return true }
            k = nonEmpty(after: line, in: lines)
        }
        return false
    }

    /// A line that may be column names: no amount, no note, no sentence.
    private static func isColumnNames(_ line: String) -> Bool {
        !LineClass.holdsAmount(line) && !LineClass.isNote(line) && !AlignedText.isProse(line)
    }

    /// A code or name column's word (项目, 科目名称) among the line's words.
    private static func namesCodeOrNameColumn(_ line: String) -> Bool {
        line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" })
            .contains { HeaderWords.isStructural(TextRepair.compact(String($0))) }
    }

    /// The first line above `i` that is no agency, year, unit or marker line (`LineClass.isMeta`):
    /// a page prints those between its title and its header in any order.
    private static func pastMeta(before i: Int, in lines: [String]) -> Int? {
        var k = nonEmpty(before: i, in: lines)
        while let line = k, LineClass.isMeta(lines[line]) { k = nonEmpty(before: line, in: lines) }
        return k
    }

    /// The first line below `i` that is no agency, year, unit or marker line.
    private static func pastMeta(after i: Int, in lines: [String]) -> Int? {
        var k = nonEmpty(after: i, in: lines)
        while let line = k, LineClass.isMeta(lines[line]) { k = nonEmpty(after: line, in: lines) }
        return k
    }

    private static func nonEmpty(before i: Int, in lines: [String]) -> Int? {
        var k = i - 1
        while k >= 0, TableLines.isBlank(lines[k]) { k -= 1 }
        return k >= 0 ? k : nil
    }

    private static func nonEmpty(after i: Int, in lines: [String]) -> Int? {
        var k = i + 1
        while k < lines.count, TableLines.isBlank(lines[k]) { k += 1 }
        return k < lines.count ? k : nil
    }
}

extension ExtractedDocument {
    /// The document with every line number (1-based, of the lines as read) replaced by the source
    /// line it came from: `sourceIndex[k]` is the 0-based source index of line k + 1.
    func renumbered(_ sourceIndex: [Int]) -> ExtractedDocument {
        func source(_ line: Int) -> Int { line >= 1 && line <= sourceIndex.count ? sourceIndex[line - 1] + 1 : line }
        var document = self
        document.tables = tables.map { table in
            var table = table
            table.titleLine = source(table.titleLine)
            table.sections = table.sections.map { section in
                var section = section
                section.rows = section.rows.map { row in
                    var row = row
                    row.line = source(row.line)
                    row.cells = row.cells.map { var cell = $0; cell.line = source(cell.line); return cell }
                    if var ordinal = row.ordinal { ordinal.line = source(ordinal.line); row.ordinal = ordinal }
                    return row
                }
                return section
            }
            return table
        }
        document.rejects = rejects.map { var reject = $0; reject.line = source(reject.line); return reject }
        document.narrative = narrative.map { var line = $0; line.line = source(line.line); return line }
        return document
    }
}

extension LineClass {
    /// Whether a word of the line (words parted by spaces or tabs) is an amount (a number with a
    /// decimal point, separators or a percent sign): a row's line, not a header's.
    static func holdsAmount(_ line: String) -> Bool {
        UTF8Text.withBytes(line) { b in
            var start = 0
            for i in 0...b.count where i == b.count || b[i] == 0x20 || b[i] == 0x09 {
                defer { start = i + 1 }
                if i > start, TokenKind.of(bytes: UnsafeBufferPointer(rebasing: b[start..<i])) == .amount { return true }
            }
            return false
        }
    }
}
