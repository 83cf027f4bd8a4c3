/// Which printed line of a wrapped row name holds the row's numbers, told once for a whole tab
/// table. A converter wraps every cell of a table the same way: the numbers stand on the first
/// line of the name (the rest follows), on its last (the rest comes before), or in its middle
/// (pdftotext centres them, one line more above or one more below when the count is even). Each
/// way assigns every name piece (a line of words alone) to one row, by the name cells the piece
/// stands in, never by adjacency alone; a way is impossible when some name it makes is malformed:
/// a list marker (`一、`, `（三）`, `其中`) after a name's start (unless a colon opens the list),
/// a bracket that closes before it opens or never closes, a name of one character (`出`, `费`:
/// a wrapped name's last line, never a whole name), words after a total or a sentence's end
/// (`。`: form content, not a name), a piece in a cell
/// its row leaves empty, a cell that stops and starts again, or a line shorter than one after it
/// (a wrapped cell fills each line before the next). The table's way is told when its lines read
/// as whole names are not all well formed or one is a single character (so its names do wrap),
/// and the ways still possible read every piece alike (where that way splits some run of pieces
/// two ways, the number lines next to a piece read differently have their values rejected,
/// `rowNameUncertain`); otherwise the adjacency rules of `WrappedGridCells` apply.
enum WrappedRowAnchor: CaseIterable {
    case first, last
    /// Numbers on the middle line; with an even number of lines, one more line above them.
    case middleUpper
    /// Numbers on the middle line; with an even number of lines, one more line below them.
    case middleLower

    /// What a filled line of a section is: a row's number line, a piece of the row above or of the
    /// row below, or the start of a row with no numbers (a heading, a row left blank).
    enum Role: Equatable { case row, above, below, own }

    typealias Line = WrappedGridCells.LineRow

    /// How one way reads a section: some name malformed whatever the split (`impossible`), or the
    /// roles of its lines (`roles`) with the number lines whose names differ between the
    /// well-formed splits (`uncertain`: a piece between two of them fits either) and the roles
    /// the other split gives (`other`).
    enum Reading: Equatable { case impossible, certain(SectionRoles) }

    /// The roles of a section's lines, its number lines whose names are not certain, and the
    /// roles of the other well-formed split where there is one.
    struct SectionRoles: Equatable {
        var roles: [Int: Role]
        var uncertain: Set<Int> = []
        var other: [Int: Role] = [:]
    }

    /// The roles of each section's filled lines under the table's way; nil when no line is a piece,
    /// a form's text stands in value cells, every line reads well as a whole name, no way is
    /// impossible, or the possible ways read the pieces differently.
    static func roles(_ sections: [[Line]]) -> [SectionRoles]? {
        guard sections.contains(where: { $0.contains(where: WrappedGridCells.isPiece) }),
              !sections.contains(where: { $0.contains(where: holdsTextValues) }),
              sections.contains(where: { !unwrappedReadsWell($0) }) else { return nil }
        let readings = allCases.map { anchor in sections.map { anchor.reading($0) } }
        // Told only where some way is impossible and every possible way reads the table alike
        // (a row one of them leaves uncertain stays uncertain).
        let possible: [[SectionRoles]] = readings.compactMap { way in
            let sections = way.compactMap { reading -> SectionRoles? in if case .certain(let roles) = reading { return roles } else { return nil } }
            return sections.count == way.count ? sections : nil
        }
        guard var chosen = possible.first, possible.count < allCases.count,
              possible.allSatisfy({ $0.map(\.roles) == chosen.map(\.roles) }) else { return nil }
        for way in possible.dropFirst() {
            for n in chosen.indices where !way[n].uncertain.isEmpty {
                if chosen[n].uncertain.isEmpty { chosen[n].other = way[n].other }
                chosen[n].uncertain.formUnion(way[n].uncertain)
            }
        }
        return chosen
    }

    /// Every line read as a whole name (no name wrapped) is well formed: then nothing shows the
    /// table wraps its names at all, and no way is told.
    static func unwrappedReadsWell(_ lines: [Line]) -> Bool {
        lines.indices.allSatisfy { i in
            // A cell of one character is a wrapped name's last line even beside other cells.
            lines[i].row == nil || wellFormed([], i, [], lines) && !cells(lines[i]).values.contains { TextRepair.compact($0).count == 1 }
        }
    }

