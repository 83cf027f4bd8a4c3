/// A sheet wider than the page, as a spreadsheet prints it: the pages of the left columns (with
/// the rows' codes and names) first, then the pages of the columns to their right, which hold
/// values only, under their own header words at the top of each set of pages. Each set goes on
/// with the rows of the left pages in the same order. Its values join those rows only where the
/// pairing is certain: one section, as many value lines as the left pages have rows, spaced
/// alike (a row two lines tall on the left is two lines tall on the right; a page break stands
/// between the same two rows on both sides), and every value under a header word of the set.
/// Otherwise they are rejected with the reason: never read as the left columns or as other rows.
extension AlignedGridReader {
    struct ColumnSet {
        /// Text lines before the set's first value line: the header words of its columns.
        var header: [Int]
        /// Value lines, top to bottom.
        var rows: [Segment]
    }

    /// Takes the column sets out of `segments`: after the last line with a name beside a code or
    /// values and a page break, runs of header words each followed by lines of numbers only. A
    /// whole amount first on such a line stands where the left pages print codes, and is read as a
    /// code: with no name beside it, it is the first value.
    static func columnSets(_ segments: inout [Segment]) -> [ColumnSet] {
        guard let lastNamed = segments.lastIndex(where: { !$0.labels.isEmpty && !($0.codes.isEmpty && $0.values.isEmpty) })
        else { return [] }
        var sets: [ColumnSet] = []
        var i = lastNamed + 1
        // The name pieces right under the last row (a name wrapped below its numbers) are its own.
        while i < segments.count, segments[i].values.isEmpty, segments[i].line - segments[i - 1].line <= 1 { i += 1 }
        let start = i
        // The right columns' pages start a page: blank lines (the page's end, the furniture) stand
        // before them, never a name piece of the last row's.
        guard start < segments.count, segments[start].line - segments[start - 1].line > Thresholds.pageBreakBlankLines else { return [] }
        while i < segments.count {
            var set = ColumnSet(header: [], rows: [])
            while i < segments.count, segments[i].values.isEmpty, segments[i].codes.isEmpty { set.header.append(segments[i].line); i += 1 }
            while i < segments.count, segments[i].labels.isEmpty, !(segments[i].values.isEmpty && segments[i].codes.isEmpty) {
                var row = segments[i]
                row.values = row.codes + row.values
                row.codes = []
                set.rows.append(row)
                i += 1
            }
            guard !set.header.isEmpty, !set.rows.isEmpty else { return [] }
            sets.append(set)
        }
        if !sets.isEmpty { segments.removeLast(segments.count - start) }
        return sets
    }

    /// Joins each set's values to the rows of the left pages, or rejects them. Returns the
    /// columns added to the (only) section and the rejects.
    static func joinColumnSets(_ sets: [ColumnSet], left segments: [Segment], body: [TableLines.Line],
                               sections: [AlignedHeader.Section], rows: inout [[ExtractedRow]]) -> (columns: [HeaderPath], rejects: [ReaderReject]) {
        let left = segments.filter { !$0.codes.isEmpty || !$0.values.isEmpty }
        let targets = left.map { leftRow in rows.first?.firstIndex { $0.line == leftRow.line } }
        var columns: [HeaderPath] = [], rejects: [ReaderReject] = []
        for set in sets {
            let header = body.filter { set.header.contains($0.number) }
            let leaves = fittedHeader(header, body: body.filter { line in set.rows.contains { $0.line == line.number } })
                .sections.flatMap(\.values)
            guard sections.count == 1, !leaves.isEmpty, targets.allSatisfy({ $0 != nil }),
                  let placed = placedRows(set.rows, leaves), sameSpacing(left, set.rows) else {
                rejects += set.rows.flatMap(\.values).filter(CellText.mayBeNumber)
                    .map { ReaderReject(line: $0.line, text: $0.text, reason: .columnPageUnmatched) }
                continue
            }
            let offset = sections[0].values.count + columns.count
            for (r, rightRow) in zip(targets.compactMap { $0 }, placed) {
                rows[0][r].cells += zip(rightRow.values, rightRow.columns).map { value, column in
                    RawCell(column: offset + column, text: value.text, line: value.line)
                }
            }
            columns += leaves.map { HeaderPath($0.path) }
        }
        return (columns, rejects)
    }

    /// The set's value lines placed under its header words by position; nil when a line's
    /// placement is not certain.
    static func placedRows(_ rows: [Segment], _ leaves: [AlignedHeader.Leaf]) -> [Segment]? {
        var placed = rows.map { row in var row = row; row.section = 0; return row }
        place(&placed, [AlignedHeader.Section(name: "", leaves: leaves)])
        return placed.allSatisfy({ $0.values.count <= leaves.count && $0.columns.count == $0.values.count && !$0.columnsGuessed })
            ? placed : nil
    }

    /// As many lines, spaced alike: equal steps between rows within a page, and a page break (a
    /// step longer than a wrapped row spans) between the same rows on both sides.
    static func sameSpacing(_ left: [Segment], _ right: [Segment]) -> Bool {
        let steps = { (s: [Segment]) in zip(s, s.dropFirst()).map { $1.line - $0.line } }
        let breaks = { (step: Int) in step > Thresholds.columnPageBreakLines }
        return left.count == right.count
            && zip(steps(left), steps(right)).allSatisfy { $0 == $1 || (breaks($0) && breaks($1)) }
    }
}
