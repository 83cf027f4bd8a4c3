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
/// that names a group rather than a measure (its text does not end as a measure name does); else
/// the only one whose words its sub-headers repeat most (公务用车费 over 小计 · 公务用车运行维护费 ·
/// 公务用车购置费); else the one position of the span under which every header word that names a
/// rate heads a column of rates of the amounts (`RateColumns`: the table's own arithmetic); else the
/// one under which the total (合计) sums, in every row, the measures after it, the spanning cell by
/// its first sub-header (`totalFits`). When no
/// single cell is told, the header is left as printed and the readers
/// treat it as they would. The first cell is a candidate only when no row has a name in the first
/// column (a table of one value row under a header of measures); a total (合计) never is. When
/// the widths say there is a span but not which cell spans, the sub-headers are dropped and the
/// readers reject the values from the first possible spanning column on.
///
/// The blank corner over the names may be dropped too (`总收入 | 其中:` over `医疗收入 | 财政补助收入 | …`,
/// rows `综合医院合计 | 425.1 | 377.6 | …`): the body is then one cell wider still, every row has a
/// name in the first column, and no first-row cell names that column (项目, 科目编码); the corner
/// is put back blank and every first-row cell is a candidate.
enum HeaderSpans {
    /// The header with its spans restored, and the body column from which a span that is certain
    /// but whose cell is not told leaves the measures unknown (nil when there is no such span).
    static func restoring(_ header: [TableLines.Line], body: [TableLines.Line], firstColumnNames: Bool = true)
        -> (header: [TableLines.Line], unknownFrom: Int?) {
        switch spanning(header, body: body, firstColumnNames: firstColumnNames) {
        case nil:
            return (header, nil)
        case .told(let parent, let corner):
            let first = filled(header[0]), second = filled(header[1])
            var top = header[0], sub = header[1]
            let corners = Array(repeating: blank(like: first[0]), count: corner ? 1 : 0)
            top.tokens = corners + Array(first[..<parent]) + [first[parent]]
                + Array(repeating: blank(like: first[parent]), count: second.count - 1) + Array(first[(parent + 1)...])
            sub.tokens = corners + Array(repeating: blank(like: second[0]), count: parent) + second
            return ([top, sub] + header.dropFirst(2), nil)
        case .groups(let parents, let closedByTotal):
            let first = filled(header[0]), second = filled(header[1])
            // A closing total heads its one sub-header; every other group spans one run.
            let span = (second.count - (closedByTotal ? 1 : 0)) / (parents.count - (closedByTotal ? 1 : 0))
            func width(_ group: Int) -> Int { closedByTotal && group == parents.count - 1 ? 1 : span }
            var top = header[0], sub = header[1]
            top.tokens = first.indices.flatMap { i in
                [first[i]] + Array(repeating: blank(like: first[i]), count: parents.firstIndex(of: i).map { width($0) - 1 } ?? 0)
            }
            sub.tokens = first.indices.flatMap { i -> [Token] in
                guard let group = parents.firstIndex(of: i) else { return [blank(like: second[0])] }
                return Array(second[(group * span)..<(group * span + width(group))])
            }
            return ([top, sub] + header.dropFirst(2), nil)
        case .untold(let from, let corner):
            // Sub-headers whose cell is not told belong under no column: stacked by position they
            // would rename the columns before the span.
            return ([header[0]] + header.dropFirst(2), from + (corner ? 1 : 0))
        }
    }

    /// `corner`: the blank corner over the names was dropped as well.
    /// `groups`: several first-row cells, each over one copy of the second row's repeated run
    /// (`closedByTotal`: the last of them a total over its own one sub-header).
    enum Span: Equatable { case told(Int, corner: Bool), groups([Int], closedByTotal: Bool), untold(from: Int, corner: Bool) }

