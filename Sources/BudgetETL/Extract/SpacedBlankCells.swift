/// Tables exported one row per line with one space between cells and a blank cell printed as a
/// space of its own: "甲 1.8" then three blank cells is "甲 1.8      " (each blank a separator and a
/// space), a blank before a value "乙   250" (separator, blank, separator). Read so, a line's
/// spaces say exactly which cells are blank; where the header and every row under it read as the
/// same number of cells, the rows are rewritten with tabs, blank cells in their columns.
///
/// Only where nothing is guessed: the header's words are separated by single spaces (a name-column
/// word first, no number), every line under it down to the table's end reads as as many cells,
/// some line has a blank cell, and the line after the rows holds no number of its own (a row
/// that broke the reading would leave its values unread).
enum SpacedBlankCells {
    static func folded(_ lines: [String]) -> [String] {
        var lines = lines
        var n = 0
        while n < lines.count {
            guard let header = headerCells(lines[n]) else { n += 1; continue }
            var rows: [Int: [String]] = [n: header]
            var k = n + 1
            while k < lines.count, let row = cells(lines[k]), row.count == header.count, !row[0].isEmpty { rows[k] = row; k += 1 }
            let blanks = rows.values.contains { $0.contains(where: \.isEmpty) }
            if rows.count >= Thresholds.spacedBlankRowsMinimum + 1, blanks, !holdsNumber(k < lines.count ? lines[k] : "") {
                for (line, row) in rows { lines[line] = row.joined(separator: "\t") }
                n = k
            } else {
                n += 1
            }
        }
        return lines
    }

    /// A line's cells: its first word, then after each single space a word or a blank (a space);
    /// nil when the spaces do not read so (an odd space left over), or the line holds a tab or "|".
    static func cells(_ line: String) -> [String]? {
        guard !line.isEmpty, !UTF8Text.containsByte(line, 9), !UTF8Text.containsByte(line, UInt8(ascii: "|")) else { return nil }
        let chars = Array(line)
        guard chars[0] != " " else { return nil }
        var i = chars.firstIndex(of: " ") ?? chars.count
        var out = [String(chars[..<i])]
        while i < chars.count {
            // A separator, then a blank (a space) or a word up to the next space.
            guard i + 1 < chars.count else { return nil }
            i += 1
            if chars[i] == " " { out.append(""); i += 1; continue }
            let end = chars[i...].firstIndex(of: " ") ?? chars.count
            out.append(String(chars[i..<end]))
            i = end
        }
        return out
    }

    /// A header: a name-column word then measure words, single spaces between them, no number.
    private static func headerCells(_ line: String) -> [String]? {
        guard let cells = cells(line), cells.count >= 3, !cells.contains(where: \.isEmpty),
              HeaderWords.isStructural(TextRepair.compact(cells[0])),
              !cells.contains(where: { TokenKind.of($0).isNumeric }) else { return nil }
        return cells
    }

    private static func holdsNumber(_ line: String) -> Bool {
        line.split(separator: " ").contains { TokenKind.of(String($0)).isNumeric }
    }
}
