/// Row names of a single-space table wrapped onto lines of their own: a line of text alone
/// (no number) holds the pieces of the names of the number line it flanks, one piece per name,
/// in print order. "The same cell" is the row's name token: a piece joins the name only when
/// the tests of `AlignedRows` say so (the name above stops mid-word, or the name below does not
/// start a row), never by adjacency alone. Pieces that fit no name the same way stay as they are.
enum WrappedStreamNames {
    /// The body with the pieces joined into their number lines' names and their lines dropped.
    /// Names centred on their number lines are shared out first (`StreamCentredNames`).
    /// Tables with classification codes keep their pieces (but for bare totals side by side,
    /// `takeBareTotalPieces`): there a code begins each row, and the reader's own wrapped-row
    /// reading already joins the names that follow it.
    /// `sideWidths`: side by side, each side's columns (`sideNameAround`).
    static func joined(_ body: [TableLines.Line], sideWidths: [Int] = []) -> [TableLines.Line] {
        var (lines, used) = StreamCentredNames.joined(body)
        if body.contains(where: hasCode) {
            for n in lines.indices.dropFirst().dropLast() where isNumberLine(lines[n]) {
                nameAroundNamelessCode(n, &lines, &used)
            }
            for n in lines.indices where isNumberLine(lines[n]) && !hasCode(lines[n]) {
                if let names = nameTokens(lines[n]) { _ = takeBareTotalPieces(n, names, &lines, &used) }
            }
        } else {
            joinParagraphs(&lines, &used)
            for n in lines.indices.dropFirst().dropLast() where sideWidths.count == 2 && isNumberLine(lines[n]) {
                sideNameAround(n, sideWidths, &lines, &used)
            }
            for n in lines.indices where isNumberLine(lines[n]) {
                joinBelow(n, &lines, &used)
            }
            for n in lines.indices where isNumberLine(lines[n]) {
                joinAbove(n, &lines, &used)
            }
            for n in lines.indices.dropFirst().dropLast() where sideWidths.count >= 2 {
                dropBlankSideRows(n, sides: sideWidths.count, &lines, &used)
            }
        }
        // A line of values alone begins with no code either: it wants a name whatever the table.
        for n in lines.indices.dropFirst() where isNumberLine(lines[n]) {
            nameFromLineAbove(n, oneSide: sideWidths.count < 2, &lines, &used)
        }
        return lines.indices.filter { !used.contains($0) }.map { lines[$0] }
    }

    /// A number line with one code that has no name on it (`30108 518.69 30206 电费 26.23`), right
    /// between a line of one piece over it and one under it: that code's cell wrapped in two lines,
    /// printed centred around the row's line (机关事业单位基本养 / … / 老保险缴费), as a converter
    /// printing each row's line of text does; the pieces are the code's name. Not where either
    /// piece line also touches another code without a name (whose pieces it could hold as well).
    private static func nameAroundNamelessCode(_ n: Int, _ lines: inout [TableLines.Line], _ used: inout Set<Int>) {
        let above = n - 1, below = n + 1
        guard !used.contains(above), !used.contains(below),
              lines[n].number - lines[above].number == 1, lines[below].number - lines[n].number == 1,
              let code = onlyNamelessCode(lines[n]),
              let top = pieceTokens(lines[above]), top.count == 1, let bottom = pieceTokens(lines[below]), bottom.count == 1,
              !touchesNamelessCode(above - 1, lines), !touchesNamelessCode(below + 1, lines) else { return }
        let head = lines[above].tokens[top[0]], tail = lines[below].tokens[bottom[0]]
        guard !AlignedRows.startsRow(head.text), !AlignedRows.startsRow(tail.text) else { return }
        let name = Token(text: head.text + tail.text, line: lines[n].number, column: lines[n].tokens[code].column + 1)
        lines[n].tokens.insert(name, at: code + 1)
        lines[n].compact = TextRepair.compact(lines[n].tokens.map(\.text).joined())
        used.formUnion([above, below])
    }

