/// Reads a table whose header keeps its positions but whose rows lost theirs: cells separated by
/// runs of spaces with the blank ones dropped ("201  一般公共服务支出  82,096,797.42  …"). The
/// header gives the sections and their columns (`AlignedHeader`); each line's rows are rebuilt
/// from codes, names and values (`RowStreamReader.chunks`), and placed only where that is certain:
/// one row per section on the line, as many values as the section has columns.
struct SpacedRowReader: TableReader {
    let table: TableLines

    func read() -> TableReading {
        let header = AlignedHeader(header: table.header)
        let widths = header.sections.map(\.values.count)
        var rows = Array(repeating: [ExtractedRow](), count: widths.count)
        var rejects: [ReaderReject] = []
        let body = table.body.prefix { line in !line.tokens.contains { AlignedText.isProse($0.text) } }
        for line in body {
            let chunks = RowStreamReader.chunks(line.tokens.filter { !$0.isBlank })
            // A line of text alone: the rest of the name above it, unless it starts a row.
            if chunks.count == 1, let chunk = chunks.first, chunk.codes.isEmpty, chunk.values.isEmpty,
               let last = rows[0].indices.last, !AlignedRows.startsRow(chunk.labels.map(\.text).joined()) {
                rows[0][last].label += " " + chunk.labels.map(\.text).joined(separator: " ")
                continue
            }
            let inTurn = chunks.count == widths.count
            for (k, chunk) in chunks.enumerated() {
                let n = min(k, widths.count - 1)
                if inTurn, let cells = RowStreamReader.place(chunk.values, columns: widths[n]) {
                    rows[n].append(RowStreamReader.row(chunk, cells: cells))
                    continue
                }
                let reason: RejectReason = inTurn ? .ambiguousPlacement(values: chunk.values.count, columns: widths[n]) : .sectionUnknown
                rejects += chunk.values.map { ReaderReject(line: $0.line, text: $0.text, reason: reason) }
                rows[n].append(RowStreamReader.row(chunk, cells: []))
            }
        }
        let sections = header.sections.enumerated().map { n, section in
            ExtractedSection(name: SectionNaming.name(section.name, index: n, count: widths.count),
                             columns: section.values.map { HeaderPath($0.path) }, rows: rows[n])
        }
        return TableReading(sections: sections, rejects: rejects)
    }
}

extension AlignedLayout {
    /// The lines with numbers (the rows) have cells separated by two spaces, never padded to
    /// their columns, while some line (the header) is: blank cells were dropped from the rows.
    static func isSpacedCells(_ lines: [String]) -> Bool {
        var rows = 0, spaced = 0, padded = 0
        for line in lines where !AlignedText.isProse(line) {
            let gaps = innerGaps(line)
            if gaps.isEmpty { continue }
            if gaps.contains(where: { $0 >= Thresholds.paddingGap }) { padded += 1 }
            guard line.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) else { continue }
            rows += 1
            if gaps.allSatisfy({ $0 == 2 }) { spaced += 1 }
        }
        return rows >= 1 && padded >= 1 && Double(spaced) >= Thresholds.spacedCellsLineShare * Double(rows)
    }
}
