/// A row of years over the value columns (`2020年` | `2021年`, each a merged cell over its
/// measures) gives every measure under it its year. A measure left with no year over it between
/// two measures that have one (`预算数` between `2020年 / 完成数` and `2021年 / 完成数`) lost its
/// year because pdftotext sets the year's merged cell off its centre (a Chinese character one
/// text column, printed two): which year it is of is not certain, so its values are rejected
/// (`yearCaptionUnknown`) rather than read under a path that names no year.
enum YearCaptionColumns {
    /// Per section, the value columns (indexes into its values) whose year is not read.
    static func uncertainColumns(_ header: AlignedHeader) -> [(section: Int, column: Int)] {
        header.sections.enumerated().flatMap { n, section -> [(section: Int, column: Int)] in
            let values = section.values
            let yeared = values.map { $0.path.count >= 2 && isYear($0.path[0]) }
            return values.indices.compactMap { k -> (section: Int, column: Int)? in
                guard values[k].path.count == 1, HeaderWords.isAmountMeasure(TextRepair.compact(values[k].path[0])),
                      yeared[..<k].contains(true), yeared[(k + 1)...].contains(true) else { return nil }
                return (section: n, column: k)
            }
        }
    }

    static func isYear(_ text: String) -> Bool { TableLinePatterns.yearName.matches(TextRepair.compact(text)) }
}