    /// Words in value cells and no number: a form's text, whose cells wrap too, beyond this model.
    static func holdsTextValues(_ line: Line) -> Bool {
        guard let row = line.row else { return false }
        return row.cells.isEmpty && !line.valuesBlank
    }

    /// The role of each filled line (index into `lines`) under this way.
    /// Where a block splits two ways, the pieces read alike keep their roles, and the number lines
    /// next to a piece read differently are uncertain: a real table wraps every name one way, but
    /// nothing on the page tells which row such a piece belongs to.
    func reading(_ lines: [Line]) -> Reading {
        var reading = SectionRoles(roles: [:])
        let starts = Self.nameStarts(lines)
        for block in Self.blocks(lines) {
            guard let found = blockRoles(block, lines, starts) else { return .impossible }
            reading.roles.merge(found.roles) { a, _ in a }
            reading.other.merge(found.other) { a, _ in a }
            for i in found.uncertain { reading.uncertain.formUnion(Self.flankingRows(i, block, lines)) }
        }
        return .certain(reading)
    }

    /// The number lines a piece could belong to: the nearest one above and below it in its block.
    static func flankingRows(_ piece: Int, _ block: [Int], _ lines: [Line]) -> [Int] {
        let rows = block.filter { !WrappedGridCells.isPiece(lines[$0]) }
        return [rows.last { $0 < piece }, rows.first { $0 > piece }].compactMap { $0 }
    }

    /// Filled lines cut where more lines than a wrapped name spans separate two of them.
    static func blocks(_ lines: [Line]) -> [[Int]] {
        var blocks: [[Int]] = []
        var last: Int?
        for i in lines.indices {
            guard let row = lines[i].row else { continue }
            if let last, row.line - last <= Thresholds.wrappedNameLineDistance { blocks[blocks.count - 1].append(i) } else { blocks.append([i]) }
            last = row.line
        }
        return blocks
    }

    /// One block: its number lines and the runs of pieces before, between and after them.
    /// The roles one well-formed split gives, those of another where some run splits otherwise,
    /// and the pieces some well-formed split reads otherwise (nil: none is well formed).
    private func blockRoles(_ block: [Int], _ lines: [Line], _ starts: Set<Int>) -> (roles: [Int: Role], other: [Int: Role], uncertain: Set<Int>)? {
        let rows = block.filter { !WrappedGridCells.isPiece(lines[$0]) }
        var roles = Dictionary(uniqueKeysWithValues: block.map { ($0, rows.contains($0) ? Role.row : .own) })
        guard !rows.isEmpty else { return (roles, roles, []) }
        // runs[i]: the pieces before rows[i]; runs[rows.count]: those after the last row.
        var runs = Array(repeating: [Int](), count: rows.count + 1)
        var r = 0
        for i in block { if r < rows.count, i == rows[r] { r += 1 } else { runs[r].append(i) } }
        guard let found = splits(rows, runs, lines, starts) else { return nil }
        func runRoles(_ k: Int, _ split: Split) -> [Int: Role] {
            var roles: [Int: Role] = [:]
            for (j, i) in runs[k].enumerated() {
                if j < split.after { roles[i] = .above } else if j >= runs[k].count - split.before { roles[i] = .below }
                else { roles[i] = j == split.after || starts.contains(i) ? .own : .above }
            }
            return roles
        }
        var other = roles, uncertain = Set<Int>()
        for k in runs.indices {
            let chosen = runRoles(k, found.path[k])
            roles.merge(chosen) { _, b in b }
            let alternatives = found.choices[k].map { runRoles(k, $0) }.filter { $0 != chosen }
            other.merge(alternatives.first ?? chosen) { _, b in b }
            for alternative in alternatives { uncertain.formUnion(chosen.keys.filter { chosen[$0] != alternative[$0] }) }
        }
        return (roles, other, uncertain)
    }

    /// How many of a run's first pieces end the row above (`after`) and how many of its last
    /// begin the row below (`before`).
    struct Split: Equatable { var after: Int, before: Int }

