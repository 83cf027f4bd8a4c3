/// The rows of a column-aligned table from its line segments (`AlignedGridReader`): a code or
/// values start a row; text alone on the line right under a row is the rest of its wrapped name;
/// text lines after the last row are not rows.
enum AlignedRows {
    static func build(_ segments: [AlignedGridReader.Segment], _ sections: [AlignedHeader.Section]) -> [[ExtractedRow]] {
        var rows = Array(repeating: [ExtractedRow](), count: sections.count)
        var lastLines = Array(repeating: [Int](), count: sections.count)
        for segment in segments {
            let n = segment.section, section = sections[n]
            var label = segment.labels.map(\.text).joined(separator: " ")
            let bare = segment.codes.isEmpty && segment.values.isEmpty
            // Without a name column, text alone on a line is a heading near the table, not a row.
            if section.identifying.isEmpty, bare { continue }
            if bare, !label.isEmpty, let last = rows[n].indices.last, segment.line - lastLines[n][last] <= Thresholds.wrappedNameLineDistance,
               continues(label, previous: rows[n][last].label, codes: section.hasCodes) {
                rows[n][last].label += " " + label
                lastLines[n][last] = segment.line
                continue
            }
            // 款 and 项 codes have two digits; a spreadsheet that stored them as numbers prints 02 as 2.
            var codes = segment.codes.enumerated().map { k, t in k > 0 && t.text.count == 1 ? "0" + t.text : t.text }
            if codes.isEmpty, let split = CodeSplitter.leadingCode(label) { codes = [split.code]; label = split.rest }
            let cells = zip(segment.values, segment.columns).compactMap { token, column in
                CellText.mayBeNumber(token) ? RawCell(column: column, text: token.text, line: token.line) : nil
            }
            if codes.isEmpty && label.isEmpty && cells.isEmpty { continue }
            rows[n].append(ExtractedRow(line: segment.line, codeParts: codes, label: label, cells: cells))
            lastLines[n].append(segment.line)
        }
        // Headings and notes between the table's last row and the next title.
        for n in rows.indices {
            while let last = rows[n].last, last.cells.isEmpty, last.codeParts.isEmpty { rows[n].removeLast() }
        }
        return rows
    }

    /// Text alone on a line after a row: the rest of that row's wrapped name, unless it starts a
    /// row of its own (a numbered item, a total), follows a total, or the table's rows are not
    /// coded and the previous name is complete.
    static func continues(_ text: String, previous: String, codes: Bool) -> Bool {
        if startsRow(text) || isTotal(previous) { return false }
        return codes || !HeaderWords.endsComplete(TextRepair.compact(previous))
    }

    static func startsRow(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        return compact.range(of: #"^(?:[一二三四五六七八九十]+[、.．]|\d+[.、．]|\([一二三四五六七八九十\d]+\)|其中)"#,
                             options: .regularExpression) != nil || isTotal(text)
    }

    static func isTotal(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        return HeaderWords.isSubtotal(compact) || compact.hasSuffix("总计") || compact.hasSuffix("合计")
    }
}

import Foundation
