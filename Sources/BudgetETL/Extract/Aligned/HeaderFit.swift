/// Where one header word of a column-aligned header goes, given the words already placed below it
/// (`AlignedHeader.tree`). pdftotext keeps the order of words but not their exact spacing, so
/// placement is by overlap and centring, never by exact columns.
enum HeaderFit {
    typealias Node = AlignedHeader.Node

    /// Largest acceptable placement score (0 = perfectly centred). Words that name the code or
    /// name columns (项目, 科目编码) are only put over such columns, and may sit further off.
    static func threshold(_ word: Node) -> Double { isStructural(word) ? Thresholds.structuralHeaderOffCentre : Thresholds.headerOffCentre }

    static func isBareTotal(_ node: Node) -> Bool { HeaderWords.isBareTotal(node.text) }

    /// A lead-in (其中:) lists the parts of a whole printed before them: centred over a run that
    /// starts at the first column after the names, it heads the run less that column, the whole
    /// (a workbook centres it in its merged cell, which may stand nearer the centre of the run
    /// with the whole than without).
    static func partsOnly(_ word: Node, _ units: [Node], _ range: Range<Int>) -> Range<Int> {
        guard HeaderWords.isLeadIn(word.text), range.count >= 3, range.lowerBound > 0 else { return range }
        let before = TextRepair.compact(units[range.lowerBound - 1].text)
        return HeaderWords.isLabel(before) || HeaderWords.isCode(before) ? range.dropFirst() : range
    }

    /// A year (`2020年`) on a line with another year: a row of year captions over their measures
    /// (`2020年 | 2021年` over `完成数 | 预算数 完成数`), each its columns' caption, though one heads a
    /// single column (not the first piece of a wrapped cell).
    static func inRowOfYears(_ word: Node, line: [Node]) -> Bool {
        let isYear = { (node: Node) in TableLinePatterns.yearName.matches(TextRepair.compact(node.text)) }
        return isYear(word) && line.contains { $0 != word && isYear($0) }
    }

    static func isStructural(_ node: Node) -> Bool { HeaderWords.isStructural(TextRepair.compact(node.text)) }