    /// Side by side, a number line right between a line of one piece that opens a list item
    /// (`一、社会保障和就业`) and a line of one piece that does not (`支出`): a side's name wrapped in
    /// two lines, printed centred around its row's line. The piece over the line begins a name,
    /// and the line goes on with another row's start or with values, so the name goes on under it:
    /// the pieces are the name of the side the line leaves unnamed. Which side that is, the count
    /// of values after the line's one name tells, where the sides differ in width: both sides' (the
    /// name is the first side's, the missing one stands after its values), or the second side's
    /// alone (the first side's values are blank); a line of the second side's values alone wants
    /// the name before them. Any other count leaves it.
    private static func sideNameAround(_ n: Int, _ widths: [Int], _ lines: inout [TableLines.Line], _ used: inout Set<Int>) {
        let above = n - 1, below = n + 1
        guard !used.contains(above), !used.contains(below),
              lines[n].number - lines[above].number == 1, lines[below].number - lines[n].number == 1,
              let top = pieceTokens(lines[above]), top.count == 1, let bottom = pieceTokens(lines[below]), bottom.count == 1 else { return }
        let head = lines[above].tokens[top[0]], tail = lines[below].tokens[bottom[0]]
        guard ListOrdinal.of(head.text) != nil, !AlignedRows.startsRow(tail.text),
              let at = unnamedSide(of: lines[n], widths) else { return }
        let column = at < lines[n].tokens.count ? lines[n].tokens[at].column : (lines[n].tokens.last?.column ?? 0) + 1
        lines[n].tokens.insert(Token(text: head.text + tail.text, line: lines[n].number, column: column), at: at)
        lines[n].compact = TextRepair.compact(lines[n].tokens.map(\.text).joined())
        used.formUnion([above, below])
    }

    /// Where the name of the side a two-sided number line leaves unnamed stands (a token index),
    /// by the count of values after its one name (`sideNameAround`); nil where the count does not
    /// tell.
    private static func unnamedSide(of line: TableLines.Line, _ widths: [Int]) -> Int? {
        let filled = line.tokens.indices.filter { !line.tokens[$0].isBlank }
        let names = filled.filter { line.tokens[$0].kind == .text && !CellText.mayBeNumber(line.tokens[$0]) }
        guard widths[0] != widths[1], names.count <= 1,
              filled.allSatisfy({ names.contains($0) || CellText.mayBeNumber(line.tokens[$0]) }) else { return nil }
        guard let name = names.first else { return filled.count == widths[1] ? filled[0] : nil }
        let values = filled.filter { $0 > name }
        guard name == filled.first else { return nil }
        if values.count == widths[0] + widths[1] { return values[widths[0] - 1] + 1 }
        return values.count == widths[1] ? name : nil
    }

    /// The index of the line's one code followed by no name (by a value, or ending the line).
    private static func onlyNamelessCode(_ line: TableLines.Line) -> Int? {
        let filled = line.tokens.indices.filter { !line.tokens[$0].isBlank }
        let nameless = filled.indices.filter { k in
            line.tokens[filled[k]].isRowCode && (k + 1 == filled.count || line.tokens[filled[k + 1]].kind != .text)
        }
        return nameless.count == 1 ? filled[nameless[0]] : nil
    }

    private static func touchesNamelessCode(_ n: Int, _ lines: [TableLines.Line]) -> Bool {
        lines.indices.contains(n) && hasNamelessCode(lines[n])
    }

