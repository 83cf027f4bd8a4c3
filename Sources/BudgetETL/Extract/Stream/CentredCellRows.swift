/// The rows under a header one of whose cells was printed centred around the row of column words
/// (`CentredHeaderCell`): its column stands somewhere among the others, the text does not say
/// where. Every place is tried, and with each every order-keeping placement of a row's values (blank
/// cells dropped: fewer values than columns); where the header's first column is the row's total
/// (合计 first, no other total, no 其中), only placements whose parts add up to it count. A value
/// is kept where every place and placement left put the same one under its column; the others
/// are rejected. A place under which some row fits nowhere, while it fits under another, is not
/// the table's.
enum CentredCellRows {
    /// Places and placements tried per row at most: past it nothing of the row is kept.
    static let maxPlacementsPerRow = 5_000

    /// The section (its last column the centred cell's) with each row's certain values only.
    static func placed(_ section: ExtractedSection) -> (section: ExtractedSection, rejects: [ReaderReject]) {
        let width = section.columns.count
        guard width >= 2 else { return (section, []) }
        let values = section.rows.map { row in row.cells.sorted { $0.column < $1.column }.map { ExactDecimal.parse(grouped: $0.text) } }
        var bySums = totalFirst(section.columns)
        var fits = fitsPerPlace(values, width: width, bySums: bySums)
        // Rows of two values or more that no place fits, as many as rows whose sum holds with two
        // non-zero parts or more: the header's total is not the sum of the others here, and the
        // sums are not asked. Fewer: those rows break the table's sums (a misprint), and are rejected.
        if bySums {
            let broken = values.indices.filter { r in values[r].count >= 2 && fits.allSatisfy { $0[r]?.isEmpty == true } }.count
            let kept = values.indices.filter { r in
                fits.contains { $0[r]?.contains { fit in fit.filter { $0.key != 0 && !$0.value.isZero }.count >= 2 } == true }
            }.count
            if broken > 0, broken >= kept {
                bySums = false
                fits = fitsPerPlace(values, width: width, bySums: false)
            }
        }
        let places = fits.indices.filter { p in
            values.indices.allSatisfy { r in fits[p][r]?.isEmpty == false || fits.allSatisfy { $0[r]?.isEmpty != false } }
        }
        var out = section
        var rejects: [ReaderReject] = []
        for r in section.rows.indices {
            let cells = section.rows[r].cells.sorted { $0.column < $1.column }
            let left = places.compactMap { fits[$0][r] }
            let agreed = left.count == places.count && !left.joined().isEmpty ? agreement(Array(left.joined()), width: width) : [:]
            var used = Set<Int>()
            var kept: [RawCell] = []
            for column in agreed.keys.sorted() {
                guard let value = agreed[column],
                      let k = cells.indices.first(where: { !used.contains($0) && values[r][$0] == value }) else { continue }
                used.insert(k)
                kept.append(RawCell(column: column, text: cells[k].text, line: cells[k].line))
            }
            rejects += cells.indices.filter { !used.contains($0) }
                .map { ReaderReject(line: cells[$0].line, text: cells[$0].text, reason: .centredCellPlaceUntold) }
            out.rows[r].cells = kept
        }
        return (out, rejects)
    }

    /// Whether the first column is the row's total over all the others: named as a total, and no
    /// other column a total or a part of one (其中). Where every column ends with one word
    /// (本年收入合计 / 决算数), the word before it names the column.
    static func totalFirst(_ columns: [HeaderPath]) -> Bool {
        let shared = columns.allSatisfy { $0.components.count >= 2 && $0.components.last == columns[0].components.last }
        let names = columns.map { TextRepair.compact((shared ? $0.components.dropLast().last : $0.components.last) ?? "") }
        let totals = names.map(HeaderWords.isTotal)
        return totals.first == true && !totals.dropFirst().contains(true) && !names.contains { $0.hasPrefix("其中") }
    }

    /// For each place of the centred column (0: first … width−1: last), each row's placements
    /// (column → value; a column not in it is blank); nil for a row whose search ran past the limit
    /// or whose values are no amounts.
    static func fitsPerPlace(_ values: [[ExactDecimal?]], width: Int, bySums: Bool) -> [[[[Int: ExactDecimal]]?]] {
        (0..<width).map { place in
            // Slot order of the columns: the named columns in order, the centred one (last index) at `place`.
            var order = Array(0..<(width - 1))
            order.insert(width - 1, at: place)
            return values.map { row -> [[Int: ExactDecimal]]? in
                let amounts = row.compactMap { $0 }
                guard amounts.count == row.count, row.count <= width else { return nil }
                var found: [[Int: ExactDecimal]] = []
                var steps = 0
                var chosen: [Int] = []
                func search(_ next: Int, from slot: Int) -> Bool {
                    steps += 1
                    if steps > maxPlacementsPerRow { return false }
                    if next == amounts.count {
                        var cells: [Int: ExactDecimal] = [:]
                        for (k, s) in chosen.enumerated() { cells[order[s]] = amounts[k] }
                        if !bySums || addsUp(cells, width: width) { found.append(cells) }
                        return true
                    }
                    guard slot <= width - (amounts.count - next) else { return true }
                    for s in slot...(width - (amounts.count - next)) {
                        chosen.append(s)
                        defer { chosen.removeLast() }
                        if !search(next + 1, from: s + 1) { return false }
                    }
                    return true
                }
                return search(0, from: 0) ? found : nil
            }
        }
    }

    /// Column 0 = Σ the other columns, within one unit of the finest printed decimal per non-zero part.
    static func addsUp(_ cells: [Int: ExactDecimal], width: Int) -> Bool {
        var sum = ExactDecimal.zero
        var parts: Int64 = 0
        for c in 1..<width {
            guard let value = cells[c] else { continue }
            if !value.isZero { parts += 1 }
            guard let next = sum.adding(value) else { return false }
            sum = next
        }
        let total = cells[0] ?? .zero
        let scale = cells.values.map(\.scale).max() ?? 0
        guard let gap = total.subtracting(sum) else { return false }
        return gap.magnitude <= ExactDecimal(mantissa: parts, scale: scale)
    }

    /// The columns every placement gives the same value (a column blank in one and filled in
    /// another is not told).
    static func agreement(_ fits: [[Int: ExactDecimal]], width: Int) -> [Int: ExactDecimal] {
        var agreed: [Int: ExactDecimal] = [:]
        for c in 0..<width {
            guard let value = fits[0][c], fits.allSatisfy({ $0[c] == value }) else { continue }
            agreed[c] = value
        }
        return agreed
    }
}