    /// The units (indexes into `units`) the word takes and the node that replaces them; nil when the
    /// word is a column of its own.
    static func place(_ word: Node, over units: [Node], claimed: Set<Int>, line: [Node],
                      covered: Bool = false, unfinishedLines: Set<Int> = [],
                      bands: [WrappedHeaderPieces.ColumnSpan] = [], lines: [[Node]] = [],
                      above: [Node] = [], bottomAligned: Bool = false) -> (range: Range<Int>, node: Node)? {
        let free = units.indices.filter { !claimed.contains($0) }
        let overlapped = free.filter { units[$0].spanStart < word.end && units[$0].spanEnd > word.start }
        // The top of a wrapped cell: the rest of it stands alone under it. Not two finished words
        // right after a free 小计: the upper one is the caption of the 小计's group (`subtotalGroup`).
        // Not a word ending in its unit in brackets (`项目金额(万元)`): a name prints its unit last,
        // so no piece of it follows on the next line; it is a caption (`endsInUnit`). Nor a word
        // naming the whole the column and its neighbour are parts of (`namesWholeOfParts`).
        if overlapped.count == 1, let b = overlapped.first, units[b].isLeaf, !(line.count == 1 && hasRoom(word, over: b, in: units)),
           !endsInUnit(word), !namesWholeOfParts(word, over: b, in: units, line: line),
           !inRowOfYears(word, line: line), !CentredCellLines.endsCellAbove(word, units[b], lines: lines),
           !(bothFinished(word, units[b]) && subtotalGroup(word, units, overlapped: overlapped, claimed: claimed, line: line, covered: covered) != nil),
           let limit = wrapsAroundMiddleLine(word, line: line, units: units)
               || isTopLineOfWrappedCell(word, units[b], line: line, covered: covered) ? .greatestFiniteMagnitude
               : wrapLimit(word, onto: units[b], isolated: isolated(b, in: units),
                           soleHead: isSoleHead(word, of: units[b], line: line, covered: covered, unfinishedLines: unfinishedLines),
                           everyOtherLine: printedEveryOtherLine(word, over: units[b], units: units, lines: lines),
                           measureTail: isMeasureTail(word, over: b, in: units), bottomAligned: bottomAligned),
           score(word, units, b..<b + 1, claimed: claimed, line: line, sameCell: true, bottomAligned: bottomAligned) <= limit {
            let below = units[b]
            let joined = Node(text: word.text + below.text, start: min(word.start, below.start), end: max(word.end, below.end),
                              firstLine: word.firstLine, lastLine: below.lastLine)
            return (b..<b + 1, joined)
        }
        // A merged cell over two or more columns (or groups): the best centred run. A bare 合计,
        // 小计 or 总计 is a column of its own, never a caption: a tall 合计 cell printed between a
        // caption row and the row under it may stand centred over another group's columns.
        var best: (range: Range<Int>, score: Double)?
        for i in free where !isBareTotal(word) {
            var j = i + 1
            while j < units.count, !claimed.contains(j) {
                j += 1
                let range = i..<j
                let s = score(word, units, range, claimed: claimed, line: line, bottomAligned: bottomAligned)
                if s <= threshold(word), !standsApart(word, from: units[range], bands: bands), !holdsTwoTotals(units[range]),
                   !isTotalBesideGroups(word, units[range], above: above), best == nil || s < best!.score - 1e-9
                    || (abs(s - best!.score) < 1e-9 && widerTie(range, over: best!.range, units)) {
                    best = (partsOnly(word, units, range), s)
                }
            }
        }
        // The top of a merged cell whose text was wrapped ("支出" over "预算" over its columns),
        // unless both are finished words and the upper is centred over that group and another
        // headed on its line (`基本支出` over `合计`, `人员经费 …`, `公用经费 …`): their caption.
        if overlapped.count == 1, let b = overlapped.first, !units[b].isLeaf,
           isStacked(word, over: units[b]) || CentredCellLines.goesOnAcrossLine(word, over: units[b], lines: lines),
           !(bothFinished(word, units[b]) && best.map({ captionOfGroups(units, $0.range, beside: b) }) == true),
           score(word, units, b..<b + 1, claimed: claimed, line: line, sameCell: true, bottomAligned: bottomAligned).isFinite {
            var joined = units[b]
            joined.text = word.text + joined.text
            joined.firstLine = word.firstLine
            if !isStacked(word, over: units[b]) { (joined.start, joined.end) = (min(word.start, joined.start), max(word.end, joined.end)) }
            return (b..<b + 1, joined)
        }
        if best == nil, let run = subtotalGroup(word, units, overlapped: overlapped, claimed: claimed, line: line, covered: covered) {
            best = run
        }
        // Over a single column: its caption, unless the word stands on a line with a 小计 or 合计
        // (never a caption), among the columns' own names, over a name wrapped on lines apart
        // from it: then it is that name's first piece (`对个人` / `和家庭` / `的补助`).
        if best == nil, overlapped.count == 1, let b = overlapped.first,
           !(line.contains(where: { $0 != word && HeaderWords.isTotal(TextRepair.compact($0.text)) })
             && units[b].firstLine > word.lastLine + 1 && units[b].lastLine > units[b].firstLine),
           !AlignedHeader.isSubtotal(units[b]),
           case let s = score(word, units, b..<b + 1, claimed: claimed, line: line, bottomAligned: bottomAligned),
           s <= threshold(word) || (s.isFinite && inRowOfYears(word, line: line))
               || (s.isFinite && line.count == 1 && printedCentring(word, over: units[b]).map { $0 <= threshold(word) } == true) {
            // (A year among years heads its one column though the row of names goes on past it.)
            best = (b..<b + 1, 0)
        }
        // A finished word alone on its line over a lone 合计, the only value column left, heads it
        // however far off its centre it stands (pdftotext sets the word's Chinese characters in
        // half their printed width): a total is no piece of a wrapped name, and the word, heading
        // no other column, is none of its own (`机关运行经费支出` / `合计`).
        if best == nil, line.count == 1, overlapped.count == 1, let b = overlapped.first, isSoleTotalColumn(b, in: units, free: free),
           units[b].firstLine > word.lastLine, HeaderWords.endsCaption(withoutUnit(TextRepair.compact(word.text))) {
            best = (b..<b + 1, 0)
        }
        // A bare total right over one column of a lower line is that column's caption (`合计` over
        // `一般公共预算`): heading no run, it is no column of its own either. Printed narrower than
        // that name, it may end just where the name starts: touching, it is still over it.
        let under = overlapped.isEmpty ? free.filter { units[$0].spanStart <= word.end && units[$0].spanEnd >= word.start } : overlapped
        if best == nil, isBareTotal(word), under.count == 1, let b = under.first, units[b].firstLine > word.lastLine,
           !line.contains(where: { $0 != word && $0.start < units[b].spanEnd && $0.end > units[b].spanStart }) {
            best = (b..<b + 1, 0)
        }
        // A word set in the gap between two columns, touching both and overlapping neither (a
        // spreadsheet's merged caption printed narrower than its columns), stands over them.
        let reached = overlapped.isEmpty && under.count >= 2 ? under : overlapped
        // In a spreadsheet's bottom-aligned header the name and code columns' cells span every
        // header line: a word centred over the whole table by chance, standing apart from them,
        // heads no name column; the run of value columns it reaches is its own.
        if bottomAligned, let whole = best, whole.range.count == free.count,
           units[whole.range].contains(where: { $0.isLeaf && $0.structural && ($0.end <= word.start || $0.start >= word.end) }),
           let run = overlappingRun(word, units, overlapped: reached, claimed: claimed, line: line, bottomAligned: bottomAligned)
               ?? valueColumnsRun(word, units, whole.range, claimed: claimed, line: line),
           !isTotalBesideGroups(word, units[run.range], above: above) {
            best = run
        }
        if best == nil, let run = overlappingRun(word, units, overlapped: reached, claimed: claimed, line: line, bottomAligned: bottomAligned),
           !isTotalBesideGroups(word, units[run.range], above: above) {
            best = run
        }
        guard let run = best?.range,
              !units[run].contains(where: { endsWrapAbove($0, word: word, units: units, lines: lines) }) else { return nil }
        let range = amountsOnly(word, units, run)
        var parent = word
        parent.children = Array(units[range])
        return (range, parent)
    }

