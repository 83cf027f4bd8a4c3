/// Header words wrapped inside their cell in a column-aligned header. pdftotext places CJK text
/// imprecisely, and a cell's wrapped text is centred vertically in its cell, so the pieces of one
/// word (`工资福利` / `支出`, `对个人和家` / `庭的补助`) need not stand on consecutive lines nor
/// exactly over each other: other cells' words (a `小计` centred in a taller cell) print between
/// them. Read word by word, each piece becomes a column of its own and the values shift.
///
/// The body tells how many value columns a section has (its full rows' value count) and where
/// they stand. When the header names more columns than that, an unfinished word is joined with
/// the piece printed under it, no wider than it, in the same body column, with nothing between
/// them; the joined header is kept only when its columns then agree with the body's.
enum WrappedHeaderPieces {
    typealias Node = AlignedHeader.Node

    /// Where a body column's values may stand, in character columns: from just after the
    /// previous column's values to the end of its own (values are right-aligned).
    struct ColumnSpan: Equatable {
        var lower: Double, upper: Double
        func holds(_ x: Double) -> Bool { x > lower && x <= upper }
    }

    /// The header's words, line by line, each a node of its own line.
    static func words(_ header: [TableLines.Line]) -> [[Node]] {
        header.enumerated().map { index, line in
            line.tokens.filter { !TextRepair.compact($0.text).isEmpty }.map { token in
                Node(text: UTF8Text.trimmingWhitespace(token.text), start: token.column, end: token.end,
                     firstLine: index, lastLine: index)
            }
        }
    }

    /// The words with each wrapped word's pieces joined into one node on the line of its first
    /// piece (spanning the lines down to its last).
    /// `heads`: the words that head two columns or more in the tree read word by word (a word
    /// centred over its columns, `收入预算`): a caption, not a piece of one column's name.
    /// `anyEnding`: a short word (two characters: too short to tell it finished) inside one body
    /// column with a deep stack of pieces under it joins them whatever its last character (`资金` /
    /// `管理` / `情况` / `得分` / `率`, a cell two characters wide), and so does a longer one on a
    /// line with a 小计 or 合计 (`对个人` / `和家庭` / `的补助`): tried when the words' endings leave
    /// the header naming more columns than the body holds. A longer finished word over a stack
    /// on a line of captions (`公用经费` over `商品和服` / `务支出`) is a caption.
    /// A piece is tied to the word's band where both stand in the text, or on paper
    /// (`printedCenter`: a piece under the word's right half may start past its end in the text).
    static func joined(_ lines: [[Node]], columns: [ColumnSpan], heads: [Node] = [], anyEnding: Bool = false) -> [[Node]] {
        var lines = lines
        for top in lines.indices {
            for i in lines[top].indices {
                var word = lines[top][i], last = word
                let printed = printedCenter(word)
                let deep = stacksDeep(word, in: lines)
                // A word on a line with a 小计 or 合计 (never a caption) stands among the columns'
                // own names, not over them.
                let amongNames = lines[top].contains { $0 != word && HeaderWords.isTotal(TextRepair.compact($0.text)) }
                let isHead = heads.contains { $0.firstLine == word.firstLine && $0.start == word.start }
                    && isCaption(word, columns: columns) && !deep
                // A year among years heads its columns (`HeaderFit.inRowOfYears`).
                let yearCaption = HeaderFit.inRowOfYears(word, line: lines[top])
                while !isHead, !yearCaption, let (line, j) = pieceBelow(word, last: last, in: lines, measures: anyEnding),
                      columns.contains(where: { $0.holds(word.center) && $0.holds(lines[line][j].center) })
                        || columns.contains(where: { $0.holds(printed) && $0.holds(printedCenter(lines[line][j])) }),
                      !HeaderWords.endsComplete(TextRepair.compact(last.text)) && !isComparisonCaption(word, over: lines[line][j])
                        || namesOneColumn(word, lines[line][j], below: lines)
                        || (anyEnding && deep && (TextRepair.compact(word.text).count <= Thresholds.narrowCellPiece || amongNames)
                            && (!isCaption(word, columns: columns) || isNarrowCellTop(word, columns: columns, lines: lines))) {
                    last = lines[line].remove(at: j)
                    word = Node(text: word.text + last.text, start: min(word.start, last.start), end: max(word.end, last.end),
                                firstLine: word.firstLine, lastLine: last.lastLine, fromPieces: true)
                }
                lines[top][i] = word
            }
        }
        return lines
    }

    /// "比上年增、减情况" over "增、减金额": a caption naming what its columns show (…情况), one
    /// word wider than the finished name under it, heads that column and the next; pdftotext sets
    /// it short of the second. A narrow cell's pieces (`资金管` / `理情况` / `得分率`) are no wider.
    static func isComparisonCaption(_ word: Node, over piece: Node) -> Bool {
        let top = TextRepair.compact(word.text), below = TextRepair.compact(piece.text)
        return !word.fromPieces && UTF8Text.hasSuffix(top, "情况") && top.count > below.count && HeaderWords.endsComplete(below)
    }

