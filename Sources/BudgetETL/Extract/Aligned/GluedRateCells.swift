/// An amount and the rate in the next cell printed as one word. A converter that joins characters
/// set closer than a few points into one word, and places each word where its first character
/// stands (pdfplumber's layout text), prints a right-aligned amount and the rate right after it
/// as `2100%` (2 and 100%) or `1.3892%` (1.38 and 92%): the word reads as a rate, and its end,
/// which places it, stands under the rate's column, its start under the amount's. Such a word is
/// rejected (`cellsGlued`), not read as one rate, where
/// - it stands under a column naming a rate (执行率, 占比%) or holding rates on most lines, or
///   under the column left of one, the other of the two blank on the row; the left one names no rate;
/// - it cuts into an amount and a rate (`2` | `100%`), the amount's end standing under the left
///   column where the line's other values put that column's values (`ColumnFit`'s shift), closer
///   than the word's end stands to the rate's column.
/// - the word reads as no likely rate (`unlikelyRate`: 2100%, 1.3892%).
/// - or it reads as a likely rate (`23.45%`) standing where, on other rows of its section, words
///   read as glued stand (a second pass, once the first has found them): the converter joins those two cells on every row,
///   and a cut that happens to leave a likely rate is no sign that this row's were printed apart.
/// Which digits are whose is then only a guess, so neither cell is read. A word reading as a rate
/// of more integer digits than any table prints (`impossibleRate`: 1909322.04%) is rejected so
/// wherever it stands.
enum GluedRateCells {
    static func rejected(_ segments: inout [AlignedGridReader.Segment], _ sections: [AlignedHeader.Section],
                         pages: [AlignedGridReader.PageHeader]) -> [ReaderReject] {
        // Most tables print no value that reads as an unlikely rate (`gluedPair`'s first test, its
        // `%` seen by the last byte first): their columns of rates are not worked out token by token.
        guard segments.contains(where: { $0.values.contains(where: mayBeGlued) }) else { return [] }
        var rejects: [ReaderReject] = []
        for i in segments.indices where segments[i].values.count == segments[i].columns.count {
            for j in segments[i].values.indices.reversed() where impossibleRate(segments[i].values[j].text) {
                rejects.append(ReaderReject(line: segments[i].values[j].line, text: segments[i].values[j].text, reason: .cellsGlued))
                segments[i].values.remove(at: j)
                segments[i].columns.remove(at: j)
            }
        }
        let rates = ratesByBody(segments, sections)
        var gluedAt: [Int: [Int: Int]] = [:]
        for likely in [false, true] {
            for i in segments.indices where segments[i].values.count == segments[i].columns.count && segments[i].values.count >= 2 {
                let columns = AlignedGridReader.sections(for: segments[i].line, sections, pages: pages)[segments[i].section].values
                let precedent = gluedAt[segments[i].section] ?? [:]
                let glued = segments[i].values.indices.filter { j in
                    guard !likely || (precedent[segments[i].columns[j]] ?? 0) >= Thresholds.gluedPairPrecedentRows else { return false }
                    return gluedPair(at: j, segments[i], columns, rates: rates[segments[i].section], likely: likely)
                }
                for j in glued.reversed() {
                    rejects.append(ReaderReject(line: segments[i].values[j].line, text: segments[i].values[j].text, reason: .cellsGlued))
                    gluedAt[segments[i].section, default: [:]][segments[i].columns[j], default: 0] += 1
                    segments[i].values.remove(at: j)
                    segments[i].columns.remove(at: j)
                }
            }
        }
        return rejects
    }

    /// Whether value `j` of the segment reads as two cells glued: an amount's column and the rate's
    /// column right of it, one of them the column the value was placed in and the other blank on
    /// the row (the word's end may place it under either).
    /// `rates`: the columns whose numbers are rates on most lines (`增长比`, named by no rate's word).
    /// `likely`: asks a likely rate instead (the second pass: other rows' words glued where it stands).
    static func gluedPair(at j: Int, _ segment: AlignedGridReader.Segment, _ columns: [AlignedHeader.Leaf],
                          rates: Set<Int> = [], likely: Bool = false) -> Bool {
        let token = segment.values[j], c = segment.columns[j]
        guard isRate(token.text), likely != unlikelyRate(token.text), c < columns.count else { return false }
        let others = segment.values.indices.filter { $0 != j }
        let offsets = others.map { (column: segment.columns[$0], offset: Double(segment.values[$0].end) - columns[segment.columns[$0]].anchor) }
        return [c - 1, c].contains { amount in
            guard amount >= 0, amount + 1 < columns.count, !segment.columns.contains(amount == c ? amount + 1 : amount),
                  namesRate(columns[amount + 1]) || rates.contains(amount + 1), !namesRate(columns[amount]) else { return false }
            // The line's shift where the amount stands: its nearest value on the left shows it (a
            // sheet's columns of other widths end their values at other offsets), else the median.
            let shift = offsets.last { $0.column < amount }?.offset ?? median(offsets.map(\.offset))
            // The whole word's end fits neither the rate's column nor the one it was placed in
            // as well as the amount's end fits the amount's column.
            let wholeMiss = min(abs(Double(token.end) - columns[amount + 1].anchor - shift),
                                abs(Double(token.end) - columns[c].anchor - shift))
            return amountEnds(of: token).contains { end in
                let miss = abs(Double(end) - columns[amount].anchor - shift)
                return miss <= Thresholds.gluedAmountSlack && miss < wholeMiss
            }
        }
    }