    /// Whether the leaf is the last piece of a name wrapped around the word's line: an unfinished
    /// word of a line above stands over it alone (`因公出国(境)` / `经费`), and no word of the lines
    /// between (the word's own included) stands over it. A word processor centres a row's one-line
    /// cells between a two-line cell's lines; the middle line's word (`公务接待费`) may happen to be
    /// centred over that piece and a neighbour, but cannot head a piece of another cell's name.
    static func endsWrapAbove(_ leaf: Node, word: Node, units: [Node], lines: [[Node]]) -> Bool {
        guard leaf.isLeaf, leaf.firstLine > word.lastLine, word.firstLine > 0, lines.count > leaf.firstLine else { return false }
        let overLeaf = { (n: Node) in n.start < leaf.end && n.end > leaf.start }
        guard !lines[word.firstLine..<leaf.firstLine].joined().contains(where: overLeaf) else { return false }
        return lines[..<word.firstLine].joined().contains { top in
            overLeaf(top) && isUnfinishedName(top) && top.lastLine < word.firstLine
                && !units.contains { $0 != leaf && $0.firstLine <= leaf.lastLine && $0.lastLine >= leaf.firstLine
                    && $0.start < top.end && $0.end > top.start }
        }
    }

    /// A 小计 opens its group and never stands alone: a finished word over the columns right after
    /// a free 小计 of a lower line, or over that 小计 itself, with no word over it (not a wrapped caption's last piece,
    /// `…运行维` / `护费`), heads that 小计 and them, as far as it is centred over the run
    /// (a spreadsheet prints a caption centred over its merged cell, and pdftotext, counting a
    /// Chinese character one column, sets the 小计 far left of it). The run cuts the row of names
    /// under it on both sides, as every caption of a bottom-aligned header does: only the centring
    /// counts, within `Thresholds.overlappingCaptionOffCentre`.
    static func subtotalGroup(_ word: Node, _ units: [Node], overlapped: [Int], claimed: Set<Int>,
                              line: [Node], covered: Bool) -> (range: Range<Int>, score: Double)? {
        guard !covered, let first = overlapped.first, let last = overlapped.last, !isStructural(word),
              !HeaderWords.isTotal(TextRepair.compact(word.text)),
              HeaderWords.endsComplete(withoutUnit(TextRepair.compact(word.text))) else { return nil }
        // The 小计 just before the words overlapped, or the only one overlapped when the caption,
        // alone on its line, starts over it (pdftotext sets the caption's characters one column
        // each: it ends before the next column). A word reaching left of the 小计, or beside other
        // captions (`人员经费` · `公用经费`), may head the column before it.
        let head = first >= 1 && AlignedHeader.isSubtotal(units[first - 1]) ? first - 1
            : overlapped.count == 1 && line.count == 1 && AlignedHeader.isSubtotal(units[first])
                && word.start >= units[first].start ? first : nil
        guard let head else { return nil }
        let end = max(last, head + 1)
        guard end < units.count else { return nil }
        var best: (range: Range<Int>, score: Double)?
        for j in (end + 1)...min(units.count, end + 2) {
            let range = head..<j
            let run = units[range]
            guard !range.contains(where: claimed.contains), run.allSatisfy({ $0.isLeaf && $0.firstLine > word.lastLine }) else { break }
            let start = run.map(\.spanStart).min()!, end = run.map(\.spanEnd).max()!
            if line.contains(where: { $0 != word && $0.start < end && $0.end > start }) { break }
            let s = abs(word.center - Double(start + end) / 2) / Double(max(end - start, word.end - word.start, 2))
            if s <= Thresholds.overlappingCaptionOffCentre, best == nil || s < best!.score { best = (range, s) }
        }
        return best
    }

    /// Of two runs centred as well, the longer is the caption's, unless it takes a leaf of another
    /// line than the shorter run's leaves: a tall cell printed between a caption and its row of
    /// columns (`公务接待费` beside `公务用车购置及运行费` over `小计` · `公务用车运行费`) is the
    /// caption's sibling; the longer run only ties by being wider.
    static func widerTie(_ range: Range<Int>, over best: Range<Int>, _ units: [Node]) -> Bool {
        guard range.count > best.count else { return false }
        return mixedLeaves(units[range]) <= mixedLeaves(units[best])
    }

    static func mixedLeaves(_ run: ArraySlice<Node>) -> Int {
        let leaves = run.filter(\.isLeaf)
        return zip(leaves, leaves.dropFirst()).filter { !sameLines($0, $1) }.count
    }

    /// A run holding the group `b` and another group headed on the same line (`人员经费`, `公用经费`):
    /// a word centred over it heads both.
    static func captionOfGroups(_ units: [Node], _ range: Range<Int>, beside b: Int) -> Bool {
        range.contains(b) && range.contains { $0 != b && !units[$0].isLeaf && sameLines(units[$0], units[b]) }
    }

    static func bothFinished(_ a: Node, _ b: Node) -> Bool {
        HeaderWords.endsComplete(TextRepair.compact(a.text)) && HeaderWords.endsComplete(TextRepair.compact(b.text))
    }

