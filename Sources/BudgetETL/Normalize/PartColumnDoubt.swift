/// A row whose one amount among a total's parts (基本支出 小计 = 工资福利支出 + 对个人和家庭的补助 +
/// 商品和服务支出) was placed by its position, where the positions are seen to mislead: pdftotext
/// lays out a row whose name wraps at another scale than the full rows, so its amount lands a
/// column off, and the row's own sum holds under any of the parts. The columns say it: the total's
/// column keeps its column sums (the 合计 row = Σ its rows) while two or more of the parts' columns
/// break theirs. Each such amount is placed again by the sums (`RowPlacement`), or rejected.
enum PartColumnDoubt {
    /// Marks each such amount `guessed`; returns the rows holding one.
    static func doubt(_ section: inout NormalizedSection, unsettled: Set<Int>, _ context: Placement.Context) -> Set<Int> {
        let grid = Placement.Context.grid(section.rows, unsettled: unsettled)
        var kept = Set<Int>(), broken = Set<Int>()
        for identity in context.identities where identity.rule == .hierarchy {
            switch identity.holds(on: grid, tolerance: context.tolerance) {
            case true?: kept.insert(identity.total.column)
            case false?: broken.insert(identity.total.column)
            case nil: continue
            }
        }
        guard broken.count >= 2 else { return [] }
        var doubted = Set<Int>()
        for identity in context.identities where identity.rule == .rowTotal && !unsettled.contains(identity.total.row)
            && kept.contains(identity.total.column) && !broken.contains(identity.total.column) {
            let parts = Set(identity.parts.map(\.column))
            guard parts.intersection(broken).count >= 2 else { continue }
            let row = identity.total.row
            let amounts = section.rows[row].cells.indices.filter { parts.contains(section.rows[row].cells[$0].column) }
            guard amounts.count == 1, section.rows[row].cells[amounts[0]].confidence == .certain,
                  section.rows[row].cells.contains(where: { $0.column == identity.total.column }) else { continue }
            section.rows[row].cells[amounts[0]].confidence = .guessed
            doubted.insert(row)
        }
        return doubted
    }
}
