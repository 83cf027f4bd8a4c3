/// The rows of a column-aligned table from its line segments (`AlignedGridReader`): a code or
/// values start a row; text alone on the line right under a row is the rest of its wrapped name;
/// text lines after the last row are not rows.
enum AlignedRows {
    /// The word of a row's line that stands nearest a unit column (`UnitColumn`) and is a unit,
    /// and the other words.
    static func unitCell(_ words: [Token], _ section: AlignedHeader.Section) -> (unit: Token?, rest: [Token]) {
        guard section.identifying.contains(where: isUnitColumn) else { return (nil, words) }
        var words = words
        // A unit one space after the name (`…(不含药品收入) 元`) was read as one cell with it:
        // parted where its last word is a unit standing under the unit column.
        if let last = words.last, let cut = last.text.lastIndex(of: " ") {
            let unit = Token(text: String(last.text[last.text.index(after: cut)...]), line: last.line,
                             column: last.end - last.text[last.text.index(after: cut)...].unicodeScalars.count)
            if UnitColumn.isUnit(unit.text), standsUnderUnitColumn(unit, section) {
                words[words.count - 1].text = UTF8Text.trimmingWhitespace(String(last.text[..<cut]))
                words.append(unit)
            }
        }
        if let k = words.firstIndex(where: { UnitColumn.isUnit($0.text) && standsUnderUnitColumn($0, section) }) {
            return (words.remove(at: k), words)
        }
        // A unit word after the row's name, when the unit column is the last before the values: the
        // row's unit wherever pdftotext set it (a header line of Chinese words printed narrower
        // than the body's, its words off the body's columns).
        if words.count >= 2, let last = words.last, UnitColumn.isUnit(last.text), section.identifying.last.map(isUnitColumn) == true {
            return (words.removeLast(), words)
        }
        return (nil, words)
    }

    private static func isUnitColumn(_ leaf: AlignedHeader.Leaf) -> Bool { UnitColumn.isHeaderWord(leaf.path.last ?? "") }

    /// The name column the word's centre stands nearest is the unit column.
    private static func standsUnderUnitColumn(_ word: Token, _ section: AlignedHeader.Section) -> Bool {
        let centre = Double(word.column + word.end) / 2
        return section.identifying.min(by: { abs(centre - $0.anchor) < abs(centre - $1.anchor) }).map(isUnitColumn) == true
    }