    /// A finished word over a leaf of a lower line that no centred run takes: a band holds one
    /// column, so the word is no column of its own but the caption of the leaf and its neighbours
    /// (pdftotext shifts CJK words, `公用经费` drifts off the centre of `小计` and `商品和服务支出`).
    /// The best centred run of two or more units holding every unit it overlaps, within a looser
    /// limit.
    static func overlappingRun(_ word: Node, _ units: [Node], overlapped: [Int], claimed: Set<Int>,
                               line: [Node], bottomAligned: Bool = false) -> (range: Range<Int>, score: Double)? {
        guard let first = overlapped.first, let last = overlapped.last, !isStructural(word),
              HeaderWords.endsCaption(withoutUnit(TextRepair.compact(word.text))),
              overlapped.allSatisfy({ units[$0].isLeaf && units[$0].firstLine > word.lastLine }) else { return nil }
        var best: (range: Range<Int>, score: Double)?
        for i in stride(from: first, through: max(0, first - 1), by: -1) where !claimed.contains(i) {
            // A run of one row of cells within reach of the word (pdftotext prints a CJK word in
            // about half its width): a tall cell beside the word's own row (`合计` printed between
            // `本年拨款` and its column), or one further off, is no child of it.
            let width = word.end - word.start
            for j in (last + 1)...min(units.count, last + 2) where !(i..<j).contains(where: claimed.contains) && j - i >= 2
                && zip(units[i..<j], units[i..<j].dropFirst()).allSatisfy({ !$0.isLeaf || !$1.isLeaf || sameLines($0, $1) })
                && units[i..<j].allSatisfy({ $0.spanStart < word.end + width && $0.spanEnd > word.start - width }) {
                let s = score(word, units, i..<j, claimed: claimed, line: line, bottomAligned: bottomAligned)
                if s <= Thresholds.overlappingCaptionOffCentre, !holdsTwoTotals(units[i..<j]), best == nil || s < best!.score { best = (i..<j, s) }
            }
        }
        return best
    }

    /// A bottom-aligned header's caption centred over the whole table by chance, too far from its
    /// run's outer columns for `overlappingRun` to reach them (Calc centres a merged caption over its
    /// cells, and pdftotext sets a Chinese word in half its printed width): the run of every value
    /// column beside the name and code columns, when the word stands within it and is centred over
    /// it within `Thresholds.overlappingCaptionOffCentre`.
    static func valueColumnsRun(_ word: Node, _ units: [Node], _ whole: Range<Int>, claimed: Set<Int>,
                                line: [Node]) -> (range: Range<Int>, score: Double)? {
        let values = whole.filter { !units[$0].structural }
        guard let first = values.first, let last = values.last, values.count >= 2, last - first + 1 == values.count,
              !isStructural(word), HeaderWords.endsCaption(withoutUnit(TextRepair.compact(word.text))),
              units[first].spanStart <= word.start, units[last].spanEnd >= word.end,
              !holdsTwoTotals(units[first...last]) else { return nil }
        let s = score(word, units, first..<last + 1, claimed: claimed, line: line, bottomAligned: true)
        return s <= Thresholds.overlappingCaptionOffCentre ? (first..<last + 1, s) : nil
    }

    static func isSoleTotalColumn(_ b: Int, in units: [Node], free: [Int]) -> Bool {
        units[b].isLeaf && isBareTotal(units[b]) && free.allSatisfy { $0 == b || units[$0].structural }
    }

    /// A caption naming a money unit (`项目金额(万元)`) heads amounts: a performance target's column
    /// (指标值: rates and words) beside them is no part of its run, however centred the caption
    /// stands (pdftotext sets a Chinese word in half its printed width, shifting it off its columns).
    static func amountsOnly(_ word: Node, _ units: [Node], _ run: Range<Int>) -> Range<Int> {
        guard UTF8Text.hasSuffix(word.text, ")") || UTF8Text.hasSuffix(word.text, "）"), endsInUnit(word) else { return run }
        let isTarget = { (i: Int) in units[i].isLeaf && HeaderWords.isTarget(TextRepair.compact(units[i].text)) }
        var range = run
        while range.count > 1, isTarget(range.upperBound - 1) { range = range.lowerBound..<range.upperBound - 1 }
        while range.count > 1, isTarget(range.lowerBound) { range = range.lowerBound + 1..<range.upperBound }
        return range
    }

    /// A word ending in the unit it names in brackets (`项目金额(万元)`, `支出(元)`).
    static func endsInUnit(_ word: Node) -> Bool {
        let text = TextRepair.compact(word.text)
        return withoutUnit(text).count < text.count
    }

