/// A debt form's header as pdftotext -layout keeps it: the words where they stand and a 公式 row
/// last, its letters over the value columns (`公   式   A=B+C   B   C   D=E+F   E   F`), the corner
/// word spread over its cell (`地   区`) and each sum's cell blank under its group word
/// (`2024年债务限额` over `一般债务` | `专项债务`, nothing over A). Read by position the group word
/// stands over one part's column and the sum's column has no word: the letters are the columns.
/// A sum that adds the letters printed right after it is its group's total, named by the group
/// word (the words of the group's span above its parts' names); each part is named by the group
/// word and its own word on the group's last word line. A letter of no group is named by the
/// words over it alone. Any other shape (a part's name wrapped over lines, two words on a line
/// above the parts, a formula that is no such sum) gives nil: the header is read as before.
enum AlignedFormulaHeader {
    private typealias Word = (line: Int, token: Token)

    static func header(_ lines: [TableLines.Line]) -> AlignedHeader? {
        guard lines.count >= 2, let last = lines.last, let (lead, cells) = formulaRow(last),
              let columns = FormulaRow.columns(cells.map { TextRepair.compact($0.text) }), FormulaRow.headsItsParts(columns)
        else { return nil }
        let anchors = cells.map(\.center)
        let firstStart = Double(cells[0].column)
        var words: [Word] = []
        for (n, line) in lines.dropLast().enumerated() { words += line.tokens.filter { !$0.isBlank }.map { (n, $0) } }
        // The corner: the words over the rows' names, left of the first letter (`地   区`).
        let corner = words.filter { $0.token.center < firstStart }
        let name = TextRepair.compact(corner.map(\.token.text).joined())
        guard lead.allSatisfy({ $0.end <= cells[0].column }), !name.isEmpty, AlignedHeader.role(of: name) == .label else { return nil }
        var byColumn = Array(repeating: [Word](), count: cells.count)
        for word in words where word.token.center >= firstStart {
            byColumn[nearest(printedCenter(word.token), anchors)].append(word)
        }
        // Each column's band: from halfway to the column before to halfway to the next.
        let bounds = anchors.indices.map { k in
            (k == 0 ? firstStart : (anchors[k - 1] + anchors[k]) / 2, k == anchors.count - 1 ? Double.infinity : (anchors[k] + anchors[k + 1]) / 2)
        }
        var paths = Array(repeating: [String](), count: columns.count)
        var i = 0
        while i < columns.count {
            let group = i...(i + columns[i].parts.count)
            let span = (bounds[group.lowerBound].0, bounds[group.upperBound].1)
            guard group.allSatisfy({ byColumn[$0].allSatisfy { Double($0.token.column) >= span.0 && Double(printedEnd($0.token)) <= span.1 } }),
                  let named = groupPaths(group.map { byColumn[$0] }) else { return nil }
            for (k, path) in zip(group, named) { paths[k] = path }
            i = group.upperBound + 1
        }
        let label = AlignedHeader.Leaf(path: [name], role: .label, anchor: corner.map(\.token.center).reduce(0, +) / Double(corner.count))
        let values = zip(paths, anchors).map { AlignedHeader.Leaf(path: $0, role: .value, anchor: $1) }
        return AlignedHeader(sections: [AlignedHeader.Section(name: "", leaves: [label] + values)])
    }

    /// The 公式 row: its lead words (公式, or none) and its letter cells, at least one a formula.
    private static func formulaRow(_ line: TableLines.Line) -> (lead: [Token], cells: [Token])? {
        let tokens = line.tokens.filter { !$0.isBlank }
        guard let start = tokens.firstIndex(where: { ColumnGrid.isLineReference($0.text) }),
              tokens[start...].allSatisfy({ ColumnGrid.isLineReference($0.text) }),
              tokens[start...].contains(where: { UTF8Text.holds($0.text, "=") }) else { return nil }
        let lead = Array(tokens[..<start])
        let leadText = TextRepair.compact(lead.map(\.text).joined())
        guard leadText.isEmpty || leadText == formulaWord else { return nil }
        return (lead, Array(tokens[start...]))
    }
    private static let formulaWord = "公式"

    /// The paths of one group's columns (a sum and its parts, or a letter alone), from the words
    /// standing over each: the words of the group's last word line are the columns' own (one per
    /// part, the sum's blank or one), every line above holds one word at most, the group's word.
    /// Every word stands inside the group's span (a word reaching past it heads other columns too).
    private static func groupPaths(_ columns: [[Word]]) -> [[String]]? {
        let all = columns.flatMap { $0 }
        guard let bottom = all.map(\.line).max() else { return nil }
        let above = all.filter { $0.line < bottom }.sorted { $0.line < $1.line }
        guard Set(above.map(\.line)).count == above.count else { return nil }
        let caption = above.map { TextRepair.compact($0.token.text) }
        let own = columns.map { $0.filter { $0.line == bottom }.map { TextRepair.compact($0.token.text) } }
        guard own.allSatisfy({ $0.count <= 1 }) else { return nil }
        if columns.count == 1 { return (caption + own[0]).isEmpty ? nil : [[(caption + own[0]).joined()]] }
        guard !caption.isEmpty, own.dropFirst().allSatisfy({ $0.count == 1 }) else { return nil }
        let group = caption.joined()
        return own.map { [group] + $0 }
    }

    /// pdftotext -layout gives a Chinese character one column though it prints about two wide: a
    /// word's place on paper, where its column's letter stands.
    private static func printedEnd(_ token: Token) -> Int { token.column + ColumnFit.paperWidth(TextRepair.compact(token.text)) }
    private static func printedCenter(_ token: Token) -> Double { Double(token.column + printedEnd(token)) / 2 }

    private static func nearest(_ x: Double, _ anchors: [Double]) -> Int {
        anchors.indices.min { abs(anchors[$0] - x) < abs(anchors[$1] - x) }!
    }
}