    /// `pageBreaks`: the first source line of every page after the first. Rows around a page
    /// break whose name pieces cannot be shared out for certain (`centredPieces`) go to `rejects`.
    static func build(_ segments: [AlignedGridReader.Segment], _ sections: [AlignedHeader.Section],
                      pageBreaks: [Int], rejects: inout [ReaderReject]) -> [[ExtractedRow]] {
        var rows = Array(repeating: [ExtractedRow](), count: sections.count)
        var lastLines = Array(repeating: [Int](), count: sections.count)
        // Name fragments printed above their row's number line, by the index of that segment.
        var prefixes: [Int: [Token]] = [:]
        // Per section, the segment the last fragment was given to when it starts a row below.
        var pending = [Int?](repeating: nil, count: sections.count)
        // Per section, the last row when its number line printed no name of its own and its
        // name's first line stands right above it: centred on it (`Centred`), its last line below.
        var centred = [Centred?](repeating: nil, count: sections.count)
        let bottomNames = AlignedBottomNames.sections(segments, count: sections.count)
        // Name pieces shared out around number lines that print no name (`centredPieces`).
        let (sharedPieces, uncertain, unshared) = centredPieces(segments, sections, pageBreaks: pageBreaks)
        for (index, segment) in segments.enumerated() {
            let n = segment.section, section = sections[n]
            // A spreadsheet bottom-aligns a wrapped name: the code starts the number line, after
            // the name's first pieces, and is glued to the name's last piece by a single space.
            let (ownCode, named) = leadingCode(segment.labels, after: prefixes[index] ?? [], codes: segment.codes)
            // A unit column's cell is the row's unit, not a piece of its name.
            let (unit, own) = unitCell(named, section)
            var label = joinedLabel(prefixes[index] ?? [], own)
            let bare = segment.codes.isEmpty && segment.values.isEmpty
            // Without a name column, text alone on a line is a heading near the table, not a row.
            if section.identifying.isEmpty, bare { continue }
            if bare, !label.isEmpty, let shared = sharedPieces[index] {
                if shared.above {
                    prefixes[shared.row, default: []] += (prefixes[index] ?? []) + segment.labels
                    pending[n] = shared.row
                    continue
                }
                if let last = rows[n].indices.last, rows[n][last].line == segments[shared.row].line {
                    rows[n][last].label = appended(rows[n][last].label, label)
                    lastLines[n][last] = segment.line
                    continue
                }
            }
            if bare, !label.isEmpty, let open = centred[n], open.takes(segment), let last = rows[n].indices.last {
                rows[n][last].label = appended(rows[n][last].label, label)
                lastLines[n][last] = segment.line
                centred[n] = nil
                continue
            }
            if bare, !label.isEmpty {
                let previous = rows[n].indices.last.flatMap { last in
                    segment.line - lastLines[n][last] <= Thresholds.wrappedNameLineDistance
                        && continues(label, previous: rows[n][last].label,
                                     codes: section.hasCodes || hugsRowAbove(index, segments)) ? last : nil
                }
                let next = flankedRow(after: index, segments, sections)
                if let next, previous == nil || pending[n] == next || bottomNames[n]
                    || (segment.line == segments[next].line - 1 && isCentred(next, segments, sections))
                    || startsNextRow(index, segments, previousLabel: rows[n][previous!].label) {
                    prefixes[next, default: []] += (prefixes[index] ?? []) + segment.labels
                    pending[n] = next
                    continue
                }
                if let previous {
                    rows[n][previous].label = appended(rows[n][previous].label, label)
                    lastLines[n][previous] = segment.line
                    continue
                }
            }
            pending[n] = nil
            // 款 and 项 codes have two digits; a spreadsheet that stored them as numbers prints 02 as 2.
            var codes = segment.codes.enumerated().map { k, t in k > 0 && t.text.count == 1 ? "0" + t.text : t.text }
            if let ownCode { codes = [ownCode] }
            if codes.isEmpty, let split = CodeSplitter.leadingCode(label) { codes = [split.code]; label = split.rest }
            let cells = zip(segment.values, segment.columns).compactMap { token, column in
                CellText.mayBeNumber(token)
                    ? RawCell(column: column, text: token.text, line: token.line, guessed: segment.columnsGuessed) : nil
            }
            if codes.isEmpty && label.isEmpty && cells.isEmpty { continue }
            rows[n].append(ExtractedRow(line: segment.line, codeParts: codes, label: label, cells: cells, unit: unit?.text))
            lastLines[n].append(segment.line)
            centred[n] = Centred(of: segment, above: prefixes[index] ?? [], own: own)
        }
        for n in rows.indices { rows[n] = AlignedWrappedCodes.movedDown(BracketCodeDigits.restored(AlignedWrappedCodes.joined(rows[n]))) }
        for (lines, reason) in [(uncertain, RejectReason.namePiecesAcrossPageBreak), (unshared.subtracting(uncertain), .rowNameUncertain)] {
            let uncertainLines = Set(lines.map { segments[$0].line })
            for n in rows.indices where !uncertainLines.isEmpty {
                let isUncertain = { (row: ExtractedRow) in uncertainLines.contains(row.line) && row.codeParts.isEmpty }
                rejects += rows[n].filter(isUncertain).flatMap { $0.cells.map { ReaderReject(line: $0.line, text: $0.text, reason: reason) } }
                rows[n].removeAll(where: isUncertain)
            }
        }
        // Headings and notes between the table's last row and the next title.
        for n in rows.indices {
            while let last = rows[n].last, last.cells.isEmpty, last.codeParts.isEmpty { rows[n].removeLast() }
        }
        return rows
    }

    /// A row whose name a word processor centred on its number line: the number line prints no
    /// name, its name's first line stands right above it and its last line right below it
    /// ("特定目标类城乡居民基本医疗保险财政补助资金某某市社会" / "4,434.00 4,434.00" / "医疗保险中心"):
    /// the line right below, starting where the line above does, ends this row's name; it does not
    /// begin the next row's, however complete the name above looks. (One line: where more lines
    /// stand above, the first of them may end the row before.)
    struct Centred {
        var line: Int
        var start: Int

        init?(of segment: AlignedGridReader.Segment, above: [Token], own: [Token]) {
            guard own.isEmpty, !segment.values.isEmpty, let last = above.last, last.line == segment.line - 1 else { return nil }
            line = segment.line
            start = above.first { $0.line == last.line }!.column
        }

