/// Rows of a tab table that the converter broke at the line breaks inside their cells: it writes
/// a cell's lines as they come, so the row's line ends inside that cell and the row goes on on the
/// next line, which starts with the cell's next line (a ruled-table converter reading a word
/// processor's table):
///
///     科目编码 ⇥ 科目名称 ⇥ 收入预算 ⇥ ⇥ ⇥ ⇥
///     ⇥ ⇥ 合计 ⇥ 财政拨款收入 ⇥ 事业收
///     入 ⇥ 事业单位经营
///     收入 ⇥ 其他收
///     入
///
/// Read line by line, each piece is a short row whose cells stand left of their columns. Such a
/// converter prints every whole row with all the table's cells, blank ones to its end
/// (`printsRowsWhole`), so the table's width is its widest line's; pieces joined, each break one
/// cell's two parts, add up to that width exactly, and a joined row holding a number prints its
/// words and numbers where the table's whole rows do (`fits`).
/// A run of lines narrower than the table, starting with two cells or more, is joined when its
/// cells add up to the width before any line of the full width comes; lines of one cell inside it
/// are its broken cells' middle lines; each break must fall between words (an amount is never
/// broken). A row of words (a header row) printed whole takes the lines of one cell after it when
/// the table goes on with a line opening on a blank cell or a number: its last cell's last lines
/// (before a line opening on words they might as well be that row's first cell's first lines).
/// Nothing else is joined: a row whose pieces do not add up stays as it was printed.
enum BrokenTabRows {
    /// The joined rows by their first line's index in `texts`: the row's text and the index of its
    /// last piece. `breaks`: lines no row goes on through (page furniture).
    static func joined(_ texts: [String], breaks: [Bool]) -> [Int: (text: String, last: Int)] {
        let widths = texts.indices.map { breaks[$0] ? 0 : cellCount(texts[$0]) }
        guard let width = widths.max(), width >= Thresholds.brokenTabRowMinimumWidth else { return [:] }
        // Every line whole (or a break): no piece to join, the checks below would find nothing.
        guard widths.contains(where: { $0 > 0 && $0 < width }) else { return [:] }
        var rows: [(first: Int, cells: [String], last: Int)] = []
        // The whole rows' cells, cut once: the kinds of their positions and the rows read them.
        let wholeCells = texts.indices.map { widths[$0] == width ? cellTexts(texts[$0]) : nil }
        let kinds = wholeRowKinds(wholeCells.compactMap { $0 })
        var n = 0
        while n < texts.count {
            if widths[n] == width {
                rows.append((n, wholeCells[n] ?? [], n))
            } else if widths[n] >= 2, let run = run(from: n, texts, widths: widths, width: width), fits(run.cells, kinds) {
                rows.append((n, run.cells, run.end))
                n = run.end
            }
            n += 1
        }
        // No row joined and no line of one cell for a row's head or tail: nothing goes on.
        guard rows.contains(where: { $0.last > $0.first }) || widths.contains(1),
              printsRowsWhole(texts, widths: widths, width: width, rows: rows),
              mostAmountsInWholeRows(texts, widths: widths, rows: rows) else { return [:] }
        withTails(&rows, texts, widths: widths)
        withHeads(&rows, texts, widths: widths)
        var joined: [Int: (text: String, last: Int)] = [:]
        for row in rows where row.last > row.first { joined[row.first] = (row.cells.joined(separator: "\t"), row.last) }
        return joined
    }

