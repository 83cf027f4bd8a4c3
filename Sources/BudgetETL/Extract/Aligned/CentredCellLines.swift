/// Where a wrapped header cell's lines end. A cell's text fills each of its lines but the last: a
/// line breaks only where the next character no longer fits the cell's width. So a piece printed
/// under a line that still had room for the piece's first character is no later line of that
/// cell but a cell of its own: in a narrow column with cells centred vertically, a caption over
/// its one column and the column's word stack like one name (`机关(机` / `构)运行经` / `费支出` /
/// `合计`: `合` would have fitted after `费支出`, so `合计` is the column under the caption).
///
/// The cell's width is known from below: it is at least its widest line. The lines counted are the
/// word itself, the piece under it and the unfinished pieces stacked above it in the same column
/// (an unfinished piece goes on in the same cell, so it is as wide). Widths are as printed
/// (`ColumnFit.paperWidth`: pdftotext gives a Chinese character one text column though it prints two).
enum CentredCellLines {
    typealias Node = AlignedHeader.Node

    /// Whether `lower`, printed under `upper` in its column, starts a cell of its own because
    /// `upper`'s line had room for its first unbreakable piece.
    static func endsCellAbove(_ upper: Node, _ lower: Node, lines: [[Node]]) -> Bool {
        guard upper.firstLine == upper.lastLine, !upper.fromPieces, lower.firstLine > upper.lastLine else { return false }
        let top = TextRepair.compact(upper.text), rest = TextRepair.compact(lower.text)
        // Only where a line may break between any two characters: a word of ideographs over a
        // piece opening with one (renderers keep a bracketed group or a Latin word together,
        // `比上年` / `(同比)+-%`).
        guard HeaderFit.isIdeographsOnly(top), let first = rest.unicodeScalars.first, first.properties.isIdeographic else { return false }
        // A piece that is itself a stack of lines may be another row's text taken into the header:
        // only a word of one line is weighed.
        guard lower.firstLine == lower.lastLine, !lower.fromPieces else { return false }
        var widest = max(ColumnFit.paperWidth(top), ColumnFit.paperWidth(rest))
        for piece in piecesAbove(upper, through: lower.firstLine, lines: lines) { widest = max(widest, ColumnFit.paperWidth(TextRepair.compact(piece.text))) }
        return ColumnFit.paperWidth(top) + ColumnFit.paperWidth(firstUnbreakable(rest)) <= widest
    }

    /// Whether an unfinished word goes on in the cell under it, on the next line or with one line
    /// of other cells' words between them (`运行经费支` / `科目编码  科目名称` / `出`, a cell centred
    /// vertically beside one-line cells): a caption ends with a finished word, so a word stopping
    /// mid-word over a single cell is no caption of it. The lower word stands within the word's
    /// columns, alone under it, nothing of the lines between over it, and its first piece would
    /// not have fitted on the word's line (`机关(机` over `构)运行经`: a closing bracket does not
    /// start a line, so `构)` went down together and the upper line is the narrower).
    static func goesOnAcrossLine(_ word: Node, over below: Node, lines: [[Node]]) -> Bool {
        let gap = below.firstLine - word.lastLine - 1
        guard word.firstLine == word.lastLine, !word.fromPieces, HeaderFit.isUnfinishedName(word),
              (0...maxGapLines).contains(gap), below.firstLine < lines.count,
              // On the next line, only where a closing mark took the lower line's first character
              // down with it (else `isStacked` weighs the two: an upper line is the wider).
              gap > 0 || firstUnbreakable(TextRepair.compact(below.text)).unicodeScalars.count > 1,
              below.start >= word.start - Thresholds.stackedCellStartDrift,
              below.end <= word.end + Thresholds.stackedCellStartDrift else { return false }
        let between = lines[(word.lastLine + 1)..<below.firstLine].joined()
        return !between.contains { $0.start < word.end && $0.end > word.start }
            && lines[below.firstLine].filter({ $0.start < word.end && $0.end > word.start }).count == 1
            && !endsCellAbove(word, below, lines: lines)
    }

    /// The unfinished words stacked over the word in its column, nearest first (a name ending in
    /// its unit, `项目金额(万元)`, is finished: a name prints its unit last): each the only
    /// word of its line over the word, one line of other cells' words between them at most, and
    /// over nothing else down to `last` nor, as printed, over the word's neighbours (a caption
    /// over several columns, `项目金额(万元)` over `资金总额` and `政府预算资`, is wider than the
    /// word's cell).
    static func piecesAbove(_ word: Node, through last: Int, lines: [[Node]]) -> [Node] {
        var out: [Node] = [], line = word.firstLine - 1, gap = 0
        while line >= 0, line < lines.count {
            let over = lines[line].filter { $0.start < word.end && $0.end > word.start }
            if over.isEmpty {
                gap += 1
                if gap > maxGapLines { break }
            } else {
                guard over.count == 1, let piece = over.first, piece.firstLine == piece.lastLine, !piece.fromPieces,
                      HeaderFit.isUnfinishedName(piece), !HeaderFit.endsInUnit(piece), overOnlyTheWord(piece, word, through: last, lines: lines),
                      !reachesNeighbour(piece, of: word, lines: lines) else { break }
                out.append(piece)
                gap = 0
            }
            line -= 1
        }
        return out
    }

    /// Whether every word of the lines under the piece (down to `last`) that stands under it
    /// stands under the word too: the piece's cell is no wider than the word's column.
    static func overOnlyTheWord(_ piece: Node, _ word: Node, through last: Int, lines: [[Node]]) -> Bool {
        lines[(piece.lastLine + 1)...min(last, lines.count - 1)].allSatisfy { line in
            line.allSatisfy { w in !(w.start < piece.end && w.end > piece.start) || (w.start < word.end && w.end > word.start) }
        }
    }

    /// Whether the piece, as printed, reaches over another word of the word's line (`收入预算`
    /// over `事业收`, printed as far as `事业单位经营` beside it): a caption over several columns,
    /// which pdftotext's one text column per Chinese character sets over the word alone.
    static func reachesNeighbour(_ piece: Node, of word: Node, lines: [[Node]]) -> Bool {
        let end = HeaderFit.printedEnd(piece, before: lines[piece.firstLine])
        return lines[word.firstLine].contains {
            $0 != word && $0.start < end && HeaderFit.printedEnd($0, before: lines[word.firstLine]) > piece.start
        }
    }

    /// Lines of other cells' words a stack of pieces may have between two of them (a one-line
    /// cell of the row printed on the middle line).
    static let maxGapLines = 1

    /// The text's first character with the closing punctuation after it, which may not start a
    /// line (`构)`): what a line break cannot split at the text's start.
    static func firstUnbreakable(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        guard !scalars.isEmpty else { return "" }
        var end = 1
        while end < scalars.count, closingPunctuation.contains(scalars[end]) { end += 1 }
        return String(String.UnicodeScalarView(scalars[..<end]))
    }

    private static let closingPunctuation = Set(")）]】」』、，。：:；;！？%".unicodeScalars)
}
