/// The last header row of a `|` table padded to full width (every line of several cells prints as many),
/// printed from the first position though its cells are the sub-headers of the last cell of the
/// row above, a cell spanning to the table's last column:
///
///     项 目 | 预算数 | 项目(按功能分类) | 预算数 | ||
///     小计 | 一般公共预算财政拨款支出 | 政府性基金预算财政拨款支出 | |||
///
/// Certain when the row above starts at the name column (项目) and its last cell leaves exactly
/// as many columns to the table's end as the row below holds cells: no other cell of that row
/// spans more than its own column. The row is put back under that cell.
enum PackedSubHeaders {
    static func placed(_ header: [TableLines.Line], body: [TableLines.Line]) -> [TableLines.Line] {
        guard header.count >= 2, var last = header.last, let width = header.first?.printedCells, width > 0,
              header.allSatisfy({ $0.printedCells == width }),
              // A line of one cell is printed as that cell alone, whatever blanks followed it.
              body.allSatisfy({ $0.printedCells == width || $0.printedCells == 1 }) else { return header }
        let above = header[header.count - 2]
        let k = last.tokens.count
        guard k >= 2, k < width, !last.tokens.contains(where: \.isBlank),
              !last.tokens.contains(where: { HeaderWords.isStructural(TextRepair.compact($0.text)) }),
              let first = above.tokens.first, HeaderWords.isStructural(TextRepair.compact(first.text)),
              let p = above.tokens.lastIndex(where: { !$0.isBlank }), p > 0, p + k == width else { return header }
        last.tokens = Array(repeating: Token(text: "", line: last.number, column: 0), count: p) + last.tokens
        return header.dropLast() + [last]
    }
}
