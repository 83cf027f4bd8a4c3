/// Cells a ruled-table converter glued together: the title, unit and first header word in one
/// tab cell, and the header words of several columns in one tab cell.
enum GluedCells {
    /// The header printed in the title's tab line ("部门支出预算表 单位：万元 科目编码 → 科目名称 → …"):
    /// that line without the title and the unit, as the table's first line.
    static func headerAfterTitle(_ titleLine: String) -> String? {
        let cells = titleLine.split(separator: "\t", omittingEmptySubsequences: false)
        guard cells.count >= 2 else { return nil }
        let words = cells[0].split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard let title = words.firstIndex(where: { $0.hasSuffix("表") }) else { return nil }
        let rest = words[(title + 1)...].filter { !LineClass.isMeta(String($0)) }
        guard !rest.isEmpty || cells.dropFirst().contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { return nil }
        return ([rest.joined(separator: " ")] + cells.dropFirst().map(String.init)).joined(separator: "\t")
    }

    /// A one-line header with fewer cells than the body's rows, whose cells hold several words:
    /// cut at the spaces when that gives exactly one word per column. (In a header of several
    /// lines, merged cells explain the missing cells, and a space may sit inside a cell.)
    static func splitHeader(_ header: [TableLines.Line], body: [TableLines.Line]) -> [TableLines.Line] {
        guard header.count == 1, let line = header.first, let width = body.map(\.tokens.count).max(),
              line.tokens.count < width else { return header }
        let words = line.tokens.flatMap(words)
        return words.count == width ? [TableLines.Line(number: line.number, tokens: words, compact: line.compact)] : header
    }

    private static func words(_ token: Token) -> [Token] {
        var column = token.column
        let pieces = token.text.split(separator: " ", omittingEmptySubsequences: false)
        guard pieces.count > 1 else { return [token] }
        return pieces.map { piece in
            defer { column += piece.count + 1 }
            return Token(text: String(piece), line: token.line, column: column)
        }
    }
}
