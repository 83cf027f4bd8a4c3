import Foundation

/// A table whose columns are years, its header printed as the years alone (a statistics page's
/// years one a line, or several on one line), no 项目 over the names:
///
///     单位:万元
///     <year>
///     <next year>
///      学校
///      总经费 120.5 130
///        内:拨款 80 85.5
///
/// The years are its header, not a row of amounts, when they are distinct and run forward and every
/// line with numbers after them is a name then exactly one number per year (at least
/// `Thresholds.yearColumnRows` such lines; lines of words alone are headings among the rows): the
/// count leaves no value's column in doubt. Read in space-separated text only (a grid's cells are
/// placed by their positions).
enum YearColumns {
    /// How many lines from `start` print the header's years, when they head such a table.
    /// `throughEnd`: every line after them is the table's (a region's lines); else the rows run to
    /// the first line that is neither a row nor words alone (the region's end is not known yet).
    static func headerLines(_ cells: [[String]], from start: Int, throughEnd: Bool = true) -> Int? {
        var years: [Int] = []
        var k = start
        while k < cells.count, !cells[k].isEmpty, cells[k].allSatisfy({ BareYear.holds($0) }) {
            years += cells[k].compactMap { Int($0) }
            k += 1
        }
        guard k > start, years.count >= 2, zip(years, years.dropFirst()).allSatisfy({ $0 < $1 }) else { return nil }
        var rows = 0
        for line in cells[k...] where line.contains(where: { TokenKind.of($0).isNumeric }) {
            guard let name = line.firstIndex(where: { TokenKind.of($0).isNumeric }), name > 0,
                  line.count - name == years.count, line[name...].allSatisfy({ TokenKind.of($0).isNumeric }) else {
                if throughEnd { return nil } else { break }
            }
            rows += 1
        }
        return rows >= Thresholds.yearColumnRows ? k - start : nil
    }

    /// Whether a stated unit at line `unitLine` heads such a table: its header's years on the next
    /// lines that are not blank, then its rows (the lines up to one that is neither a row nor words
    /// alone are weighed: where the table ends is not known yet).
    static func headsTable(after unitLine: Int, in lines: [String]) -> Bool {
        // Asked of every unit line: the next line that is not blank must be a year.
        guard let first = lines[(unitLine + 1)...].firstIndex(where: { !TableLines.isBlank($0) }),
              BareYear.holds(String(UTF8Text.trimmingWhitespace(lines[first]).prefix(4))) else { return false }
        let cells = lines[first...].filter { !TableLines.isBlank($0) }.map { line in
            line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }).map(String.init)
        }
        return headerLines(cells, from: 0, throughEnd: false) != nil
    }

    /// The header's year lines in a region's prepared lines from `start`, when they head such a
    /// table: the count of lines, and one header line holding every year.
    static func header(_ lines: [TableLines.Line], from start: Int) -> (count: Int, line: TableLines.Line)? {
        // Asked of every table of space-separated text: most leave at their first header line.
        guard start < lines.count, lines[start].tokens.contains(where: { BareYear.holds($0.text) }) else { return nil }
        let cells = lines.map { $0.tokens.filter { !$0.isBlank }.map(\.text) }
        guard let count = headerLines(cells, from: start) else { return nil }
        var line = lines[start]
        line.tokens = lines[start..<(start + count)].flatMap { $0.tokens.filter { !$0.isBlank } }
        line.compact = line.tokens.map(\.text).joined()
        return (count, line)
    }

    /// The caption over the unit line: the nearest line above it that is not blank, a page's
    /// publication line (`日期:… 来源:`) passed over, when it reads as a title (one phrase, no 表
    /// needed: a span of years, then what the table is of, ending in 情况).
    static func caption(above unitLine: Int, in lines: [String]) -> (line: Int, text: String)? {
        var k = unitLine - 1
        var passed = false
        while k >= 0 {
            defer { k -= 1 }
            let line = UTF8Text.trimmingWhitespace(lines[k])
            if line.isEmpty { continue }
            if !passed, isPublicationLine(line) { passed = true; continue }
            guard !UTF8Text.containsByte(line, 9), !StreamLayout.isProse(line),
                  TitleMatcher.shapedTitle(line, afterMarker: true) != nil else { return nil }
            return (k, line)
        }
        return nil
    }

    /// A web page's line of when and where an article was published (日期:… 来源:…, 发布时间:…).
    static func isPublicationLine(_ line: String) -> Bool {
        let text = TextRepair.compact(line).replacingOccurrences(of: "：", with: ":")
        return publicationLabels.contains { text.hasPrefix($0 + ":") }
    }
    private static let publicationLabels = ["日期", "发布日期", "发布时间", "时间", "来源", "信息来源"]

    /// A header of years alone that `header` took: every token a year.
    static func namesColumns(_ header: [TableLines.Line]) -> Bool {
        header.count == 1 && header[0].tokens.count >= 2 && header[0].tokens.allSatisfy { BareYear.holds($0.text) }
    }
}