        func takes(_ fragment: AlignedGridReader.Segment) -> Bool {
            guard fragment.line == line + 1, fragment.codes.isEmpty, let first = fragment.labels.first else { return false }
            return abs(first.column - start) <= Thresholds.wrappedPieceDrift
        }
    }

    /// Whether the name of the number line `index` is centred on it: the line prints no name, and
    /// the text alone on the lines right above and right below it starts at one column. The line
    /// right above is then its name's (the lines further up may end the row before). A unit
    /// column's cell on the number line is no name (`元` / `38.15` between the name's pieces).
    static func isCentred(_ index: Int, _ segments: [AlignedGridReader.Segment],
                          _ sections: [AlignedHeader.Section]) -> Bool {
        let row = segments[index]
        guard !row.values.isEmpty, row.labels.count <= 1,
              row.labels.isEmpty || unitCell(row.labels, sections[row.section]).rest.isEmpty,
              let above = segments[..<index].last(where: { $0.section == row.section }),
              let below = segments[(index + 1)...].first(where: { $0.section == row.section }),
              above.line == row.line - 1, below.line == row.line + 1, above.values.isEmpty,
              below.values.isEmpty, below.codes.isEmpty,
              let top = above.labels.first, let bottom = below.labels.first else { return false }
        return abs(top.column - bottom.column) <= Thresholds.wrappedPieceDrift
    }

    /// Rows of numbers without code or name between two lines of name text alone, in sections
    /// that name their rows, taken out and their numbers rejected: the row's name, centred on its
    /// numbers, wrapped around the line (`某某局…在职人` / numbers / `员…培训费`) and went to other
    /// rows, and a value without its row would stand at a wrong place. (A nameless line of totals
    /// under the header, the next row's name below it, is read as it stands.)
    /// Side by side, pdftotext may set such a name past its side's edge, into the next side's
    /// name column (`公用经费` / numbers / `合计`): two pieces starting at one column right above
    /// and right below the line, on the next side, are a name wrapped around it as well.
    /// Past the section's first line (a nameless line of totals under the header), a row of amounts
    /// with neither code nor name among rows that have them is no row the table prints: its name
    /// went to another row or was cut off by a page break (`总计` with its 行次 on one line, its
    /// amount below past the page's furniture), or its amounts are another side's or row's.
    /// Rates are left alone (a target's several values print on lines of their own), and so is a
    /// row its 行次 identifies (a two-sided table's right side printing no name beside its number).
    static func withoutNameless(_ rows: inout [[ExtractedRow]], _ sections: [AlignedHeader.Section],
                                segments: [AlignedGridReader.Segment]) -> [ReaderReject] {
        var rejects: [ReaderReject] = []
        let pieces = segments.filter { !$0.labels.isEmpty && $0.values.isEmpty && $0.codes.isEmpty }
        for n in rows.indices where !sections[n].identifying.isEmpty {
            let nameLines = Set(pieces.filter { $0.section == n }.map(\.line))
            // Where the next side's pieces start, by line.
            let starts = Dictionary(grouping: pieces.filter { $0.section == n + 1 }, by: \.line).mapValues { $0.map { $0.labels[0].column } }
            let wrappedAround = { (line: Int) in
                (starts[line - 1] ?? []).contains { top in
                    (starts[line + 1] ?? []).contains { abs($0 - top) <= Thresholds.wrappedPieceDrift }
                }
            }
            // Columns joined from a right-hand page set (`joinColumnSets`) come after the header's.
            let isLineNumber = { (cell: RawCell) in
                let name = sections[n].values.indices.contains(cell.column) ? sections[n].values[cell.column].path.last ?? "" : ""
                return HeaderWords.isLineNumber(TextRepair.compact(name))
            }
            // A row holding only its 行次 has no amount to misplace.
            let amounts = { (row: ExtractedRow) in row.cells.contains { !isLineNumber($0) } }
            let named = rows[n].contains { !$0.codeParts.isEmpty || !TextRepair.compact($0.label).isEmpty }
            let first = rows[n].first?.line
            let isOrphan = { (row: ExtractedRow) in
                row.codeParts.isEmpty && TextRepair.compact(row.label).isEmpty && !row.cells.isEmpty
                    && (nameLines.contains(row.line - 1) && nameLines.contains(row.line + 1) || wrappedAround(row.line) && amounts(row)
                        || named && row.line != first && amounts(row) && !rates(row) && !row.cells.contains(where: isLineNumber))
            }
            rejects += rows[n].filter(isOrphan).flatMap { $0.cells.map { ReaderReject(line: $0.line, text: $0.text, reason: .rowNameUnknown) } }
            rows[n].removeAll(where: isOrphan)
        }
        return rejects
    }

