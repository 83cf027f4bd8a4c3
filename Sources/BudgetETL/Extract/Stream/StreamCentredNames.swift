/// Row names of a single-space table centred on their number lines, as a spreadsheet or word
/// processor prints a cell centred vertically in a narrow name column: a name wrapped over an
/// even number of lines leaves its number line without a name (`非生产性企业亏` / its values /
/// `损补贴`), over an odd number the number line holds its middle piece. A table that shows such
/// a name-less number line between two pieces is laid out so (a name printed from its number
/// line on, or ending on it, never leaves one), and its number lines take as many pieces right
/// under them as right above them, read top down as `AlignedRows.centredPieces` reads a
/// column-aligned section: the first row of a run of lines takes every piece above it; pieces
/// between two number lines are the first's last ones and the second's first ones. Only tables
/// of one name per line, one side, without codes; a run of lines whose pieces do not share out
/// so leaves every row in it uncertain (`unshared`).
enum StreamCentredNames {
    /// The body with each run's pieces joined into their rows' names, and the indices of the
    /// piece lines taken.
    static func joined(_ body: [TableLines.Line]) -> (lines: [TableLines.Line], used: Set<Int>) {
        var lines = body, used = Set<Int>()
        for run in runs(body) {
            guard let shared = shares(run, body) else { continue }
            for (row, pieces) in shared {
                let above = pieces.above.map { body[$0].tokens.first { !$0.isBlank }!.text }.joined()
                let below = pieces.below.map { body[$0].tokens.first { !$0.isBlank }!.text }.joined()
                guard !above.isEmpty || !below.isEmpty else { continue }
                if let k = lines[row].tokens.firstIndex(where: { !$0.isBlank && $0.kind == .text }) {
                    lines[row].tokens[k].text = above + lines[row].tokens[k].text + below
                } else {
                    let first = body[pieces.above.first ?? pieces.below[0]].tokens.first { !$0.isBlank }!
                    lines[row].tokens.insert(Token(text: above + below, line: first.line, column: first.column), at: 0)
                }
                lines[row].compact = TextRepair.compact(lines[row].tokens.map(\.text).joined())
                used.formUnion(pieces.above + pieces.below)
            }
        }
        return (lines, used)
    }

    /// Source lines of the rows of every run whose pieces do not share out.
    static func unshared(_ body: [TableLines.Line]) -> Set<Int> {
        Set(runs(body).filter { shares($0, body) == nil }.flatMap { run in run.filter { isRow(body[$0]) }.map { body[$0].number } })
    }

    /// Runs of consecutive lines of pieces and number lines, each holding a name-less number line
    /// between two pieces; none where no run does (or the table has codes: its rows begin there).
    static func runs(_ body: [TableLines.Line]) -> [[Int]] {
        // Side by side (a name after a number on some line), the number line's name may be the
        // first side's while the pieces around it are the next side's.
        guard !body.contains(where: WrappedStreamNames.hasCode), !body.contains(where: namesAfterNumber) else { return [] }
        var runs: [[Int]] = []
        for i in body.indices where isPiece(body[i]) || isRow(body[i]) {
            if let last = runs.last?.last, last == i - 1, body[i].number == body[last].number + 1 {
                runs[runs.count - 1].append(i)
            } else {
                runs.append([i])
            }
        }
        // The piece under the line goes on from the one above it: it starts no row of its own
        // (`十、…` under a value is the next cell in reading order, not a name's end).
        return runs.filter { run in
            run.dropFirst().dropLast().contains { i in
                isNameless(body[i]) && isPiece(body[i - 1]) && isPiece(body[i + 1]) && !startsRow(body[i + 1])
            }
        }
    }

    /// The pieces each row of a run takes, above and below its number line (by index), or nil
    /// where they do not share out.
    static func shares(_ run: [Int], _ body: [TableLines.Line]) -> [Int: (above: [Int], below: [Int])]? {
        let rows = run.filter { isRow(body[$0]) }
        var out: [Int: (above: [Int], below: [Int])] = [:]
        var carried: Int?
        for (m, row) in rows.enumerated() {
            let above = run.filter { $0 < row && (rows.indices.contains(m - 1) ? $0 > rows[m - 1] : true) }
            let below = run.filter { $0 > row && (m + 1 < rows.count ? $0 < rows[m + 1] : true) }
            let taken = carried ?? above.count
            guard taken <= above.count, taken <= below.count else { return nil }
            out[row] = (Array(above.suffix(taken)), Array(below.prefix(taken)))
            // Only a name's first piece may start a row (a number line's own name, the middle
            // piece, only with no piece above it).
            guard !(out[row]!.above.dropFirst() + out[row]!.below).contains(where: { startsRow(body[$0]) }),
                  taken == 0 || isNameless(body[row]) || !startsRow(body[row]) else { return nil }
            if m + 1 < rows.count {
                carried = below.count - taken
            } else if below.count != taken {
                return nil
            }
        }
        return out
    }

    static func namesAfterNumber(_ line: TableLines.Line) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }
        guard let number = filled.firstIndex(where: { $0.kind != .text }) else { return false }
        return filled[number...].contains { $0.kind == .text }
    }

    static func startsRow(_ line: TableLines.Line) -> Bool {
        AlignedRows.startsRow(line.tokens.first { !$0.isBlank }?.text ?? "")
    }

    /// A line of one piece of a name alone (`WrappedStreamNames.pieceTokens`).
    static func isPiece(_ line: TableLines.Line) -> Bool {
        WrappedStreamNames.pieceTokens(line)?.count == 1
    }

    /// A number line with one name at its start, or none.
    static func isRow(_ line: TableLines.Line) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }
        guard WrappedStreamNames.isNumberLine(line), let first = filled.first else { return false }
        let names = filled.filter { $0.kind == .text }
        return names.isEmpty || (names.count == 1 && first.kind == .text)
    }

    static func isNameless(_ line: TableLines.Line) -> Bool {
        WrappedStreamNames.isNumberLine(line) && !line.tokens.contains { !$0.isBlank && $0.kind == .text }
    }
}