    /// A line of numbers with no word at all right under a line of one row-opening name alone
    /// ("三、出院者平均医药费用" over "5591.34 5641.93 50.59 0.90%"): the converter broke the row
    /// before its values. The name is the row's: read apart, the values stood in a row without a
    /// name and the name in none. Only the lines right above, and only a name that opens a
    /// numbered item (一、, 1., (一)), so that a heading's wrapped text, or a header word standing
    /// among the rows (其中:财政拨款 over its values), is never taken for it. The name may be
    /// printed in words (a bilingual name, `20.国有企业计划亏损补贴 planning subsidies …`) and over
    /// lines of text alone (its words wrapped, `7.固定资产投资方向调节税 tax on the adjustment of` /
    /// `in the fixed assets`), as far as `Thresholds.wrappedNameLineDistance` lines up: every word
    /// after the opening one goes on the name, none starting a row of its own. Only in a table of
    /// one side (`oneSide`): side by side, a side's name wrapped over lines above a line of its
    /// values may stand under the other side's blank row (`18` / `十八、…等` / `支出` / `50 0.00 …`),
    /// and the side reader places it; there only one word on the line right above is taken.
    private static func nameFromLineAbove(_ n: Int, oneSide: Bool, _ lines: inout [TableLines.Line], _ used: inout Set<Int>) {
        guard !used.contains(n), lines[n].tokens.allSatisfy({ $0.isBlank || $0.kind != .text }),
              lines[n].tokens.first(where: { !$0.isBlank })?.isRowCode == false,
              lines[n].tokens.filter({ !$0.isBlank }).count >= 2 else { return }
        // The name's lines, from the one right above up to the one opening the item.
        var run: [Int] = []
        var p = n - 1
        while p >= 0, !used.contains(p), lines[p + 1].number - lines[p].number == 1,
              lines[n].number - lines[p].number <= Thresholds.wrappedNameLineDistance, let pieces = pieceTokens(lines[p]) {
            run.append(p)
            if HeadingOnRowLine.opensNumberedItem(lines[p].tokens[pieces[0]].text) { break }
            p -= 1
        }
        guard let top = run.last, let opening = pieceTokens(lines[top]),
              HeadingOnRowLine.opensNumberedItem(lines[top].tokens[opening[0]].text) else { return }
        let words = run.reversed().flatMap { p in (pieceTokens(lines[p]) ?? []).map { lines[p].tokens[$0] } }
        guard oneSide || words.count == 1, !words.dropFirst().contains(where: { AlignedRows.startsRow($0.text) }) else { return }
        lines[n].tokens.insert(contentsOf: words, at: 0)
        lines[n].compact = words.map { TextRepair.compact($0.text) }.joined() + lines[n].compact
        used.formUnion(run)
    }

    /// A table whose converter prints every word twice (bold, `TableLines.mangled`), its names
    /// wrapped at their half: a line of text alone next to a number line that repeats that line's
    /// names, one piece per name, is the other half of each ("本年收入合计" over
    /// "本年收入合计 27 8.50 本年支出合计 58 7.25"). Joined name by name, so that the stream reader
    /// does not run the whole line into the first name, and taken only when every piece is its
    /// name's twin: any other text is left to the reader.
    static func joinedTwins(_ body: [TableLines.Line]) -> [TableLines.Line] {
        var lines = body
        var used = Set<Int>()
        for n in lines.indices where isNumberLine(lines[n]) {
            guard let names = nameTokens(lines[n]) else { continue }
            for p in [n - 1, n + 1] where lines.indices.contains(p) && !used.contains(p)
                && abs(lines[p].number - lines[n].number) <= Thresholds.wrappedNameLineDistance {
                // Header words too ("…合计"): being the name's twin is what makes a piece one.
                let pieces = lines[p].tokens.indices.filter { !lines[p].tokens[$0].isBlank }
                guard pieces.count == names.count, pieces.allSatisfy({ lines[p].tokens[$0].kind == .text }),
                      zip(names, pieces).allSatisfy({ k, piece in
                    TextRepair.compact(lines[p].tokens[piece].text) == TextRepair.compact(lines[n].tokens[k].text)
                }) else { continue }
                for (k, piece) in zip(names, pieces) { lines[n].tokens[k].text += lines[p].tokens[piece].text }
                used.insert(p)
                break
            }
        }
        return lines.indices.filter { !used.contains($0) }.map { lines[$0] }
    }