    /// Whether the widths say the second header row sits under one cell of the first, and which.
    static func spanning(_ header: [TableLines.Line], body: [TableLines.Line], firstColumnNames: Bool) -> Span? {
        guard header.count >= 2 else { return nil }
        let first = filled(header[0]), second = filled(header[1])
        let cellsOnly = unpadded(header[0], first) && unpadded(header[1], second)
        // Under header rows printed with their cells only, rows that print their blank cells to the
        // end (`… | 40 | |` under `… | 渡口 |`) show the table's width, though its last
        // column is blank in every row and their tokens stop before it.
        let tokenWidth = body.map { $0.tokens.count }.max() ?? 0
        let printedOnly = cellsOnly && !header[0].endsWithBlankCell && !header[1].endsWithBlankCell
        let bodyWidth = printedOnly ? max(tokenWidth, body.filter(\.endsWithBlankCell).map(\.printedCells).max() ?? 0) : tokenWidth
        guard first.count >= 2, second.count >= 2,
              cellsOnly || padded(header[0], first, to: bodyWidth) && padded(header[1], second, to: bodyWidth) else { return nil }
        // A second row that starts with the name column's word (项目) names the table's own
        // columns from the first on: no cell's sub-headers (the sides 收入 | 支出 over them).
        if firstColumnNames, HeaderWords.isStructural(TextRepair.compact(second[0].text)) { return nil }
        if firstColumnNames, first.count + second.count - bodyWidth >= 2 {
            if let parents = repeatedGroups(first, second, bodyWidth: bodyWidth) { return .groups(parents, closedByTotal: false) }
            return groupsClosedByTotal(first, second, bodyWidth: bodyWidth).map { .groups($0, closedByTotal: true) }
                ?? .untold(from: 1, corner: false)
        }
        let corner = first.count + second.count == bodyWidth && firstColumnNames && cornerDropped(first, body: body)
        guard corner || first.count - 1 + second.count == bodyWidth else { return nil }
        // A total (合计) sums the measures after it; it does not group them.
        let candidates = first.indices.dropFirst(firstColumnNames && !corner ? 1 : 0)
            .filter { !HeaderWords.isTotal(TextRepair.compact(first[$0].text)) }
        var groups = candidates.filter { !HeaderWords.endsComplete(TextRepair.compact(first[$0].text)) }
        if groups.isEmpty { groups = sharingWords(candidates, first, second) }
        if groups.count == 1, let parent = groups.first { return .told(parent, corner: corner) }
        // The rates are weighed by body column: without its corner the header stands one column left.
        let byRates = corner ? [] : ratesFit(groups.isEmpty ? candidates : groups, first, second, body: body)
        if byRates.count == 1, let parent = byRates.first { return .told(parent, corner: corner) }
        let byTotal = corner ? [] : totalFits(groups.isEmpty ? candidates : groups, first, second, body: body)
        if byTotal.count == 1, let parent = byTotal.first { return .told(parent, corner: corner) }
        return (groups.isEmpty ? candidates : groups).min().map { .untold(from: $0, corner: corner) }
    }

    /// Several cells of the first row span sub-headers (`单位名称 | 一般公共预算收入 | 税收比重% |
    /// 一般公共预算支出` over `当月 | 累计 | 增幅% | 当月 | 累计 | 增幅%`): the widths say how many (the
    /// body is narrower than both rows by one column per spanning cell), and the second row repeats
    /// one run of sub-headers that many times, one run per spanning cell. The spanning cells are
    /// every cell after the names' one when they are that many, else the cells alike among
    /// themselves (a shared stem of two characters or more, 一般公共预算) when exactly those are
    /// that many. Nil when nothing tells them.
    static func repeatedGroups(_ first: [Token], _ second: [Token], bodyWidth: Int) -> [Int]? {
        let count = first.count + second.count - bodyWidth
        guard count >= 2, second.count % count == 0, second.count / count >= 2 else { return nil }
        let span = second.count / count
        let subs = second.map { TextRepair.compact($0.text) }
        guard (1..<count).allSatisfy({ Array(subs[($0 * span)..<(($0 + 1) * span)]) == Array(subs[0..<span]) }) else { return nil }
        let candidates = Array(first.indices.dropFirst())
        if candidates.count == count { return candidates }
        let names = first.map { TextRepair.compact($0.text) }
        let alike = candidates.filter { i in candidates.contains { j in j != i && zip(names[i], names[j]).prefix { $0 == $1 }.count >= 2 } }
        guard alike.count == count, let stem = alike.first.map({ names[$0] }),
              alike.allSatisfy({ zip(names[$0], stem).prefix { $0 == $1 }.count >= 2 }) else { return nil }
        return alike
    }

