/// The certainty test of a stream read: which of its rows have columns the reader knows.
/// Text in reading order (plain pdftotext) prints a row's cells on lines of their own, or joins
/// cells that sit close, and drops blank cells: a row read from it has a certain column for each
/// value only when it shows its name or code first and then exactly as many values as its
/// section's header has columns. Any other row's values are rejected, not placed by order.
enum StreamReadingOrder {
    /// Whether the body prints cells apart from their rows: lines holding one value and nothing
    /// else make up at least half of the lines with values (rows of a header of several columns
    /// printed one per line never look so).
    static func isReadingOrder(_ body: [TableLines.Line]) -> Bool {
        let withValues = body.map { $0.tokens.filter { !$0.isBlank } }
            .filter { $0.contains { CellText.mayBeNumber($0) && !$0.isRowCode } }
        let lone = withValues.filter { $0.count == 1 }.count
        return lone >= 2 && lone * 2 >= withValues.count
    }

    /// Whether every word of the header lines is a column's name (or a level of one), an
    /// identifying word or a section's name. In reading order a header cell's words stand on
    /// lines of their own: a column name the reading joined from words of several lines, or a
    /// word it left out of every column (a group word over several), may as well be one cell
    /// wrapped as a word over several columns, so no column of such a header is certain.
    static func namesEveryWord(_ header: SequentialHeader, lines: [TableLines.Line]) -> Bool {
        let names = Set(header.sections.flatMap { [$0.name] + $0.paths.flatMap(\.components) }.map(TextRepair.compact))
        return lines.allSatisfy { line in
            line.tokens.allSatisfy { token in
                let word = TextRepair.compact(token.text)
                return token.isBlank || names.contains(word) || HeaderWords.isStructural(word)
                    || HeaderWords.isLineNumber(word) || HeaderWords.isColumnNumberWord(word)
            }
        }
    }

    /// Whether header words stand again among the body's lines: a line of three words or more,
    /// none a number or code, one of them a total (本年支出合计 基本支出 项目支出), or a line of
    /// words opening with 小计/合计 (小计 购置费 运行费). A row's name is one cell: words after a
    /// total on a line with no value are the header resuming after a row of it was taken for the
    /// whole header (reading order moves the header's cells out of their rows, a header of
    /// several rows may leave its last below the first values), so the header read does not name
    /// every column.
    /// A subtotal word alone on a line (小计), the next line holding words and no value, is the
    /// header resuming as well: a row named 小计 is followed by its values, a column named 小计 by
    /// the next column's name (一般公共预算 / 小计 / 其中:财政拨款, one word a line).
    /// Words the header read already holds (`headerWords`, each a word of its lines) tell no
    /// column it misses: lines made only of them are the header printed again after a page
    /// break, its cells scattered by the reading order (`科目编码` … `基本支出` at the page's top,
    /// `项目支出` left below its rows), and do not resume it.
    static func headerResumes(_ body: [TableLines.Line], headerWords: Set<String> = []) -> Bool {
        let lines = body.map { $0.tokens.filter { !$0.isBlank } }.filter { !$0.isEmpty }
        let valueless = lines.map { !$0.contains { CellText.mayBeNumber($0) || $0.isRowCode } }
        // Only a line without values can resume the header: its words are made only then.
        let words = lines.indices.map { valueless[$0] ? lines[$0].map { TextRepair.compact($0.text) } : [] }
        let repeats = words.map { !headerWords.isEmpty && !$0.isEmpty && $0.allSatisfy(headerWords.contains) }
        return lines.indices.contains { n in
            guard valueless[n] else { return false }
            let line = words[n]
            let nextRepeats = n + 1 < lines.count && repeats[n + 1]
            return (!repeats[n] && line.count >= 3 && line.contains(where: HeaderWords.isTotal))
                || (!repeats[n] && line.count >= 2 && HeaderWords.isSubtotal(line[0]))
                || (line.count == 1 && HeaderWords.isSubtotal(line[0]) && n + 1 < lines.count && valueless[n + 1]
                    && !(repeats[n] && nextRepeats))
                || (!repeats[n] && line.count == 1 && isRowNameTitle(line[0]))
        }
    }

    /// A row-name column's title (科目名称, 项目): alone on a line among the rows, it is the header
    /// going on below a cut (plain text prints each header cell on lines of its own: `科目编` /
    /// `码` read as the whole header, 科目名称 and 决算数 under it); no row is named so. A 是否
    /// question is a row's text in a performance table.
    private static func isRowNameTitle(_ word: String) -> Bool {
        HeaderWords.isLabel(word) && !word.hasPrefix("是否")
    }

