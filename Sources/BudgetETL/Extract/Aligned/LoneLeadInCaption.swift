/// A lead-in (`其中:`) printed alone on a header line is a merged cell's caption over the parts of a
/// whole, centred over their run (`总收入 | 其中: {医疗收入 | 财政补助收入 | 科教项目收入 | 其他收入}`),
/// never the first line of one part's name: where the header words are wrapped and narrow, the
/// tree may still join it to the one word under its centre (`其中:科教项目收入`) and leave the other
/// parts without it. The rows tell the run: the whole is the sum of its parts on every full row
/// (within the rounding of the printed amounts). Where exactly one run holding the joined column
/// sums to the column before it, the lead-in heads that run; otherwise the reading is left as is.
enum LoneLeadInCaption {
    /// The sections' value columns with the lone lead-in set over the run its sums confirm.
    static func mended(_ sections: [AlignedHeader.Section], header: [TableLines.Line], rows: [[ExtractedRow]]) -> [AlignedHeader.Section] {
        guard let leadIn = loneLeadIn(header) else { return sections }
        return sections.enumerated().map { n, section in
            n < rows.count ? mended(section, leadIn: leadIn, rows: rows[n]) : section
        }
    }

    /// The text of a header line holding a lead-in and nothing else.
    static func loneLeadIn(_ header: [TableLines.Line]) -> String? {
        for line in header {
            let printed = line.tokens.filter { !$0.isBlank }
            if printed.count == 1, HeaderWords.isLeadIn(printed[0].text) { return TextRepair.compact(printed[0].text) }
        }
        return nil
    }

    private static func mended(_ section: AlignedHeader.Section, leadIn: String, rows: [ExtractedRow]) -> AlignedHeader.Section {
        let values = section.values
        let names = values.map { $0.path.count == 1 ? TextRepair.compact($0.path[0]) : nil }
        guard let joined = names.firstIndex(where: { $0.map { $0.count > leadIn.count && $0.hasPrefix(leadIn) } ?? false }),
              let run = confirmedRun(holding: joined, names: names, rows: rows) else { return section }
        return section.withValuePaths(values.indices.map { k in
            guard run.contains(k), let name = names[k] else { return values[k].path }
            return [leadIn, name.hasPrefix(leadIn) ? String(name.dropFirst(leadIn.count)) : name]
        })
    }

    /// The one run of two or more flat columns holding `joined` whose sum is the column right
    /// before it on every full row (at least two rows); nil where none or several are.
    static func confirmedRun(holding joined: Int, names: [String?], rows: [ExtractedRow]) -> ClosedRange<Int>? {
        let amounts = rows.map { row in amountsByColumn(row, count: names.count) }
        var fits: [ClosedRange<Int>] = []
        for whole in 0..<joined where names[whole] != nil {
            for last in joined..<names.count where last - whole >= 2 {
                let run = (whole + 1)...last
                guard names[run].allSatisfy({ $0 != nil }) else { break }
                if sumsHold(whole: whole, run: run, amounts) { fits.append(run) }
            }
        }
        return fits.count == 1 ? fits[0] : nil
    }

    /// Every row with an amount in each of the columns: the whole minus the parts' sum is within
    /// half a unit of the finest printed decimal per part (each part rounded on its own).
    private static func sumsHold(whole: Int, run: ClosedRange<Int>, _ amounts: [[ExactDecimal?]]) -> Bool {
        var fullRows = 0
        for row in amounts {
            let cells = [row[whole]] + run.map { row[$0] }
            guard cells.allSatisfy({ $0 != nil }) else { continue }
            let parts = run.map { row[$0]! }
            let scale = cells.map { $0!.scale }.max() ?? 0
            // Overflow-safe: an amount too large to sum is no confirmation.
            let sum = parts.reduce(Optional(ExactDecimal.zero)) { $0?.adding($1) }
            guard let difference = sum.flatMap({ row[whole]!.subtracting($0) })?.rescaled(to: scale, rounding: .exact),
                  difference.mantissa.magnitude <= UInt64(parts.count) / 2 else { return false }
            fullRows += 1
        }
        return fullRows >= 2
    }

    /// The row's amounts by value column; nil where blank or no amount.
    private static func amountsByColumn(_ row: ExtractedRow, count: Int) -> [ExactDecimal?] {
        var amounts = [ExactDecimal?](repeating: nil, count: count)
        for cell in row.cells where cell.column < count {
            amounts[cell.column] = ExactDecimal.parse(grouped: cell.text)
        }
        return amounts
    }
}
