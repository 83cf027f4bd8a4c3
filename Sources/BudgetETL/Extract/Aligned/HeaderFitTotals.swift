/// Totals and groups in a column-aligned header: which columns a total or a caption may take. A
/// merged cell heads the columns under it, so a total (合计, 小计, 总计) heads at most its own
/// group, and the captions of one header row tile the row below. Called from `HeaderFit.place`
/// and `AlignedHeader.tree`.
extension HeaderFit {
    /// A merged cell is printed over its columns: a word inside one body column band that none of
    /// the run's words reach is that band's own name (a tall `合计` centred between two caption
    /// lines), however well centred over the run it stands.
    static func standsApart(_ word: Node, from run: ArraySlice<Node>, bands: [WrappedHeaderPieces.ColumnSpan]) -> Bool {
        let holding = WrappedHeaderPieces.bandsHolding(word, columns: bands)
        guard holding.count == 1, let band = holding.first else { return false }
        return !run.contains { Double($0.spanStart) < band.upper && Double($0.spanEnd) > band.lower }
    }

    /// A merged cell heads one total column at most (`预算数` over `合计` and a group with its own
    /// `小计`): a run holding two totals side by side reaches past its columns into a tall total
    /// cell printed beside them (`合计` centred in two header rows, on the line of the lower
    /// row's words).
    static func holdsTwoTotals<Run: Sequence>(_ run: Run) -> Bool where Run.Element == Node {
        run.filter { $0.isLeaf && HeaderWords.isTotal(TextRepair.compact($0.text)) }.count >= 2
    }

    /// A total (合计) under a word of a higher line that lies inside the run beside it: the total
    /// is a tall cell of its own between groups headed above (a word processor centres a tall
    /// cell vertically, so 合计 prints on a lower line than the groups' heads, and may stand
    /// centred over them all). Header cells nest, so a head above inside the run would head
    /// nothing; the total sums columns and heads none of them. 小计 is not held to this: it is the
    /// first column of the group it stands in, which the other rules read.
    static func isTotalBesideGroups(_ word: Node, _ run: ArraySlice<Node>, above: [Node]) -> Bool {
        let text = TextRepair.compact(word.text)
        guard HeaderWords.isTotal(text), !UTF8Text.hasSuffix(text, "小计"), let start = run.map(\.spanStart).min(),
              let end = run.map(\.spanEnd).max() else { return false }
        return above.contains { $0.start >= start && $0.end <= end && !($0.start < word.end && $0.end > word.start) }
    }

    /// The one column under a word left a column of its own on a line of captions: the cells of a
    /// header row tile the row below, so a finished word beside a caption of its line (`公用经费`
    /// beside `人员经费`) heads what stands under it too, even off its centre (pdftotext sets a
    /// Chinese word a column or more off). Only a single free unit below it, under no other word of
    /// the line, and no 小计 (a 小计 heads a group of several).
    static func tiledColumn(_ word: Node, units: [Node], claimed: Set<Int>, line: [Node], made: [Node]) -> Int? {
        guard !isStructural(word), HeaderWords.endsComplete(TextRepair.compact(word.text)),
              made.contains(where: { $0 != word && $0.children.count >= 2 && sameLines($0, word) }) else { return nil }
        let under = units.indices.filter { !claimed.contains($0) && units[$0].spanStart < word.end && units[$0].spanEnd > word.start }
        guard under.count == 1, let b = under.first, units[b].firstLine > word.lastLine, !AlignedHeader.isSubtotal(units[b]),
              !line.contains(where: { $0 != word && $0.start < units[b].spanEnd && $0.end > units[b].spanStart }) else { return nil }
        return b
    }

    /// The group beside a word left a column of its own that stands on the same header row (a
    /// word processor centres each cell's lines, so a two-line `公用经` / `费` and a one-line
    /// `人员经费` share their row without sharing a line): the cells of a row tile the row below,
    /// so the word heads something, and a group of three columns or more that took the one next
    /// to it (centring drew it in) gives it that column. Only a finished word with no free unit
    /// under it, and never a 小计 (it heads its own group).
    /// `sameLine`: the groups are the ones just made on the word's own line (`人员经费` beside
    /// `公用经费`), and `free` the units still unclaimed under them; a 小计 under the word is the
    /// next group's head, not the word's column.
    static func lendingGroup(_ word: Node, units: [Node], claimed: Set<Int>, sameLine: Bool = false,
                             free: [Node]? = nil, claimed freeClaimed: Set<Int> = []) -> Int? {
        let below = free ?? units, taken = free == nil ? claimed : freeClaimed
        guard !isStructural(word), HeaderWords.endsComplete(TextRepair.compact(word.text)),
              !HeaderWords.isTotal(TextRepair.compact(word.text)),
              !below.indices.contains(where: { !taken.contains($0) && below[$0].spanStart < word.end && below[$0].spanEnd > word.start
                  && !(sameLine && AlignedHeader.isSubtotal(below[$0])) })
        else { return nil }
        let beside = units.indices.filter { g in
            !claimed.contains(g) && !units[g].isLeaf && units[g].children.count >= 3 && sameLines(units[g], word)
                && (sameLine ? units[g] != word : units[g].firstLine > word.firstLine)
                && (units[g].spanEnd <= word.start || units[g].spanStart >= word.end)
        }
        guard beside.count == 1, let g = beside.first else { return nil }
        let left = units[g].spanEnd <= word.start
        let lent = left ? units[g].children.last! : units[g].children.first!
        // Nothing free between the lent column and the word.
        let (from, to) = left ? (lent.spanEnd, word.start) : (word.end, lent.spanStart)
        guard !AlignedHeader.isSubtotal(lent),
              !below.indices.contains(where: { !taken.contains($0) && below[$0].spanStart >= from && below[$0].spanEnd <= to }),
              !units.indices.contains(where: { $0 != g && units[$0] != word && units[$0].spanStart >= from && units[$0].spanEnd <= to })
        else { return nil }
        return g
    }
}
