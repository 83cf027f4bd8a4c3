/// In reading order (plain pdftotext) a row's values may stand on lines of their own after its
/// name, but so may another row's: a page interleaves the cells of rows that sit close
/// (`2010302 一般行政管理事务` / `46,140,000.00` / `2010350 事业运行` / `3,807,295.58` /
/// `46,140,000.00` …), and a parent row's values run on into its children's. A row whose values
/// were gathered from lines of values alone keeps them only where they prove themselves its own:
/// one value for each column, the first column a total (合计) and the sum of all the others, none
/// of the gathered values zero (a zero adds to any sum, so it may be the next row's) unless the
/// table prints a zero in each of its blank cells.
///
/// A row printed as a block of its own (`RowBlocks`, MuPDF's text) has its values by the block:
/// they need only fit the header, a total first, no more of them than columns, and add up where
/// they fill the row (a short row's columns are left to the table's sums; a zero is the row's).
enum ContinuedValues {
    /// Whether `values`, read in order under `paths`, fill the columns and add up as the header's
    /// first column, a total, says they must. `gathered` counts the values taken from lines of
    /// values alone (the last ones); `zerosPrinted`: every row of the table holds a value for each
    /// column, so a zero is its own row's; `inBlock`: the row is a block of its own.
    static func proveTheirRow(_ values: [String], gathered: Int, under paths: [HeaderPath], zerosPrinted: Bool,
                              inBlock: Bool = false) -> Bool {
        guard inBlock ? values.count <= paths.count : values.count == paths.count,
              paths.count >= 2, leadsWithTotal(paths) else { return false }
        let amounts = values.compactMap { ExactDecimal.parse($0) }
        guard amounts.count == values.count else { return false }
        if inBlock { return values.count < paths.count || addsUp(amounts) }
        guard zerosPrinted || !amounts.suffix(gathered).contains(where: \.isZero) else { return false }
        return addsUp(amounts)
    }

    /// Whether the header's first column is a total (合计, 支出合计).
    static func leadsWithTotal(_ paths: [HeaderPath]) -> Bool {
        guard let first = paths.first?.components.last else { return false }
        return HeaderWords.isTotal(TextRepair.compact(first))
    }

    private static func addsUp(_ amounts: [ExactDecimal]) -> Bool {
        amounts.dropFirst().reduce(ExactDecimal.zero, +) == amounts[0]
    }
}
