import Foundation

/// What a page break leaves inside a table, to be skipped by every reader: the header printed
/// again, the running header, the page number.
extension TableLines {
    /// A header printed again after a page break, whole or in part: a run of two or more lines
    /// equal to consecutive header lines, or one line equal to the last header line (the column
    /// names a new page repeats) of several words without numbers. A single word that equals a
    /// header line ("财政拨款") may be a wrapped fragment of a row's name, and is kept; so is a
    /// line equal to an upper header line alone (`收入 支出`): a page repeats the column names
    /// under it too, and alone it is the end of the names of the row above.
    static func withoutRepeatedHeaders(_ lines: [Line], header: [Line]) -> [Line] {
        let keys = header.map(\.compact)
        guard !keys.isEmpty else { return lines }
        let wordy = header.map { line in
            line.tokens.filter { !$0.isBlank }.count >= 2 && line.tokens.allSatisfy { $0.kind == .text || $0.isBlank }
        }
        var out: [Line] = []
        var i = 0
        while i < lines.count {
            var longest = 0, start = 0
            for j in keys.indices {
                var run = 0
                while j + run < keys.count, i + run < lines.count, lines[i + run].compact == keys[j + run] { run += 1 }
                if run > longest { longest = run; start = j }
            }
            if longest >= 2 || (longest == 1 && wordy[start] && start == keys.count - 1) { i += longest; continue }
            out.append(lines[i]); i += 1
        }
        return out
    }

    /// Lines a page break left inside a table: the page number, part headings (`LineClass`), and
    /// the running header printed at the top of every page.
    static func pageFurniture(_ texts: [String], layout: Layout, document: [String]) -> [Bool] {
        var marked = texts.map { LineClass.isPageFurniture($0) || isRunningHeader($0, document: document) }
        for i in texts.indices where !marked[i] {
            // Only a number alone can be a page number: other lines leave before their neighbours
            // are looked at (`beforeFurniture` only ever adds to what a lone number needs).
            guard isLonePageNumber(texts[i], layout: layout, beforeFurniture: true) else { continue }
            // Before the next page's running header, or its repeat of a header line.
            let beforeFurniture = i + 1 < texts.count && (marked[i + 1] || repeatsHeaderLine(i + 1, texts))
            let betweenRows = i > 0 && i + 1 < texts.count && holdsRow(texts[i - 1]) && (holdsRow(texts[i + 1]) || startsWithCode(texts[i + 1]))
            marked[i] = isLonePageNumber(texts[i], layout: layout, beforeFurniture: beforeFurniture || betweenRows)
        }
        return marked
    }

    /// A line of several words without numbers printed earlier in the table: a header line
    /// repeated on a new page.
    private static func repeatsHeaderLine(_ i: Int, _ texts: [String]) -> Bool {
        let wordy = UTF8Text.withBytes(texts[i]) { b in
            let cells = UTF8Text.cells(b)
            return cells.count >= 2 && !cells.contains { TokenKind.of(bytes: UnsafeBufferPointer(rebasing: b[$0])).isNumeric }
        }
        return wordy && texts[..<i].contains(texts[i])
    }

    /// A line that starts with a classification code (the row goes on below).
    private static func startsWithCode(_ text: String) -> Bool {
        UTF8Text.withBytes(text) { b in
            guard let first = UTF8Text.cells(b).first else { return false }
            let cell = UnsafeBufferPointer(rebasing: b[first])
            // An integer's scalars are digits, one Character each.
            return cell.lazy.filter { $0 & 0xC0 != 0x80 }.count >= 3 && TokenKind.of(bytes: cell) == .integer
        }
    }

    /// A line of several cells with a number among them: a whole row, not a wrapped piece of one.
    private static func holdsRow(_ text: String) -> Bool {
        UTF8Text.withBytes(text) { b in
            let cells = UTF8Text.cells(b)
            return cells.count >= 2 && cells.contains { TokenKind.of(bytes: UnsafeBufferPointer(rebasing: b[$0])).isNumeric }
        }
    }

    /// A number alone on its line. In a tab-separated table every row has tabs, so any short
    /// number without one is a page number. Elsewhere a number alone may be a 行次 or a code
    /// whose name was wrapped onto the next line: it is a page number only when it stands
    /// indented like one, just before the next page's running header, or between two whole rows.
    static func isLonePageNumber(_ text: String, layout: Layout, beforeFurniture: Bool) -> Bool {
        if layout == .tabGrid { return isBarePageNumber(text) }
        // Digits and spaces only (ASCII, ideographic, no-break: their bytes), or no page number.
        guard UTF8Text.withBytes(text, { b in
            b.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x20 || $0 == 0xE3 || $0 == 0x80 || $0 == 0xC2 || $0 == 0xA0 }
        }) else { return false }
        let indent = text.unicodeScalars.prefix { Tokenizer.isSpace($0) }.count
        let digits = Tokenizer.clean(Substring(text)).unicodeScalars
        guard !digits.isEmpty, digits.count <= Thresholds.pageNumberDigits, digits.allSatisfy({ ("0"..."9").contains($0) }) else { return false }
        return beforeFurniture || (layout == .columnAligned && indent >= Thresholds.pageNumberIndent)
    }

    /// A line of text naming a year ("某某局2025年部门预算公开") printed again elsewhere in the
    /// document: the header at the top of each page, not a row (rows hold numbers, and a name
    /// wrapped alone onto a line does not repeat with its year).
    static func isRunningHeader(_ text: String, document: [String]) -> Bool {
        // Cheap guards first: the year's "19" or "20" and its 年.
        guard UTF8Text.containsASCII(text, 0x31, 0x39) || UTF8Text.containsASCII(text, 0x32, 0x30),
              UTF8Text.containsAny(text, "年") else { return false }
        let trimmed = Tokenizer.clean(Substring(text))
        guard yearLine.firstMatch(in: trimmed, range: NSRange(trimmed.startIndex..., in: trimmed)) != nil,
              !HeaderWords.isHeaderWord(TextRepair.compact(trimmed)), !LineClass.isMeta(trimmed) else { return false }
        var seen = 0
        for line in document where UTF8Text.contains(line, trimmed) {
            seen += 1
            if seen >= 2 { return true }
        }
        return false
    }

    private static let yearLine = try! NSRegularExpression(pattern: #"^\S*(19|20)\d{2}\s*年\S*$"#)

    /// In a tab-separated table every row has tabs; a line of one short number without any is the
    /// page number the converter left between two pages.
    static func isBarePageNumber(_ text: String) -> Bool {
        // Every byte but spaces a digit (a tab is not), and few of them.
        UTF8Text.withBytes(text) { b in
            var digits = 0
            for byte in b where byte != 0x20 {
                guard byte >= 0x30 && byte <= 0x39 else { return false }
                digits += 1
            }
            return (1...Thresholds.pageNumberDigits).contains(digits)
        }
    }
}