    /// Whether the header splits an identifying column's name over two lines into words that read
    /// as value columns (`科目名` / `称` → `科目名称`, `科目编` / `码`): that column holds text, so
    /// no value column's band ties the pieces, and pdftotext counts a CJK character as one column
    /// while it prints two wide, so the lower piece may start past the upper's end (it is taken
    /// from the next line, starting within the upper word's own width after its start). A header
    /// read so is off its columns: the pieces name value columns and take the numbers beside them.
    /// `valueNames`: the value columns' own words as read (a header whose reading joined the
    /// pieces already does not count).
    static func splitsIdentifyingName(_ header: [TableLines.Line], valueNames: Set<String>) -> Bool {
        let lines = words(header)
        for top in lines.indices.dropLast() {
            for word in lines[top] {
                let text = TextRepair.compact(word.text)
                let reach = word.end + (word.end - word.start)
                guard AlignedHeader.role(of: text) == .value,
                      let piece = lines[top + 1].first(where: { $0.start >= word.start && $0.start <= reach }) else { continue }
                let rest = TextRepair.compact(piece.text)
                if AlignedHeader.role(of: rest) == .value, HeaderWords.isStructural(text + rest),
                   valueNames.contains(text) || valueNames.contains(rest) { return true }
            }
        }
        return false
    }

    /// pdftotext -layout sets a word where it starts on paper but gives each Chinese character one
    /// column although it prints about two wide: the word's centre on paper, and its end.
    static func printedCenter(_ word: Node) -> Double {
        Double(word.start) + Double(ColumnFit.paperWidth(TextRepair.compact(word.text))) / 2
    }

    static func printedEnd(_ word: Node) -> Int { word.start + ColumnFit.paperWidth(TextRepair.compact(word.text)) }

    /// A word read as heading several columns is a caption only when it stands over more than one
    /// of the body's column bands: a word inside one band (a narrow cell's `对个` over `人和`) is the
    /// top of that band's own name, whatever the word-by-word tree made of it.
    /// The bands are taken from the rows printed furthest left (each column's values end no
    /// further left than its least pushed row), so that rows pushed right by narrow cells do not
    /// widen them into each other.
    static func isCaption(_ word: Node, columns: [ColumnSpan]) -> Bool {
        bandsHolding(word, columns: columns).count != 1
    }

    /// The body's column bands (tightened as in `isCaption`) that hold half the word or more:
    /// pdftotext sets a CJK word a column or two off the values under it.
    static func bandsHolding(_ word: Node, columns: [ColumnSpan]) -> [ColumnSpan] {
        let tight = columns.indices.map { k -> ColumnSpan in
            let next = k + 1 < columns.count ? columns[k + 1].lower : columns[k].upper
            return ColumnSpan(lower: columns[k].lower, upper: next > columns[k].lower ? next : columns[k].upper)
        }
        let half = Double(word.end - word.start) / 2
        return tight.filter { min($0.upper, Double(word.end)) - max($0.lower, Double(word.start)) >= half }
    }

    /// A word with two pieces or more stacked under it, each the only word of its line there and
    /// centred under it (`系统查` / `询全年` / `执行数`): a narrow cell's name wrapped over three
    /// lines or more. A caption has its columns' words beside each other under it, not a stack.
    static func stacksDeep(_ word: Node, in lines: [[Node]]) -> Bool {
        var last = word, count = 0
        for line in lines.indices where line > word.lastLine {
            let overlapping = lines[line].filter { $0.start < word.end && $0.end > word.start }
            guard !overlapping.isEmpty else { continue }
            guard overlapping.count == 1, let piece = overlapping.first, abs(piece.center - last.center) <= 1.5,
                  piece.end - piece.start <= last.end - last.start else { break }
            last = piece
            count += 1
        }
        return count >= 2
    }

    /// Whether the tree reads a narrow cell's first line as a caption: a word heading several
    /// columns that stands inside one body band with its cell's pieces stacked under it (`资金`
    /// over `管理` / `情况` / `得分` / `率`, a finished word printed a line above the others when
    /// its cell is the tallest). Its columns then count right, but their names take the word.
    static func headsFromNarrowCell(_ header: AlignedHeader, header lines: [TableLines.Line], columns: [ColumnSpan]) -> Bool {
        guard !columns.isEmpty else { return false }
        let words = words(lines)
        return header.roots.flatMap(AlignedHeader.heads).contains { head in
            isNarrowCellTop(head, columns: columns, lines: words)
        }
    }

