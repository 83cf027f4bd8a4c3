/// Tables copied from web pages or written as Markdown separate cells by "|" ("合 计 | 34.35 |
/// 34.35 |"). Such a line is the same row as a tab-separated one, so it is rewritten as one and read
/// by the same readers: blank cells kept (trailing ones too: they say the page printed blank
/// cells), the closing empty cell dropped, a line of one cell left as that cell (one cell per
/// line), and a Markdown rule line (|---|:--:|) made empty.
enum PipeCells {
    static func asTabs(_ line: String) -> String {
        guard UTF8Text.containsByte(line, UInt8(ascii: "|")), isPipeRow(line) else { return line }
        var cells = UTF8Text.trimmedPipePieces(line)
        if cells.first?.isEmpty == true { cells.removeFirst() }
        if cells.last?.isEmpty == true { cells.removeLast() }
        // A rule line opens with "|" or draws its cells with several dashes; a lone "-" closed by
        // " |" is a cell of one cell per line, printed for a blank value.
        if cells.allSatisfy({ $0.allSatisfy { $0 == "-" || $0 == ":" } }),
           UTF8Text.trimmingWhitespace(line).hasPrefix("|") || cells.contains(where: { $0.count >= 2 }) { return "" }
        // A line of one cell stays that cell (one cell per line), whatever blanks follow it.
        if cells.dropFirst().allSatisfy(\.isEmpty) { return cells.first ?? "" }
        return cells.joined(separator: "\t")
    }

    /// Tables pasted one cell per line with a lone "|" line between cells: the lines between two
    /// such separators are one cell, wrapped ("一般公共" over "预算"). Their text is joined onto the
    /// first line and the others left empty, so that line numbers stay. A number never wraps, and a
    /// title, a unit line or a sentence is never a cell's piece.
    static func joiningWrappedCells(_ lines: [String]) -> [String] {
        var lines = lines
        var n = 0
        while n < lines.count {
            guard isSeparator(lines[n]) else { n += 1; continue }
            var end = n + 1
            while end < lines.count, isCellPiece(lines[end]) { end += 1 }
            let pieces = end - n - 1
            if end < lines.count, isSeparator(lines[end]), (2...Thresholds.wrappedPipeCellLines).contains(pieces) {
                lines[n + 1] = lines[(n + 1)..<end].map(UTF8Text.trimmingWhitespace).joined()
                for k in (n + 2)..<end { lines[k] = "" }
            }
            n = end
        }
        return lines
    }

    /// Asked of every line of every document: refused by a byte search before trimming.
    private static func isSeparator(_ line: String) -> Bool {
        UTF8Text.containsByte(line, UInt8(ascii: "|")) && UTF8Text.trimmingWhitespace(line) == "|"
    }

    private static func isCellPiece(_ line: String) -> Bool {
        let text = TextRepair.compact(line)
        return !text.isEmpty && !text.contains("|") && !TokenKind.of(text).isNumeric && !text.hasSuffix("表")
            && !text.contains("单位") && text.count <= Thresholds.proseCharacters
            && !text.unicodeScalars.contains { "。，；：,;:".unicodeScalars.contains($0) }
    }

    /// A "|" that separates cells: at the line's start or end, or with a space on either side.
    /// "a|b" inside a word (a code list, a path) is left alone.
    static func isPipeRow(_ line: String) -> Bool {
        let trimmed = UTF8Text.trimmingWhitespace(line)
        return trimmed.hasPrefix("|") || trimmed.hasSuffix("|") || line.contains(" |") || line.contains("| ")
    }
}
