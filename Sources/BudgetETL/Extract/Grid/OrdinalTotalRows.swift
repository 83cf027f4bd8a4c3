/// A `|` table numbered under 序号 prints its total rows without a number, their name over the
/// 序号 and name cells merged (`合计 | 11302 | 5544 | … |` under `序号 | 乡镇名称 | 总人数 | …`): one
/// cell short of the numbered rows, the name in the 序号 column and every number one column left of
/// its own. Such a row (a total's word, then only numbers, exactly one cell fewer than the widest
/// rows) is moved one cell right: its name under the name column, its numbers under theirs.
enum OrdinalTotalRows {
    static func placed(_ body: [TableLines.Line], header: [TableLines.Line]) -> [TableLines.Line] {
        guard let first = header.first?.tokens.first(where: { !$0.isBlank }),
              HeaderWords.isLineNumber(TextRepair.compact(first.text)) else { return body }
        let full = body.map { filled($0).count }.max() ?? 0
        return body.map { line in
            let cells = filled(line)
            guard cells.count == full - 1, cells.count >= 2, HeaderWords.isBareTotal(cells[0].text),
                  cells.dropFirst().allSatisfy(CellText.mayBeNumber) else { return line }
            var moved = line
            moved.tokens = [Token(text: "", line: cells[0].line, column: cells[0].column)] + cells
            return moved
        }
    }

    /// The line's cells up to its last filled one (blank cells padding its end dropped).
    private static func filled(_ line: TableLines.Line) -> [Token] {
        guard let last = line.tokens.lastIndex(where: { !$0.isBlank }) else { return [] }
        return Array(line.tokens[...last])
    }
}