    /// Every value of the row a rate (`100%`).
    private static func rates(_ row: ExtractedRow) -> Bool {
        row.cells.allSatisfy { UTF8Text.hasSuffix($0.text, "%") || UTF8Text.hasSuffix($0.text, "％") }
    }

    /// The segment whose row a name fragment (text alone on its line) is the beginning of: the
    /// next segment of the same section, a few lines down, holding the row's numbers, whose own
    /// name is missing or goes on from the fragment, and whose name column the fragment stands in.
    static func flankedRow(after index: Int, _ segments: [AlignedGridReader.Segment],
                           _ sections: [AlignedHeader.Section]) -> Int? {
        let fragment = segments[index]
        // Through the fragments below this one (a name wrapped over several lines) to the first
        // segment with numbers or a code, each a few lines from the one before.
        var line = fragment.line
        var found: Int?
        for j in segments.indices.dropFirst(index + 1) where segments[j].section == fragment.section {
            guard segments[j].line - line <= Thresholds.wrappedNameLineDistance else { break }
            if !segments[j].values.isEmpty || !segments[j].codes.isEmpty { found = j; break }
            line = segments[j].line
        }
        guard let next = found else { return nil }
        // A unit column's cell is no piece of the row's name.
        let own = unitCell(segments[next].labels, sections[fragment.section]).rest
        if isFormRow(fragment.labels), isFormRow(own) { return nil }
        let area = own.isEmpty ? nameArea(fragment.section, sections) : own.map(\.column).min()!..<own.map(\.end).max()!
        // Pieces of one wrapped cell start at its left edge; pdftotext may print one a column off
        // ("出" under "四、公共安全支"), so a short last piece need not overlap the piece above it.
        let sameStart = own.first.map { abs($0.column - fragment.labels[0].column) <= Thresholds.wrappedPieceDrift } ?? false
        guard sameStart || fragment.labels.allSatisfy({ overlap($0.column..<$0.end, area) >= Thresholds.nameFragmentOverlap })
                || own.isEmpty && inNameSlot(fragment, of: next, segments)
        else { return nil }
        if own.isEmpty || !startsRow(own.map(\.text).joined()) { return next }
        // "1. 预算资金" under "一般公共": the list number stayed on the number line.
        let fragmentText = fragment.labels.map(\.text).joined()
        return !startsRow(fragmentText) && fragment.labels[0].column > own[0].column && marker(own[0].text) != nil ? next : nil
    }

    /// Two names of the national “三公” form one over the other (因公出国(境)费 alone on its line over
    /// 公务接待费 0.36): each is a whole row, the upper printed without a value, not the first piece
    /// of the lower's name.
    static func isFormRow(_ words: [Token]) -> Bool {
        guard !words.isEmpty else { return false }
        let compact = TextRepair.compact(words.map(\.text).joined())
        // "其中:公务用车运行费", "1.因公出国(境)费": the marker is no part of the form's name.
        var name = AlignedRowPatterns.rowStart.firstRange(in: compact).map { compact[$0.upperBound...] } ?? compact[...]
        if name.hasPrefix(":") || name.hasPrefix("：") { name = name.dropFirst() }
        return HeaderWords.isFormColumnName(String(name))
    }

    /// A later side's fragment standing, on its number line, between the earlier side's values and
    /// its own (`namePiecesPastTheirSide`): the place that line leaves for the side's name, which
    /// pdftotext packed left of the header's name column.
    static func inNameSlot(_ fragment: AlignedGridReader.Segment, of next: Int, _ segments: [AlignedGridReader.Segment]) -> Bool {
        let row = segments[next]
        let before = segments.filter { $0.line == row.line && $0.section < row.section }.flatMap { $0.values + $0.codes + $0.labels }
        guard let lower = before.map(\.end).max(), let upper = (row.values + row.codes).map(\.column).min() else { return false }
        return fragment.labels.allSatisfy { $0.column >= lower && $0.end <= upper }
    }