    /// The rows whose columns are certain, and rejects for the values of the others: a section
    /// whose header names no column places nothing (`headerUnknown`); in reading order nothing
    /// is placed under a header whose words do not each name a column (`headerCellsJoined`), nor
    /// from a row without a name and code, or with fewer values than columns (`cellsOffLines`),
    /// nor from a table whose header words stand again among its rows (`headerResumed`). Under a
    /// header led by a total, a named row printed as a block of its own (`RowBlocks`) keeps its
    /// values however few: a short row's are guessed, for the table's sums to place; where rows
    /// are blocks, a row whose values a blank line parts places none (`valuesOffTheirRow`).
    static func certain(_ reading: TableReading, readingOrder: Bool, headerCertain: Bool,
                        headerResumes: Bool = false, blocks: RowBlocks = RowBlocks([])) -> TableReading {
        var result = TableReading(sections: [], rejects: reading.rejects)
        for var section in reading.sections {
            var kept: [ExtractedRow] = []
            let narrow = readingOrder && runsPastHeader(section.rows, width: section.columns.count)
            let totalFirst = ContinuedValues.leadsWithTotal(section.columns)
            for row in section.rows {
                let width = readingOrder && !headerCertain && !row.cells.isEmpty ? -1 : section.columns.count
                let parted: RejectReason? = blocks.partsValues(of: row) ? .valuesOffTheirRow : nil
                guard let reason = (narrow && !row.cells.isEmpty ? .headerNarrowerThanRows : nil)
                        ?? (headerResumes && !row.cells.isEmpty ? .headerResumed : nil)
                        ?? sideBySide(reading, readingOrder: readingOrder, row: row)
                        ?? parted
                        ?? doubt(row, width: width, readingOrder: readingOrder, shortBlock: totalFirst && blocks.holds(row)) else {
                    kept.append(row); continue
                }
                result.rejects += row.cells.map { ReaderReject(line: $0.line, text: $0.text, reason: reason) }
                // A named row stays without its values (its name and code, where the table's rows end).
                guard !row.codeParts.isEmpty || !row.label.isEmpty else { continue }
                var bare = row
                bare.cells = []
                kept.append(bare)
            }
            section.rows = kept
            result.sections.append(section)
        }
        return result
    }

    /// Whether most rows that fill the header's columns go on with more values in their own block
    /// (on the next line, no blank line between: a cell's block in MuPDF's text), read as a row
    /// without a name: the rows hold more values than the header has columns, whose reading lost
    /// a column (a wrapped header cell the converter printed elsewhere), so no value's column is
    /// certain. Values after a blank line are another block: a row whose name was printed
    /// elsewhere.
    static func runsPastHeader(_ rows: [ExtractedRow], width: Int) -> Bool {
        var full = 0, runOn = 0
        for (k, row) in rows.enumerated() where row.cells.count == width && (!row.codeParts.isEmpty || !row.label.isEmpty) {
            full += 1
            guard k + 1 < rows.count, case let next = rows[k + 1], next.codeParts.isEmpty, next.label.isEmpty,
                  let first = next.cells.map(\.line).min(), let last = row.cells.map(\.line).max(), first == last + 1 else { continue }
            runOn += 1
        }
        return runOn >= Thresholds.rowsRunningPastHeaderMinimum && runOn * 2 > full
    }

    /// Side by side, reading order prints the sides' cells interleaved as they sit close: where a
    /// side has several value columns, which side each of a run of values belongs to is not
    /// certain (a side of one column pairs each name with the value after it).
    private static func sideBySide(_ reading: TableReading, readingOrder: Bool, row: ExtractedRow) -> RejectReason? {
        guard readingOrder, reading.sections.count > 1, !row.cells.isEmpty else { return nil }
        return reading.sections.contains { $0.columns.count > 1 } ? .sectionUnknown : nil
    }

    /// `shortBlock`: the row is a block of its own under a header led by a total (`RowBlocks`),
    /// so a short row's values, guessed, are left to the table's sums.
    private static func doubt(_ row: ExtractedRow, width: Int, readingOrder: Bool, shortBlock: Bool) -> RejectReason? {
        guard !row.cells.isEmpty else { return nil }
        if width == 0 { return .headerUnknown }
        if width < 0 { return .headerCellsJoined }
        guard readingOrder else { return nil }
        let named = !row.codeParts.isEmpty || !row.label.isEmpty
        let whole = row.cells.count == width && !row.cells.contains(where: \.guessed)
        return named && (whole || (shortBlock && row.cells.count < width)) ? nil : .cellsOffLines
    }
}