    /// Rows printed as paragraphs (a blank line after each row, as pdftotext prints a table read
    /// cell by cell): the text lines of a row's paragraph are its names' pieces, those above the
    /// number line in front, those below after, one piece per name (or per name still open, see
    /// `takers`). Taken only when every
    /// paragraph with numbers holds exactly one number line, so that the blank lines, not
    /// adjacency, say which row a piece belongs to.
    private static func joinParagraphs(_ lines: inout [TableLines.Line], _ used: inout Set<Int>) {
        var paragraphs: [[Int]] = []
        for i in lines.indices {
            if i > 0, lines[i].number == lines[i - 1].number + 1 { paragraphs[paragraphs.count - 1].append(i) } else { paragraphs.append([i]) }
        }
        let rows = paragraphs.filter { $0.contains { isNumberLine(lines[$0]) } }
        guard rows.count >= Thresholds.paragraphRowsMinimum,
              rows.allSatisfy({ $0.filter { isNumberLine(lines[$0]) }.count == 1 }) else { return }
        for paragraph in rows where paragraph.count > 1 {
            guard let n = paragraph.first(where: { isNumberLine(lines[$0]) }), let names = nameTokens(lines[n]) else { continue }
            // Nearest piece first, so that pieces above stack up in print order.
            for p in paragraph.filter({ $0 < n }).reversed() {
                guard !used.contains(p), let pieces = pieceTokens(lines[p]),
                      let takers = takers(of: pieces, names, lines[n], open: { !AlignedRows.startsRow($0) }) else { break }
                for (k, piece) in zip(takers, pieces) { lines[n].tokens[k].text = lines[p].tokens[piece].text + lines[n].tokens[k].text }
                used.insert(p)
            }
            for p in paragraph.filter({ $0 > n }) {
                // Under the number line in its paragraph, a header word too (`合计（辆）`): no header
                // line stands between a row's lines.
                guard !used.contains(p), let pieces = pieceTokens(lines[p], headerWords: true), let takers = takers(of: pieces, names, lines[n], open: {
                    !AlignedRows.isTotal($0) && !HeaderWords.endsComplete(TextRepair.compact($0))
                }), !startsNextName(pieces, takers, lines[p], lines[n]) else { break }
                for (k, piece) in zip(takers, pieces) { lines[n].tokens[k].text += lines[p].tokens[piece].text }
                used.insert(p)
            }
        }
    }

    /// A piece below a number line that opens a list (`七、…`) while the name it would end does not
    /// open one with a colon begins another row's name: a cell that wraps through the numbers
    /// (a converter printing each cell in turn), not the end of this one.
    private static func startsNextName(_ pieces: [Int], _ takers: [Int], _ piece: TableLines.Line, _ row: TableLines.Line) -> Bool {
        zip(takers, pieces).contains { k, p in
            AlignedRows.startsRow(piece.tokens[p].text) && !WrappedRowAnchor.opensList(row.tokens[k].text)
        }
    }

    /// The names a line of pieces continues: all of them when it holds one piece per name, else
    /// the names still open (a piece below finishes a name that stops mid-word, one above begins
    /// a name that does not start a row) when there are as many as pieces; nil otherwise.
    private static func takers(of pieces: [Int], _ names: [Int], _ row: TableLines.Line, open: (String) -> Bool) -> [Int]? {
        if pieces.count == names.count { return names }
        let open = names.filter { open(row.tokens[$0].text) }
        return open.count == pieces.count ? open : nil
    }

