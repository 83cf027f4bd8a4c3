/// What `StreamLayout.headsCellPerLineTable` asks of every line, worked out once per document
/// (it is asked at every line outside a table, about the forty lines after it).
struct CellLineFacts {
    let text: [String]
    let isBlank: [Bool]
    let isNumber: [Bool]
    /// One cell: no space or tab between its first and last character.
    let isSingleCell: [Bool]
    var count: Int { text.count }

    init(_ lines: [String]) {
        text = lines
        var blank: [Bool] = [], number: [Bool] = [], single: [Bool] = []
        blank.reserveCapacity(lines.count); number.reserveCapacity(lines.count); single.reserveCapacity(lines.count)
        for line in lines {
            let (isBlank, isSingle, isNumber) = UTF8Text.withBytes(line, CellLineFacts.facts)
            blank.append(isBlank); single.append(isSingle); number.append(isNumber)
            // Letter-spaced words are short lines: the check runs on few.
            if !isBlank, !isSingle, line.utf8.count <= Thresholds.letterSpacedLineBytes {
                single[single.count - 1] = CellLineFacts.isLetterSpaced(line)
            }
        }
        isBlank = blank; isNumber = number; isSingleCell = single
    }

    /// "项 目", "预 算 数": one word whose characters are spaced out, not cells.
    static func isLetterSpaced(_ line: String) -> Bool {
        UTF8Text.withBytes(line) { b in
            let (start, end) = trimmedBounds(b)
            // Pieces between single ASCII spaces, each one scalar from U+3400 on.
            var pieces = 0, i = start
            while i < end {
                let (value, length) = UTF8Text.scalar(b, at: i)
                guard value >= 0x3400 else { return false }
                pieces += 1
                i += length
                if i < end {
                    guard b[i] == 0x20 else { return false }
                    i += 1
                    if i == end { return false }
                }
            }
            return pieces >= 2
        }
    }

    /// The line's bytes without their edges: spaces (`Tokenizer.isSpace`), tabs, form feeds, CRs
    /// at the start; those, no-break and ideographic spaces at the end.
    private static func trimmedBounds(_ b: UnsafeBufferPointer<UInt8>) -> (start: Int, end: Int) {
        func edge(_ i: Int) -> Int { b[i] == 0x09 || b[i] == 0x0C || b[i] == 0x0D ? 1 : Tokenizer.spaceLength(b, at: i) }
        var start = 0, end = b.count
        while start < end, case let length = edge(start), length > 0 { start += length }
        while end > start {
            let length = b[end - 1] == 0x09 || b[end - 1] == 0x0C || b[end - 1] == 0x0D || b[end - 1] == 0x20 ? 1
                : end >= 2 && b[end - 2] == 0xC2 && b[end - 1] == 0xA0 ? 2
                : end >= 3 && b[end - 3] == 0xE3 && b[end - 2] == 0x80 && b[end - 1] == 0x80 ? 3 : 0
            guard length > 0 else { break }
            end -= length
        }
        return (start, end)
    }

    /// A line's bytes: blank (spaces, tabs, form feeds, CRs only), one cell (no space or tab
    /// between its first and last character), a number.
    private static func facts(_ b: UnsafeBufferPointer<UInt8>) -> (blank: Bool, single: Bool, number: Bool) {
        let (start, end) = trimmedBounds(b)
        guard start < end else { return (true, true, false) }
        let cell = UnsafeBufferPointer(rebasing: b[start..<end])
        var single = true
        for i in cell.indices where cell[i] == 0x09 || Tokenizer.spaceLength(cell, at: i) > 0 { single = false; break }
        return (false, single, TokenKind.of(bytes: cell).isNumeric)
    }

    func nextNonBlank(after i: Int) -> Int? {
        var j = i + 1
        while j < count { if !isBlank[j] { return j }; j += 1 }
        return nil
    }
}
