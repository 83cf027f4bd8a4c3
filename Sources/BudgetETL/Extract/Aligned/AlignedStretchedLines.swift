/// pdftotext -layout gives a Chinese character one text column though it prints two, and sets a
/// line's words by where they stand on paper only as far as the text before them allows: under a
/// name column whose long names wrap (a spreadsheet printing `#,##0.00` in narrow cells), a line's
/// amounts may stand twice as far apart as the header words of their columns while other lines
/// keep the header's spacing. A section with such a line has no common scale: a short line's
/// values fit a placement by their positions that another line's spacing would refute (`274.75`
/// under 人员经费 read under 公用经费), so short lines' columns are left to the table's sums.
enum AlignedStretchedLines {
    /// Whether a line placed with certainty (`placed`: its columns) spans its amounts over
    /// `Thresholds.stretchedLineRatio` times the distance of its columns' header words, with no
    /// value pushed off its cell by a long name (`ColumnFit.pushedValues`). Only amounts with
    /// decimals tell: a 行次 or a count is centred in its cell, not right-aligned.
    static func isStretched(_ values: [Token], ends: [Double], placed: [Int], anchors: [Double], pushed: Bool) -> Bool {
        guard !pushed, ends.count >= 2, placed.count == ends.count, let first = placed.first, let last = placed.last,
              values.allSatisfy(isDecimalAmount) else { return false }
        let header = anchors[last] - anchors[first]
        return header > 0 && (ends[ends.count - 1] - ends[0]) >= Thresholds.stretchedLineRatio * header
    }

    static func isDecimalAmount(_ token: Token) -> Bool {
        token.kind == .amount && token.text.utf8.contains(UInt8(ascii: ".")) && !UTF8Text.hasSuffix(token.text, "%")
            && !UTF8Text.hasSuffix(token.text, "％")
    }
}
