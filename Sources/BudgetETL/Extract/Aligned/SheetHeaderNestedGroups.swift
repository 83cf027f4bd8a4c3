/// A spreadsheet's header whose lower captions lead their groups with their own totals too
/// (基本支出: 合计, then 人员经费: 小计 工资福利支出 对个人和家庭的补助, 公用经费: 小计 商品和服务支出):
/// more totals than top captions, so `SheetHeaderGroups.paths` does not read it. Which totals
/// lead the top groups is told by the sums: the only choice under which every full row adds up
/// at both levels. The lower groups take the lower captions in order, each confirmed by the
/// economic classification of its columns (`EconomicColumns`).
enum SheetHeaderNestedGroups {
    static func paths(_ names: [String], captions: [[String]], rows: [[Token]]) -> [[String]]? {
        guard captions.count == 2, let first = names.first, HeaderWords.isBareTotal(first) else { return nil }
        let totals = names.indices.filter { $0 > 0 && HeaderWords.isBareTotal(names[$0]) }
        guard totals.first == 1, totals.count == captions[0].count + captions[1].count else { return nil }
        let cells = rows.map(SheetHeaderGroups.amounts)
        let confirming = cells.filter { row in totals.allSatisfy { row[$0].map { $0 != .zero } ?? false } }
        guard confirming.count >= Thresholds.streamFullRowsMinimum else { return nil }
        var found: [[String]]?
        for rest in SheetHeaderPieces.combinations(Array(totals.dropFirst()), captions[0].count - 1) {
            let tops = [1] + rest
            guard let paths = grouped(names, tops: tops, lowers: totals.filter { !tops.contains($0) }, captions: captions),
                  cells.allSatisfy({ adds($0, paths: paths) }) else { continue }
            if found != nil { return nil }
            found = paths
        }
        return found
    }

    /// The paths with `tops` leading the top groups and `lowers` the lower ones (each running to
    /// the next lower total or its top group's end); nil when a lower group's columns are not of
    /// its caption's kind or the lower captions are not used up.
    static func grouped(_ names: [String], tops: [Int], lowers: [Int], captions: [[String]]) -> [[String]]? {
        let topEnds = Array(tops.dropFirst()) + [names.count]
        var paths = [[names[0]]], lowerCaptions = captions[1][...]
        for (g, top) in captions[0].enumerated() {
            let inner = lowers.filter { $0 > tops[g] && $0 < topEnds[g] }
            paths += (tops[g]..<(inner.first ?? topEnds[g])).map { [top, names[$0]] }
            for (start, end) in zip(inner, Array(inner.dropFirst()) + [topEnds[g]]) {
                guard let lower = lowerCaptions.popFirst() else { return nil }
                let kinds = (start + 1..<end).compactMap { EconomicColumns.kind(names[$0]) }
                guard !kinds.isEmpty, kinds.allSatisfy({ $0 == lower }) else { return nil }
                paths += (start..<end).map { [top, lower, names[$0]] }
            }
        }
        return lowerCaptions.isEmpty ? paths : nil
    }

    /// Every total is the sum of the columns under its caption (a blank cell is zero; a cell that
    /// is no amount agrees with nothing): the parts that are no totals, and the totals of groups
    /// that print no parts.
    static func adds(_ cells: [ExactDecimal?], paths: [[String]]) -> Bool {
        guard cells.count == paths.count, !cells.contains(where: { $0 == nil }) else { return false }
        let values = cells.map { $0! }
        let totals = Set(paths.indices.filter { HeaderWords.isBareTotal(paths[$0].last ?? "") })
        func under(_ k: Int) -> [Int] {
            paths.indices.filter { $0 != k && paths[$0].starts(with: paths[k].dropLast()) }
        }
        let standing = totals.filter { k in under(k).allSatisfy(totals.contains) }
        for k in totals {
            let parts = under(k).filter { !totals.contains($0) || standing.contains($0) }
            if !parts.isEmpty && parts.reduce(ExactDecimal.zero, { $0 + values[$1] }) != values[k] { return false }
        }
        return true
    }
}