    /// The word without the unit it names in brackets at its end (`项目金额(万元)` → `项目金额`): a
    /// bracket closing on a unit ends the phrase before it, finished or not.
    static func withoutUnit(_ text: String) -> String {
        guard UTF8Text.hasSuffix(text, "元)") || UTF8Text.hasSuffix(text, "元）"),
              let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return text }
        return String(text[..<open])
    }

    /// When the word over a single leaf may be the top of the leaf's cell, wrapped: the worst
    /// score at which it is. Words stacked from the same column on consecutive lines need only
    /// overlap. An incomplete word over a leaf alone on its line must be centred over
    /// it; an incomplete word over a short tail ("国（境）" over "费"), or any word but a header
    /// word over a cell already wrapped ("因公出" over "国（境）费"), only needs to overlap it
    /// (wrapped text is often left-aligned). An incomplete word over a finished one no wider than it,
    /// with no other word of its line over it, one line apart at most (a taller cell's word between),
    /// and no word over the head itself (then it may be a middle piece: `政府性基` / `金预算财` / `政拨款`),
    /// nor other unfinished names between them (pieces of other cells: their stacks are joined by
    /// the body's columns, `WrappedHeaderPieces`),
    /// is its cell's head too when its line holds other unfinished names ("事业单位经" / "营收入" in a
    /// row of wrapped names): wrapped text fills its upper lines first. A caption (`支出预算`) stands
    /// among finished words or alone.
    static func wrapLimit(_ word: Node, onto below: Node, isolated: Bool, soleHead: Bool = false, everyOtherLine: Bool = false,
                          measureTail: Bool = false, bottomAligned: Bool = false) -> Double? {
        let top = TextRepair.compact(word.text), rest = TextRepair.compact(below.text)
        if isStacked(word, over: below) { return .greatestFiniteMagnitude }
        // A cell already wrapped fills its first line, so a line above it in the same cell is no
        // wider: a wider word (`收入预算` over `事业收` / `入`) is a caption set over the column.
        if below.lastLine > below.firstLine, word.lastLine + 1 == below.firstLine {
            return HeaderWords.isHeaderWord(top) || word.end - word.start > below.end - below.start
                || (!bottomAligned && isNarrowerOverFilledLine(word, top, below, rest)) ? nil : .greatestFiniteMagnitude
        }
        if measureTail { return threshold(word) }
        guard !HeaderWords.endsComplete(top) else { return nil }
        if everyOtherLine { return .greatestFiniteMagnitude }
        if rest.count <= Thresholds.wrappedHeaderTail && (!HeaderWords.isHeaderWord(rest) || isWrappedCodeTail(top, rest)) {
            return .greatestFiniteMagnitude
        }
        if soleHead, below.firstLine <= word.lastLine + 2, rest.count <= top.count, HeaderWords.endsComplete(rest), !HeaderWords.isHeaderWord(rest) {
            return .greatestFiniteMagnitude
        }
        return isolated ? threshold(word) : nil
    }

    /// A cell's lines but its last are filled: where a line may break between any two characters
    /// (ideographs only, no bracket or lead-in the renderer keeps together: `因公出` / `国（境）费`),
    /// a word of more than a tail's characters narrower than the wrapped cell under it would have
    /// taken that cell's first characters, so it is no line of that cell but a caption over it
    /// (`本年拨款` over `一般公共预` / `算`). Not in a bottom-aligned sheet: pdftotext packs its
    /// captions' words off their columns, so the one wrapped cell a caption overlaps there need
    /// not be the cell it heads, and reading it as that cell's top lets the sheet's reading
    /// (`SheetHeader`) find the caption off its columns.
    static func isNarrowerOverFilledLine(_ word: Node, _ top: String, _ below: Node, _ rest: String) -> Bool {
        top.count > Thresholds.wrappedHeaderTail && word.end - word.start < below.end - below.start
            && isIdeographsOnly(top) && isIdeographsOnly(rest)
    }

    /// How far off the column's centre a word alone on its line stands as printed: pdftotext
    /// -layout gives a Chinese character one text column though it prints two wide, so a Chinese
    /// word's text ends short of where its print ends and its text centre stands left of its
    /// printed one, the more so the longer the word (`本年拨款` centred over `一般公共预算` reads
    /// two text columns off). Printed, a word of ideographs ends at twice its text width past its
    /// start, so its centre is its text end. Nil unless both are ideographs only and the word is a
    /// finished one longer than a tail (`费` under `公用经` ends a wrapped name, it heads nothing).
    static func printedCentring(_ word: Node, over below: Node) -> Double? {
        let top = TextRepair.compact(word.text)
        guard top.count > Thresholds.wrappedHeaderTail, HeaderWords.endsComplete(top),
              isIdeographsOnly(top), isIdeographsOnly(TextRepair.compact(below.text)) else { return nil }
        let width = 2 * max(word.end - word.start, below.end - below.start, 1)
        return Double(abs(word.end - below.end)) / Double(width)
    }

    /// Text of CJK ideographs only: a line break may fall between any two of its characters.
    static func isIdeographsOnly(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { $0.properties.isIdeographic }
    }

    /// The head of a wrapped cell whose next line stands two lines down (a browser centres a
    /// row's cells of fewer lines between the lines of its taller ones: `政府性基金` / `预算财政拨` /
    /// `款` on every other line), though it reads finished (`wrapLimit` weighs unfinished ones):
    /// in a row of wrapped names (another word of its line unfinished, or joined from its pieces
    /// over lines), nothing above it, it starts where the cell's lines start and is as wide as
    /// the widest of them (wrapped text fills the cell's width), and is no header word of its own.
    static func isTopLineOfWrappedCell(_ word: Node, _ below: Node, line: [Node], covered: Bool) -> Bool {
        !covered && line.contains { $0 != word && (isUnfinishedName($0) || ($0.fromPieces && $0.lastLine > $0.firstLine)) }
            && !line.contains { $0 != word && $0.start < below.end && $0.end > below.start }
            && below.lastLine > below.firstLine && below.firstLine == word.lastLine + 2
            && abs(word.start - below.start) <= Thresholds.stackedCellStartDrift
            && word.end - word.start >= below.end - below.start
            && HeaderWords.endsComplete(TextRepair.compact(word.text)) && !HeaderWords.isHeaderWord(TextRepair.compact(word.text))
    }

    /// A measure of amount (预算数, 决算数, 金额 …) alone under a finished name is that name's last
    /// line, wrapped in a narrow cell (`机关运行经费` / `预算数`): a caption heads parts of what it
    /// names (`项目支出` / `特定目标类`), and a measure is no part of a name. Not when a neighbour of
    /// the measure is a measure too (`预算数 | 决算数`: a name over one of them, off its centre,
    /// heads both), nor when the name is a header word or a total itself.
    static func isMeasureTail(_ word: Node, over b: Int, in units: [Node]) -> Bool {
        let top = TextRepair.compact(word.text), below = units[b]
        guard HeaderWords.isAmountMeasure(TextRepair.compact(below.text)), !HeaderWords.isHeaderWord(top), !HeaderWords.isTotal(top),
              below.firstLine == below.lastLine, below.firstLine <= word.lastLine + 2 else { return false }
        return [b - 1, b + 1].allSatisfy { j in
            j < 0 || j >= units.count || !HeaderWords.isAmountMeasure(TextRepair.compact(units[j].text))
        }
    }

    /// A lone 类, 款 or 项 under an unfinished measure word is that word's last character wrapped
    /// (`预算财政拨` / `款`): a classification's code columns stand under a code word, not a measure.
    static func isWrappedCodeTail(_ top: String, _ rest: String) -> Bool {
        rest.count == 1 && HeaderWords.isCode(rest) && !HeaderWords.isStructural(top)
            && !HeaderWords.isStructural(top + rest)
    }

    /// A cell taller than the rest of its row, centred vertically, prints its lines every other
    /// line, with the row's other cells' lines between them (`对附属单` / `位补助支` / `出` around
    /// one-line `科目编码`): the word two lines above a cell whose own lines are two apart, with
    /// nothing over the cell's columns on the lines between, is that cell's first line when a
    /// one-line cell of the row (a leaf with no other header word over or under it) stands on
    /// the line at the middle of them (where a vertically centred row prints its one-line cells).
    static func printedEveryOtherLine(_ word: Node, over below: Node, units: [Node], lines: [[Node]]) -> Bool {
        guard word.firstLine == word.lastLine, below.firstLine == word.lastLine + 2, below.lastLine > below.firstLine,
              (below.lastLine - below.firstLine) % 2 == 0, below.lastLine < lines.count else { return false }
        let start = min(word.start, below.start), end = max(word.end, below.end)
        let middle = (word.firstLine + below.lastLine) / 2
        let oneLineCell = units.contains { u in
            u.isLeaf && u.firstLine == middle && u.lastLine == middle && (u.end <= start || u.start >= end)
                && !lines.indices.contains { l in l != middle && lines[l].contains { $0.start < u.end && $0.end > u.start } }
        }
        return oneLineCell && stride(from: word.lastLine + 1, to: below.lastLine, by: 2).allSatisfy { l in
            !lines[l].contains { $0.start < end && $0.end > start }
        }
    }

    /// Whether the word is the only head the cell below can have: nothing above covers it, its line
    /// is a row of wrapped names, no other cell's unfinished pieces lie between the two, and no other
    /// word of its line stands over the cell.
    static func isSoleHead(_ word: Node, of below: Node, line: [Node], covered: Bool, unfinishedLines: Set<Int>) -> Bool {
        !covered && inWrappedRow(word, line: line)
            && !unfinishedLines.contains { $0 > word.lastLine && $0 < below.firstLine }
            && !line.contains { $0 != word && $0.start < below.end && $0.end > below.start }
    }

    /// Whether the word's line holds another unfinished name beside it: a row of wrapped cells.
    static func inWrappedRow(_ word: Node, line: [Node]) -> Bool {
        line.contains { $0 != word && isUnfinishedName($0) }
    }

    static func isUnfinishedName(_ node: Node) -> Bool {
        !isStructural(node) && !HeaderWords.endsComplete(TextRepair.compact(node.text))
    }

    /// A header row whose cells a word processor centred vertically: a two-line cell prints its
    /// lines above and below the line holding the row's one-line cells (`本年支出` / `科目名称` /
    /// `合计`). When the word's line has two value words or more and each stands over exactly one leaf of
    /// the line after next, a different one each, the pairs are wrapped names; a caption heads
    /// two columns or more, so a line of captions each over one column is no caption line. The
    /// middle line holds only one-line cells of the row, none under these words (else they are lines
    /// of taller cells).
    static func wrapsAroundMiddleLine(_ word: Node, line: [Node], units: [Node]) -> Bool {
        let words = line.filter { !isStructural($0) }
        guard words.count >= 2, words.contains(word), word.firstLine == word.lastLine else { return false }
        let middle = word.lastLine + 1
        let onMiddle = units.filter { $0.firstLine <= middle && $0.lastLine >= middle }
        // A taller cell of the row may start on the middle line too (its pieces printed every other
        // line around it: `对附属单` / `位补助支` / `出`), as long as none of these words stands over it.
        guard !onMiddle.isEmpty, onMiddle.allSatisfy({ $0.isLeaf && $0.firstLine == middle }),
              onMiddle.contains(where: { $0.lastLine == middle }) else { return false }
        var taken = Set<Int>()
        for w in words {
            let under = units.indices.filter { units[$0].spanStart < w.end && units[$0].spanEnd > w.start }
            // The word's centre over its piece's text: a word set off to one side of the leaf it
            // overlaps is centred over that leaf and its neighbour (a caption).
            guard under.count == 1, let b = under.first, units[b].isLeaf, !taken.contains(b), w.firstLine == w.lastLine,
                  w.center >= Double(units[b].start), w.center <= Double(units[b].end),
                  !w.fromPieces, !units[b].fromPieces, units[b].firstLine == units[b].lastLine,
                  // A 小计 opens its group and ends no name: the word over it is its group's caption.
                  !AlignedHeader.isSubtotal(units[b]),
                  units[b].firstLine == middle + 1, !onMiddle.contains(where: { $0.spanStart < w.end && $0.spanEnd > w.start }),
                  !repeatsOnItsLine(b, units), !reachesPastAsPrinted(w, b, units, line: line)
            else { return false }
            taken.insert(b)
        }
        // Two value columns' names at least: a code column's name wrapped beside one caption over
        // a single column (`科目编` / `码` beside `本年拨款` / `一般公共预算`) is no such row.
        return taken.filter { b in !HeaderWords.isStructural(TextRepair.compact(units[b].text))
            && !words.contains { !isStructural($0) && $0.start < units[b].spanEnd && $0.end > units[b].spanStart
                && HeaderWords.isStructural(TextRepair.compact($0.text + units[b].text)) } }.count >= 2
    }

    /// Whether the word, as printed (a Chinese character two text columns wide), reaches over
    /// another cell of its leaf's line too (`公车购置及运行维护费` over `车辆购置` and `车辆运行`): a
    /// wrapped cell's lines stay inside its own column, so the word is a caption over both. A
    /// word prints no further than the next word of its line starts (pdftotext squeezes the
    /// words of narrow cells one space apart).
    static func reachesPastAsPrinted(_ word: Node, _ b: Int, _ units: [Node], line: [Node]) -> Bool {
        let oneLine = units.indices.filter { units[$0].isLeaf && units[$0].firstLine == units[$0].lastLine && sameLines(units[$0], units[b]) }
        let end = printedEnd(word, before: line)
        return oneLine.contains { k in
            k != b && units[k].start < end && printedEnd(units[k], before: oneLine.map { units[$0] }) > word.start
        }
    }

    /// Where the word ends as printed, but no further than where the next word of its line starts.
    static func printedEnd(_ word: Node, before line: [Node]) -> Int {
        let next = line.filter { $0.start > word.start }.map(\.start).min() ?? Int.max
        return min(WrappedHeaderPieces.printedEnd(word), max(word.end, next - 1))
    }

    /// A leaf whose name another leaf of its line prints too (`一般债务 专项债务 … 一般债务 专项债务`):
    /// a part repeated under several captions, never the last line of a wrapped name. Not a header
    /// word: a total or a measure (合计, 预算数) ends wrapped names in any row (`本年支出` / `合计`),
    /// nor a short tail (`基本支` / `出`, `项目支` / `出`).
    static func repeatsOnItsLine(_ b: Int, _ units: [Node]) -> Bool {
        let text = TextRepair.compact(units[b].text)
        guard text.count > Thresholds.wrappedHeaderTail, !HeaderWords.isHeaderWord(text) else { return false }
        return units.indices.contains { $0 != b && units[$0].isLeaf && sameLines(units[$0], units[b]) && TextRepair.compact(units[$0].text) == text }
    }

    /// Text of one cell stacked on consecutive lines from the same column ("功能分" / "类科目" /
    /// "名称"): wrapped text fills its upper lines, so the word above is at least as wide as the
    /// one below. Two complete header words stacked are two cells, and a measure word (预算数,
    /// 合计) is a cell of its own over whatever stands below it. A name column's word (项目) under
    /// a word it would lose that role with is a cell of its own too: a side's caption left-aligned
    /// over its first column (`财政拨款收入` over `项目`), not the first line of one name.
    static func isStacked(_ word: Node, over below: Node) -> Bool {
        let top = TextRepair.compact(word.text), rest = TextRepair.compact(below.text)
        return word.lastLine + 1 == below.firstLine && abs(word.start - below.start) <= Thresholds.stackedCellStartDrift
            && word.end - word.start >= below.end - below.start
            && !(HeaderWords.isHeaderWord(top) && (HeaderWords.isHeaderWord(rest) || !HeaderWords.isStructural(top)))
            && !(HeaderWords.isStructural(rest) && !HeaderWords.isStructural(top + rest))
    }

    /// How badly a word sits over a run of units: the distance between their centres relative to
    /// their width, plus penalties for a run that mixes leaves of different header lines, and for
    /// a run that cuts a row of same-line leaves in two. In a bottom-aligned header
    /// (`isBottomAligned`) every caption cuts that row, and a total standing just before a
    /// caption's run (总计 | 一般公共预算: 小计, 其中) sums the group and the columns after it: leaving it
    /// out is no cut. Infinity when they do not overlap, when
    /// another word of the line stands over the run, or when a word naming code or name columns
    /// would be put over value columns (unless the two are one cell's text: "项目" / "支出").
    static func score(_ word: Node, _ units: [Node], _ range: Range<Int>, claimed: Set<Int>, line: [Node],
                      sameCell: Bool = false, bottomAligned: Bool = false) -> Double {
        let run = units[range]
        let start = run.map(\.spanStart).min()!, end = run.map(\.spanEnd).max()!
        guard start < word.end, end > word.start else { return .infinity }
        // Another word of the same line between its columns: they are not under this word alone.
        if line.contains(where: { $0 != word && $0.start < end && $0.end > start }) { return .infinity }
        if isStructural(word), !sameCell, !run.allSatisfy(\.structural) { return .infinity }
        // A 小计 heads its group: a caption's run holds it first or not at all.
        if run.dropFirst().contains(where: AlignedHeader.isSubtotal) { return .infinity }
        // A bare total between other value columns of a run sums neither those before it nor the
        // whole run: it opens the group of the columns after it, so a caption over the run heads no
        // group (the name and code columns before the values, as a side caption's run holds them, aside).
        if run.filter({ !$0.structural }).dropFirst().dropLast().contains(where: { $0.isLeaf && isBareTotal($0) }) { return .infinity }
        let width = Double(max(end - start, word.end - word.start, 2))
        var score = abs(word.center - Double(start + end) / 2) / width
        let leaves = run.filter(\.isLeaf)
        for (a, b) in zip(leaves, leaves.dropFirst()) where !sameLines(a, b) { score += Thresholds.mixedLinesPenalty }
        for (inside, outside) in [(range.lowerBound, range.lowerBound - 1), (range.upperBound - 1, range.upperBound)]
        where outside >= 0 && outside < units.count && !claimed.contains(outside)
            && !(bottomAligned && ((outside < inside && isTotalLeaf(units[outside])) || isSibling(units[outside], of: word))) {
            let a = units[inside], b = units[outside]
            // A total beside the run's own total at its edge (`总计` | `小计` `其中…`), or beside the
            // run of a word that is a total itself (`合计` over `一般公共预算` | `合计`), does not cut
            // the run's row: the run could not take it (`holdsTwoTotals`).
            if (range.count >= 2 && holdsTwoTotals([a, b])) || (b.isLeaf && holdsTwoTotals([word, b])) { continue }
            if a.isLeaf, b.isLeaf, sameRow(a, b), a.structural == b.structural { score += Thresholds.splitRowPenalty }
        }
        return score
    }

    /// A header printed by a spreadsheet with its cells aligned to the bottom (Excel's and Calc's
    /// default): the name and code columns' words, whose cells span every header line, stand on
    /// the last line with the columns' own names, and captions on the lines above. Every caption
    /// over some of the columns then cuts the row of names on the last line.
    static func isBottomAligned(_ lines: [[Node]]) -> Bool {
        guard lines.count >= 2, let last = lines.last else { return false }
        return last.contains(where: isStructural) && !lines.dropLast().joined().contains(where: isStructural)
    }

    /// A column named as the word's own kind (`项目支出` beside the caption `基本支出`, `机关运行经费预算数`
    /// beside `“三公”经费预算数`): the same head word (last two characters) on a leaf that is no
    /// total. It stands beside the caption's group, a sibling, so a run leaving it out cuts no row.
    static func isSibling(_ node: Node, of word: Node) -> Bool {
        let leaf = TextRepair.compact(node.text), caption = TextRepair.compact(word.text)
        return node.isLeaf && !HeaderWords.isTotal(leaf) && leaf != caption && leaf.count >= 4 && caption.count >= 4
            && leaf.suffix(Thresholds.headWordLength) == caption.suffix(Thresholds.headWordLength) && !namesPartOf(leaf, caption)
    }

    /// A caption joining its parts with 及 / 和 (`公务用车购置及运行维护费`) names them with its own
    /// first and last words: a leaf that starts and ends as it does (`公务用车运行维护费`) is one
    /// of its parts, not a column beside it.
    static func namesPartOf(_ leaf: String, _ caption: String) -> Bool {
        (caption.contains("及") || caption.contains("和")) && leaf.prefix(2) == caption.prefix(2)
    }

    static func isTotalLeaf(_ node: Node) -> Bool { node.isLeaf && HeaderWords.isTotal(TextRepair.compact(node.text)) }

    static func sameLines(_ a: Node, _ b: Node) -> Bool {
        a.firstLine <= b.lastLine && b.firstLine <= a.lastLine
    }

    /// Two leaves of one row of cells: on the same lines, or, for a word joined from pieces, on
    /// exactly the same lines.
    static func sameRow(_ a: Node, _ b: Node) -> Bool {
        a.fromPieces || b.fromPieces ? a.firstLine == b.firstLine && a.lastLine == b.lastLine : sameLines(a, b)
    }

    /// Whether a leaf between two leaves of its line has a column wide enough to hold the word
    /// over it and itself on one line (room: the distance to the nearer of the two): then a word
    /// alone on its line over it is no part of its cell but a caption centred over the columns,
    /// printed over the middle one.
    static func hasRoom(_ word: Node, over i: Int, in units: [Node]) -> Bool {
        let neighbours = [i - 1, i + 1].filter { j in j >= 0 && j < units.count && units[j].isLeaf && sameLines(units[i], units[j]) }
        guard neighbours.count == 2, let room = neighbours.map({ abs(units[$0].center - units[i].center) }).min() else { return false }
        let length = TextRepair.compact(word.text).count + TextRepair.compact(units[i].text).count
        return Double(length) <= room * Thresholds.roomyCellShare
    }

    /// A leaf with no leaf of its own header line next to it.
    static func isolated(_ i: Int, in units: [Node]) -> Bool {
        [i - 1, i + 1].allSatisfy { j in
            j < 0 || j >= units.count || !units[j].isLeaf || !sameLines(units[i], units[j])
        }
    }
}

import Foundation