    /// One split of every run that makes every name well formed (`path`), and for each run every
    /// split of it that some such whole split takes (`choices`); nil when there is none. Told
    /// row by row from how many pieces the next row takes from above, forward, then kept only
    /// where the block's end is still reached.
    private func splits(_ rows: [Int], _ runs: [[Int]], _ lines: [Line], _ starts: Set<Int>) -> (path: [Split], choices: [[Split]])? {
        struct Move { var from: Int, split: Split }
        // At a block's ends nothing bounds a name but the pieces themselves: it takes all it can.
        guard let first = beforeOptions(runs[0], row: rows[0], starts).first,
              Self.ownRowsWellFormed(runs[0].dropLast(first), starts, lines) else { return nil }
        var states: Set<Int> = [first]
        var moves: [[Move]] = []
        for (k, row) in rows.enumerated() {
            var found: [Move] = []
            for before in states.sorted() {
                let last = k + 1 == rows.count
                let afters = afterOptions(before, run: runs[k + 1], starts)
                    .filter { Self.wellFormed(runs[k].suffix(before), row, runs[k + 1].prefix($0), lines)
                        && centred(runs[k].suffix(before), row, runs[k + 1].prefix($0), lines) }
                for after in last ? Array(afters.max().map { [$0] } ?? []) : afters {
                    let rest = Array(runs[k + 1].dropFirst(after))
                    for nextBefore in last ? [0] : beforeOptions(rest, row: rows[k + 1], starts)
                    where (last || rest.dropLast(nextBefore).first.map(starts.contains) ?? true)
                        && Self.ownRowsWellFormed(rest.dropLast(nextBefore), starts, lines) {
                        found.append(Move(from: before, split: Split(after: after, before: nextBefore)))
                    }
                }
            }
            moves.append(found)
            states = Set(found.map(\.split.before))
        }
        // Backwards: only moves from which the block's end is reached.
        var alive = states
        for k in rows.indices.reversed() {
            moves[k] = moves[k].filter { alive.contains($0.split.before) }
            alive = Set(moves[k].map(\.from))
        }
        guard alive.contains(first) else { return nil }
        var path = [Split(after: 0, before: first)], state = first
        for k in rows.indices {
            guard let move = moves[k].first(where: { $0.from == state }) else { return nil }
            path.append(move.split)
            state = move.split.before
        }
        let choices = [[path[0]]] + moves.map { found in found.map(\.split).reduce(into: [Split]()) { if !$0.contains($1) { $0.append($1) } } }
        return (path, choices)
    }

    /// Pieces that make rows without numbers, each row from a piece that begins a name (or the
    /// first) to the next: each such name well formed too.
    /// None where the table prints a line for every row (a row left blank too).
    private static func ownRowsWellFormed(_ pieces: ArraySlice<Int>, _ starts: Set<Int>, _ lines: [Line]) -> Bool {
        if pieces.contains(where: { lines[$0].rowsPrintedWhole }) { return false }
        var groups: [[Int]] = []
        for i in pieces { if groups.isEmpty || starts.contains(i) { groups.append([i]) } else { groups[groups.count - 1].append(i) } }
        return groups.allSatisfy { wellFormed([], $0[0], $0.dropFirst(), lines) }
    }

    /// How many pieces of a run go to the row after it: as many as reach back to the last piece
    /// that begins a name (all when none does), none at a row that begins its own name or, under
    /// `first`, ever.
    private func beforeOptions(_ run: [Int], row: Int, _ starts: Set<Int>) -> [Int] {
        if self == .first || run.isEmpty || starts.contains(row) { return [0] }
        let most = run.count - (run.lastIndex(where: starts.contains) ?? 0)
        // A wrap at an end joins every piece it can; in the middle, rows without numbers may
        // stand between, so the row may begin with any of the pieces after the last marker.
        return [most]
    }

    /// Under a middle way, each name cell centred on its own around the number line (pdftotext
    /// centres every cell of a row alone): in each cell as many pieces above as below, or one more
    /// above (`middleUpper`) or below (`middleLower`). A name in two cells wrapped over two lines
    /// each with one piece above the numbers and the other below is centred in no cell.
    private func centred(_ before: ArraySlice<Int>, _ row: Int, _ after: ArraySlice<Int>, _ lines: [Line]) -> Bool {
        guard self == .middleUpper || self == .middleLower else { return true }
        let own = Self.cells(lines[row])
        guard own.count >= 2, own[-1] == nil else { return true }
        return own.keys.allSatisfy { cell in
            let above = before.filter { Self.cells(lines[$0])[cell] != nil }.count
            let below = after.filter { Self.cells(lines[$0])[cell] != nil }.count
            return self == .middleUpper ? above == below || above == below + 1 : below == above || below == above + 1
        }
    }