    /// Pieces under a number line finish its names that stop mid-word, one piece per such name.
    /// A code with no name after it on the line wants the pieces below as its own name: then which
    /// name a piece finishes is unclear, and none is joined.
    private static func joinBelow(_ n: Int, _ lines: inout [TableLines.Line], _ used: inout Set<Int>) {
        guard let names = nameTokens(lines[n]), !hasNamelessCode(lines[n]) else { return }
        var last = lines[n].number
        var p = n + 1
        while p < lines.count, !used.contains(p), lines[p].number - last <= Thresholds.wrappedNameLineDistance,
              let pieces = pieceTokens(lines[p]) {
            let open = names.filter { k in
                let name = lines[n].tokens[k].text
                return !AlignedRows.isTotal(name) && !HeaderWords.endsComplete(TextRepair.compact(name))
            }
            guard open.count == pieces.count,
                  zip(open, pieces).allSatisfy({ k, piece in
                      AlignedRows.continues(lines[p].tokens[piece].text, previous: lines[n].tokens[k].text, codes: false)
                  }),
                  !nextRowWantsPrefix(after: p, lines) else { return }
            for (k, piece) in zip(open, pieces) { lines[n].tokens[k].text += lines[p].tokens[piece].text }
            used.insert(p)
            last = lines[p].number
            p += 1
        }
    }

    /// Source lines of number lines, side by side, with a line of pieces left under them that
    /// `joined` could give to none of their names: fewer pieces than names that stop mid-word, or
    /// more, after names that took pieces from below already (一、一般公共 + 预算财政拨款 reads
    /// complete, 收入 is left); or over them, fewer pieces than names that do not start a row.
    /// Which name such a piece finishes is unknown, so none of the line's names is certain.
    /// Rows of a run of centred names that do not share out are not certain either
    /// (`StreamCentredNames.unshared`). `printed`: the body before joining.
    static func uncertainRows(_ lines: [TableLines.Line], printed: [TableLines.Line]) -> Set<Int> {
        let printedNames = Dictionary(printed.map { ($0.number, $0.tokens.map(\.text)) }) { a, _ in a }
        let under = lines.indices.filter { leftUnder($0, lines, printed: printedNames) }
        return Set(under.map { lines[$0].number }).union(StreamCentredNames.unshared(printed)).union(lines.indices.dropFirst(2).compactMap { n -> Int? in
            // The piece may begin the next row's name as well, when that name starts no row.
            guard isNumberLine(lines[n]), isNumberLine(lines[n - 2]), pieceTokens(lines[n - 1]) != nil,
                  lines[n].number - lines[n - 1].number <= Thresholds.wrappedNameLineDistance,
                  let names = nameTokens(lines[n]), !AlignedRows.startsRow(lines[n].tokens[names[0]].text),
                  under.contains(n - 2) else { return nil }
            return lines[n].number
        }).union(lines.indices.dropFirst().compactMap { n -> Int? in
            // Over the line alike: fewer pieces left than its names that do not start a row.
            guard isNumberLine(lines[n]), !hasCode(lines[n]), let names = nameTokens(lines[n]), names.count >= 2,
                  lines[n].number - lines[n - 1].number <= Thresholds.wrappedNameLineDistance,
                  let pieces = pieceTokens(lines[n - 1]) else { return nil }
            let open = names.filter { !AlignedRows.startsRow(lines[n].tokens[$0].text) }
            return open.count > pieces.count ? lines[n].number : nil
        })
    }

    /// A number line, side by side, with a line of pieces left under it that fits its names no way.
    private static func leftUnder(_ n: Int, _ lines: [TableLines.Line], printed printedNames: [Int: [String]]) -> Bool {
        guard n + 1 < lines.count, isNumberLine(lines[n]), !hasCode(lines[n]), let names = nameTokens(lines[n]), names.count >= 2,
              lines[n + 1].number - lines[n].number <= Thresholds.wrappedNameLineDistance,
              let pieces = pieceTokens(lines[n + 1]),
              !pieces.contains(where: { AlignedRows.startsRow(lines[n + 1].tokens[$0].text) }) else { return false }
        let open = names.filter { k in
            let name = lines[n].tokens[k].text
            return !AlignedRows.isTotal(name) && !HeaderWords.endsComplete(TextRepair.compact(name))
        }
        let tookPiecesBelow = names.contains { k in
            guard let before = printedNames[lines[n].number], k < before.count else { return false }
            return lines[n].tokens[k].text.count > before[k].count && lines[n].tokens[k].text.hasPrefix(before[k])
        }
        return open.count > pieces.count || (open.count < pieces.count && tookPiecesBelow)
    }

