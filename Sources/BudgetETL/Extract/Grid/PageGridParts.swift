/// Later pages of a tab table that a ruled-table converter laid out on their own grid. Such a
/// converter finds each page's table from that page's rulings, so a table split over pages prints
/// every later page with its own grid columns: a cell merged over two grid columns on the first
/// page may cover one on the next, and the same row's cells stand at other tab positions
/// (`201 ⇥ ⇥ 名称 ⇥ ⇥ 5.00` on the header's page, `20101 ⇥ 名称 ⇥ ⇥ 3.00` after the break).
///
/// A page whose lines all print one width, another than the one the header page's lines all
/// print, with filled positions that are not all positions the header's page fills, is on its own
/// grid (a page of the header page's width may only have a column blank on one page and filled
/// on the other, or a row folded from lines apart between blank gaps: nothing is moved, unless
/// it prints an amount where neither a header cell nor an amount of the header's page stands). Its columns are the header page's columns, in the same order, when both pages fill the
/// same number of positions and each pair holds the same kind of cell (codes, words, amounts):
/// then no other matching keeps the order of the columns and their kinds, and the page's cells
/// are moved to the header page's positions. Otherwise which column each of its values is under
/// is unknown: its numbers are rejected, not placed.
enum PageGridParts {
    /// What a grid position holds over a page's lines: words (codes and names: what identifies a
    /// row) or amounts.
    enum CellKind: Equatable {
        case words, amounts
    }

    static func placed(_ table: TableLines) -> (table: TableLines, rejects: [ReaderReject]) {
        guard table.tabSeparated, let lastHeader = table.header.last?.number else { return (table, []) }
        let parts = pages(of: table.body, breaks: table.pageBreaks.filter { $0 > lastHeader })
        let first = parts.first.map { $0.map { table.body[$0] } } ?? []
        guard parts.count > 1, let referenceWidth = printedWidth(first) else { return (table, []) }
        // A header page without columns of amounts (each amount glued to a word by the converter,
        // or a position holding words and amounts) has none to pair a later page's with: a later
        // page on its own grid is rejected.
        let reference = columns(first) ?? []
        let pairable = reference.contains { $0.kind == .amounts }
        let referencePositions = filledPositions(first)
        let headed = Set(table.header.flatMap { line in line.tokens.indices.filter { !line.tokens[$0].isBlank } })
            .union(first.flatMap { line in line.tokens.indices.filter { line.tokens[$0].kind == .amount } })
        let printedCells = first.map(\.printedCells).max() ?? 0
        var table = table
        var rejects: [ReaderReject] = []
        var offGrid: Set<Int> = []
        for part in parts.dropFirst() {
            let lines = part.map { table.body[$0] }
            guard let width = printedWidth(lines), width != referenceWidth || amountUnheaded(lines, headed: headed),
                  !filledPositions(lines).isSubset(of: referencePositions) else { continue }
            guard pairable || lines.contains(where: { $0.tokens.contains { $0.kind == .amount } }) else { continue }
            if pairable, let own = columns(lines), own.count == reference.count, zip(own, reference).allSatisfy({ $0.kind == $1.kind }) {
                let target = Dictionary(uniqueKeysWithValues: zip(own.map(\.position), reference.map(\.position)))
                for n in part { table.body[n] = moved(table.body[n], to: target, printedCells: printedCells) }
            } else {
                for n in part { rejects += withoutNumbers(&table.body[n]) }
                offGrid.formUnion(part)
            }
        }
        // The rejected page's words stand at another grid's positions too: left in, they would
        // read as name columns of their own, or as pieces of the header page's names.
        table.body = table.body.indices.filter { !offGrid.contains($0) }.map { table.body[$0] }
        return (table, rejects)
    }

    /// The body's line indices cut at the page breaks: the header's page first, each later page after.
    static func pages(of body: [TableLines.Line], breaks: [Int]) -> [[Int]] {
        var parts: [[Int]] = [[]]
        var next = breaks.sorted()[...]
        for n in body.indices {
            var started = false
            while let start = next.first, body[n].number >= start { next.removeFirst(); started = true }
            if started && !parts[parts.count - 1].isEmpty { parts.append([]) }
            parts[parts.count - 1].append(n)
        }
        return parts
    }

    /// The one number of cells that every line of cells (more than one) prints, blank ones at its
    /// end included: such a converter prints each page's rows whole on that page's grid. Lines of
    /// other widths (cells folded onto a row's line from lines apart, a page break a blank gap
    /// only) show no grid laid out again, and nothing is moved.
    static func printedWidth(_ lines: [TableLines.Line]) -> Int? {
        let widths = Set(lines.map(\.printedCells).filter { $0 > 1 })
        return widths.count == 1 ? widths.first : nil
    }

    /// Some amount of the page stands at a position where neither a header cell nor an amount of
    /// the header's page stands (`headed`): a page printed as wide as the header's page on another
    /// grid (a sheet's whole grid, each page's cells merged over other grid columns). A column only
    /// blank on one page keeps its header cell, so it does not count.
    static func amountUnheaded(_ lines: [TableLines.Line], headed: Set<Int>) -> Bool {
        lines.contains { line in line.tokens.indices.contains { line.tokens[$0].kind == .amount && !headed.contains($0) } }
    }

    /// The positions at which some line has a filled cell.
    static func filledPositions(_ lines: [TableLines.Line]) -> Set<Int> {
        Set(lines.flatMap { line in line.tokens.indices.filter { !line.tokens[$0].isBlank } })
    }

    /// The positions a page's lines fill, left to right, each with the kind of its cells; nil when
    /// a position holds words and amounts (a wrapped or shifted cell), as such a page's columns
    /// cannot be told by their kinds. A placeholder (-, —) may stand in any column.
    static func columns(_ lines: [TableLines.Line]) -> [(position: Int, kind: CellKind)]? {
        var amounts: Set<Int> = [], words: Set<Int> = []
        for line in lines {
            for (k, token) in line.tokens.enumerated() where !token.isBlank && token.kind != .placeholder {
                if token.kind == .amount { amounts.insert(k) } else if token.kind == .text { words.insert(k) }
            }
        }
        guard amounts.isDisjoint(with: words) else { return nil }
        return filledPositions(lines).sorted().map { ($0, amounts.contains($0) ? CellKind.amounts : .words) }
    }

    /// The line with each filled cell moved to its position on the header page's grid.
    static func moved(_ line: TableLines.Line, to target: [Int: Int], printedCells: Int) -> TableLines.Line {
        var line = line
        let width = (target.values.max() ?? -1) + 1
        let column = line.tokens.first?.column ?? 0
        var tokens = (0..<width).map { _ in Token(text: "", line: line.number, column: column) }
        for (k, token) in line.tokens.enumerated() where !token.isBlank {
            if let to = target[k] { tokens[to] = token }
        }
        while let last = tokens.last, last.isBlank { tokens.removeLast() }
        line.tokens = tokens
        line.printedCells = max(printedCells, tokens.count)
        return line
    }

    /// Blanks the line's numbers, returning them as rejects.
    static func withoutNumbers(_ line: inout TableLines.Line) -> [ReaderReject] {
        var rejects: [ReaderReject] = []
        for i in line.tokens.indices where CellText.mayBeNumber(line.tokens[i]) && line.tokens[i].kind != .placeholder {
            let t = line.tokens[i]
            rejects.append(ReaderReject(line: t.line, text: t.text, reason: .pageOnItsOwnGrid))
            line.tokens[i] = Token(text: "", line: t.line, column: t.column)
        }
        return rejects
    }
}