    /// How many pieces the row ends with, given how many it begins with.
    private func afterOptions(_ before: Int, run: [Int], _ starts: Set<Int>) -> [Int] {
        // Up to the first piece that begins a name of its own.
        let limit = run.firstIndex(where: starts.contains) ?? run.count
        let wanted: [Int]
        switch self {
        case .first: wanted = [limit]
        case .last: wanted = [0]
        case .middleUpper: wanted = [before, before - 1]
        case .middleLower: wanted = [before, before + 1]
        }
        return wanted.filter { $0 >= 0 && $0 <= limit }
    }

    /// A row's name from the pieces before it, its own line and the pieces after it, cell by cell:
    /// each piece in a name cell of the row, a list marker only first, brackets balanced where
    /// any are printed, nothing after a total.
    static func wellFormed(_ before: ArraySlice<Int>, _ row: Int, _ after: ArraySlice<Int>, _ lines: [Line]) -> Bool {
        let own = printedCells(lines[row])
        guard own[-1] != nil || contiguous(Array(before) + [row] + Array(after), lines) else { return false }
        var sequences = own.mapValues { [$0] }
        for i in before.reversed() {
            for (cell, text) in printedCells(lines[i]).sorted(by: { $0.key > $1.key }) {
                guard let key = own.count == 1 && own.keys.first == -1 ? -1 : own[cell] != nil ? cell : nil else { return false }
                sequences[key]!.insert(text, at: 0)
            }
        }
        for i in after {
            for (cell, text) in printedCells(lines[i]).sorted(by: { $0.key < $1.key }) {
                guard let key = own.count == 1 && own.keys.first == -1 ? -1 : own[cell] != nil ? cell : nil else { return false }
                sequences[key]!.append(text)
            }
        }
        return sequences.values.allSatisfy { texts in
            zip(texts, texts.dropFirst()).allSatisfy { !beginsName($1) || opensList($0) }
                && texts.dropLast().allSatisfy { !AlignedRows.isTotal($0) && !endsSentence($0) }
                && bracketsBalance(texts.joined())
                && TextRepair.compact(texts.joined()).count != 1
                && !opensWithQualifier(texts)
                && fillsLines(texts)
        }
    }

    /// Each name cell's words stand on consecutive lines of the name: a cell wrapped onto lines of
    /// its own never stops and starts again.
    static func contiguous(_ name: [Int], _ lines: [Line]) -> Bool {
        let cellsPerLine = name.map { Set(cells(lines[$0]).keys) }
        return Set(cellsPerLine.flatMap { $0 }).allSatisfy { cell in
            let at = cellsPerLine.indices.filter { cellsPerLine[$0].contains(cell) }
            return at.last! - at.first! + 1 == at.count
        }
    }

    /// `cells`, with a space after the words of a cell printed with spaces after them: a line
    /// that ends at a space may end short (`fillsLines`).
    static func printedCells(_ line: Line) -> [Int: String] {
        var found = cells(line)
        for cell in line.spacedCells where found[cell] != nil { found[cell]! += " " }
        return found
    }

    /// A line's words by name cell; one pseudo cell (-1) when its label is not made of its cells alone.
    static func cells(_ line: Line) -> [Int: String] {
        guard let row = line.row else { return [:] }
        return !line.names.isEmpty && WrappedGridCells.label(line.names) == row.label ? line.names : [-1: row.label]
    }

    /// Filled lines (indices into `lines`) that begin a name: a list marker or 其中 at the start,
    /// unless the line before ends with a colon that opens the list (`资金来源：` / `(1) 政府…`).
    /// Pieces left between two rows are rows without numbers: each begins so.
    static func nameStarts(_ lines: [Line]) -> Set<Int> {
        var starts = Set<Int>()
        var previous: Int?
        for i in lines.indices where lines[i].row != nil {
            if cells(lines[i]).values.contains(where: beginsName),
               !(previous.map { cells(lines[$0]).values.contains(where: opensList) } ?? false) { starts.insert(i) }
            previous = i
        }
        return starts
    }

