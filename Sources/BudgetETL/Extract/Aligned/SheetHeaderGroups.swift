/// The classes of the national economic classification of expenditure (支出经济分类) that budget
/// tables print as columns, with the kind of funds each is, the same in every budget document:
/// 人员经费 is 工资福利支出 and 对个人和家庭的补助 (301, 303; 政府 501, 509), 公用经费 is
/// 商品和服务支出 (302; 502). 资本性支出 is 公用经费 in some templates and apart in others: no kind.
enum EconomicColumns {
    private static let kinds: [String: String] = [
        "工资福利支出": "人员经费", "对个人和家庭的补助": "人员经费", "机关工资福利支出": "人员经费",
        "商品和服务支出": "公用经费", "机关商品和服务支出": "公用经费",
    ]

    static func kind(_ name: String) -> String? { kinds[name] }
    static func isClass(_ name: String) -> Bool { kinds[name] != nil }
}

/// The captions of a spreadsheet's header over its columns (`SheetHeader`), settled without
/// their positions: the table's total first, then one group per top caption, each led by its
/// total (小计) and confirmed by the sums of every full row; a caption one level down takes the
/// columns the economic classification gives it (`EconomicColumns`).
enum SheetHeaderGroups {
    /// Each column's path, or nil when the sums or the classification leave a choice: the lower
    /// captions without totals of their own, or each leading its group with one
    /// (`SheetHeaderNestedGroups`).
    static func paths(_ names: [String], captions: [[String]], rows: [[Token]]) -> [[String]]? {
        topGroupPaths(names, captions: captions, rows: rows) ?? SheetHeaderNestedGroups.paths(names, captions: captions, rows: rows)
    }

    /// The paths where only the top captions' groups are led by totals. Columns between the
    /// table's total and the first group (因公出国(境)费 beside 公务用车购置及运行费 | 公务接待费)
    /// stand under no caption, and the total sums them with the groups' totals.
    static func topGroupPaths(_ names: [String], captions: [[String]], rows: [[Token]]) -> [[String]]? {
        let starts = names.indices.filter { $0 > 0 && HeaderWords.isBareTotal(names[$0]) }
        let cells = rows.map(amounts)
        guard HeaderWords.isBareTotal(names[0]), let first = starts.first, starts.count == captions[0].count,
              cells.allSatisfy({ agrees($0, starts: starts) }),
              cells.filter({ confirms($0, starts: starts) }).count >= Thresholds.streamFullRowsMinimum else { return nil }
        let ends = Array(starts.dropFirst()) + [names.count]
        var paths = [[names[0]]] + (1..<first).map { [names[$0]] }
        for (g, top) in captions[0].enumerated() {
            paths += (starts[g]..<ends[g]).map { [top, names[$0]] }
        }
        guard captions.count == 2 else { return paths }
        return lowered(paths, names: names, lower: captions[1], groups: Array(zip(starts, ends)))
    }

    /// The paths with each lower caption over the columns of its kind: they must stand together
    /// in one group, the captions in the order of their columns, and every part of a group with
    /// a lower caption must have one.
    static func lowered(_ paths: [[String]], names: [String], lower: [String], groups: [(Int, Int)]) -> [[String]]? {
        guard Set(lower).count == lower.count else { return nil }
        var paths = paths, previous = 0
        for caption in lower {
            let members = names.indices.filter { $0 > 0 && EconomicColumns.kind(names[$0]) == caption }
            guard let first = members.first, let last = members.last, last - first + 1 == members.count, first > previous,
                  groups.contains(where: { $0.0 < first && last < $0.1 }) else { return nil }
            for k in members { paths[k].insert(caption, at: 1) }
            previous = last
        }
        for (start, end) in groups where (start + 1..<end).contains(where: { paths[$0].count == 3 }) {
            guard (start + 1..<end).allSatisfy({ paths[$0].count == 3 }) else { return nil }
        }
        return paths
    }

    /// A row's sums under the header's groups: by the totals' places where only the top captions
    /// lead groups with totals, by the captions' paths where lower captions do too.
    static func adds(_ cells: [ExactDecimal?], paths: [[String]], starts: [Int]) -> Bool {
        paths.contains { $0.count > 2 } ? SheetHeaderNestedGroups.adds(cells, paths: paths) : agrees(cells, starts: starts)
    }

    static func amounts(_ tokens: [Token]) -> [ExactDecimal?] { tokens.map { amount($0.text) } }

    /// A cell's amount; a placeholder (-, —) is a spreadsheet's zero.
    static func amount(_ text: String) -> ExactDecimal? {
        TokenKind.of(text) == .placeholder ? .zero : ExactDecimal.parse(grouped: text)
    }

    /// The table's total is the sum of the groups' totals (and of the columns before the first
    /// group), and each group's total the sum of its parts (a blank cell is zero; a cell that is
    /// no amount agrees with nothing).
    static func agrees(_ cells: [ExactDecimal?], starts: [Int]) -> Bool {
        guard !cells.contains(where: { $0 == nil }), let first = starts.first else { return false }
        let values = cells.map { $0! }
        let ends = Array(starts.dropFirst()) + [values.count]
        // The columns before the first group, each under no caption, are parts of the total.
        var totals = values[1..<first].reduce(ExactDecimal.zero, +)
        for (start, end) in zip(starts, ends) {
            totals += values[start]
            var parts = ExactDecimal.zero
            for k in start + 1..<end { parts += values[k] }
            if end > start + 1 && parts != values[start] { return false }
        }
        return totals == values[0]
    }

    /// A full row whose sums tell the groups apart: every group's total is nonzero. A row of
    /// placeholders or zeros adds up under any grouping, so it confirms none.
    static func confirms(_ cells: [ExactDecimal?], starts: [Int]) -> Bool {
        starts.allSatisfy { cells[$0].map { $0 != .zero } ?? false }
    }

    /// Rows whose placed values break the sums (`adds`): under the header's groups a row's
    /// amounts add up, so a row that does not was placed wrong (pdftotext sets a line's values off
    /// the full rows' positions by the width of its Chinese text): its columns are a guess, for
    /// normalize's placement to settle by the table's sums or reject. A value placed past the
    /// header's columns is under no group, so no sum vouches for it: rejected.
    static func doubtRowsOffTheirSums(_ rows: inout [ExtractedRow], _ section: AlignedHeader.Section) -> [ReaderReject] {
        let paths = section.values.map(\.path)
        let names = paths.map { $0.last ?? "" }
        let starts = names.indices.filter { $0 > 0 && HeaderWords.isBareTotal(names[$0]) }
        var rejects: [ReaderReject] = []
        for r in rows.indices where !rows[r].cells.isEmpty {
            let past = rows[r].cells.filter { $0.column >= names.count }
            rejects += past.map { ReaderReject(line: $0.line, text: $0.text, reason: .sheetRowOffItsSums) }
            rows[r].cells.removeAll { $0.column >= names.count }
            var cells = [ExactDecimal?](repeating: .zero, count: names.count)
            for cell in rows[r].cells where cell.column < names.count {
                cells[cell.column] = amount(cell.text)
            }
            guard !adds(cells, paths: paths, starts: starts) else { continue }
            for c in rows[r].cells.indices { rows[r].cells[c].guessed = true }
        }
        return rejects
    }
}
