/// A remarks column (备注, 说明) at a header's end that no row fills. In a stream of cells (one
/// per line, or a whole table on one line) nothing marks its blank cells, so every row holds one
/// value fewer than the header has value words, and reading the words as columns would join two
/// of them into one name (a guess, rejected). A remarks column holds words, never amounts: where
/// every row is a single name and its values (no second word that could be a remark) and the
/// rows fill all the header's value words but that one, the column is blank in every row and its
/// word names no value column.
enum RemarksColumn {
    static func withoutBlankRemarks(_ table: TableLines) -> TableLines {
        guard table.layout.streamsCells, let lastLine = table.header.indices.last,
              let last = table.header[lastLine].tokens.lastIndex(where: { !$0.isBlank }),
              isRemarks(TextRepair.compact(table.header[lastLine].tokens[last].text)) else { return table }
        let words = StreamHeader.words(table.header)
        let tokens = table.body.flatMap { $0.tokens.filter { !$0.isBlank } }
        let first = RowStreamReader.chunks(tokens)
        let chunks = words.contains(where: HeaderWords.isCode) ? first : RowStreamReader.fullRowChunks(tokens, first: first)?.chunks ?? first
        let valueWords = words.filter { !HeaderWords.isStructural($0) && !HeaderWords.isLineNumber($0) }
        guard chunks.count >= Thresholds.streamFullRowsMinimum,
              chunks.allSatisfy({ $0.codes.isEmpty && $0.labels.count == 1 && !$0.values.isEmpty }),
              Set(chunks.map(\.values.count)) == [valueWords.count - 1] else { return table }
        var table = table
        table.header[lastLine].tokens.remove(at: last)
        if !table.header[lastLine].tokens.contains(where: { !$0.isBlank }) { table.header.remove(at: lastLine) }
        return table
    }

    static func isRemarks(_ word: String) -> Bool { word == "备注" || word == "说明" }
}