    /// A short word (`Thresholds.narrowCellPiece`) with its pieces stacked deep under it that
    /// stands inside one body band, in the text or on paper (a CJK word set across a band's edge
    /// in the text prints two columns per character, mostly inside one band).
    static func isNarrowCellTop(_ word: Node, columns: [ColumnSpan], lines: [[Node]]) -> Bool {
        guard TextRepair.compact(word.text).count <= Thresholds.narrowCellPiece, stacksDeep(word, in: lines) else { return false }
        let paper = Node(text: word.text, start: word.start, end: printedEnd(word), firstLine: word.firstLine, lastLine: word.lastLine)
        return !isCaption(word, columns: columns) || bandsHolding(paper, columns: columns).count == 1
    }

    /// A finished-looking word (`科目`, ending as a name may) still continues under it when the
    /// two, stacked in one band, are one identifying column's name (`科目` / `名称` → `科目名称`):
    /// a band holds one column, so two name words stacked in it are one cell's text. The piece
    /// below is first completed with its own pieces.
    static func namesOneColumn(_ word: Node, _ piece: Node, below lines: [[Node]]) -> Bool {
        let top = TextRepair.compact(word.text)
        guard HeaderWords.isStructural(top) else { return false }
        var rest = piece, last = piece
        while !HeaderWords.endsComplete(TextRepair.compact(last.text)), let (line, j) = pieceBelow(rest, last: last, in: lines) {
            last = lines[line][j]
            rest = Node(text: rest.text + last.text, start: min(rest.start, last.start), end: max(rest.end, last.end),
                        firstLine: rest.firstLine, lastLine: last.lastLine)
        }
        let restText = TextRepair.compact(rest.text)
        return AlignedHeader.role(of: restText) == AlignedHeader.role(of: top)
            && AlignedHeader.role(of: top + restText) == AlignedHeader.role(of: top)
    }

    /// The piece under a wrapped word: the only word of the first line below that overlaps it,
    /// no wider than the word's last piece (wrapped text fills its upper lines first) and no
    /// header word of its own (合计, 小计, 金额 are cells). `measures`: a measure word may be the
    /// end of a narrow cell's name (`资金管理情况` / `得分率`, `产出指` / `标得分` / `率`); a total
    /// or a name column's word still never is.
    /// Under a word no piece overlaps, the piece under its printed extent (`printedEnd`): a
    /// narrow cell's wrapped tail stands under the right half of the word it ends (`商品和服务支`
    /// / `出`).
    static func pieceBelow(_ word: Node, last: Node, in lines: [[Node]], measures: Bool = false) -> (line: Int, index: Int)? {
        if let found = pieceBelow(word, last: last, in: lines, measures: measures, end: word.end) { return found }
        let printed = word.fromPieces ? word.end : printedEnd(word)
        return printed > word.end ? pieceBelow(word, last: last, in: lines, measures: measures, end: printed) : nil
    }

    private static func pieceBelow(_ word: Node, last: Node, in lines: [[Node]], measures: Bool, end: Int) -> (line: Int, index: Int)? {
        for line in lines.indices where line > word.lastLine {
            let overlapping = lines[line].indices.filter { lines[line][$0].start < end && lines[line][$0].end > word.start }
            guard !overlapping.isEmpty else { continue }
            guard overlapping.count == 1, let j = overlapping.first else { return nil }
            let piece = lines[line][j]
            let text = TextRepair.compact(piece.text)
            let cellOfItsOwn = measures ? HeaderWords.isStructural(text) || HeaderWords.isTotal(text) || HeaderWords.isLineNumber(text)
                : HeaderWords.isHeaderWord(text) && !HeaderFit.isWrappedCodeTail(TextRepair.compact(last.text), text)
            guard piece.end - piece.start <= last.end - last.start, !cellOfItsOwn,
                  !text.contains(where: \.isNumber) else { return nil }
            return (line, j)
        }
        return nil
    }
}

extension WrappedHeaderPieces {
    /// A header squeezed so tight that its words drift off their columns (narrow cells, words one
    /// space apart): when exactly two lines hold column words, each as many as the body has value
    /// columns, every column's name wrapped once, and the i-th word of the lower line ends the
    /// i-th of the upper (`事业收` / `入`). Order holds where positions do not.
    static func pairedByOrder(_ header: [TableLines.Line], count: Int) -> AlignedHeader? {
        var lines = words(header)
        let isColumnWord = { (node: Node) in AlignedHeader.role(of: node.text) == .value }
        let holding = lines.indices.filter { lines[$0].contains(where: isColumnWord) }
        guard count > 1, holding.count == 2, let top = holding.first, let bottom = holding.last,
              lines[top].filter(isColumnWord).count == count, lines[bottom].filter(isColumnWord).count == count
        else { return nil }
        let lower = lines[bottom].filter(isColumnWord)
        var n = 0
        for i in lines[top].indices where isColumnWord(lines[top][i]) {
            let upper = lines[top][i], piece = lower[n]
            lines[top][i] = Node(text: upper.text + piece.text, start: min(upper.start, piece.start), end: max(upper.end, piece.end),
                                 firstLine: top, lastLine: bottom, fromPieces: true)
            n += 1
        }
        lines[bottom].removeAll(where: isColumnWord)
        return AlignedHeader(words: lines, header: header)
    }
}

