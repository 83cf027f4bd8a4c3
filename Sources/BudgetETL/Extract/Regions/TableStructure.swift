import Foundation

/// Whether a table lies under a title, by its structure alone: a header that uses a header word,
/// then a body with numbers (or a statement that the table has no data). A line shaped like a
/// title but with no such structure under it (a part heading, a caption of a chart, a contents
/// line) is not a table, and its lines stay with the table before it.
enum TableStructure {
    static func holdsTable(_ table: TableLines, statedEmpty: Bool, unit: String? = nil) -> Bool {
        let hasHeader = table.header.contains { line in
            line.tokens.contains { HeaderWords.isHeaderWord(TextRepair.compact($0.text)) }
        }
        guard hasHeader || table.columnNumbers != nil || (unit != nil && headsAmountRows(table)) || UnitColumn.headsRows(table)
                || (table.layout.streamsCells && StreamLayout.endsWithYears(table.header)) || UnitClosedHeader.namesColumns(table.header)
                || YearColumns.namesColumns(table.header) else { return false }
        return statedEmpty || table.body.contains {
            TableLines.looksLikeBody($0) || (table.tabSeparated && TableLines.isNamedRowOfWholes(TableLines.withoutOrdinal($0, under: table.header)))
        }
    }

    /// A grid of tab rows under a stated unit whose header uses no header word (总收入 / 其中: over
    /// 医疗收入 …) is a table by its structure: header rows of words only over rows of a name then
    /// as many amounts (the first two), the header's places certain: a row as wide as the body,
    /// its corner too, or spans the widths tell (`HeaderSpans`). A header one cell narrower than
    /// the body may have lost its corner or its last cell alike: no table, rather than values
    /// under their neighbours' names.
    private static func headsAmountRows(_ table: TableLines) -> Bool {
        guard table.tabSeparated, !table.header.isEmpty, table.body.count >= 2 else { return false }
        let headerCells = table.header.map { $0.tokens.filter { !$0.isBlank } }
        guard headerCells.allSatisfy({ $0.allSatisfy { $0.kind == .text } }) else { return false }
        let counts = table.body.prefix(2).map(amountCount)
        guard let n = counts.first, n >= 2, counts.allSatisfy({ $0 == n }) else { return false }
        return headerCells.contains { $0.count == n + 1 } || HeaderSpans.spanning(table.header, body: table.body, firstColumnNames: true) != nil
    }

    /// How many amounts follow a row's name; 0 unless every cell after the name is a number.
    private static func amountCount(_ line: TableLines.Line) -> Int {
        let filled = line.tokens.filter { !$0.isBlank }
        guard let name = filled.first, name.kind == .text else { return 0 }
        return filled.dropFirst().allSatisfy { $0.kind == .amount || $0.kind == .integer } ? filled.count - 1 : 0
    }

    /// A new table's title (…表) over a header of its own (a line naming its name or code column
    /// before its first row of numbers) closes the table above even where its structure reads as no table
    /// (a header set one space apart): its rows are not the rows of the table above under that
    /// table's header; they are rejected, unread. A title-shaped line right over a row, with no
    /// header between, stays a line of the table above (a caption or a stray cell).
    static func closesTableAbove(_ table: TableLines, title: String) -> Bool {
        guard TitleMatcher.shapedTitle(title) != nil, title.hasSuffix("表"),
              let firstRow = table.body.firstIndex(where: isRowOfValues) else { return false }
        let ownHeader = table.header + table.body[..<firstRow]
        return ownHeader.contains { $0.tokens.contains { $0.text.split(separator: " ").contains { HeaderWords.isStructural(String($0)) } } }
    }

    /// A body line with a number that is not a header's year ("2020 年执行数" is a header line).
    private static func isRowOfValues(_ line: TableLines.Line) -> Bool {
        TableLines.looksLikeBody(line) && line.tokens.contains { token in
            let text = TextRepair.compact(token.text)
            return token.kind.isNumeric && !(TableLines.isYear(text) && UTF8Text.holds(line.compact, text + "年"))
        }
    }

    /// The regions of the titles that head a table: a title the catalog knows always does; one
    /// taken by its shape only when a table follows it.
    static func regions(in lines: [String], titles: [TitleLine]) -> [TableRegion] {
        regionsAndTables(in: lines, titles: titles).regions
    }

    /// The regions, with the tables built to judge them (by `LinesKey`): each is built once,
    /// here or by the extractor, not again for every pass or for reading.
    static func regionsAndTables(in lines: [String], titles: [TitleLine]) -> (regions: [TableRegion], tables: [LinesKey: TableLines]) {
        var titles = titles
        var built: [LinesKey: TableLines] = [:]
        var unread: Set<LinesKey> = []
        while true {
            var regions = RegionFinder.regions(in: lines, titles: titles)
            for n in regions.indices where unread.contains(LinesKey(regions[n])) { regions[n].unread = true }
            var empty: Set<Int> = []
            for n in regions.indices where regions[n].key == nil && !regions[n].unread {
                let key = LinesKey(regions[n])
                let table = built[key] ?? TableLines(lines: lines, region: regions[n], titleLine: lines[regions[n].titleIndex])
                built[key] = table
                guard !holdsTable(table, statedEmpty: regions[n].statedEmpty, unit: regions[n].unitText) else { continue }
                if n > 0, closesTableAbove(table, title: regions[n].title) {
                    regions[n].unread = true
                    unread.insert(key)
                } else {
                    empty.insert(n)
                }
            }
            if empty.isEmpty { return (regions, built) }
            titles = titles.enumerated().filter { !empty.contains($0.offset) }.map(\.element)
        }
    }

    /// What a region's `TableLines` is made of (its lines, its title line and part): regions of
    /// equal keys have equal tables.
    struct LinesKey: Hashable {
        var titleIndex: Int
        var body: Range<Int>
        var part: Int

        init(_ region: TableRegion) {
            titleIndex = region.titleIndex
            body = region.body
            part = region.part
        }
    }
}

/// The key of a table whose kind the catalog does not name: made from its title with markers,
/// years, the agency's name and 部门/单位/本级 prefixes removed, so the same table has the same key
/// in every document.
enum UnknownTableKey {
    static func key(for title: String) -> String {
        "other_" + String(SHA256.hex(canonicalTitle(title)).prefix(10))
    }

    static func canonicalTitle(_ title: String) -> String {
        func removing(_ rule: NSRegularExpression, from text: String) -> String {
            rule.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        }
        // 部门/单位 first: "单位政府采购…" names no agency called 单位政府.
        var text = removing(levelPrefix, from: title)
        text = TitleMatcher.agencyAndRest(text)?.rest ?? text
        text = removing(levelPrefix, from: removing(years, from: text))
        return text.isEmpty ? title : text
    }
    private static let years = try! NSRegularExpression(pattern: #"\d{4}年度?"#)
    private static let levelPrefix = try! NSRegularExpression(pattern: #"^(?:本级)?(?:部门|单位|预算单位)?(?:\(单位\))?"#)
}
