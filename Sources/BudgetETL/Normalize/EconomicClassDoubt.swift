/// Printed rows whose positions do not tell 人员经费 from 公用经费. pdftotext lays out a row whose
/// name wraps at another scale than the full rows, so the one amount a row holds besides its 合计
/// lands a column off; the row's own sum (合计 = 人员经费 + 公用经费) holds either way. The sign
/// that positions mislead: of the two sibling columns, one holds no amount of any coded row though
/// a row without a class code (the 合计 row) holds money there, while the other holds rows of both
/// classes. Then the amounts a row's class bars from where they sit are placed again
/// (`RowPlacement`, which keeps a class out of the other kind's column), or rejected.
enum EconomicClassDoubt {
    /// Marks each such amount `guessed`, for the placement step to place by the sums and the class.
    static func doubt(_ section: inout NormalizedSection) {
        for (personnel, publicUse) in siblingColumns(section.columns) {
            for (empty, full) in [(personnel, publicUse), (publicUse, personnel)]
                where misleads(section.rows, empty: empty, full: full) {
                for row in section.rows.indices
                    where EconomicClass.barredColumns(section.rows[row].code, columns: section.columns).contains(full) {
                    for k in section.rows[row].cells.indices
                        where section.rows[row].cells[k].column == full && section.rows[row].cells[k].confidence == .certain {
                        section.rows[row].cells[k].confidence = .guessed
                    }
                }
            }
        }
    }

    /// Pairs of columns `X人员经费` and `X公用经费` sharing their parent path X.
    static func siblingColumns(_ columns: [String]) -> [(Int, Int)] {
        columns.indices.compactMap { p in
            guard UTF8Text.hasSuffix(columns[p], "人员经费") else { return nil }
            let sibling = String(columns[p].dropLast(4)) + "公用经费"
            return columns.firstIndex(of: sibling).map { (p, $0) }
        }
    }

    /// No coded row has an amount in `empty`, an uncoded row holds a non-zero amount there, and
    /// coded rows of both classes have amounts in `full`.
    static func misleads(_ rows: [NormalizedRow], empty: Int, full: Int) -> Bool {
        let coded = rows.filter { EconomicClass.kind($0.code) != nil }
        guard !coded.contains(where: { $0.cells.contains { $0.column == empty } }),
              rows.contains(where: { $0.code == nil && $0.cells.contains { $0.column == empty && !$0.value.isZero } }) else { return false }
        let kinds = Set(coded.filter { $0.cells.contains { $0.column == full } }.compactMap { EconomicClass.kind($0.code) })
        return kinds.count == 2
    }
}
