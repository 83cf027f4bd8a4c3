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
    static func cells(_ line: String) -> [String]? { cells(line, blanks: true) }

    /// `cells`, or nil as soon as a blank cell shows when `blanks` is false (a header has none).
    private static func cells(_ line: String, blanks: Bool) -> [String]? {
        guard !line.isEmpty, !UTF8Text.containsByte(line, 9), !UTF8Text.containsByte(line, UInt8(ascii: "|")) else { return nil }
        let answer = UTF8Text.withBytes(line) { b -> [String]?? in
            UTF8Text.oneCharacterPerScalar(b) ? .some(cells(bytes: b, blanks: blanks)) : .none
        }
        guard let answer else {
            let cells = cellsByCharacter(line)
            return blanks || cells?.contains(where: \.isEmpty) != true ? cells : nil
        }
        return answer
    }

    /// `cells` over bytes where every scalar is a Character (a space byte is then a space
    /// Character): no array of Characters, and a line refused before any String is made.
    private static func cells(bytes b: UnsafeBufferPointer<UInt8>, blanks: Bool) -> [String]? {
        guard b[0] != 0x20 else { return nil }
        if !blanks {
            // Two spaces in a row are a separator and a blank (or an odd space left over).
            for i in 1..<b.count where b[i] == 0x20 && b[i - 1] == 0x20 { return nil }
        }
        func word(_ range: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[range]), as: UTF8.self) }
        func nextSpace(_ from: Int) -> Int {
            var end = from
            while end < b.count, b[end] != 0x20 { end += 1 }
            return end
        }
        var i = nextSpace(0)
        var out = [word(0..<i)]
        while i < b.count {
            // Past the separator, a space: after a blank cell the next character must be one too,
            // or the line does not read as cells so ("2022年度  金额" is no blank before "金额").
            guard b[i] == 0x20, i + 1 < b.count else { return nil }
            i += 1
            if b[i] == 0x20 { out.append(""); i += 1; continue }
            let end = nextSpace(i)
            out.append(word(i..<end))
            i = end
        }
        return out
    }

    /// `cells` by Character, for text where a scalar may join the one before it.
    static func cellsByCharacter(_ line: String) -> [String]? {
        let chars = Array(line)
        guard chars[0] != " " else { return nil }
        var i = chars.firstIndex(of: " ") ?? chars.count
        var out = [String(chars[..<i])]
        while i < chars.count {
            // A separator (a space, after a blank cell too), then a blank (a space) or a word up
            // to the next space.
            guard chars[i] == " ", i + 1 < chars.count else { return nil }
            i += 1
            if chars[i] == " " { out.append(""); i += 1; continue }
            let end = chars[i...].firstIndex(of: " ") ?? chars.count
            out.append(String(chars[i..<end]))
            i = end
        }
        return out
    }

    /// A header: a name-column word then measure words, single spaces between them, no number.
    static func headerCells(_ line: String) -> [String]? {
        // Three cells need two spaces, each holding a space byte: most lines (prose, a title, a
        // name alone) leave here, before their scalars are looked at.
        guard holdsTwoSpaceBytes(line), let cells = cells(line, blanks: false), cells.count >= 3, !cells.contains(where: \.isEmpty),
              HeaderWords.isStructural(TextRepair.compact(cells[0])),
              !cells.contains(where: { TokenKind.of($0).isNumeric }) else { return nil }
        return cells
    }

    private static func holdsTwoSpaceBytes(_ line: String) -> Bool {
        UTF8Text.withBytes(line) { b in
            guard let first = b.firstIndex(of: 0x20) else { return false }
            return b[(first + 1)...].contains(0x20)
        }
    }

    private static func holdsNumber(_ line: String) -> Bool {
        line.split(separator: " ").contains { TokenKind.of(String($0)).isNumeric }
    }
}
