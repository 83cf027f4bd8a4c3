/// In reading order (plain pdftotext) a row's values may stand on lines of their own after its
/// name, but so may another row's: a page interleaves the cells of rows that sit close
/// (`2010302 一般行政管理事务` / `46,140,000.00` / `2010350 事业运行` / `3,807,295.58` /
/// `46,140,000.00` …), and a parent row's values run on into its children's. A row whose values
/// were gathered from lines of values alone keeps them only where they prove themselves its own:
/// one value for each column, the first column a total (合计) and the sum of all the others, none
/// of the gathered values zero (a zero adds to any sum, so it may be the next row's) unless the
/// table prints a zero in each of its blank cells.
enum ContinuedValues {
    /// Whether `values`, read in order under `paths`, fill the columns and add up as the header's
    /// first column, a total, says they must. `gathered` counts the values taken from lines of
    /// values alone (the last ones); `zerosPrinted`: every row of the table holds a value for each
    /// column, so a zero is its own row's.
    static func proveTheirRow(_ values: [String], gathered: Int, under paths: [HeaderPath], zerosPrinted: Bool) -> Bool {
        guard values.count == paths.count, paths.count >= 2,
              let first = paths.first?.components.last, HeaderWords.isTotal(TextRepair.compact(first)) else { return false }
        let amounts = values.map { ExactDecimal.parse($0) }
        guard amounts.allSatisfy({ $0 != nil }), let total = amounts[0] else { return false }
        guard zerosPrinted || !amounts.suffix(gathered).contains(where: { $0!.isZero }) else { return false }
        return amounts.dropFirst().reduce(ExactDecimal.zero) { $0 + $1! } == total
    }
}
