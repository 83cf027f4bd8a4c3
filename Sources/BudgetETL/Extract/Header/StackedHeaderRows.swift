/// Three header rows or more of a table flattened to cells in order (a web page's `|` copy): each row
/// printed from the first position, its blank cells dropped, so the cells of one column's name
/// wrapped over the rows stand at different positions in each.
///
///     业务支出 | 医疗 | 药品 | 内: | 其他 | ||||
///     合计 | 支出 | 支出 | 药品费 | 其中: | 其中基本药物支出 | 支出 | ||
///     西药费 | 中药费 | |||||||
///
/// The last two rows are one cell and its sub-headers, told as `HeaderSpans` tells them (`其中:`
/// over `西药费 | 中药费`). A row above them holds the first pieces of names wrapped onto the row
/// below: a piece goes over a cell that may go on a name, never over one that opens a column of
/// its own (a lead-in, `其中:`, or a part named `其中…`), nor over the blanks of a span. Where the
/// row's pieces are exactly as many as those cells, each stands over one, in order, and is the
/// start of its name (`业务支出` + `合计`); a name-column word first (地区) stands over the names.
/// Any other count leaves the header as printed (and its values to the readers' rejects).
enum StackedHeaderRows {
    /// The header as two rows at their columns (the joined names, then the sub-headers), or nil.
    static func placed(_ header: [TableLines.Line], body: [TableLines.Line]) -> [TableLines.Line]? {
        guard header.count >= 3 else { return nil }
        let lower = Array(header.suffix(2))
        guard case .told? = HeaderSpans.spanning(lower, body: body, firstColumnNames: true) else { return nil }
        let restored = HeaderSpans.restoring(lower, body: body, firstColumnNames: true).header
        guard restored.count == 2 else { return nil }
        var names = restored[0]
        for row in header.dropLast(2).reversed() {
            let pieces = filled(row)
            guard row.tokens.dropFirst(pieces.count).allSatisfy(\.isBlank),
                  let placed = piecesPlaced(pieces, over: names) else { return nil }
            names = placed
        }
        return [names, restored[1]]
    }

    /// The row's pieces over the cells of `names` that may go on a name, or nil when their counts differ.
    private static func piecesPlaced(_ pieces: [Token], over names: TableLines.Line) -> TableLines.Line? {
        var pieces = pieces, line = names
        let cornerBlank = line.tokens.first?.isBlank ?? false
        var corner: Token?
        if cornerBlank, let first = pieces.first, HeaderWords.isStructural(TextRepair.compact(first.text)) {
            corner = first
            pieces.removeFirst()
        }
        // A total or a name-column word is a column's whole name, never a wrapped name's start.
        guard !pieces.contains(where: { HeaderWords.isBareTotal($0.text) || HeaderWords.isStructural(TextRepair.compact($0.text)) })
        else { return nil }
        let goesOn = line.tokens.indices.filter { $0 > 0 && !line.tokens[$0].isBlank && !opensColumn(line.tokens[$0].text) }
        guard !pieces.isEmpty, goesOn.count == pieces.count else { return nil }
        for (column, piece) in zip(goesOn, pieces) { line.tokens[column].text = piece.text + line.tokens[column].text }
        if let corner { line.tokens[0].text = corner.text }
        return line
    }

    /// A cell that starts a column's name of its own: a lead-in (`其中:`) or a part named after one (`其中基本药物支出`).
    static func opensColumn(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        return HeaderWords.isLeadIn(compact) || compact.hasPrefix("其中")
    }

    private static func filled(_ line: TableLines.Line) -> [Token] {
        Array(line.tokens.prefix { !$0.isBlank })
    }
}