    /// Cells of the first row that each span one run of the second row's repeated sub-headers, and a
    /// total closing the first row over the second row's last cell, which names that total again
    /// (`序号 | 乡镇名称 | 总人数 | 小学 | 初中 | 合计` over `走读生(…250元) | 寄宿生(…500元) | 走读生(…312.5元) |
    /// 寄宿生(…625元) | 补助资金合计`). The runs are compared without the notes in brackets (each
    /// group's own rates); the spanning cells are the ones that name a group, not a measure (their
    /// text does not end as a measure's does: 小学, 初中), when exactly as many as the runs. Nil
    /// when anything of this does not hold.
    static func groupsClosedByTotal(_ first: [Token], _ second: [Token], bodyWidth: Int) -> [Int]? {
        let top = first.map { TextRepair.compact($0.text) }, subs = second.map { withoutNote(TextRepair.compact($0.text)) }
        guard let total = top.last, HeaderWords.isBareTotal(total), let closing = subs.last, closing != total,
              UTF8Text.hasSuffix(closing, total) else { return nil }
        let runs = first.count + second.count - bodyWidth - 1, rest = Array(subs.dropLast())
        guard runs >= 2, rest.count % runs == 0, rest.count / runs >= 2 else { return nil }
        let span = rest.count / runs
        guard (1..<runs).allSatisfy({ Array(rest[($0 * span)..<(($0 + 1) * span)]) == Array(rest[0..<span]) }) else { return nil }
        let groups = first.indices.dropFirst().dropLast().filter { !HeaderWords.endsComplete(top[$0]) && !HeaderWords.isTotal(top[$0]) }
        guard groups.count == runs else { return nil }
        return groups + [first.count - 1]
    }

