/// Header rows of a table whose cells lost their spans: an HTML table flattened to cells in order
/// (web pages, "|"-separated copies, ruled-table converters) prints a cell that spans two columns
/// once, and the row under it holds only the sub-headers of that cell, from the first position.
///
///     项目 | 上年决算数 | 本年决算数 | 比上年增、减情况
///     增、减金额 | 增、减幅度
///     合计 | 2911.47 | 2706.86 | -204.61 | -7.03%
///
/// When the body is wider than the first header row by exactly the cells of the second row less
/// one, the second row sits under one spanning cell. That cell is the only one of the first row
/// that names a group rather than a measure (its text does not end as a measure name does); when
/// no single cell does, the table's arithmetic may tell it (the rates under the second row); when
/// nothing tells it, the values are rejected (`unresolved`).
enum HeaderSpans {
    static func restored(_ header: [TableLines.Line], body: [TableLines.Line]) -> [TableLines.Line] {
        let bodyWidth = body.map { $0.tokens.count }.max() ?? 0
        guard header.count >= 2 else { return header }
        let first = filled(header[0]), second = filled(header[1])
        guard first.count >= 2, second.count >= 2, first.count - 1 + second.count == bodyWidth,
              header[0].tokens.count == first.count, header[1].tokens.count == second.count,
              let parent = parent(first, over: second, body: body) else { return header }
        var top = header[0], sub = header[1]
        let span = second.count
        top.tokens = Array(first[..<parent]) + [first[parent]]
            + Array(repeating: blank(like: first[parent]), count: span - 1) + Array(first[(parent + 1)...])
        sub.tokens = Array(repeating: blank(like: second[0]), count: parent) + second
        return [top, sub] + header.dropFirst(2)
    }

    /// The body is wider than the first header row by the second row's cells less one, so one
    /// first-row cell spans the second row, but no single cell names a group ("2019年决算数 |
    /// 2020年预算调整数 | 2020年执行数" over "金额 | 占调整预算% | 比上年增长%"): which columns the
    /// second row heads cannot be told, and neither can any value's column after the name.
    static func unresolved(_ header: [TableLines.Line], body: [TableLines.Line]) -> Bool {
        let bodyWidth = body.map { $0.tokens.count }.max() ?? 0
        guard header.count >= 2 else { return false }
        let first = filled(header[0]), second = filled(header[1])
        guard first.count >= 3, second.count >= 2, first.count - 1 + second.count == bodyWidth,
              header[0].tokens.count == first.count, header[1].tokens.count == second.count else { return false }
        return parent(first, over: second, body: body) == nil
    }

    /// The one first-row cell that names a group by its ending; else the one position of the span
    /// under which every header word that names a rate heads a column of rates (`RateColumns`).
    private static func parent(_ first: [Token], over second: [Token], body: [TableLines.Line]) -> Int? {
        let groups = first.indices.dropFirst().filter { !HeaderWords.endsComplete(TextRepair.compact(first[$0].text)) }
        if groups.count == 1 { return groups[0] }
        let numbers = RateColumns.numbers(body)
        let fits = first.indices.dropFirst().filter { p in
            // Under a span at p: first-row cells before p keep their columns, the second row takes
            // p…, and the first-row cells after p move right by the span less one.
            let columns = first.indices.filter { $0 != p }.map { ($0 < p ? $0 : $0 + second.count - 1, first[$0].text) }
                + second.indices.map { (p + $0, second[$0].text) }
            let rates = columns.filter { RateColumns.namesRate(TextRepair.compact($0.1)) }
            let amounts = columns.filter { $0.0 > 0 && !RateColumns.namesRate(TextRepair.compact($0.1)) }.map(\.0)
            return !rates.isEmpty && rates.allSatisfy { RateColumns.isRateColumn($0.0, in: numbers, operands: amounts) }
        }
        return fits.count == 1 ? fits[0] : nil
    }

    private static func filled(_ line: TableLines.Line) -> [Token] {
        Array(line.tokens.prefix { !$0.isBlank })
    }

    private static func blank(like token: Token) -> Token { Token(text: "", line: token.line, column: token.column) }
}