    /// Each row of words given the lines of one cell after it that are its last cell's last lines:
    /// certainly so before a line opening on a blank cell or a number; before a line opening on
    /// words (they might as well be that line's first cell's first lines) only when the same row
    /// printed elsewhere (a header repeated on a later page) took the same lines for certain.
    static func withTails(_ rows: inout [(first: Int, cells: [String], last: Int)], _ texts: [String], widths: [Int]) {
        var known: [[String]: [String]] = [:]
        var uncertain: [Int] = []
        for r in rows.indices {
            guard let tail = tail(after: rows[r].last, texts, widths: widths, cells: rows[r].cells) else { continue }
            if tail.certain {
                let pieces = texts[(rows[r].last + 1)...tail.end].map { UTF8Text.trimmingWhitespace($0) }
                known[rows[r].cells] = pieces
                rows[r].cells[rows[r].cells.count - 1] += pieces.joined()
                rows[r].last = tail.end
            } else {
                uncertain.append(r)
            }
        }
        for r in uncertain {
            guard let pieces = known[rows[r].cells], rows[r].last + pieces.count < texts.count,
                  texts[(rows[r].last + 1)...(rows[r].last + pieces.count)].map({ UTF8Text.trimmingWhitespace($0) }) == pieces else { continue }
            rows[r].cells[rows[r].cells.count - 1] += pieces.joined()
            rows[r].last += pieces.count
        }
    }

    /// Each row of words given the lines of one cell right before it that are its first cell's
    /// first lines: with them that cell reads as a code or name column's header word and without
    /// them it does not (`科目编` over `码 ⇥ 科目名称 ⇥ …`; a run starts on two cells or more, so a
    /// header's first cell broken is left out of it).
    static func withHeads(_ rows: inout [(first: Int, cells: [String], last: Int)], _ texts: [String], widths: [Int]) {
        for r in rows.indices {
            guard let cell = rows[r].cells.first, !cell.isEmpty, !HeaderWords.isStructural(TextRepair.compact(cell)),
                  !rows[r].cells.contains(where: { TokenKind.of($0).isNumeric }) else { continue }
            let floor = r > 0 ? rows[r - 1].last + 1 : 0
            var head = ""
            var k = rows[r].first - 1
            while k >= floor, widths[k] == 1 {
                head = UTF8Text.trimmingWhitespace(texts[k]) + head
                if HeaderWords.isStructural(TextRepair.compact(head + cell)) {
                    rows[r].cells[0] = head + cell
                    rows[r].first = k
                    break
                }
                k -= 1
            }
        }
    }

    /// The lines from `n` on narrower than the table joined, each line's first cell going on with
    /// the line before's last, while they fall short of the width: nil unless they add up to it.
    static func run(from n: Int, _ texts: [String], widths: [Int], width: Int) -> (cells: [String], end: Int)? {
        var cells = cellTexts(texts[n])
        var end = n
        while cells.count < width, end + 1 < texts.count, widths[end + 1] > 0, widths[end + 1] < width {
            let piece = cellTexts(texts[end + 1])
            guard breaksInside(cells[cells.count - 1], piece[0]) else { return nil }
            end += 1
            cells[cells.count - 1] += piece[0]
            cells += piece.dropFirst()
        }
        return cells.count == width ? (cells, end) : nil
    }

    /// A cell's text can go on from `before` to `after` across a line break: both hold words (an
    /// amount is never broken; a blank is no piece of a cell), or a rate's number before its
    /// percent sign alone (`100` / `%`: a narrow cell wraps the sign off its number).
    static func breaksInside(_ before: String, _ after: String) -> Bool {
        func word(_ text: String) -> Bool { !text.isEmpty && TokenKind.of(text) == .text }
        if WrappedPercentSigns.isBareSign(after) {
            let kind = TokenKind.of(before)
            return (kind == .integer || kind == .amount) && !before.contains("%")
        }
        return word(before) && word(after)
    }

    /// The cells a tab line prints, blank ones at its end included.
    static func cellCount(_ text: String) -> Int {
        UTF8Text.withBytes(text) { b in b.reduce(1) { $1 == 9 ? $0 + 1 : $0 } }
    }

    /// The line's cells between tabs, trimmed, blank ones included. Cut over the bytes: a tab is
    /// always a Character of its own (a control character joins no neighbour), so the byte 09
    /// cuts where a `split` by Character does, at about a tenth of its cost.
    static func cellTexts(_ text: String) -> [String] {
        UTF8Text.withBytes(text) { b in
            var cells: [String] = []
            var start = 0
            for end in 0...b.count where end == b.count || b[end] == 0x09 {
                let kept = UTF8Text.trimmed(b, start..<end)
                cells.append(String(decoding: UnsafeBufferPointer(rebasing: b[kept]), as: UTF8.self))
                start = end + 1
            }
            return cells
        }
    }