    static func opensList(_ text: String) -> Bool {
        let trimmed = UTF8Text.trimmingWhitespace(text)
        return UTF8Text.hasSuffix(trimmed, ":") || UTF8Text.hasSuffix(trimmed, "：")
    }

    /// A list marker or 其中 at the start: the first line of a name, never a later one.
    static func beginsName(_ text: String) -> Bool {
        AlignedRows.startsRow(text) && !AlignedRows.isTotal(text)
    }

    /// A cell wrapped over lines fills each line but its last to the cell's width: those lines are
    /// about as wide as one another, and the last is no wider. "About": within a character, or
    /// within a Chinese character's width (half-width letters and digits take half of one).
    static func fillsLines(_ texts: [String]) -> Bool {
        let lines = texts.map { UTF8Text.trimmingWhitespace($0) }
        let spaced = texts.map { $0.last?.isWhitespace == true }
        guard let first = lines.first, lines.count >= 2 else { return true }
        func width(_ text: String) -> Int { text.reduce(0) { $0 + ($1.isASCII ? 1 : 2) } }
        func fits(_ line: String, within full: String) -> Bool {
            line.count <= full.count + 1 || width(line) <= width(full) + 2
        }
        // A line shorter than the first ends early only where the next could not start sooner.
        func full(_ i: Int) -> Bool {
            lines[i].count >= first.count || width(lines[i]) >= width(first) || spaced[i] || breaksEarly(before: lines[i + 1])
        }
        return lines.dropFirst().allSatisfy { fits($0, within: first) }
            && lines.dropLast().allSatisfy { fits(first, within: $0) }
            && lines.indices.dropLast().allSatisfy(full)
    }

    /// A line that makes the line before it end short: it starts with a bracket or a mark that
    /// may not end or begin a line (taking the character before it along), or with a half-width
    /// word, which wraps whole.
    static func breaksEarly(before next: String) -> Bool {
        let marks: Set<Character> = ["）", ")", "」", "』", "》", "，", "。", "、", "：", "；", "！", "？", "%", "％", "（", "(", "「", "『", "《"]
        guard let head = next.first else { return true }
        return marks.contains(head) || next.dropFirst().first.map(marks.contains) == true || (head.isASCII && (head.isLetter || head.isNumber))
    }

    /// A name of several lines whose first opens with a bracket that is no list marker (`（行政）`
    /// over `年度目标`): a bracket qualifies the words before it, so it is the end of the name above.
    static func opensWithQualifier(_ texts: [String]) -> Bool {
        guard texts.count >= 2, let head = TextRepair.compact(texts[0]).first, head == "(" || head == "（" else { return false }
        return !beginsName(texts[0])
    }

    /// Text that ends a sentence (form content, a note) ends whatever name it is in.
    static func endsSentence(_ text: String) -> Bool {
        let trimmed = UTF8Text.trimmingWhitespace(text)
        return UTF8Text.hasSuffix(trimmed, "。") || UTF8Text.hasSuffix(trimmed, "；") || UTF8Text.hasSuffix(trimmed, ";")
    }

