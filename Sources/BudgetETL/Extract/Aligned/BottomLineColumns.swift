/// A spreadsheet's header aligned to the bottom of its cells (Excel's and Calc's default,
/// `HeaderFit.isBottomAligned`) ends every column's name on its last line: the words there after
/// the code and name columns' are the value columns, one word each (a narrow cell's last piece,
/// `助`, `务支出`, or a whole name, `小计`). A line of narrow cells' pieces above it is set by
/// pdftotext one space apart, left of their columns (a Chinese character counts one column and
/// prints two), so the tree may take such a piece for a column of its own, or join it to the
/// next cell's stack (`对个人和` + `商品和服` + `助`).
enum BottomLineColumns {
    /// Whether the tree reads more value columns than the body's full rows hold values while the
    /// last line names exactly as many: a wrapped piece was taken for a column, and which column
    /// each piece above the last line belongs to is not certain.
    /// `columns`: the body's columns under the header's sections (`bodyColumns`).
    static func treeTakesPieceForColumn(_ header: AlignedHeader, lines: [TableLines.Line],
                                        columns: [[WrappedHeaderPieces.ColumnSpan]]) -> Bool {
        let bodyCount = columns.map(\.count).reduce(0, +)
        guard bodyCount > 0, header.sections.map(\.values.count).reduce(0, +) > bodyCount else { return false }
        let words = WrappedHeaderPieces.words(lines)
        guard HeaderFit.isBottomAligned(words), let last = words.last else { return false }
        let named = last.drop(while: HeaderFit.isStructural)
        // One part: a second part's name column (项目) would stand among the columns.
        guard !named.contains(where: { HeaderWords.isLabel(TextRepair.compact($0.text)) }) else { return false }
        return named.count == bodyCount
    }
}