    /// A header cell without the note in brackets it ends with (`走读生(四类学生,每生每学期250元)` → `走读生`).
    static func withoutNote(_ text: String) -> String {
        guard text.hasSuffix(")") || text.hasSuffix("）"),
              let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }), open > text.startIndex else { return text }
        return String(text[..<open])
    }

    /// A header row printed with its cells only, or padded with blank cells to the table's width
    /// (pages that pad every row): its filled cells are its cells either way.
    private static func unpadded(_ line: TableLines.Line, _ filled: [Token]) -> Bool { line.tokens.count == filled.count }
    private static func padded(_ line: TableLines.Line, _ filled: [Token], to width: Int) -> Bool {
        line.tokens.count == width && line.tokens.dropFirst(filled.count).allSatisfy(\.isBlank)
    }

    /// Every row's first cell is a name and every other filled cell a number, and no first-row cell
    /// names the name column: the first row starts over the values.
    private static func cornerDropped(_ first: [Token], body: [TableLines.Line]) -> Bool {
        !first.contains { HeaderWords.isStructural(TextRepair.compact($0.text)) }
            && body.allSatisfy { line in
                let filled = line.tokens.filter { !$0.isBlank }
                return filled.first?.kind == .text && filled.dropFirst().allSatisfy { $0.kind != .text }
            }
    }

    /// The cells whose leading words (two characters or more) the sub-header cells repeat most,
    /// counted in characters (more than one when they tie); a cell counts only when two
    /// sub-headers or more repeat its words.
    static func sharingWords(_ candidates: [Int], _ first: [Token], _ second: [Token]) -> [Int] {
        let subs = second.map { TextRepair.compact($0.text) }
        let scored = candidates.map { i -> (Int, Int, Int) in
            let name = TextRepair.compact(first[i].text)
            let shared = subs.map { sub in zip(name, sub).prefix { $0 == $1 }.count }.filter { $0 >= 2 }
            return (i, shared.count, shared.reduce(0, +))
        }.filter { $0.1 >= 2 }
        guard let best = scored.map(\.2).max() else { return [] }
        return scored.filter { $0.2 == best }.map(\.0)
    }

    /// The positions of the span under which every header word that names a rate heads a column
    /// of rates of the amount columns.
    private static func ratesFit(_ candidates: [Int], _ first: [Token], _ second: [Token], body: [TableLines.Line]) -> [Int] {
        let numbers = RateColumns.numbers(body)
        return candidates.filter { p in
            // Under a span at p: first-row cells before p keep their columns, the second row takes
            // p…, and the first-row cells after p move right by the span less one.
            let columns = first.indices.filter { $0 != p }.map { ($0 < p ? $0 : $0 + second.count - 1, first[$0].text) }
                + second.indices.map { (p + $0, second[$0].text) }
            let rates = columns.filter { RateColumns.namesRate(TextRepair.compact($0.1)) }
            let amounts = columns.filter { $0.0 > 0 && !RateColumns.namesRate(TextRepair.compact($0.1)) }.map(\.0)
            return !rates.isEmpty && rates.allSatisfy { RateColumns.isRateColumn($0.0, in: numbers, operands: amounts) }
        }
    }

    /// The positions of the span under which the first-row total (合计, 总计) is, in every row that
    /// prints it, the sum of the first-row measures after it, the spanning cell counted by its first
    /// sub-header (the group's own amount: 下达数 before 预留数, 调减数; a 小计 first):
    /// the table's own arithmetic, as `ratesFit` weighs rates. Under any other position the sum
    /// takes another column in the group's place. A row with words where a summed value stands
    /// rules the position out; at least `Thresholds.spanTotalRows` rows must be summed.
    static func totalFits(_ candidates: [Int], _ first: [Token], _ second: [Token], body: [TableLines.Line]) -> [Int] {
        guard let total = first.indices.dropFirst().first(where: { HeaderWords.isBareTotal(first[$0].text) }) else { return [] }
        return candidates.filter { p in
            guard p != total else { return false }
            // First-row cells after the span move right by the span less one.
            func column(_ i: Int) -> Int { i <= p ? i : i + second.count - 1 }
            let parts = ((total + 1)..<first.count).map(column)
            var summed = 0
            for line in body {
                guard case .number(let sum)? = cell(line, column(total)) else { continue }
                var parsed = ExactDecimal.zero
                for c in parts {
                    switch cell(line, c) {
                    case .number(let value)?: guard let next = parsed.adding(value) else { return false }; parsed = next
                    case .blank?: continue
                    case nil: return false
                    }
                }
                guard parsed == sum else { return false }
                summed += 1
            }
            return summed >= Thresholds.spanTotalRows
        }
    }

    private enum SummedCell { case number(ExactDecimal), blank }

    /// A body cell as a sum reads it: blank (or past the row's end), a number, or nil for words.
    private static func cell(_ line: TableLines.Line, _ c: Int) -> SummedCell? {
        guard c < line.tokens.count, !line.tokens[c].isBlank else { return .blank }
        return ExactDecimal.parse(line.tokens[c].text.filter { $0 != "," }).map { .number($0) }
    }

    private static func filled(_ line: TableLines.Line) -> [Token] {
        Array(line.tokens.prefix { !$0.isBlank })
    }

    private static func blank(like token: Token) -> Token { Token(text: "", line: token.line, column: token.column) }
}