    /// No bracket closes before it opens, and every one that opens closes.
    static func bracketsBalance(_ text: String) -> Bool {
        // Over bytes where every scalar is a Character: "(" 28, ")" 29, "（" EF BC 88, "）" EF BC 89.
        if let balanced = UTF8Text.withBytes(text, { b -> Bool? in
            guard UTF8Text.oneCharacterPerScalar(b) else { return nil }
            var depth = 0
            for i in b.indices {
                let open = b[i] == 0x28 || (b[i] == 0x88 && i >= 2 && b[i - 1] == 0xBC && b[i - 2] == 0xEF)
                let close = b[i] == 0x29 || (b[i] == 0x89 && i >= 2 && b[i - 1] == 0xBC && b[i - 2] == 0xEF)
                if open { depth += 1 } else if close { depth -= 1; if depth < 0 { return false } }
            }
            return depth == 0
        }) { return balanced }
        var depth = 0
        for c in text {
            if c == "（" || c == "(" { depth += 1 } else if c == "）" || c == ")" { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    /// The section's rows with each piece joined to the row its role names, cell by cell where the
    /// row's name is made of its cells.
    static func joinedRows(_ lines: [Line], roles: [Int: Role]) -> [ExtractedRow] {
        var rows: [ExtractedRow] = []
        var names: [[Int: [String]]] = []
        var joined: [Bool] = [], prefixed: [Bool] = []
        var pending: [Int] = []
        func add(_ piece: Int, to k: Int, before: Bool) {
            for (cell, text) in cells(lines[piece]).sorted(by: { before ? $0.key > $1.key : $0.key < $1.key }) {
                let key = names[k][cell] != nil || names[k][-1] == nil ? cell : -1
                if before { names[k][key, default: []].insert(text, at: 0) } else { names[k][key, default: []].append(text) }
            }
            joined[k] = true
        }
        for i in lines.indices {
            guard let row = lines[i].row, let role = roles[i] else { continue }
            if role == .below { pending.append(i); continue }
            if role == .above, !rows.isEmpty { add(i, to: rows.count - 1, before: false); continue }
            rows.append(row)
            names.append(cells(lines[i]).mapValues { [$0] })
            joined.append(false)
            prefixed.append(!pending.isEmpty)
            for piece in pending.reversed() { add(piece, to: rows.count - 1, before: true) }
            pending = []
        }
        for k in rows.indices where joined[k] {
            rows[k].label = label(names[k])
            // A code printed at the start of the name's first line ("2080505 机关事业" / "单位基本养老").
            if prefixed[k], rows[k].codeParts.isEmpty, let split = CodeSplitter.leadingCode(rows[k].label) {
                rows[k].codeParts = [split.code]; rows[k].label = split.rest
            }
        }
        return rows
    }

    private static func label(_ cells: [Int: [String]]) -> String {
        cells.keys.sorted().map { cells[$0]!.reduce("") { $0.isEmpty ? $1 : WrappedGridCells.pieces($0, $1) } }.joined(separator: " ")
    }
}

extension WrappedRowAnchor {
    /// A form whose value cells hold its text (a target in words on a row without numbers) is
    /// beyond the model of ways (`roles`), and its rows join their pieces by adjacency, which
    /// takes no such row for one; a piece between a number line and such a row may end the one or
    /// begin the other, and a piece in two name cells at once (重点工作任务 | 调整事项完成) may end
    /// one row's cell and begin the other's: the number lines it flanks have no certain name
    /// (source lines; a piece that begins a name, `一、`, is a row of its own).
    static func formRowsBesidePieces(_ lines: [Line]) -> Set<Int> {
        guard lines.contains(where: holdsTextValues) else { return [] }
        let starts = nameStarts(lines)
        var uncertain = Set<Int>()
        for block in blocks(lines) {
            for i in block where WrappedGridCells.isPiece(lines[i]) && !starts.contains(i) {
                let flanking = flankingRows(i, block, lines)
                guard flanking.contains(where: { holdsTextValues(lines[$0]) }) || lines[i].nameCells.count >= 2 else { continue }
                uncertain.formUnion(flanking.compactMap { lines[$0].row?.line })
            }
        }
        return uncertain
    }

    /// Rows whose names the table's way leaves two ways (`uncertain`, by source line): a row whose
    /// code names it whatever its name keeps its values (with the name its first split gives),
    /// every other one is rejected (`rowNameUncertain`): nothing on the page tells which row the
    /// piece belongs to, and a value under a wrong name is a value at a wrong place.
    static func settled(_ rows: [ExtractedRow], other: [ExtractedRow], uncertain: Set<Int>) -> (rows: [ExtractedRow], rejects: [ReaderReject]) {
        let alternative = Dictionary(other.map { ($0.line, $0) }) { a, _ in a }
        var kept: [ExtractedRow] = [], rejects: [ReaderReject] = []
        for row in rows {
            if !uncertain.contains(row.line) || (!row.codeParts.isEmpty && alternative[row.line].map { $0.codeParts == row.codeParts } ?? true) {
                kept.append(row)
            } else {
                rejects += row.cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .rowNameUncertain) }
            }
        }
        return (kept, rejects)
    }
}
