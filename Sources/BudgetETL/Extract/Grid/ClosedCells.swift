/// Tables pasted one cell per line with every cell closed by " |": an empty cell is a lone "|",
/// and a row with fewer cells than the table (a title or a unit line, one merged cell) is padded
/// to the table's width with more "|" after its cell ("附件6 |" then "||||"). Every "|" closes one
/// cell, so the cells are the grid in reading order, blanks included, and the pads tell where
/// rows end. Folded back into rows of that width, the table is an ordinary `|` grid: a blank
/// cell keeps its column instead of being dropped from a stream of cells.
///
/// Folded only where nothing is guessed: every line fills one cell at most, at least two rows end
/// in pads, every such end falls on a multiple of one width, no line's cells fall in two rows,
/// each padded row holds a single cell (pads after several cells leave the spans of merged header
/// cells unknown) or, under a header of one name column then value columns, a name then numbers,
/// and one row is full (the header).
enum ClosedCells {
    static func folded(_ lines: [String]) -> [String] {
        var lines = lines
        var n = 0
        while n < lines.count {
            // Each line of a run cut into cells once, for every reading below.
            guard let first = cells(of: lines[n]), isOneCell(first) else { n += 1; continue }
            var run = [first]
            var end = n + 1
            while end < lines.count {
                if let next = cells(of: lines[end]), isOneCell(next) {
                    run.append(next)
                } else if run.count >= 2, joinsWrappedPiece(at: end, in: &lines) {
                    run.append([])
                } else { break }
                end += 1
            }
            if end - n >= Thresholds.cellPerLineMinimumLines {
                fold(run, from: n, into: &lines)
            }
            n = end
        }
        return lines
    }

    /// A run of one closed cell per line (each line's cells given) folded into rows where the
    /// pads, the rows' names or the header's width tell them; else each cell's spaces joined.
    private static func fold(_ run: [[String]], from n: Int, into lines: inout [String]) {
        let end = n + run.count
        if let rows = rows(ofCells: run, from: n) {
            for k in n..<end { lines[k] = "" }
            let header = rows.firstIndex { $0.cells.allSatisfy { !$0.isEmpty } } ?? rows.endIndex
            for (k, row) in rows.enumerated() {
                lines[row.line] = k > header && isHeading(row.cells) ? row.cells.joined(separator: "\t")
                    : row.cells.map { $0 + " |" }.joined(separator: " ")
            }
            return
        }
        let inRun = cells(inRun: run, from: n)
        if let rows = NamedRows.folded(inRun) ?? HeaderWidthRows.folded(inRun) ?? BlankLineCells.foldedCells(inRun) {
            // No pads tell the width: rows by their names (`NamedRows`), by the header's
            // width where a column of words ends every row (`HeaderWidthRows`), or by the
            // header row's width where every row fits its columns, a form of two sides too
            // (`BlankLineCells`), blanks kept.
            for (line, text) in rows { lines[line] = text }
        } else {
            // Left one cell per line: a cell is all its "|" closes, spaces inside it included
            // ("公务 接待费 |", a wrapped cell printed with a space), not two cells.
            for k in n..<end { lines[k] = withSpacesJoined(lines[k]) }
        }
    }

    /// A row's name wrapped inside its frame prints its first piece on a line of its own, unclosed
    /// (`全 国` over `总 计 |`, then the row's amounts): a short line of ideographs alone (no digit,
    /// no punctuation, no `|`, no 表) right before a closed line of one text cell and then a closed
    /// number, inside a run of closed cells, is that name's first piece. Joined into the closed
    /// line, its own line left empty. (A heading or a note over the next table's cells is
    /// followed by words, not by an amount.)
    static func joinsWrappedPiece(at k: Int, in lines: inout [String]) -> Bool {
        // Asked where a run of closed cells stops: a line with a "|" is no piece.
        guard k + 2 < lines.count, !UTF8Text.containsByte(lines[k], UInt8(ascii: "|")) else { return false }
        let piece = UTF8Text.trimmingWhitespace(lines[k])
        func isNumber(_ text: String) -> Bool { TokenKind.of(Tokenizer.clean(Substring(text))).isNumeric }
        guard !piece.isEmpty, piece.count <= Thresholds.wrappedCellPieceCharacters, !UTF8Text.holds(piece, "表"),
              piece.unicodeScalars.allSatisfy({ $0 == " " || $0.properties.isIdeographic }),
              let next = cells(of: lines[k + 1]), next.count == 1, let text = next.first, !text.isEmpty, !isNumber(text),
              let after = cells(of: lines[k + 2]), after.count == 1, let amount = after.first, isNumber(amount) else { return false }
        lines[k + 1] = piece + " " + UTF8Text.trimmingWhitespace(lines[k + 1])
        lines[k] = ""
        return true
    }

    /// One cell per line: a line's closed cells (`cells(of:)`) fill one at most. Rows of
    /// several cells ("合计 | 34.35 |") are rows already: two short ones are never joined.
    static func isOneCell(_ cells: [String]) -> Bool { cells.filter { !$0.isEmpty }.count <= 1 }