    /// A browser centres a row's cells on their lines: a name wrapped over an even number of
    /// lines leaves the number line without a name of its own, with as many pieces right above
    /// it as right under it; over an odd number, the number line holds the middle piece. A
    /// section that shows a name-less number line between pieces is laid out so (a name printed
    /// from its number line on, or ending on it, never leaves one). Its number lines are read
    /// top down: the first takes every piece right above it and as many right under it; pieces
    /// between two number lines are the first's last ones and the second's first ones, so the
    /// second takes the rest above it and as many under it. Where the pieces do not share out
    /// so, nothing is taken and the other rules read the names. By fragment: the number line's
    /// segment, and whether the fragment stands above it.
    /// A row split by a page break (`pageBreaks`) ends its name on the next page, above the next
    /// row's pieces: that row takes as many pieces above it as under it, the ones above those end
    /// the split row's name. Where they do not share out so, neither row's name is certain: their
    /// number lines are `uncertain`; the rows after them go on sharing out where one count of
    /// pieces above the first of them lets them, else the number lines from there on that the
    /// pieces run on between are `unshared`: the other rules would read their names by adjacency,
    /// which centring makes wrong.
    static func centredPieces(_ segments: [AlignedGridReader.Segment], _ sections: [AlignedHeader.Section],
                              pageBreaks: [Int] = []) -> (shared: [Int: (row: Int, above: Bool)], uncertain: Set<Int>, unshared: Set<Int>) {
        var out: [Int: (row: Int, above: Bool)] = [:], uncertain = Set<Int>(), unshared = Set<Int>()
        for n in sections.indices {
            if let shared = centredPieces(section: n, segments, sections, pageBreaks: pageBreaks, uncertain: &uncertain, unshared: &unshared) {
                out.merge(shared) { a, _ in a }
            }
        }
        return (out, uncertain, unshared)
    }

