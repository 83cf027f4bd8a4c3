/// A narrow list printed in several copies side by side to fill the page's width, one cell per
/// line (`单位 | 金额 | 单位 | 金额 | 单位 | 金额`, then `全省合计 | 600 | 甲市 | 41 | 乙区 | 150` …):
/// the header is one group of words repeated, each row as many groups, each group a row of the
/// one list (a name, then one number per value word). Each group is written back as one
/// tab-separated row on its name's line, the header once on its first word's line, the cells'
/// other lines emptied: the list as it would be printed in one copy.
///
/// Nothing is guessed: a group's name first, then a number under every value word, in every row
/// read; the first row that does not fit ends the list (its whole groups still read: the page
/// ends mid-row). A table of two sides (收入 | 支出) is two lists, not copies of one: a row named
/// by a side's word leaves the cells as they are.
enum RepeatedGroupCells {
    typealias Cell = NamedRows.Cell

    static func folded(_ lines: [String]) -> [String] {
        NamedRows.foldingRuns(runs(lines), of: lines) { run, header in fold(run, header: header) }
    }

    /// Runs of one-cell lines (no tab, no "|"), empty lines between them or not; a line of spaces
    /// (a blank cell, which no group may hold) ends a run.
    static func runs(_ lines: [String]) -> [[Cell]] {
        var runs: [[Cell]] = []
        var run: [Cell] = []
        for (n, text) in lines.enumerated() {
            if text.isEmpty { continue }
            let cell = UTF8Text.trimmingWhitespace(text)
            if !cell.isEmpty, !UTF8Text.containsByte(text, 9), !UTF8Text.containsByte(text, UInt8(ascii: "|")) {
                run.append(Cell(line: n, text: cell))
                continue
            }
            if run.count >= Thresholds.cellPerLineMinimumLines { runs.append(run) }
            run = []
        }
        if run.count >= Thresholds.cellPerLineMinimumLines { runs.append(run) }
        return runs
    }

    /// The lines to write for a list whose repeated header starts at `run[h]`, and the run index
    /// after its last group read; nil when no repeated header starts there or fewer than two rows fit.
    static func fold(_ run: [Cell], header h: Int) -> (lines: [Int: String], next: Int)? {
        for width in 2...Thresholds.repeatedGroupMaximumWidth {
            guard let copies = copies(of: width, in: run, at: h) else { continue }
            // A header word right before (not a unit line, 金额单位:万元): the header is wider than
            // the repeated group.
            if h > 0, case let before = TextRepair.compact(run[h - 1].text), HeaderWords.isHeaderWord(before) || HeaderWords.isLineNumber(before),
               !UTF8Text.containsAny(before, ":", "：") { return nil }
            let body = h + width * copies
            let groups = groupsRead(run, from: body, width: width)
            guard groups.count / copies >= Thresholds.repeatedGroupMinimumRows,
                  !groups.contains(where: { SideWords.side(of: TextRepair.compact(run[$0].text)) != nil }) else { return nil }
            var lines: [Int: String] = [:]
            for cell in run[h..<(groups.last! + width)] { lines[cell.line] = "" }
            lines[run[h].line] = run[h..<(h + width)].map(\.text).joined(separator: "\t")
            for g in groups { lines[run[g].line] = run[g..<(g + width)].map(\.text).joined(separator: "\t") }
            return (lines, groups.last! + width)
        }
        return nil
    }

    /// How many times the header group of `width` words at `h` is printed in a row (nil: under
    /// two): a name's word first (no number, no measure), then value words only.
    static func copies(of width: Int, in run: [Cell], at h: Int) -> Int? {
        // The first word printed again one group on: most cells leave here, before any text is compacted.
        guard h + 2 * width <= run.count, run[h + width].text == run[h].text else { return nil }
        let words = run[h..<(h + width)].map { TextRepair.compact($0.text) }
        guard !TokenKind.of(words[0]).isNumeric, !HeaderWords.isAmountMeasure(words[0]),
              words.dropFirst().allSatisfy({ HeaderWords.isHeaderWord($0) && !HeaderWords.isStructural($0) }) else { return nil }
        var copies = 1
        while h + (copies + 1) * width <= run.count,
              run[(h + copies * width)..<(h + (copies + 1) * width)].map({ TextRepair.compact($0.text) }) == words { copies += 1 }
        return copies >= 2 ? copies : nil
    }

    /// The run indices of the groups read from `start`: each a name, then `width - 1` numbers.
    static func groupsRead(_ run: [Cell], from start: Int, width: Int) -> [Int] {
        var groups: [Int] = []
        var g = start
        while g + width <= run.count, NamedRows.isName(run[g].text),
              run[(g + 1)..<(g + width)].allSatisfy({ TokenKind.of($0.text).isNumeric }) {
            groups.append(g)
            g += width
        }
        return groups
    }
}
