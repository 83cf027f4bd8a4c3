/// A caption whose cell reaches over the same column name twice (`基本支出` over `合计 … 合计`): no
/// group totals itself twice, so the caption's cell does not reach over the second, and another
/// caption, lost, heads it (a table cut at the page's edge: `项目支出`, printed past the edge, is
/// gone, and the columns it headed read under the caption before it). Which caption heads the
/// columns from the second on is unknown: their numbers are rejected (`spanUnknown`).
enum RepeatedCaptionColumns {
    /// The value columns, section by section, from the second of a name under one caption on.
    static func unknownColumns(_ grid: ColumnGrid) -> Set<Int> {
        var unknown: Set<Int> = []
        for section in grid.sections {
            var seen: Set<HeaderPath> = []
            for (k, path) in section.paths.enumerated() where path.components.count > 1 {
                if seen.contains(path) { unknown.formUnion(section.valueColumns[k...]); break }
                seen.insert(path)
            }
        }
        return unknown
    }
}