    /// A line's cells when it closes them all with "|" ("X |", "X | ||", "|", "||||"); nil for any
    /// other line, or a row that opens with "|" and holds text (a `| a | b |` row of its own).
    static func cells(of line: String) -> [String]? {
        guard UTF8Text.containsByte(line, UInt8(ascii: "|")) else { return nil }
        let trimmed = UTF8Text.trimmingWhitespace(line)
        guard trimmed.hasSuffix("|") else { return nil }
        // "| |": a row's opening border before one empty cell, as "| 210 |" opens a row before 210.
        if trimmed.count >= 3, trimmed.hasPrefix("|"), trimmed.dropFirst().dropLast().allSatisfy({ $0 == " " }) { return [""] }
        var parts = UTF8Text.trimmedPipePieces(trimmed)
        parts.removeLast()
        if trimmed.hasPrefix("|"), parts.contains(where: { !$0.isEmpty }) { return nil }
        return parts
    }

    /// A closed cell's line with the spaces inside its text dropped where they stand between two
    /// characters other than ASCII (公务 接待费, 项 目) or between one and a bracket (支出 (万元));
    /// other spaces beside ASCII (8-2 国家…, 1996 年, Tax (25%)) stay.
    static func withSpacesJoined(_ line: String) -> String {
        guard let cell = cells(of: line)?.first(where: { !$0.isEmpty }), UTF8Text.holds(cell, " ") else { return line }
        let characters = Array(cell)
        var joined = ""
        for (k, character) in characters.enumerated() {
            if character == " " {
                let before = characters[..<k].last(where: { $0 != " " }), after = characters[(k + 1)...].first(where: { $0 != " " })
                // A bracket opening a unit after a name (支出 (万元)), or closing one before a name, joins too.
                let name = before?.isASCII == false, nameAfter = after?.isASCII == false
                if (name && (nameAfter || after == "(")) || (before == ")" && nameAfter) { continue }
            }
            joined.append(character)
        }
        return line.replacingOccurrences(of: cell, with: joined)
    }

    struct Row { var line: Int; var cells: [String] }

    /// The run's cells in reading order, each with its line.
    static func cells(inRun run: [[String]], from first: Int) -> [NamedRows.Cell] {
        run.enumerated().flatMap { offset, cells in cells.map { NamedRows.Cell(line: first + offset, text: $0) } }
    }

    /// The run's rows of one width, each on the line of its first cell; nil unless the pads tell
    /// the width and every padded row is a single cell.
    static func rows(in run: ArraySlice<String>, from first: Int) -> [Row]? {
        rows(ofCells: run.map { cells(of: $0)! }, from: first)
    }
    /// The same from the run's lines already cut into cells.
    static func rows(ofCells run: [[String]], from first: Int) -> [Row]? {
        var flat: [(line: Int, text: String)] = []
        var ends: [Int] = []
        for (offset, cells) in run.enumerated() {
            flat += cells.map { (first + offset, $0) }
            // Pads: empty cells after a filled one on its line, or a line of several "|".
            let padded = cells.count >= 2 && (cells.last!.isEmpty && cells.contains { !$0.isEmpty } || cells.allSatisfy(\.isEmpty))
            if padded { ends.append(flat.count) }
        }
        guard ends.count >= 2 else { return nil }
        let width = ends.reduce(0, gcd)
        guard width >= 2 else { return nil }
        // A header of one name column then value columns only: a row's name spans no value column.
        let oneNameColumn = flat.count >= width && HeaderWords.isLabel(flat[0].text)
            && flat[1..<width].allSatisfy { !$0.text.isEmpty && !HeaderWords.isStructural($0.text) && !HeaderWords.isLineNumber($0.text) }
        var rows: [Row] = []
        var lineRows: [Int: Int] = [:]
        for (k, start) in stride(from: 0, to: flat.count, by: width).enumerated() {
            let slice = flat[start..<min(start + width, flat.count)]
            // A line's cells belong to one row.
            for cell in slice where lineRows[cell.line, default: k] != k { return nil }
            for cell in slice { lineRows[cell.line] = k }
            let row = Row(line: slice.first!.line, cells: slice.map(\.text))
            let filled = row.cells.filter { !$0.isEmpty }.count
            // A row padded after several cells: which columns its merged cells span is unknown,
            // unless it is a name then numbers under a header of one name column.
            if ends.contains(start + width), filled > 1, filled < width, !(oneNameColumn && isNameThenNumbers(row.cells)) { return nil }
            rows.append(row)
        }
        guard rows.contains(where: { $0.cells.count == width && !$0.cells.contains(where: \.isEmpty) }) else { return nil }
        return rows
    }

    /// A body row of a name and blank cells only (`三、按级次 |` then `|||`): the pads say the row
    /// ends there, so it is a whole row whose values are blank (a heading, an empty row), never a
    /// wrapped name's piece. Written as a tab row with its blank cells (as `PaddedPipeRows` keeps
    /// such a line), which the grid reads as printed whole; a `|` line of one cell would be read as
    /// one cell per line and lend its name to the row below.
    static func isHeading(_ cells: [String]) -> Bool {
        guard let name = cells.first, cells.count >= 2 else { return false }
        return !name.isEmpty && cells.dropFirst().allSatisfy(\.isEmpty) && !TokenKind.of(Tokenizer.clean(Substring(name))).isNumeric
    }

    /// A row's name, then numbers in the cells right after it, the rest blank (`甲 | 10 | ||`).
    static func isNameThenNumbers(_ cells: [String]) -> Bool {
        let filled = cells.prefix { !$0.isEmpty }
        guard let name = filled.first, filled.count >= 2, cells[filled.count...].allSatisfy(\.isEmpty) else { return false }
        func isNumber(_ text: String) -> Bool { TokenKind.of(Tokenizer.clean(Substring(text))).isNumeric }
        return !isNumber(name) && filled.dropFirst().allSatisfy(isNumber)
    }

    private static func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
}
