/// Tables copied from web pages or written as Markdown separate cells by "|" ("合 计 | 34.35 |
/// 34.35 |"). Such a line is the same row as a tab-separated one, so it is rewritten as one and read
/// by the same readers: interior blank cells kept, the closing and trailing empty cells dropped
/// (they carry no position), a line of one cell left as that cell (one cell per line), and a
/// Markdown rule line (|---|:--:|) made empty.
enum PipeCells {
    static func asTabs(_ line: String) -> String {
        guard line.utf8.contains(UInt8(ascii: "|")), isPipeRow(line) else { return line }
        var cells = line.split(separator: "|", omittingEmptySubsequences: false).map { UTF8Text.trimmingWhitespace(String($0)) }
        if cells.first?.isEmpty == true { cells.removeFirst() }
        while cells.last?.isEmpty == true { cells.removeLast() }
        if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }) { return "" }
        return cells.joined(separator: "\t")
    }

    /// A "|" that separates cells: at the line's start or end, or with a space on either side.
    /// "a|b" inside a word (a code list, a path) is left alone.
    static func isPipeRow(_ line: String) -> Bool {
        let trimmed = UTF8Text.trimmingWhitespace(line)
        return trimmed.hasPrefix("|") || trimmed.hasSuffix("|") || line.contains(" |") || line.contains("| ")
    }
}
