/// A caption whose first column is a total (`基本支出`: 合计 | 人员经费 | 公用经费) says that total is
/// the sum of the caption's other parts. When most rows that fill the total disagree with that
/// sum, the tree put the total (or a caption) over columns that are not its own (a caption
/// centred off its columns took the table's 合计 in): no value's column is certain, unless the
/// reading with each total one level up agrees on every row (`repaired`).
enum AlignedGroupSums {
    typealias Paths = [[String]]

    static func disagree(_ section: AlignedHeader.Section, rows: [ExtractedRow]) -> Bool {
        let paths = paths(section)
        return disagreeing(paths, rows: rows, strict: false) != nil || totalAfterOtherParts(paths)
    }

    /// A caption whose 合计 (or 小计) stands after another of its columns: a caption's total sums
    /// and leads its columns, so the caption, centred off its cells, was read over a column left
    /// of its own (`公务接待费` taken under `公车购置及运行维护费`).
    static func totalAfterOtherParts(_ paths: Paths) -> Bool {
        groups(paths).contains { group in
            let parts = children(group, paths)
            guard let at = parts.firstIndex(where: HeaderWords.isBareTotal), at > 0 else { return false }
            return paths.contains(group + [parts[at]])
        }
    }

    /// The section read again with the disagreeing caption's leading total lifted out of it and
    /// the leading total of its first sub-caption (and so on down) lifted into it: a caption
    /// printed centred over its columns but read over the total on their left takes one total
    /// per level. Kept only when the lifted caption's total then agrees with its parts on at
    /// least two rows and no caption's total disagrees on any row; nil otherwise.
    static func repaired(_ section: AlignedHeader.Section, rows: [ExtractedRow]) -> AlignedHeader.Section? {
        var lifted = paths(section)
        guard let group = disagreeing(lifted, rows: rows, strict: false) else { return nil }
        var caption = group
        while let total = leadingTotal(caption, lifted), let index = lifted.firstIndex(of: caption + [total]) {
            lifted[index] = Array(caption.dropLast()) + [total]
            guard let first = children(caption, lifted).first, !lifted.contains(caption + [first]) else { break }
            caption += [first]
        }
        guard let verified = check(group, lifted, rows), verified.checked >= 2, verified.mismatched == 0,
              disagreeing(lifted, rows: rows, strict: true) == nil else { return nil }
        return section.withValuePaths(zip(section.values.map(\.path), lifted).map { old, path in
            path.count < old.count ? Array(old.prefix(path.count - 1)) + [old.last!] : old
        })
    }

    private static func paths(_ section: AlignedHeader.Section) -> Paths {
        section.values.map { $0.path.map(TextRepair.compact) }
    }

    /// A caption's first word when it is a total column of its own.
    private static func leadingTotal(_ caption: [String], _ paths: Paths) -> String? {
        guard let first = children(caption, paths).first, HeaderWords.isTotal(first), paths.contains(caption + [first]) else { return nil }
        return first
    }

    /// The first caption whose leading total disagrees with its parts on most rows that fill it
    /// (on any row, `strict`), checked on two rows at least.
    private static func disagreeing(_ paths: Paths, rows: [ExtractedRow], strict: Bool) -> [String]? {
        groups(paths).first { group in
            guard let counts = check(group, paths, rows), counts.checked >= 2 else { return false }
            return strict ? counts.mismatched > 0 : counts.mismatched * 2 > counts.checked
        }
    }

    /// How many rows fill a caption's leading total and have all its parts as amounts, and how
    /// many of them disagree; nil when the caption has no leading total, fewer than two other
    /// parts, or a `其中` part (a part of another column, not of the partition). A 小计 over one
    /// part is checked too: a group's subtotal equals its only part, or the group lost a column
    /// (its last part's word set past the caption's end, a caption printed narrower than its cells).
    private static func check(_ group: [String], _ paths: Paths, _ rows: [ExtractedRow]) -> (checked: Int, mismatched: Int)? {
        let parts = children(group, paths)
        guard let total = leadingTotal(group, paths), let column = paths.firstIndex(of: group + [total]),
              parts.count >= 3 || (parts.count == 2 && total == "小计"), !parts.contains(where: isPartOf) else { return nil }
        var checked = 0, mismatched = 0
        for row in rows {
            let cells = values(of: row, count: paths.count)
            guard case let .some(.some(stated)) = cells[column] else { continue }
            var sum = ExactDecimal.zero, known = true
            for part in parts.dropFirst() {
                guard let amount = value(group + [part], paths, cells) else { known = false; break }
                sum += amount
            }
            guard known else { continue }
            checked += 1
            if sum != stated { mismatched += 1 }
        }
        return (checked, mismatched)
    }

    private static func isPartOf(_ word: String) -> Bool { word.hasPrefix("其中") }

    /// Every caption above a column, as the path from the top.
    private static func groups(_ paths: Paths) -> Paths {
        var seen: Paths = []
        for path in paths where path.count > 1 {
            for length in 1..<path.count where !seen.contains(Array(path.prefix(length))) { seen.append(Array(path.prefix(length))) }
        }
        return seen
    }

    /// The words right under a caption, left to right.
    private static func children(_ group: [String], _ paths: Paths) -> [String] {
        var words: [String] = []
        for path in paths where path.count > group.count && Array(path.prefix(group.count)) == group {
            if !words.contains(path[group.count]) { words.append(path[group.count]) }
        }
        return words
    }

    /// A column's or caption's amount on a row: a blank column is zero; a caption is its leading
    /// total, or else the sum of its parts; nil where a cell is no amount or a part is a `其中`.
    private static func value(_ node: [String], _ paths: Paths, _ cells: [ExactDecimal??]) -> ExactDecimal? {
        if let column = paths.firstIndex(of: node) { return cells[column] ?? .zero }
        if let total = leadingTotal(node, paths) { return value(node + [total], paths, cells) }
        let parts = children(node, paths)
        guard !parts.isEmpty, !parts.contains(where: isPartOf) else { return nil }
        var sum = ExactDecimal.zero
        for part in parts {
            guard let amount = value(node + [part], paths, cells) else { return nil }
            sum += amount
        }
        return sum
    }

    /// The row's amounts by column: nil for a blank cell, .some(nil) for a cell that is no amount.
    private static func values(of row: ExtractedRow, count: Int) -> [ExactDecimal??] {
        var cells = [ExactDecimal??](repeating: nil, count: count)
        for cell in row.cells where cell.column < count {
            cells[cell.column] = .some(ExactDecimal.parse(grouped: cell.text))
        }
        return cells
    }
}
