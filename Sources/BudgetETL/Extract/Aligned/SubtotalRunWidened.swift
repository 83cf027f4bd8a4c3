/// A caption over a 小计 and its parts (`公务用车购置及运行维护费`: 小计 | 购置费 | 运行维护费) heads the
/// 小计 and the columns that add up to it. pdftotext sets a Chinese character one text column wide
/// though it prints two, so the caption's text may end short of its cells and the tree leave its
/// last parts under the caption's parent. Where the caption's one part does not equal its 小计 on
/// some row, while the caption taken over the next columns of its parent (words of their own, no
/// totals) does on every row for one count of them only, the caption heads those columns too.
/// Where a caption read over more parts does not add up and one shorter run of them does, the
/// columns after that run are its parent's (a caption whose text pdftotext set past its cells).
/// Columns left at a level above the caption's parent (a word of no caption) are taken alike.
/// A caption over a 合计 (or 总计) and its parts is read alike (`本年一般公共预算基本支出` over
/// `合计 | 人员经费`, `公用经费` left beside it: pdfplumber sets the caption in half its width).
enum SubtotalRunWidened {
    static func widened(_ section: AlignedHeader.Section, rows: [ExtractedRow]) -> AlignedHeader.Section? {
        let values = section.values
        let paths = values.map { $0.path.map(TextRepair.compact) }
        guard paths.contains(where: { $0.count >= 2 && HeaderWords.isBareTotal($0.last!) }) else { return nil }
        var widened = values.map(\.path), changed = false
        for k in paths.indices where paths[k].count >= 2 && HeaderWords.isBareTotal(paths[k].last!) {
            let caption = Array(paths[k].dropLast())
            var end = k + 1
            while end < paths.count, paths[end].count == caption.count + 1, Array(paths[end].dropLast()) == caption { end += 1 }
            // The caption's columns are one run of its own words, none a `其中` (part of a part).
            guard !paths[end...].contains(where: { Array($0.prefix(caption.count)) == caption }),
                  !paths[(k + 1)..<end].contains(where: { $0.last!.hasPrefix("其中") }) else { continue }
            let parent = caption.dropLast()
            if end > k + 2, let last = shorter(k, end, rows) {
                for i in last..<end { widened[i] = Array(values[k].path.dropLast(2)) + [values[i].path.last!] }
                changed = true
                continue
            }
            // One part under the 小计: a group of one is no partition, its other parts were left
            // out (a caption over more parts that do not add up was read off its columns some
            // other way, `AlignedGroupSums`).
            guard end == k + 2 else { continue }
            // The next columns of its parent, or of a level above it: a caption set short leaves
            // its last parts under its parent, or under no caption at all where its parent's text
            // was set short too (`运行费` beside `“三公”经费预算数 / 公务用车购置及运行费 / 购置费`).
            var next = end
            while next < paths.count, paths[next].count <= caption.count, parent.starts(with: paths[next].dropLast()),
                  !HeaderWords.isTotal(paths[next].last!) { next += 1 }
            guard next > end, !adds(k, through: end, rows: rows) else { continue }
            let counts = (end + 1...next).filter { adds(k, through: $0, rows: rows) }
            guard counts.count == 1, let last = counts.first else { continue }
            for i in end..<last { widened[i] = Array(values[k].path.dropLast()) + [values[i].path.last!] }
            changed = true
        }
        return changed ? section.withValuePaths(widened) : nil
    }

    /// The end of the one shorter run of the caption's parts that adds up to its 小计 on every
    /// row, where all its parts do not: the caption, printed wider than its text, was read over
    /// the columns after its own (`公务接待费` under `公务用车购置及运行费`).
    static func shorter(_ total: Int, _ end: Int, _ rows: [ExtractedRow]) -> Int? {
        guard !adds(total, through: end, rows: rows) else { return nil }
        let ends = (total + 2..<end).filter { adds(total, through: $0, rows: rows) }
        return ends.count == 1 ? ends[0] : nil
    }

    /// Whether on every row that fills it the 小计 at `total` is the sum of the columns after it up
    /// to `end` (a blank cell is zero, a cell that is no amount agrees with nothing), checked on
    /// one row at least.
    static func adds(_ total: Int, through end: Int, rows: [ExtractedRow]) -> Bool {
        var checked = 0
        for row in rows where row.cells.contains(where: { $0.column == total }) {
            var cells = [ExactDecimal?](repeating: .zero, count: end - total)
            for cell in row.cells where (total..<end).contains(cell.column) { cells[cell.column - total] = SheetHeaderGroups.amount(cell.text) }
            guard let stated = cells[0], !cells.contains(where: { $0 == nil }),
                  cells.dropFirst().reduce(ExactDecimal.zero, { $0 + $1! }) == stated else { return false }
            checked += 1
        }
        return checked > 0
    }
}
