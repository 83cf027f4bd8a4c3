import Foundation

/// What one line of a document is to the reader, as `budget-etl explain` shows it.
enum LineRole: String {
    case title, marker, unit, agency, header, body, continuation
    case pageFurniture = "page furniture"
    case narrative, outside
}

/// The role of every non-blank line, found by the same layers the extractor uses (regions, header
/// and body split, page furniture, meta lines) and the rows it read.
struct LineRoles {
    /// By 0-based line index; nil for blank lines.
    private(set) var roles: [LineRole?]
    /// Why a line has its role where the role alone does not say ("title with nothing under it").
    private(set) var notes: [Int: String] = [:]

    init(lines: [String], regions: [TableRegion], document: ExtractedDocument) {
        roles = lines.map { $0.allSatisfy(\.isWhitespace) ? nil : .outside }
        let narrative = Set(document.narrative.map { $0.line - 1 })
        for i in narrative where roles[i] != nil { roles[i] = .narrative }
        for i in narrative { noteUnmatchedTitle(lines[i], at: i) }
        for region in regions {
            guard let table = document.tables.first(where: { $0.titleLine == region.titleIndex + 1 }) else {
                roles[region.titleIndex] = .outside
                notes[region.titleIndex] = "a title with no header or values under it"
                    + " (a table of contents entry or a cross-reference): no table"
                continue
            }
            classify(region, of: table, lines: lines)
        }
    }

    private mutating func classify(_ region: TableRegion, of table: ExtractedTable, lines: [String]) {
        roles[region.titleIndex] = .title
        let tableLines = PaddedSequentialTable.table(lines: lines, region: region, titleLine: lines[region.titleIndex],
                                                     judged: TableLines(lines: lines, region: region, titleLine: lines[region.titleIndex]))
        let header = Set(tableLines.header.map(\.number) + [tableLines.columnNumbers?.number].compactMap { $0 })
        let rowLines = Set(table.sections.flatMap { $0.rows.map(\.line) })
        let nonEmpty = region.body.filter { roles[$0] != nil }
        let furniture = TableLines.pageFurniture(nonEmpty.map { lines[$0] }, layout: tableLines.layout, document: lines)
        let firstHeader = header.min() ?? Int.max
        var previous: LineRole?
        for (i, isFurniture) in zip(nonEmpty, furniture) {
            let compact = TextRepair.compact(lines[i])
            if rowLines.contains(i + 1) { roles[i] = .body }
            else if header.contains(i + 1) { roles[i] = .header }
            else if isFurniture {
                roles[i] = .pageFurniture
                notes[i] = Self.furnitureReason(lines[i], lines)
            }
            else if tableLines.repeatedHeaderLines.contains(i + 1) {
                roles[i] = .pageFurniture
                notes[i] = "the header printed again after a page break"
            }
            else if LineClass.statedUnit(lines[i]) != nil { roles[i] = .unit }
            else if LineClass.isMeta(compact) { roles[i] = compact.contains("名称") || compact.hasSuffix(":") ? .agency : .marker }
            // Above the header, a line after an agency line is the agency's name wrapped.
            else if i + 1 < firstHeader, previous == .agency { roles[i] = .agency }
            else { roles[i] = .continuation }
            previous = roles[i]
        }
    }

    /// Which page-furniture test the line met, naming the threshold it decided by.
    private static func furnitureReason(_ line: String, _ lines: [String]) -> String {
        if LineClass.isPageFurniture(line) { return "a page number (-2-, 第2页) or a part heading (第一部分…)" }
        if TableLines.isRunningHeader(line, document: lines) { return "a running header: a line naming a year, printed again elsewhere" }
        return "a number of at most \(Thresholds.pageNumberDigits) digits (Thresholds.pageNumberDigits) alone on its line:"
            + " without a tab in a tab grid, else indented \(Thresholds.pageNumberIndent)+ columns (Thresholds.pageNumberIndent)"
            + " or just before other page furniture"
    }

    /// A narrative line shaped like a table title: no table follows it (`TableStructure`).
    private mutating func noteUnmatchedTitle(_ line: String, at i: Int) {
        guard let title = TitleMatcher.shapedTitle(line) else { return }
        notes[i] = "looks like a table title “\(title)”, but no table follows it (no header word, no row of numbers)"
    }
}