    private static func centredPieces(section n: Int, _ segments: [AlignedGridReader.Segment],
                                      _ sections: [AlignedHeader.Section], pageBreaks: [Int],
                                      uncertain: inout Set<Int>, unshared: inout Set<Int>) -> [Int: (row: Int, above: Bool)]? {
        let own = segments.indices.filter { segments[$0].section == n }
        let area = nameArea(n, sections)
        func isPiece(_ i: Int) -> Bool {
            let s = segments[i]
            return s.codes.isEmpty && s.values.isEmpty && !s.labels.isEmpty
                && s.labels.allSatisfy { overlap($0.column..<$0.end, area) >= Thresholds.nameFragmentOverlap }
        }
        // Lines between two of the section's lines that hold only the other sides' name pieces
        // (a two-sided table wraps both sides' names) do not break a run of pieces.
        let namesOnly = Dictionary(grouping: segments, by: \.line).mapValues { $0.allSatisfy { $0.values.isEmpty && $0.codes.isEmpty } }
        func follows(_ line: Int, _ next: Int, step: Int) -> Bool {
            stride(from: line + step, to: next, by: step).allSatisfy { namesOnly[$0] == true } && (next - line) * step > 0
        }
        // The pieces on consecutive lines next to position p, nearest first.
        func run(from p: Int, step: Int) -> [Int] {
            var out: [Int] = [], q = p + step, line = segments[own[p]].line
            while own.indices.contains(q), isPiece(own[q]), follows(line, segments[own[q]].line, step: step) {
                out.append(own[q]); line = segments[own[q]].line; q += step
            }
            return out
        }
        let numberLines = own.indices.filter { !segments[own[$0]].values.isEmpty }
        // The pieces standing after a page break that falls under number line p's pieces (or
        // the line itself), up to the next number line: nil where no page break falls there,
        // none where what stands there is no run of pieces up to that line (nothing shares out).
        func afterBreak(_ p: Int, below: [Int], next: Int) -> [Int]? {
            let first = p + below.count + 1
            let end = below.last.map { segments[$0].line } ?? segments[own[p]].line
            guard first < next, case let start = segments[own[first]].line,
                  pageBreaks.contains(where: { $0 > end && $0 <= start }) else { return nil }
            return run(from: next, step: -1).count == next - first ? (first..<next).map { own[$0] } : []
        }
        // How many of the pieces after the break end the split row p, its pieces under its number
        // line so far `below`, that took `taken` above: a whole row (none) is centred, so as many
        // under it as above; the first piece starting a row of its own (a list number, a total)
        // ends none. The next row takes the rest above it, and where more than one count is
        // possible so, the rows after it must share out.
        func splitCounts(_ m: Int, taken: Int, below: Int, after pieces: [Int]) -> [Int] {
            guard !pieces.isEmpty else { return [] }
            let startsOwnRow = startsRow(segments[pieces[0]].labels.map(\.text).joined())
            let possible = (0...pieces.count).filter { t in t == 0 ? below == taken : !startsOwnRow }
            return possible.count == 1 ? possible : possible.filter { sharesOut(from: m + 1, taking: pieces.count - $0) }
        }
        // Whether the rows from number line m on share their pieces out, the first taking `k`
        // above it: each as many under its number line as above, to the section's end or to a
        // gap in the pieces; past a page break, some split of the pieces after it must.
        var sharing: [Int: [Int: Bool]] = [:]
        func sharesOut(from m: Int, taking k: Int) -> Bool {
            if let known = sharing[m]?[k] { return known }
            let holds = sharesOutOnce(from: m, taking: k)
            sharing[m, default: [:]][k] = holds
            return holds
        }
        func sharesOutOnce(from m: Int, taking k: Int) -> Bool {
            var k = k
            for n in m..<numberLines.count {
                let p = numberLines[n], above = run(from: p, step: -1), below = run(from: p, step: 1)
                guard k <= above.count else { return false }
                guard n + 1 < numberLines.count, case let next = numberLines[n + 1] else { return below.count == k }
                if let pieces = afterBreak(p, below: below, next: next) {
                    return !splitCounts(n, taken: k, below: below.count, after: pieces).isEmpty
                }
                guard k <= below.count else { return false }
                guard let last = below.last, follows(segments[last].line, segments[own[next]].line, step: 1),
                      below.count == next - p - 1 else { return below.count == k }
                k = below.count - k
            }
            return true
        }
        guard numberLines.contains(where: { p in segments[own[p]].labels.isEmpty && !run(from: p, step: -1).isEmpty
                                             && !run(from: p, step: 1).isEmpty }) else { return nil }
        // The number lines from the m-th on that runs of pieces join, line after line.
        func chained(from m: Int) -> [Int] {
            var lines: [Int] = []
            for n in m..<numberLines.count {
                lines.append(own[numberLines[n]])
                guard n + 1 < numberLines.count, case let p = numberLines[n], case let next = numberLines[n + 1],
                      case let below = run(from: p, step: 1), let last = below.last,
                      follows(segments[last].line, segments[own[next]].line, step: 1), below.count == next - p - 1 else { break }
            }
            return lines
        }
        var out: [Int: (row: Int, above: Bool)] = [:]
        var k: Int?, centredSeen = false
        // A row left uncertain at a page break, passed over.
        var skipped: Int?
        for (m, p) in numberLines.enumerated() where m != skipped {
            let above = run(from: p, step: -1), below = run(from: p, step: 1)
            let taken = k ?? above.count
            // A row that does not share out (split by a page break, its pieces on two pages) ends
            // the rows read so; those before it, read so after a centred name-less line, stay.
            // After rows a page break leaves uncertain, the rows from `first` on that pieces run
            // on between are not certain either (`chained`).
            func sharedSoFar(from first: Int? = nil) -> [Int: (row: Int, above: Bool)]? {
                if centredSeen, let first { unshared.formUnion(chained(from: first)) }
                return centredSeen ? out.filter { !($0.value.row == own[p] && !$0.value.above) } : nil
            }
            let next = m + 1 < numberLines.count ? numberLines[m + 1] : nil
            // A row whose pieces below run to a page break, read so after a centred name-less line:
            // the pieces after the break may end its name (a word processor splits a row over two
            // pages, a spreadsheet does not); the one way the rows after it share out tells how
            // many. Where none or several do, neither its name nor the next row's is certain.
            if centredSeen, let next, taken <= above.count, let pieces = afterBreak(p, below: below, next: next) {
                let counts = splitCounts(m, taken: taken, below: below.count, after: pieces)
                guard counts.count == 1, let t = counts.first else {
                    uncertain.formUnion([own[p], own[next]])
                    // The rows after those two go on sharing out where one count of pieces above
                    // the first of them lets them (`sharesOut`); else they are not certain either.
                    guard m + 2 < numberLines.count,
                          case let counts = (0...run(from: numberLines[m + 2], step: -1).count).filter({ sharesOut(from: m + 2, taking: $0) }),
                          counts.count == 1 else { return sharedSoFar(from: m + 1) }
                    out = out.filter { !($0.value.row == own[p] && !$0.value.above) }
                    k = counts[0]
                    skipped = m + 1
                    continue
                }
                for piece in above.prefix(taken) { out[piece] = (own[p], true) }
                for piece in below + pieces.prefix(t) { out[piece] = (own[p], false) }
                k = pieces.count - t
                continue
            }
            guard taken <= above.count, taken <= below.count else { return sharedSoFar() }
            for piece in above.prefix(taken) { out[piece] = (own[p], true) }
            for piece in below.prefix(taken) { out[piece] = (own[p], false) }
            // Pieces running on to the next number line are shared with it; otherwise its own
            // pieces above are all its own.
            if let next, below.last.map({ follows(segments[$0].line, segments[own[next]].line, step: 1) }) == true,
               below.count == next - p - 1 {
                k = below.count - taken
            } else {
                guard below.count == taken || next == nil else { return sharedSoFar() }
                k = nil
            }
            if segments[own[p]].labels.isEmpty, taken > 0 { centredSeen = true }
        }
        return out
    }

