/// One cell per paragraph (a blank line after every cell): a name never goes on into the next
/// paragraph, so names run together in a row are separate rows, the earlier ones printed without
/// values (a section's heading, 医疗费用, over 门诊次均费用(元) and its values). Asked only under a
/// header of a name word and value words (no text column whose cell a name could be followed by).
enum ParagraphNames {
    static func split(_ chunks: [RowStreamReader.Chunk], tokens: [Token]) -> [RowStreamReader.Chunk] {
        // The rows' cells, up to the last value (the page's lines after the table may run on).
        guard let last = tokens.lastIndex(where: { $0.kind != .text || CellText.mayBeNumber($0) }) else { return chunks }
        let cells = tokens[...last]
        guard cells.count >= 2, zip(cells, cells.dropFirst()).allSatisfy({ $1.line - $0.line >= 2 }) else { return chunks }
        let lastLine = cells[cells.endIndex - 1].line
        return chunks.flatMap { chunk -> [RowStreamReader.Chunk] in
            guard chunk.codes.isEmpty, chunk.labels.count > 1, chunk.line < lastLine else { return [chunk] }
            var rows = chunk.labels.dropLast().map { RowStreamReader.Chunk(labels: [$0]) }
            var valued = chunk
            valued.labels = [chunk.labels[chunk.labels.count - 1]]
            rows.append(valued)
            return rows
        }
    }
}