    /// A value `gluedPair` asks further: a rate (ending in an ASCII `%`, its last byte) no table
    /// prints as one.
    private static func mayBeGlued(_ token: Token) -> Bool {
        token.text.utf8.last == 0x25 && isRate(token.text) && unlikelyRate(token.text)
    }

    /// A rate no table prints, wherever it stands: more integer digits than even a growth rate
    /// carries (`1909322.04%`, 19093 and 22.04% glued, under an amount's column or a rate's).
    static func impossibleRate(_ text: String) -> Bool {
        guard isRate(text) else { return false }
        let integer = text.unicodeScalars.prefix { $0 != "." }.filter { TextRepair.isDigit($0) }
        return integer.count > Thresholds.impossibleRateIntegerDigits
    }

    /// A rate no table prints as one: a thousand per cent or more, or more decimals than rates
    /// carry (`2100%`, `1.3892%`). Glued cells read as a likely rate (`699.83%`) are left as read.
    static func unlikelyRate(_ text: String) -> Bool {
        let digits = text.unicodeScalars.filter { TextRepair.isDigit($0) || $0 == "." }
        let parts = String(String.UnicodeScalarView(digits)).split(separator: ".", omittingEmptySubsequences: false)
        return parts[0].count > Thresholds.rateIntegerDigits || (parts.count > 1 && parts[1].count > Thresholds.rateDecimals)
    }

    /// Per section, the value columns more than half of whose numbers, over the lines, end in a
    /// percent sign (words that read as no number, two cells glued past telling, count nowhere).
    static func ratesByBody(_ segments: [AlignedGridReader.Segment], _ sections: [AlignedHeader.Section]) -> [Set<Int>] {
        var counts = sections.map { [Int: (rates: Int, all: Int)](minimumCapacity: $0.values.count) }
        for segment in segments where segment.values.count == segment.columns.count {
            for (token, c) in zip(segment.values, segment.columns) where AlignedText.isNumber(Array(token.text.unicodeScalars)) {
                var count = counts[segment.section][c] ?? (0, 0)
                count.all += 1
                if UTF8Text.hasSuffix(token.text, "%") || UTF8Text.hasSuffix(token.text, "％") { count.rates += 1 }
                counts[segment.section][c] = count
            }
        }
        return counts.map { Set($0.filter { 2 * $0.value.rates > $0.value.all }.keys) }
    }

    /// Columns where an amount cut off the word's start would end: each cut leaving an amount
    /// (no sign) before a rate as printed (no leading zero but in `0` or `0.x`).
    static func amountEnds(of token: Token) -> [Int] {
        let scalars = Array(token.text.unicodeScalars)
        return (1..<scalars.count).compactMap { k in
            let amount = Array(scalars[..<k]), rate = Array(scalars[k...])
            guard AlignedText.isNumber(amount), amount.last != "%", isRate(rate), wellFormed(amount), wellFormed(rate) else { return nil }
            return token.column + k
        }
    }

    private static func isRate(_ text: String) -> Bool { isRate(Array(text.unicodeScalars)) }

    private static func isRate(_ scalars: [Unicode.Scalar]) -> Bool {
        scalars.last == "%" && AlignedText.isNumber(scalars)
    }

    /// No leading zero before another digit (`00%`, `05.5`): no number prints so.
    private static func wellFormed(_ scalars: [Unicode.Scalar]) -> Bool {
        let body = scalars.first == "-" ? Array(scalars.dropFirst()) : scalars
        guard body.count >= 2, body[0] == "0" else { return true }
        return !TextRepair.isDigit(body[1]) && body[1] != ","
    }

    private static func namesRate(_ leaf: AlignedHeader.Leaf) -> Bool {
        leaf.path.last.map { RateColumns.namesRate(TextRepair.compact($0)) } ?? false
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted(), m = sorted.count
        return m % 2 == 1 ? sorted[m / 2] : (sorted[m / 2 - 1] + sorted[m / 2]) / 2
    }
}
