/// A header row whose cells are centred vertically, printed by a converter that sorts text by
/// height with the cells' positions lost: a one-line cell's word stands on the row's middle line,
/// a two-line cell's pieces half a line above and below it, a three-line cell's a line above, on
/// and below it, so the pieces of cells of different heights interleave line by line
/// (`执行数为` / `汇总（调整）  执行数为` / `项目  执行数  汇总（调整）` / `预算数  上年执行数的%` /
/// `预算数的%`). Each line holds, in column order, the pieces of the cells that reach its height.
///
/// Which cell is how tall the lines do not say; every assignment of heights that gives each line
/// its count of words is a reading. A reading is kept where its first column is the name
/// column's word, its columns named as rates (`…%`) hold the rows' rates and the others their
/// amounts, and a rate it names as one column over another (`执行数为汇总（调整）预算数的%`) holds
/// in every full row, at least one such rate told. The columns are named only where the readings
/// kept name them alike; otherwise the header stays as read before.
enum CentredStackHeader {
    /// The value columns' names (the name column's word left out), or nil where no one reading is
    /// certain. `rows`: each body row's value texts as printed (`21,830,000`, `100.3%`).
    static func paths(_ header: [TableLines.Line], rows: [[String]]) -> [HeaderPath]? {
        let lines = header.map(words).filter { !$0.isEmpty }
        guard lines.count >= Thresholds.centredStackMinimumLines, let width = fullWidth(rows) else { return nil }
        let full = rows.filter { $0.count == width }
        var found: Set<[String]> = []
        for heights in heightAssignments(columns: width + 1, lines: lines) {
            guard let names = names(heights, lines: lines), kept(names, rows: full) else { continue }
            found.insert(names)
            guard found.count == 1 else { return nil }
        }
        return found.first.map { $0.dropFirst().map { HeaderPath([$0]) } }
    }

    /// A header line's words, a word spaced out to fill its cell (`项  目`) joined.
    static func words(_ line: TableLines.Line) -> [String] {
        var out: [String] = []
        for word in line.tokens.filter({ !$0.isBlank }).map({ TextRepair.compact($0.text) }) where !word.isEmpty {
            if let last = out.last, last.count == 1, word.count == 1, HeaderWords.isHeaderWord(last + word) {
                out[out.count - 1] = last + word
            } else { out.append(word) }
        }
        return out
    }

    /// The count of values the rows hold most, held by most rows with values (two values at least).
    private static func fullWidth(_ rows: [[String]]) -> Int? {
        let counts = rows.map(\.count).filter { $0 > 0 }
        guard let widest = counts.max(), widest >= 2 else { return nil }
        let full = counts.filter { $0 == widest }.count
        return full >= Thresholds.streamFullRowsMinimum && full * 2 > counts.count ? widest : nil
    }

    /// A cell of `height` lines centred on the middle: its lines' heights in half lines from the
    /// middle (−(h−1), −(h−1)+2, …, h−1).
    private static func offsets(_ height: Int) -> [Int] {
        stride(from: -(height - 1), through: height - 1, by: 2).map { $0 }
    }

    /// Every assignment of a height (1 up to the header's lines) to each column whose cells reach
    /// exactly as many distinct heights as the header prints lines, each line as many cells as it
    /// holds words. A cell of h lines prints h pieces, so the heights add up to the header's
    /// words; none when more than `Thresholds.centredStackMaxReadings` assignments would be tried.
    private static func heightAssignments(columns: Int, lines: [[String]]) -> [[Int]] {
        let tallest = lines.count, words = lines.map(\.count).reduce(0, +)
        var out: [[Int]] = [], current: [Int] = [], tried = 0
        func search(_ left: Int) {
            let open = columns - current.count
            guard open > 0 else {
                tried += 1
                if fits(current, lines: lines) { out.append(current) }
                return
            }
            for h in 1...tallest where left - h >= open - 1 && left - h <= (open - 1) * tallest {
                guard tried <= Thresholds.centredStackMaxReadings else { return }
                current.append(h); search(left - h); current.removeLast()
            }
        }
        search(words)
        return tried > Thresholds.centredStackMaxReadings ? [] : out
    }

    private static func fits(_ heights: [Int], lines: [[String]]) -> Bool {
        let levels = Set(heights.flatMap(offsets)).sorted()
        guard levels.count == lines.count else { return false }
        return levels.enumerated().allSatisfy { n, level in heights.filter { offsets($0).contains(level) }.count == lines[n].count }
    }

    /// Each column's name under these heights: its pieces top to bottom, each line's words given
    /// to the columns reaching it in order.
    private static func names(_ heights: [Int], lines: [[String]]) -> [String]? {
        let levels = Set(heights.flatMap(offsets)).sorted()
        var names = Array(repeating: "", count: heights.count)
        for (n, level) in levels.enumerated() {
            let reaching = heights.indices.filter { offsets(heights[$0]).contains(level) }
            guard reaching.count == lines[n].count else { return nil }
            for (column, word) in zip(reaching, lines[n]) { names[column] += word }
        }
        return names
    }

    /// The name column first, rates under rate names only, every named rate that the columns tell
    /// holding in every full row printing its three numbers (two rows at least), one such rate at least.
    private static func kept(_ names: [String], rows: [[String]]) -> Bool {
        guard let first = names.first, HeaderWords.isStructural(first),
              !names.dropFirst().contains(where: HeaderWords.isStructural) else { return false }
        let values = Array(names.dropFirst())
        let numbers = rows.map { $0.map(number) }
        // A blank printed as a dash (`-`) or a cell of words is no number and tells nothing.
        for (r, row) in rows.enumerated() {
            for c in values.indices where numbers[r][c] != nil && isRate(row[c]) != RateColumns.namesRate(values[c]) { return false }
        }
        var told = 0
        for (c, name) in values.enumerated() {
            guard let (over, under) = shareParts(name),
                  let a = values.firstIndex(of: over), let b = values.firstIndex(of: under) else { continue }
            guard RateColumns.isShare(c, of: a, over: b, in: numbers, minimumRows: Thresholds.streamFullRowsMinimum) else { return false }
            told += 1
        }
        return told >= 1
    }

    /// `X为Y的%` (or `X为Y%`): the rate of X over Y, both named as printed.
    static func shareParts(_ name: String) -> (String, String)? {
        guard let rest = name.split(separator: "为", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().first,
              UTF8Text.hasSuffix(name, "%") || UTF8Text.hasSuffix(name, "％") else { return nil }
        let over = String(name.prefix(name.count - rest.count - 1))
        var under = String(rest.dropLast())
        if under.hasSuffix("的") { under.removeLast() }
        return over.isEmpty || under.isEmpty ? nil : (over, under)
    }

    private static func isRate(_ text: String) -> Bool { text.hasSuffix("%") || text.hasSuffix("％") }

    private static func number(_ text: String) -> ExactDecimal? {
        ExactDecimal.parse(text.filter { $0 != "," && $0 != "%" && $0 != "％" })
    }
}
