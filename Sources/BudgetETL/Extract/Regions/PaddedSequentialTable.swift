/// A table judged single-space separated (`Layout.sequential`: most gaps between its cells are one
/// space) whose lines are padded all the same (a line before its first number whose words all
/// stand apart: a header line, or the unit line's two cells; or a top header line padded more
/// than not), and whose header the stream reader cannot read: no value column named, so every value
/// would be rejected. A word processor's narrow cells print that way through pdftotext -layout:
/// full cells one space apart (`资金总额 政府预算资金`, `7877.00 7877.00`), blank cells and other
/// header words padded to their columns. Its words still stand where their columns do, so it is
/// read column-aligned, where the positions decide and doubtful values are rejected with their own
/// reasons; unless that reading names more columns than any row fills.
enum PaddedSequentialTable {
    static func table(lines: [String], region: TableRegion, titleLine: String, judged: TableLines) -> TableLines {
        guard judged.layout == .sequential,
              case let texts = region.body.map({ lines[$0] }).filter({ !TableLines.isBlank($0) }), AlignedLayout.isPadded(texts),
              AlignedLayout.headerSpacing(texts).padded >= 1 || topLineStandsApart(judged.header.map { lines[$0.number - 1] }),
              namesNoValueColumn(judged) else { return judged }
        let aligned = TableLines(lines: lines, region: region, titleLine: titleLine, layout: .columnAligned)
        return fillsEveryColumn(aligned) ? aligned : judged
    }

    /// The header's first line of two words or more has more runs of padding between its words
    /// than single spaces: it holds the widest cells (captions, tall cells), which a word processor
    /// pads; the narrow columns under them may touch.
    static func topLineStandsApart(_ header: [String]) -> Bool {
        guard let top = header.map(AlignedLayout.placedWords).first(where: { $0.count >= 2 }) else { return false }
        let gaps = top.dropFirst().map(\.spaces)
        return gaps.filter { $0 >= Thresholds.paddingGap }.count > gaps.filter { $0 < Thresholds.paddingGap }.count
    }

    /// Every section read by position has a row with a value in each of its columns (its total
    /// row, as a rule): the header names the columns the body holds, no more. A header that took
    /// a name's first piece or a wrapped word for a column names more columns than any row fills.
    static func fillsEveryColumn(_ table: TableLines) -> Bool {
        let reading = table.layout.reader(for: table).read()
        return !reading.sections.isEmpty && reading.sections.allSatisfy { section in
            section.rows.contains { row in Set(row.cells.map(\.column)).count >= section.columns.count }
        }
    }

    /// Every block's reading places no value and rejects its values for want of a header (some
    /// rows' values may go first for names the stream gathered from several rows, a reading of the
    /// stream that the header's words, read by position, may well not share).
    static func namesNoValueColumn(_ table: TableLines) -> Bool {
        let readings = table.blocks().map { $0.layout.reader(for: $0).read() }
        return readings.allSatisfy { reading in
            !reading.sections.contains { $0.rows.contains { !$0.cells.isEmpty } }
                && reading.rejects.contains { $0.reason == .headerUnknown }
                && reading.rejects.allSatisfy { $0.reason == .headerUnknown || $0.reason == .rowNamesGathered }
        }
    }
}
