/// Step 1 of `SheetHeader` (the columns' names) where the header cells are centred vertically, as
/// a browser or a word processor prints a spreadsheet's table: no header line holds one word per
/// column, and a wrapped name's pieces stand one under the other, each on its own line, lines of
/// other cells between them. What tells the columns:
/// - the header's lower block starts at the line with the identifying words or a total; the
///   lines above it are captions: the top one over the groups, the rest pieces of the captions
///   one level down (人员经费, 公用经费), which the classification places (`EconomicColumns`);
/// - the block's value words, ordered by where they stand, cut into as many runs as the fullest
///   rows hold values, each run a column's name read top down: its pieces on later and later
///   lines, each standing under the one before, a total (合计, 小计) never wrapped;
/// - the cut that spells the most classes of the economic classification, or the only one.
/// Nil whenever a step leaves a choice.
enum SheetHeaderTiles {
    struct Piece: Equatable {
        var text: String
        var line: Int
        var start: Int, end: Int
    }

    /// A column's wrapped name taller than the identifying words' cell, centred like them, starts
    /// on a line above theirs (因公出国 over 项目 | 合计, (境)费 under them, beside a caption's
    /// group): where the captions read from the lines above leave a choice, the block is read
    /// from the line under the top captions instead (those lines hold no lower captions then).
    static func columns(_ header: [TableLines.Line], count: Int) -> SheetHeader.Columns? {
        guard let first = header.firstIndex(where: { $0.tokens.contains(where: startsBlock) }) else { return nil }
        let top = header.firstIndex { $0.tokens.contains { !TextRepair.compact($0.text).isEmpty } } ?? first
        return columns(header, count: count, blockFrom: first) ?? (top + 1 < first ? columns(header, count: count, blockFrom: top + 1) : nil)
    }

    static func columns(_ header: [TableLines.Line], count: Int, blockFrom first: Int) -> SheetHeader.Columns? {
        let block = header[first...].flatMap(\.tokens).filter { !TextRepair.compact($0.text).isEmpty }
        // The table's total is the first value column: a code word right of it (类 under 其他运转) is a piece.
        guard let total = block.filter({ HeaderWords.isBareTotal($0.text) }).map(\.column).min() else { return nil }
        let identifying = block.filter { AlignedHeader.role(of: $0.text) != .value && $0.end <= total }
        let valueWords = block.filter { $0.column >= total }
        guard !identifying.isEmpty, identifying.count + valueWords.count == block.count,
              let names = best(tilings(pieces(valueWords), count: count)),
              let captions = captions(Array(header[..<first]), names: names) else { return nil }
        return SheetHeader.Columns(identifying: identifying.sorted { $0.column < $1.column }, names: names, captions: captions)
    }

    static func startsBlock(_ token: Token) -> Bool {
        AlignedHeader.role(of: token.text) != .value || HeaderWords.isBareTotal(token.text)
    }

    static func pieces(_ tokens: [Token]) -> [Piece] {
        tokens.map { Piece(text: TextRepair.compact($0.text), line: $0.line, start: $0.column, end: $0.end) }
            .sorted { ($0.start, $0.line) < ($1.start, $1.line) }
    }

    /// The names of the cut that spells the most classes, all of them a value column's; nil on a tie.
    static func best(_ cuts: [[String]]?) -> [String]? {
        guard let cuts else { return nil }
        let readable = cuts.filter { $0.allSatisfy { AlignedHeader.role(of: $0) == .value } }
        let scores = readable.map { $0.filter(EconomicColumns.isClass).count }
        guard let top = scores.max(), scores.filter({ $0 == top }).count == 1 else { return nil }
        return readable[scores.firstIndex(of: top)!]
    }

    /// Every way to cut `pieces` (in their order) into `count` runs that each read as one name;
    /// nil when there are more than `SheetHeaderPieces.choiceLimit`, or when finding them takes
    /// more steps than that many cuts of every piece would (partial cuts that lead nowhere).
    static func tilings(_ pieces: [Piece], count: Int) -> [[String]]? {
        var cuts: [[String]] = [], runs: [[Piece]] = [], overflow = false, steps = 0
        let stepLimit = SheetHeaderPieces.choiceLimit * max(pieces.count, 1)
        func extend(_ i: Int) {
            steps += 1
            if steps > stepLimit { overflow = true }
            guard !overflow else { return }
            guard i < pieces.count else {
                if runs.count == count { cuts.append(runs.map { $0.map(\.text).joined() }) }
                overflow = cuts.count > SheetHeaderPieces.choiceLimit
                return
            }
            if let last = runs.last?.last, continues(last, pieces[i]) {
                runs[runs.count - 1].append(pieces[i]); extend(i + 1); runs[runs.count - 1].removeLast()
            }
            if runs.count < count {
                runs.append([pieces[i]]); extend(i + 1); runs.removeLast()
            }
        }
        extend(0)
        return overflow ? nil : cuts
    }

    /// `piece` continues the name `above` ends: on a later line, standing under it, neither a total.
    static func continues(_ above: Piece, _ piece: Piece) -> Bool {
        piece.line > above.line && piece.start <= above.end + Thresholds.packedPieceDrift && piece.end + Thresholds.packedPieceDrift >= above.start
            && !HeaderWords.isBareTotal(above.text) && !HeaderWords.isBareTotal(piece.text)
    }

    /// The captions over the block, top first: the top line's finished words (no totals), then
    /// the lower captions cut from the pieces of the lines between, each ending a finished word,
    /// set in the order of the columns the classification gives them.
    static func captions(_ upper: [TableLines.Line], names: [String]) -> [[String]]? {
        let lines = upper.map { $0.tokens.filter { !TextRepair.compact($0.text).isEmpty } }.filter { !$0.isEmpty }
        guard let top = lines.first?.map({ TextRepair.compact($0.text) }),
              top.allSatisfy({ AlignedHeader.role(of: $0) == .value && HeaderWords.endsComplete($0) && !HeaderWords.isTotal($0) })
        else { return nil }
        let lower = pieces(lines.dropFirst().flatMap { $0 })
        guard !lower.isEmpty else { return [top] }
        let count = lower.filter { HeaderWords.endsComplete($0.text) }.count
        guard let cuts = tilings(lower, count: count), cuts.count == 1 else { return nil }
        let firstColumn = { (caption: String) in names.indices.first { EconomicColumns.kind(names[$0]) == caption } ?? names.count }
        return [top, cuts[0].sorted { firstColumn($0) < firstColumn($1) }]
    }
}
