/// A form of several parts printed one under another, each under a header of its own (项目 行次
/// 采购金额 … 项目 统计数; 项目 年初预算数 全年执行数 … 项目 实际完成值 分值 得分): the columns
/// found from the table's header do not stand over a later part's rows, whose values would
/// take the first part's columns by position.
extension AlignedGridReader {
    /// Whether a line among the rows opens with an identifying header word (项目, 科目名称),
    /// holds no amount, and names a measure column the table's header does not (a header printed
    /// again after a page break names only the header's own words), or opens with the very word
    /// that heads the header's last line, over words of its own (项目 ≥80% under 项目 主要内容).
    static func startsAnotherPart(_ header: [TableLines.Line], body: [TableLines.Line]) -> Bool {
        let headerWords = Set(header.flatMap(\.tokens).map { TextRepair.compact($0.text) })
        let heading = header.last?.tokens.first { !$0.isBlank }.map { TextRepair.compact($0.text) }
        return body.contains { line in
            let tokens = line.tokens.filter { !$0.isBlank }
            guard let first = tokens.first, first.kind == .text, HeaderWords.isLabel(TextRepair.compact(first.text)),
                  !tokens.contains(where: { $0.kind == .amount }) else { return false }
            let names = tokens.dropFirst().filter { $0.kind == .text }.map { TextRepair.compact($0.text) }
            let headsAgain = TextRepair.compact(first.text) == heading
            // A measure's name (分值, 行次, 金额 …): a form's key-value line (项目名称 某某项目) names none.
            return names.contains { !headerWords.contains($0) && (headsAgain || HeaderWords.isHeaderWord($0)) }
        }
    }

    /// A column-aligned form of parts each under its own header: read part by part (`TableLines.blocks`).
    static func readsPartsApart(_ table: TableLines) -> Bool {
        table.aligned && startsAnotherPart(table.header, body: table.body)
    }
}
