/// A `|` table whose page breaks a row's line at each blank cell: the converter ends the line
/// after the cell before the blank and opens the next line with the `|` after it, so the blank
/// cell is the line break itself.
///
///     单位名称 | 一般公共预算收入 | 税收比重% | 一般公共预算支出 | ||||||
///     当月 | 累计 | 为预算的% | 增幅% | 当月 | 累计 | 为预算的% | 增幅% | ||
///     甲市 | 61200 | 198340 |
///     | -8.2 | 64.5 | 301770 | 652010 |
///     | -3.6 |
///
/// Read line by line, every piece is a short row whose columns are unknown. Joined, with one blank
/// cell at each break, the pieces are one row of the table's width. Joined only where that width
/// is printed: the header lines above are padded with `||` to it, the row's first line holds a name
/// and a value and ends with `|`, each following piece opens and ends with `|`, and the pieces'
/// cells, a blank for each break, add up to the width exactly. The joined row stands on its first
/// line; the pieces' lines are left empty so that line numbers stay.
enum BrokenPipeRows {
    static func joined(_ lines: [String]) -> [String] {
        var lines = lines
        var width: Int?
        var n = 0
        while n < lines.count {
            guard UTF8Text.containsByte(lines[n], UInt8(ascii: "|")) else {
                // Text between ends the table: its width no longer holds (asked only inside a table).
                if width != nil, !UTF8Text.trimmingWhitespace(lines[n]).isEmpty { width = nil }
                n += 1
                continue
            }
            if let padded = paddedWidth(lines[n]) { width = padded; n += 1; continue }
            guard let full = width, let first = rowStart(lines[n]) else { n += 1; continue }
            var cells = first
            var end = n + 1
            while cells.count < full, end < lines.count, let piece = continuation(lines[end]) {
                cells += piece
                end += 1
            }
            if end > n + 1, cells.count == full {
                lines[n] = cells.map { $0 + " |" }.joined(separator: " ")
                for k in (n + 1)..<end { lines[k] = "" }
            }
            n = max(end, n + 1)
        }
        return lines
    }

    /// The width of a line padded to the table's width: two filled cells or more, then `||`.
    private static func paddedWidth(_ line: String) -> Int? {
        let trimmed = UTF8Text.trimmingWhitespace(line)
        guard trimmed.hasSuffix("||"), !trimmed.hasPrefix("|") else { return nil }
        let cells = parts(trimmed)
        return cells.filter { !$0.isEmpty }.count >= 2 ? cells.count : nil
    }

    /// A row's first line: a name, a value or more, closed by `|`, not opened by one.
    private static func rowStart(_ line: String) -> [String]? {
        let trimmed = UTF8Text.trimmingWhitespace(line)
        guard trimmed.hasSuffix("|"), !trimmed.hasSuffix("||"), !trimmed.hasPrefix("|") else { return nil }
        let cells = parts(trimmed)
        guard cells.count >= 2, let name = cells.first, !name.isEmpty, !TokenKind.of(name).isNumeric,
              cells.dropFirst().allSatisfy({ !$0.isEmpty && TokenKind.of($0).isNumeric }) else { return nil }
        return cells
    }

    /// A piece after a break: opened and closed by `|`; its first cell is the blank at the break.
    private static func continuation(_ line: String) -> [String]? {
        let trimmed = UTF8Text.trimmingWhitespace(line)
        guard trimmed.count >= 3, trimmed.hasPrefix("|"), trimmed.hasSuffix("|"), !trimmed.hasSuffix("||") else { return nil }
        let cells = parts(trimmed)
        guard cells.count >= 2, cells.dropFirst().allSatisfy({ !$0.isEmpty && TokenKind.of($0).isNumeric }) else { return nil }
        return cells
    }

    /// The cells between the `|`s, the empty one after the closing `|` dropped.
    private static func parts(_ trimmed: String) -> [String] {
        var cells = trimmed.split(separator: "|", omittingEmptySubsequences: false).map { UTF8Text.trimmingWhitespace(String($0)) }
        if cells.last?.isEmpty == true { cells.removeLast() }
        return cells
    }
}