    /// Pieces over a number line begin its names that do not start a row, one piece per such name,
    /// on a line of its own: taken only when, pieces joined, every such name starts a row ("一、"…),
    /// so that a heading over a row is never taken for the start of its name.
    private static func joinAbove(_ n: Int, _ lines: inout [TableLines.Line], _ used: inout Set<Int>) {
        guard let names = nameTokens(lines[n]), !hasCode(lines[n]) else { return }
        if takeBareTotalPieces(n, names, &lines, &used) { return }
        var row = lines[n]
        var taken: [Int] = []
        var p = n - 1
        var open = names.filter { !AlignedRows.startsRow(row.tokens[$0].text) }
        while !open.isEmpty, p >= 0, !used.contains(p),
              (taken.last.map { lines[$0].number } ?? row.number) - lines[p].number <= Thresholds.wrappedNameLineDistance,
              let pieces = pieceTokens(lines[p]), pieces.count == open.count {
            for (k, piece) in zip(open, pieces) { row.tokens[k].text = lines[p].tokens[piece].text + row.tokens[k].text }
            taken.append(p)
            // A piece that starts a row and reads complete ("一、基本支出") is a heading of its own.
            if zip(open, pieces).contains(where: { k, piece in
                AlignedRows.startsRow(row.tokens[k].text) && HeaderWords.endsComplete(TextRepair.compact(lines[p].tokens[piece].text))
            }) { return }
            open = open.filter { !AlignedRows.startsRow(row.tokens[$0].text) }
            p -= 1
        }
        guard open.isEmpty, !taken.isEmpty else { return }
        lines[n] = row
        used.formUnion(taken)
    }

    /// Side by side, every name of the number line a bare total (合计 | 合计) and the line just over
    /// it one piece per name: totals whose names wrapped at their total word (本年收入 / 合计), as a
    /// narrow cell prints them; a bare total starts a row, so `joinAbove` would take no piece.
    /// A line of bare totals has no code, so this holds in tables with codes too.
    private static func takeBareTotalPieces(_ n: Int, _ names: [Int], _ lines: inout [TableLines.Line], _ used: inout Set<Int>) -> Bool {
        guard names.count >= 2, n > 0, !used.contains(n - 1),
              lines[n].number - lines[n - 1].number <= Thresholds.wrappedNameLineDistance,
              names.allSatisfy({ HeaderWords.isBareTotal(lines[n].tokens[$0].text) }),
              let pieces = pieceTokens(lines[n - 1]), pieces.count == names.count,
              !pieces.contains(where: { AlignedRows.startsRow(lines[n - 1].tokens[$0].text) }),
              !underBlankRowNames(n - 1, count: names.count, lines) else { return false }
        for (k, piece) in zip(names, pieces) { lines[n].tokens[k].text = lines[n - 1].tokens[piece].text + lines[n].tokens[k].text }
        used.insert(n - 1)
        return true
    }

    /// A line of names alone right under another line of as many names alone: rows whose cells are
    /// blank, one per side (使用非财政拨款结余 · 结余分配 over 年初结转和结余 · 年末结转和结余 over
    /// 总计 20.00 · 总计 20.00), not the heads of the totals under them: a total wrapped in a narrow
    /// cell prints its head on the one line over it.
    private static func underBlankRowNames(_ p: Int, count: Int, _ lines: [TableLines.Line]) -> Bool {
        guard p > 0, lines[p].number - lines[p - 1].number <= Thresholds.wrappedNameLineDistance,
              let above = pieceTokens(lines[p - 1]) else { return false }
        return above.count == count
    }