    /// Whether a name fragment that could end the row above starts the row below instead: the
    /// blank line stands before it and not after it, or (with blank lines on both sides or on
    /// neither) the name above is complete.
    static func startsNextRow(_ index: Int, _ segments: [AlignedGridReader.Segment], previousLabel: String) -> Bool {
        let fragment = segments[index]
        let before = segments[..<index].last { $0.section == fragment.section }
        let after = segments[(index + 1)...].first { $0.section == fragment.section }
        let gapBefore = before.map { fragment.line - $0.line > 1 } ?? true
        let gapAfter = after.map { $0.line - fragment.line > 1 } ?? true
        if gapBefore != gapAfter { return gapBefore }
        return isComplete(previousLabel)
    }

    /// A fragment on the line right under a row, with a blank line between it and the next row:
    /// the end of that row's name, however complete the name looked ("一、财政拨款" / "收入").
    static func hugsRowAbove(_ index: Int, _ segments: [AlignedGridReader.Segment]) -> Bool {
        let fragment = segments[index]
        guard let before = segments[..<index].last(where: { $0.section == fragment.section }),
              let after = segments[(index + 1)...].first(where: { $0.section == fragment.section }) else { return false }
        return fragment.line - before.line == 1 && after.line - fragment.line > 1
    }

    /// A name that ends in a word's usual last character, or whose last line is shorter than
    /// its others (a wrapped cell fills every line but its last).
    static func isComplete(_ label: String) -> Bool {
        let pieces = label.split(separator: " ").map(\.count)
        if let last = pieces.last, pieces.count > 1, last < pieces.max()! { return true }
        return HeaderWords.endsComplete(TextRepair.compact(label))
    }

    /// The code that starts a number line's own name ("30239 办公经费]") when name pieces stand
    /// above it and the line has no code of its own: it belongs before the whole name, not
    /// inside it. Returns the code and the own name without it.
    static func leadingCode(_ own: [Token], after above: [Token], codes: [Token]) -> (String?, [Token]) {
        guard !above.isEmpty, codes.isEmpty, let first = own.first,
              let split = CodeSplitter.leadingCode(first.text) else { return (nil, own) }
        var rest = own
        rest[0].text = split.rest
        rest[0].column = first.end - split.rest.unicodeScalars.count
        return (split.code, rest)
    }

