/// A list of projects whose rows print cells of words between the name and the amount (项目编号,
/// 项目领域, 项目实施单位 …: `WordColumns`), every cell centred on its row as pdftotext -layout
/// keeps it: a cell of one line stands on the amount line, a cell of several lines prints its
/// pieces evenly above and below it (`某某医院新址` / amount line / `购置建设`; three pieces two
/// lines apart where the next cell's pieces fill the lines between). The name column's pieces
/// then tell each row's name: a piece belongs to the amount line it is centred on with another
/// piece as far on the other side, never to one farther than another amount line. Read so, the
/// row is named by its name column alone, not by its cells of words joined to pieces of the
/// rows around it. Where any piece is left to no row or to two, the rows stay as read before.
enum CentredNameCells {
    /// The section's rows renamed, or nil when the section is no such list or its pieces do not
    /// share out.
    static func renamed(_ rows: [ExtractedRow], segments: [AlignedGridReader.Segment], section: AlignedHeader.Section,
                        index: Int) -> [ExtractedRow]? {
        let leaves = section.leaves
        // Columns of words the body told (`WordColumns`): their header words name no name column.
        guard let name = leaves.first, name.role == .label,
              leaves.dropFirst().contains(where: { $0.role == .label && AlignedHeader.role(of: $0.path.last ?? "") == .value })
        else { return nil }
        let own = segments.filter { $0.section == index }
        let amountLines = Set(rows.filter { !$0.cells.isEmpty }.map(\.line))
        guard !amountLines.isEmpty else { return nil }
        // The name column's pieces by line, in print order.
        var pieces: [Int: [Token]] = [:]
        for segment in own {
            let named = segment.labels.flatMap(words).filter { nearest($0, leaves) == 0 }
            if !named.isEmpty { pieces[segment.line, default: []] += named }
        }
        guard let names = shared(pieces, amountLines: amountLines.sorted()) else { return nil }
        return rows.filter { !$0.cells.isEmpty }.map { row in
            var row = row
            row.label = names[row.line] ?? ""
            row.codeParts = []
            return row
        }
    }

    /// Each amount line's name: its own line's piece and the pieces set evenly around it; nil
    /// when a piece goes to no amount line or to two.
    static func shared(_ pieces: [Int: [Token]], amountLines: [Int]) -> [Int: String]? {
        var owner: [Int: Int] = [:]
        let first = min(pieces.keys.min() ?? Int.max, amountLines[0]), last = max(pieces.keys.max() ?? Int.min, amountLines[amountLines.count - 1])
        for (k, line) in amountLines.enumerated() {
            let before = k > 0 ? amountLines[k - 1] : nil, after = k + 1 < amountLines.count ? amountLines[k + 1] : nil
            // Out to the lines as near another amount line as this one, no farther.
            for d in stride(from: 1, through: max(line - first, last - line), by: 1) {
                let up = line - d, down = line + d
                let closest = (before.map { up - $0 >= d } ?? true) && (after.map { $0 - down >= d } ?? true)
                guard closest, pieces[up] != nil, pieces[down] != nil else { continue }
                for p in [up, down] {
                    guard owner[p] == nil else { return nil }
                    owner[p] = line
                }
            }
            if pieces[line] != nil { owner[line] = line }
        }
        guard Set(pieces.keys) == Set(owner.keys), Set(owner.values) == Set(amountLines) else { return nil }
        var names: [Int: String] = [:]
        for line in owner.keys.sorted() {
            let text = pieces[line]!.map { TextRepair.compact($0.text) }.joined()
            names[owner[line]!, default: ""] += text
        }
        return names
    }

    /// The token's words apart: pdftotext may set the next cell one space after a name's piece
    /// (`某某医院新址 XM001-`), read as one token with it.
    private static func words(_ token: Token) -> [Token] {
        guard UTF8Text.containsByte(token.text, 0x20) else { return [token] }
        var words: [Token] = [], offset = 0
        for piece in token.text.split(separator: " ", omittingEmptySubsequences: false) {
            if !piece.isEmpty { words.append(Token(text: String(piece), line: token.line, column: token.column + offset)) }
            offset += piece.unicodeScalars.count + 1
        }
        return words
    }

    private static func nearest(_ token: Token, _ leaves: [AlignedHeader.Leaf]) -> Int {
        leaves.indices.min { abs(leaves[$0].anchor - token.center) < abs(leaves[$1].anchor - token.center) }!
    }
}