    /// Side by side, a line of names alone, one per side, between two number lines and joined to
    /// neither: the names over it closed (totals, or names that read complete), so no piece of
    /// theirs; the names under it not begun by it (`joinAbove`); one of its names whole (reads
    /// complete), so the line is a row's line of its own, not the heads of names cut mid-word
    /// (年初 · 年末 over 结转和结余 · 结转和结余 stays as it was). Rows whose every cell is blank,
    /// one per side (本年收入合计 30.00 · 本年支出合计 30.00 / 使用非财政拨款结余 · 结余分配 /
    /// 年初结转和结余 5.00 · 年末结转和结余 5.00): they print no value, and read on, the stream ran
    /// both sides' names into the first side's next row's name.
    private static func dropBlankSideRows(_ n: Int, sides: Int, _ lines: inout [TableLines.Line], _ used: inout Set<Int>) {
        guard !used.contains(n), lines[n].number - lines[n - 1].number == 1, lines[n + 1].number - lines[n].number == 1,
              isNumberLine(lines[n - 1]), isNumberLine(lines[n + 1]),
              let pieces = pieceTokens(lines[n]), pieces.count == sides,
              pieces.contains(where: { HeaderWords.endsComplete(TextRepair.compact(lines[n].tokens[$0].text)) }),
              let above = nameTokens(lines[n - 1]), above.count == sides,
              above.allSatisfy({ closed(lines[n - 1].tokens[$0].text) }),
              let below = nameTokens(lines[n + 1]), below.count == sides else { return }
        used.insert(n)
    }

    /// A name no piece under it goes on: a total, or a name that reads complete.
    private static func closed(_ name: String) -> Bool {
        AlignedRows.isTotal(name) || HeaderWords.endsComplete(TextRepair.compact(name))
    }

    private static func hasNamelessCode(_ line: TableLines.Line) -> Bool {
        let filled = line.tokens.filter { !$0.isBlank }
        return filled.indices.contains { k in
            filled[k].isRowCode && (k + 1 == filled.count || filled[k + 1].kind != .text)
        }
    }

    static func hasCode(_ line: TableLines.Line) -> Bool {
        line.tokens.contains(where: \.isRowCode)
    }

    /// The next number line after the pieces at `p` has a name that does not start a row: the
    /// pieces may as well begin it, so they are not taken for the end of the row above.
    private static func nextRowWantsPrefix(after p: Int, _ lines: [TableLines.Line]) -> Bool {
        var q = p + 1
        while q < lines.count, pieceTokens(lines[q]) != nil { q += 1 }
        guard q < lines.count, q == p + 1 || lines[q].number - lines[q - 1].number <= Thresholds.wrappedNameLineDistance,
              let names = nameTokens(lines[q]) else { return false }
        guard lines[q].number - lines[p].number <= Thresholds.wrappedNameLineDistance * (q - p) else { return false }
        return names.contains { !AlignedRows.startsRow(lines[q].tokens[$0].text) }
    }

    /// A line with a number among its cells.
    static func isNumberLine(_ line: TableLines.Line) -> Bool {
        line.tokens.contains { !$0.isBlank && $0.kind != .text }
    }

    /// The indices of a number line's names: each text token, when no two stand side by side (two
    /// words in a row would leave unclear which one a piece belongs to).
    private static func nameTokens(_ line: TableLines.Line) -> [Int]? {
        let filled = line.tokens.indices.filter { !line.tokens[$0].isBlank }
        let names = filled.filter { line.tokens[$0].kind == .text }
        for (a, b) in zip(filled, filled.dropFirst()) where line.tokens[a].kind == .text && line.tokens[b].kind == .text {
            return nil
        }
        return names.isEmpty ? nil : names
    }

    /// The indices of a line of text alone: pieces of names, none a header word (unless `headerWords`).
    static func pieceTokens(_ line: TableLines.Line, headerWords: Bool = false) -> [Int]? {
        let filled = line.tokens.indices.filter { !line.tokens[$0].isBlank }
        guard !filled.isEmpty, filled.allSatisfy({ k in
            let text = line.tokens[k].text
            return line.tokens[k].kind == .text && !CellText.mayBeNumber(line.tokens[k])
                && (headerWords || !HeaderWords.isHeaderWord(TextRepair.compact(text)))
        }) else { return nil }
        return filled
    }
}