    /// The fragments above a row's number line and the row's own name: read top to bottom, but
    /// after the list number that stayed on the number line ("1." + "一般公共" + "预算资金").
    static func joinedLabel(_ above: [Token], _ own: [Token]) -> String {
        let text = { (tokens: ArraySlice<Token>) -> String in
            let lines = Dictionary(grouping: tokens, by: \.line).sorted { $0.key < $1.key }.map { $0.value.map(\.text).joined(separator: " ") }
            let spaced = lines.contains { UTF8Text.holds($0, " ") }
            return lines.dropFirst().reduce(lines.first ?? "") { wrapped($0, $1, spaced: spaced) }
        }
        guard let first = own.first, let head = above.first, head.column > first.column, let number = marker(first.text) else {
            return text((above + own)[...])
        }
        let rest = UTF8Text.trimmingWhitespace(String(first.text.dropFirst(number.count)))
        return ([number, text(above[...])] + (rest.isEmpty ? [] : [rest]) + [text(own.dropFirst())]).filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// A name's next line after the lines before it. A name printed without spaces (`spaced`
    /// false) wraps without them: a line that ends in a digit and one that starts with a Chinese
    /// character (or the reverse) join directly ("…提前下达2024" + "年中央财政…"); elsewhere a space
    /// joins them, which label cleaning drops between Chinese characters and keeps in names that
    /// have spaces of their own ("某某局 2022" + "年中央补助"). An English word broken after its own
    /// hyphen (a spreadsheet or word processor breaks a line there, it does not hyphenate) joins
    /// without one ("State-" + "owned"), and so does a percent sign, which ends the word before it
    /// ("药占比(不含中药饮片)" + "%").
    static func wrapped(_ name: String, _ line: String, spaced: Bool) -> String {
        guard let last = name.unicodeScalars.last, let first = line.unicodeScalars.first else { return name + line }
        let digitMeetsWide = (TextRepair.isDigit(last) && AlignedText.isWide(first)) || (AlignedText.isWide(last) && TextRepair.isDigit(first))
        let closing = first == "%" || first == "％" || brokenAtHyphen(name, line)
        return digitMeetsWide && !spaced || closing ? name + line : name + " " + line
    }

    /// A row's name with a piece printed on a later line (`Value-` … `added`: a name wrapped
    /// around its number line), joined as `wrapped` joins a word broken after its own hyphen.
    static func appended(_ name: String, _ piece: String) -> String {
        name + (brokenAtHyphen(name, piece) ? "" : " ") + piece
    }

    static func brokenAtHyphen(_ name: String, _ line: String) -> Bool {
        let isLetter = { (s: Unicode.Scalar?) in s.map { ("a"..."z").contains($0) || ("A"..."Z").contains($0) } ?? false }
        let scalars = name.unicodeScalars
        return scalars.last == "-" && isLetter(scalars.dropLast().last) && isLetter(line.unicodeScalars.first)
    }

    /// The list number a name starts with ("一、", "1.", "(一)").
    static func marker(_ text: String) -> String? {
        guard let range = text.range(of: #"^(?:[一二三四五六七八九十]+、|\d+[.、．]|[(（][一二三四五六七八九十\d]+[)）])"#,
                                     options: .regularExpression) else { return nil }
        return String(text[range])
    }

    /// Character columns between the previous section's last value column and this section's
    /// first one: where the section's names are printed.
    static func nameArea(_ n: Int, _ sections: [AlignedHeader.Section]) -> Range<Int> {
        let start = n > 0 ? sections[n - 1].values.map(\.anchor).max().map { Int($0.rounded(.up)) } ?? 0 : 0
        let end = sections[n].values.map(\.anchor).min().map { Int($0.rounded(.down)) } ?? Int.max
        return start..<max(start, end)
    }

    static func overlap(_ a: Range<Int>, _ b: Range<Int>) -> Int {
        max(0, min(a.upperBound, b.upperBound) - max(a.lowerBound, b.lowerBound))
    }

    /// Text alone on a line after a row: the rest of that row's wrapped name, unless it starts a
    /// row of its own (a numbered item, a total), follows a total, or the table's rows are not
    /// coded and the previous name is complete.
    static func continues(_ text: String, previous: String, codes: Bool) -> Bool {
        if startsRow(text) || isTotal(previous) || returnsToChinese(text, after: previous) { return false }
        return codes || !(HeaderWords.endsComplete(TextRepair.compact(previous)) || isYearName(previous))
    }

    /// "2016年", "2015年度": a row named by its year alone is a whole name (a comparison of years),
    /// though 年 is no word's usual last character.
    static func isYearName(_ label: String) -> Bool {
        UTF8Text.containsAny(label, "年") && AlignedRowPatterns.yearName.matches(TextRepair.compact(label))
    }

    /// A bilingual name (a yearbook's `其他收入 Others`) gives its Chinese words first: text that
    /// opens with a Chinese character after a name ending in a Latin letter starts another name.
    static func returnsToChinese(_ text: String, after previous: String) -> Bool {
        guard let last = previous.unicodeScalars.last, last.isASCII, last.properties.isAlphabetic,
              let first = text.unicodeScalars.first(where: { $0 != " " }) else { return false }
        return TextRepair.isIdeograph(first)
    }

    static func startsRow(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        return AlignedRowPatterns.rowStart.matches(compact) || isTotal(text)
    }

    static func isTotal(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        return HeaderWords.isSubtotal(compact) || UTF8Text.hasSuffix(compact, "总计") || UTF8Text.hasSuffix(compact, "合计")
    }
}

import Foundation

/// Patterns compiled once per run (see `CompiledPattern`).
private enum AlignedRowPatterns {
    static let yearName = CompiledPattern(#"^\d{4}年度?$"#)
    static let rowStart = CompiledPattern(#"^(?:[一二三四五六七八九十]+[、.．]|\d+[.、．]|\([一二三四五六七八九十\d]+\)|其中)"#)
}