    /// The converter prints each row whole, with all the table's cells: some row of the table's
    /// width ends in a blank cell (blank cells printed to the row's end; a converter that prints a
    /// wrapped cell's lines at its index drops them), or, in a table without blank cells, some row
    /// holding a number joins from pieces (a line printed at a cell's index starts with the blank
    /// cells before it, and is never a row's next piece).
    static func printsRowsWhole(_ texts: [String], widths: [Int], width: Int, rows: [(first: Int, cells: [String], last: Int)]) -> Bool {
        texts.indices.contains { widths[$0] == width && texts[$0].utf8.last == 9 }
            || rows.contains { $0.last > $0.first && $0.cells.contains { TokenKind.of($0).isNumeric } }
    }

    /// The positions at which the table's whole rows holding a number print words, and numbers.
    static func wholeRowKinds(_ rows: [[String]]) -> (words: Set<Int>, numbers: Set<Int>) {
        var words: Set<Int> = [], numbers: Set<Int> = []
        for cells in rows {
            let kinds = cells.map(TokenKind.of)
            guard kinds.contains(.amount) else { continue }
            for (k, kind) in kinds.enumerated() where kind != .blank {
                if kind.isNumeric { numbers.insert(k) } else { words.insert(k) }
            }
        }
        return (words, numbers)
    }

    /// A joined row holding a number prints no cell where the table's whole rows print only cells
    /// of the other kind: no number where they print words, no words where they print only numbers
    /// (a position they leave blank tells nothing). Without a whole row holding a number nothing
    /// tells the row's kinds: it is not joined. Lines that lost their blank cells add up to the width only
    /// by chance, their cells under columns of another kind. A row of words alone (a header row)
    /// is not asked.
    static func fits(_ cells: [String], _ kinds: (words: Set<Int>, numbers: Set<Int>)) -> Bool {
        let cellKinds = cells.map(TokenKind.of)
        guard cellKinds.contains(where: \.isNumeric) else { return true }
        guard !kinds.numbers.isEmpty else { return false }
        return cellKinds.indices.allSatisfy { k in
            switch cellKinds[k] {
            case .blank, .placeholder: return true
            case .amount, .integer: return !kinds.words.contains(k)
            default: return kinds.words.contains(k) || !kinds.numbers.contains(k)
            }
        }
    }

    /// The converter prints rows whole (a row of the table's width ends in a blank cell: blank cells
    /// are printed to the row's end; a converter that prints a wrapped cell's lines at its index
    /// drops them) when most lines holding an amount belong to a row of the table's width, printed
    /// on one line or joined from pieces that add up to it exactly (a table whose names wrap
    /// prints most of its rows broken).
    static func mostAmountsInWholeRows(_ texts: [String], widths: [Int], rows: [(first: Int, cells: [String], last: Int)]) -> Bool {
        let valued = texts.indices.filter { widths[$0] > 1 && Tokenizer.holdsTabAmount(texts[$0]) }
        let inRows = Set(rows.flatMap { $0.first...$0.last })
        return !valued.isEmpty && valued.filter(inRows.contains).count * 2 > valued.count
    }

    /// The last of the lines of one cell after a row of words ending in a word, when a tabbed line
    /// follows them, and whether that line opens on a blank cell or a number (they are the row's).
    static func tail(after end: Int, _ texts: [String], widths: [Int], cells: [String]) -> (end: Int, certain: Bool)? {
        guard let last = cells.last, !last.isEmpty,
              !Tokenizer.tabTokens(cells.joined(separator: "\t"), number: 0).contains(where: { CellText.mayBeNumber($0) }) else { return nil }
        var k = end + 1
        while k < texts.count, widths[k] == 1 { k += 1 }
        guard k > end + 1, k < texts.count, widths[k] > 1, let first = cellTexts(texts[k]).first else { return nil }
        return (k - 1, TokenKind.of(first) == .blank || TokenKind.of(first).isNumeric)
    }
}
