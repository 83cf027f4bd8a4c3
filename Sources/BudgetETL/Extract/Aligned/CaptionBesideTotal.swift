/// A caption read over the value columns right after a bare total (`合计 | 收入预算{财政拨款收入 …}`)
/// may head that total too (`收入预算{合计, 财政拨款收入 …}`): a spreadsheet centres a merged
/// caption over its cells, but pdftotext sets each Chinese header word in about half its printed
/// width, so the header words alone may show the caption centred over the parts without their
/// total. The body's values keep their printed places: where the caption's printed centre stands
/// nearer the centre of the total's and the parts' values together than of the parts' alone, the
/// two readings disagree on the total's column path alone (the parts stand under the caption in
/// both), and the total's values are rejected. Only where the total may be the caption's: the
/// run holds no total of its own (a merged cell heads one total at most), and on every full row
/// the total is the sum of the run (a group under the caption counted by its own total); not a lead-in (其中:), which names the parts of the whole
/// before them wherever it is centred (`HeaderFit.partsOnly`).
/// A caption naming what the table's title names (`收入预算` under `部门收入预算总表`) is the whole
/// the table is of: the total that sums its parts on every row, centred under it by the values, is
/// its own total (`收入预算 › 合计`), not doubted (`underTitledCaption`).
enum CaptionBesideTotal {
    typealias Segment = AlignedGridReader.Segment

    /// Per section, the value columns (indexes into its values) of the totals that a caption over
    /// the columns after them is, by the body's values, centred over too.
    static func doubtedTotals(_ header: AlignedHeader, segments: [Segment]) -> [(section: Int, column: Int)] {
        header.sections.indices.flatMap { s in
            let values = header.sections[s].values
            let own = segments.filter { $0.section == s }
            let spans = valueSpans(own, count: values.count)
            guard spans.count == values.count else { return [(section: Int, column: Int)]() }
            return runs(values).filter { total, run in
                guard !HeaderWords.isLeadIn(values[run.lowerBound].path[0]),
                      !values[run].contains(where: { $0.path.count == 2 && HeaderWords.isTotal($0.path[1]) }),
                      sumsTo(total, parts(of: run, values), own.filter { $0.values.count == values.count }),
                      let caption = captionNode(values[run.lowerBound].path[0], header.roots) else { return false }
                let centre = WrappedHeaderPieces.printedCenter(caption)
                return offCentre(centre, spans[total...run.upperBound - 1]) < offCentre(centre, spans[run])
            }.map { (section: s, column: $0.total) }
        }
    }

    /// The doubted totals whose caption the title names, put under it; the others returned.
    static func underTitledCaption(_ sections: inout [AlignedHeader.Section], _ totals: [(section: Int, column: Int)],
                                   title: String) -> [(section: Int, column: Int)] {
        let title = TextRepair.compact(title)
        return totals.filter { s, column in
            let values = sections[s].values
            guard column + 1 < values.count, let caption = values[column + 1].path.first,
                  caption.count >= 2, title.contains(TextRepair.compact(caption)) else { return true }
            let leaf = sections[s].leaves.indices.filter { sections[s].leaves[$0].role == .value }[column]
            sections[s].leaves[leaf].path.insert(caption, at: 0)
            return false
        }
    }

    /// The doubted columns' cells taken out of the rows, as rejects for `reason`.
    static func rejected(_ rows: inout [[ExtractedRow]], _ totals: [(section: Int, column: Int)],
                         reason: RejectReason = .captionBesideTotalUncertain) -> [ReaderReject] {
        var rejects: [ReaderReject] = []
        for (s, column) in totals where s < rows.count {
            for r in rows[s].indices {
                rejects += rows[s][r].cells.filter { $0.column == column }
                    .map { ReaderReject(line: $0.line, text: $0.text, reason: reason) }
                rows[s][r].cells.removeAll { $0.column == column }
            }
        }
        return rejects
    }

    /// Each bare total at the top level followed by the run of columns under one caption.
    static func runs(_ values: [AlignedHeader.Leaf]) -> [(total: Int, run: Range<Int>)] {
        values.indices.dropLast().compactMap { k in
            guard values[k].path.count == 1, HeaderWords.isBareTotal(values[k].path[0]), values[k + 1].path.count >= 2 else { return nil }
            let caption = values[k + 1].path[0]
            var end = k + 2
            while end < values.count, values[end].path.count >= 2, values[end].path[0] == caption { end += 1 }
            return end - k - 1 >= 2 ? (k, (k + 1)..<end) : nil
        }
    }

    /// The run's columns that part the caption's whole once each: its own columns, and of a group
    /// under it (`公务用车购置及运行费 / 小计 | 购置费 | 运行费`) the group's total where it has one,
    /// else the group's columns.
    static func parts(of run: Range<Int>, _ values: [AlignedHeader.Leaf]) -> [Int] {
        run.filter { k in
            let path = values[k].path
            guard path.count > 2 else { return true }
            let group = Array(path.prefix(2))
            let totals = run.filter { Array(values[$0].path.prefix(2)) == group && values[$0].path.count == 3 && HeaderWords.isTotal(values[$0].path[2]) }
            return totals.isEmpty ? true : totals == [k]
        }
    }

    /// On every row the total's value is the sum of the parts' (each an amount).
    static func sumsTo(_ total: Int, _ parts: [Int], _ full: [Segment]) -> Bool {
        !full.isEmpty && full.allSatisfy { segment in
            let amounts = ([total] + parts).map { SheetHeaderGroups.amount(segment.values[$0].text) }
            guard let sum = amounts.first ?? nil, !amounts.contains(where: { $0 == nil }) else { return false }
            return amounts.dropFirst().reduce(ExactDecimal.zero) { $0 + $1! } == sum
        }
    }

    static func captionNode(_ text: String, _ roots: [AlignedHeader.Node]) -> AlignedHeader.Node? {
        let found = roots.filter { !$0.isLeaf && $0.text == text }
        return found.count == 1 ? found[0] : nil
    }

    /// Per value column, where its values stand in the rows that fill every column.
    static func valueSpans(_ segments: [Segment], count: Int) -> [(start: Double, end: Double)] {
        let full = segments.filter { $0.values.count == count }
        guard count > 0, !full.isEmpty else { return [] }
        return (0..<count).map { k in
            (Double(full.map { $0.values[k].column }.min()!), Double(full.map { $0.values[k].end }.max()!))
        }
    }

    static func offCentre(_ centre: Double, _ spans: ArraySlice<(start: Double, end: Double)>) -> Double {
        let start = spans.first!.start, end = spans.last!.end
        return abs(centre - (start + end) / 2) / max(end - start, 1)
    }
}
