/// The last header row of a `|` table padded to full width (every line of several cells prints as many),
/// printed from the first position though its cells are the sub-headers of the last cell of the
/// row above, a cell spanning to the table's last column:
///
///     项 目 | 预算数 | 项目(按功能分类) | 预算数 | ||
///     小计 | 一般公共预算财政拨款支出 | 政府性基金预算财政拨款支出 | |||
///
/// The blanks after the last cell above may be the converter's padding, not a span: certain only
/// when that cell is the one measure after the row's last name-column word (项目(按功能分类)),
/// the body holding names under that word (so the words stand where they are printed, and a span
/// further left would push it off its names), and it leaves exactly as many columns to the
/// table's end as the row below holds cells. The row is put back under that cell.
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
              let name = above.tokens.lastIndex(where: { HeaderWords.isStructural(ColumnGrid.withoutQualifier(TextRepair.compact($0.text))) }),
              body.contains(where: { name < $0.tokens.count && $0.tokens[name].kind == .text }),
              let p = above.tokens.lastIndex(where: { !$0.isBlank }), p == name + 1, p + k == width else { return header }
        last.tokens = Array(repeating: Token(text: "", line: last.number, column: 0), count: p) + last.tokens
        return header.dropLast() + [last]
    }
}