extension AlignedGridReader {
    /// The table's header tree; where it names more value columns than the body's full rows hold,
    /// the tree with wrapped pieces joined, when that makes every section agree with its body.
    static func fittedHeader(_ header: [TableLines.Line], body: [TableLines.Line]) -> AlignedHeader {
        if let formula = AlignedFormulaHeader.header(header) { return formula }
        let plain = AlignedHeader(header: header)
        let columns = bodyColumns(body, plain.sections)
        let bands = columns.flatMap { $0 }
        let heads = plain.roots.flatMap(AlignedHeader.heads)
        guard plain.misplacesSubtotal || zip(plain.sections, columns).contains(where: { !$1.isEmpty && $0.values.count > $1.count })
                || WrappedHeaderPieces.headsFromNarrowCell(plain, header: header, columns: bands)
        else { return plain }
        // Last, captions held to the bands they stand in (`HeaderFit.standsApart`): the words
        // heading columns are then those of the tree read so.
        let banded = AlignedHeader(header: header, captionBands: bands)
        let bandedHeads = banded.roots.flatMap(AlignedHeader.heads)
        let attempts: [() -> AlignedHeader?] = [
            { AlignedHeader(header: header, bodyColumns: bands, heads: heads) },
            { AlignedHeader(header: header, bodyColumns: bands, heads: heads, anyEnding: true) },
            { AlignedHeader(header: header, bodyColumns: bands, heads: heads, tiling: true) },
            { AlignedHeader(header: header, bodyColumns: bands, heads: heads, anyEnding: true, tiling: true) },
            { banded },
            { AlignedHeader(header: header, bodyColumns: bands, heads: bandedHeads, captionBands: bands) },
            { AlignedHeader(header: header, bodyColumns: bands, heads: bandedHeads, anyEnding: true, captionBands: bands) },
            { plain.sections.count == 1 ? BottomLineColumns.stacked(header, bands: bands) : nil },
        ]
        // Attempts often read the same sections: the body's columns under them are worked out once.
        var known = [(sections: plain.sections, columns: columns)]
        func columnsUnder(_ sections: [AlignedHeader.Section]) -> [[WrappedHeaderPieces.ColumnSpan]] {
            if let hit = known.first(where: { $0.sections == sections }) { return hit.columns }
            let columns = bodyColumns(body, sections)
            known.append((sections, columns))
            return columns
        }
        for attempt in attempts {
            guard let joined = attempt() else { continue }
            let after = columnsUnder(joined.sections)
            // Joining may also mend a section split off by a piece read as a name word (`科` / `目`
            // over `名称`): fewer sections are fine when each then agrees with its body.
            let agrees = (joined.sections.count == plain.sections.count
                          || (joined.sections.count < plain.sections.count && after.allSatisfy { !$0.isEmpty }))
                && zip(joined.sections, after).allSatisfy { $1.isEmpty || $0.values.count == $1.count }
            if agrees, !joined.misplacesSubtotal, !WrappedHeaderPieces.headsFromNarrowCell(joined, header: header, columns: bands) {
                return joined
            }
        }
        guard plain.sections.count == 1, let paired = WrappedHeaderPieces.pairedByOrder(header, count: columns[0].count),
              paired.sections.count == 1, paired.sections[0].values.count == columns[0].count else { return plain }
        return paired
    }

    /// Per section, the spans of its body columns, from the lines that hold the most values.
    static func bodyColumns(_ body: [TableLines.Line], _ sections: [AlignedHeader.Section]) -> [[WrappedHeaderPieces.ColumnSpan]] {
        bodyColumns(segments: body.flatMap { AlignedGridReader.segments(of: $0, sections) }, sections: sections.count)
    }

    /// The same from the body's segments as read under the sections (`segments(of:_:)`).
    static func bodyColumns(segments: [Segment], sections: Int) -> [[WrappedHeaderPieces.ColumnSpan]] {
        (0..<sections).map { s in
            let own = segments.filter { $0.section == s }
            guard let count = own.map(\.values.count).max(), count > 0 else { return [] }
            let full = own.filter { $0.values.count == count }.map { $0.values.map { Double($0.end) } }
            return (0..<count).map { k in
                WrappedHeaderPieces.ColumnSpan(lower: k == 0 ? -.infinity : full.map { $0[k - 1] }.min()!,
                                               upper: full.map { $0[k] }.max()!)
            }
        }
    }
}
