/// Column names of a table whose header lost its positions (space-separated text): the header
/// words are read in order, cut into sections where identifying words (项目, 科目编码 …) recur,
/// and reconciled with the number of columns the 栏次 row announces.
struct SequentialHeader {
    /// A header word and the header lines it spans (`first`…`line`) once wrapped pieces are joined.
    struct Word {
        var text: String
        var line: Int
        var first: Int
        /// The one value word after the name column's word on its line (项目 支出预算): a caption
        /// over the value columns, whose line may be followed by one of name-column words only.
        var captionBesideName = false
        /// The run of header lines without a blank line between them the word was printed in, as
        /// printed (nil for words joined from several): one cell per line in blocks, a header row.
        var block: Int?
        init(text: String, line: Int, first: Int? = nil) { self.text = text; self.line = line; self.first = first ?? line }
    }
    struct Section {
        var name: String
        var paths: [HeaderPath]
        /// The section has header words, but they did not reconcile with its columns (every
        /// column is named by its 栏次 number), or the words cut into other sections than the
        /// 栏次 row numbers (a wrapped piece read as 项目): which column a value stands under is not known.
        var wordsUnplaced = false
        /// The last column is a centred cell's (`CentredHeaderCell`): its place among the others
        /// is not told, so neither is any value's column by order alone (`CentredCellRows`).
        var lastPlaceUntold = false
    }

    var sections: [Section]

    /// `oneValueRows`: no body line holds more than one number. `positionless`: single-space rows
    /// whose header lines are printed once each (not a mangled conversion's doubled text), where a
    /// centred cell's pieces leave its column's place untold (`CentredHeaderCell`).
    init(header: [TableLines.Line], columnNumbers: TableLines.Line?, oneValueRows: Bool = false, positionless: Bool = false) {
        var words: [Word] = []
        var block = 0, lastFilled: Int?
        for (n, line) in header.enumerated() {
            if line.tokens.contains(where: { !$0.isBlank }) {
                if let lastFilled, line.number > lastFilled + 1 { block += 1 }
                lastFilled = line.number
            }
            // A blank between two header words is a column whose header cell is empty (the 行次
            // column of a sub-table), as blank cells are shown by spacing in these layouts. Not
            // right after the name column's word (项目) over rows of one value each: there it is
            // the padding of a word processor's narrow table ("项目   资金分配额").
            let last = line.tokens.lastIndex { !$0.isBlank } ?? -1
            let afterName = { (i: Int) in
                oneValueRows && (line.tokens[..<i].last { !$0.isBlank }.map { HeaderWords.isLabel(TextRepair.compact($0.text)) } ?? false)
            }
            for (i, token) in line.tokens.enumerated() where !token.isBlank || (i > 0 && i < last && !afterName(i)) {
                var word = Word(text: TextRepair.compact(token.text), line: n)
                word.block = block
                words.append(word)
            }
        }
        words = SequentialHeader.joinSpacedCharacters(words)
        // A centred cell's pieces name no column where they stand: taken out, the cell's column
        // is added after the others (one cell, however often the header is printed).
        let centredCells = positionless && columnNumbers == nil ? CentredHeaderCell.find(header) : []
        let untold = Set(centredCells.map(\.name)).count == 1 ? centredCells.first : nil
        if untold != nil { words.removeAll { word in centredCells.contains { $0.holds(word) } } }
        SequentialHeader.markCaptionsBesideNames(&words)
        if columnNumbers == nil, let tree = SequentialHeader.formulaTree(words) {
            sections = [Section(name: "", paths: tree)]
            return
        }
        words = SequentialHeader.joinStructuralFragments(SequentialHeader.joinWrappedLines(SequentialHeader.joinHalvesAroundName(words)))
        var names: [Word] = []
        var groups: [[Word]] = []
        // A section begins where an identifying word recurs after the previous section's columns.
        var seenStructural = false
        var current: Set<String> = []
        // A code column's name wrapped in its cell leaves pieces that name no column nor section.
        for word in words where !HeaderWords.isCodeColumnPiece(word.text) {
            if HeaderWords.isStructural(word.text) {
                if !seenStructural || (current.contains(word.text) && !(groups.last?.isEmpty ?? true)) {
                    groups.append([]); current = []
                }
                seenStructural = true; current.insert(word.text)
            } else if !seenStructural {
                // A line-number word (序号 over its column) names no section.
                if !HeaderWords.isLineNumber(word.text) { names.append(word) }
            } else {
                groups[groups.count - 1].append(word)
            }
        }
        if !seenStructural { groups = [names]; names = [] }
        groups = groups.filter { !$0.isEmpty }
        if groups.isEmpty { groups = [[]] }
        if untold != nil, centredCells.count == groups.count { groups = CentredHeaderCell.oncePrinted(groups) }
        let counts = SequentialHeader.columnCounts(columnNumbers, groups: groups)
        let centred = !centredCells.isEmpty
            || (positionless && columnNumbers == nil && SequentialHeader.holdsSeveralCentredCells(header))
        let placeUntold = untold != nil && groups.count == 1
        sections = groups.enumerated().map { n, group in
            var name = names.isEmpty ? "" : names[min(n, names.count - 1)].text
            let expected = counts.map { $0[n] } ?? nil
            var group = group
            let under = placeUntold ? CentredHeaderCell.commonWordUnder(&group) : nil
            var paths = SequentialHeader.reconcile(group, expected: expected)
            if placeUntold, let untold { paths = CentredHeaderCell.paths(paths, adding: untold.name, under: under) }
            // A side whose caption the converter printed after its name column's word (pdfminer's
            // boxes: 收入 项目 金额 项目 支出 合计 …) has no name of its own before the header: the
            // caption over all its columns is its name, not the one before.
            if n > 0, !names.isEmpty, n >= names.count, let caption = SequentialHeader.captionOverAll(paths) {
                name = caption
                paths = paths.map { HeaderPath(Array($0.components.dropFirst())) }
            }
            return Section(name: groups.count > 1 ? name : "", paths: paths,
                           wordsUnplaced: SequentialHeader.wordsUnplaced(group, paths: paths)
                            || (columnNumbers != nil && counts == nil) || (centred && !placeUntold),
                           lastPlaceUntold: placeUntold)
        }
    }

    /// The word every column of a section stands under (支出 over 合计 and 一般公共预算's parts),
    /// where there are two columns at least.
    static func captionOverAll(_ paths: [HeaderPath]) -> String? {
        guard paths.count >= 2, let top = paths.first?.components.first,
              paths.allSatisfy({ $0.components.count >= 2 && $0.components.first == top }) else { return nil }
        return top
    }

    /// Columns per section from "栏次 1 栏次 2 3 4 5": the numbers after each 栏次, plus the
    /// unnumbered 行次 column of each section.
    static func columnCounts(_ line: TableLines.Line?, groups: [[Word]]) -> [Int?]? {
        guard let line else { return nil }
        var counts: [Int] = []
        for token in line.tokens where !token.isBlank {
            let word = TextRepair.compact(token.text)
            if HeaderWords.isColumnNumberWord(word) { counts.append(0) }
            else { if counts.isEmpty { counts.append(0) }; counts[counts.count - 1] += 1 }
        }
        if counts.count == groups.count {
            return zip(counts, groups).map { n, g in n + g.filter { HeaderWords.isLineNumber($0.text) }.count }
        }
        if groups.count == 1 { return [counts.reduce(0, +) + groups[0].filter { HeaderWords.isLineNumber($0.text) }.count] }
        return nil
    }

    /// Column names printed in two halves, word by word, on the lines just above and just below
    /// the name column's word ("2022年 第一次 第二次 调整后" / "项 目" / "预算数 预算调整 预算调整
    /// 预算数"): each column's header path is its upper word over the lower word under it
    /// (2022年 / 预算数), not a heading of sections over columns. Only with one name-column word alone on the line between (one side:
    /// two sides' names would cut the joined words into sections wrongly) and as many words, two or
    /// more, above as below, none of them blank or a name column's.
    static func joinHalvesAroundName(_ words: [Word]) -> [Word] {
        let lines = Dictionary(grouping: words, by: \.line)
        for middle in lines.keys.sorted() {
            guard let between = lines[middle], between.count == 1, HeaderWords.isStructural(between[0].text),
                  let upper = lines[middle - 1], let lower = lines[middle + 1], upper.count >= 2, upper.count == lower.count,
                  !(upper + lower).contains(where: { $0.text.isEmpty || HeaderWords.isStructural($0.text) }) else { continue }
            let joined = zip(upper, lower).map { Word(text: $0.text + " / " + $1.text, line: $1.line, first: $0.line) }
            return words.filter { $0.line < middle - 1 } + between + joined + words.filter { $0.line > middle + 1 }
        }
        return words
    }

    /// Two header lines with as many words each, the upper ones cut mid-word ("本年收 财政拨 …" over
    /// "入合计 款收入 …", "功能分类 科目" over "科目编码 名称"): every cell of the row was wrapped,
    /// and the words join in pairs.
    static func joinWrappedLines(_ words: [Word]) -> [Word] {
        let lines = Dictionary(grouping: words, by: \.line)
        var out: [Word] = []
        var n = words.map(\.line).min() ?? 0
        let last = words.map(\.line).max() ?? -1
        while n <= last {
            let upper = lines[n] ?? [], lower = lines[n + 1] ?? []
            if upper.count >= 2, upper.count == lower.count, !upper.contains(where: { $0.text.isEmpty }),
               !lower.contains(where: { $0.text.isEmpty }), cellsWrapped(upper, lower) {
                out += zip(upper, lower).map { Word(text: $0.text + $1.text, line: $1.line, first: $0.line) }
                n += 2
            } else if let joined = continuedCells(upper, lower) {
                out += joined
                n += 2
            } else {
                out += upper
                n += 1
            }
        }
        return out
    }

    /// Most upper words end where a word does not, or every pair makes a name-column word.
    private static func cellsWrapped(_ upper: [Word], _ lower: [Word]) -> Bool {
        let cut = upper.filter { !HeaderWords.endsComplete($0.text) }.count
        let structural = zip(upper, lower).allSatisfy { HeaderWords.isStructural($0.text + $1.text) }
        return cut * 2 > upper.count || structural
    }

    /// Joins pieces a converter wrapped mid-word before sections are cut: "科目编" + "码",
    /// "政拨" + "款" (a one- or two-character tail after a word that does not end complete). A
    /// name-column word (项目, 科目) at the start of a line is the next section's, not a tail:
    /// "支出(经济分类)" over "项目 预算数 …". A line-number word (序号, 行次) is whole: the side's
    /// name after it (序号 over 收入) is no tail of it.
    static func joinStructuralFragments(_ words: [Word]) -> [Word] {
        var out: [Word] = []
        for word in words {
            if let last = out.last, last.line != word.line, !last.text.isEmpty, !word.text.isEmpty,
               !HeaderWords.endsComplete(last.text), !isNumber(last.text), !HeaderWords.isLineNumber(last.text),
               !captionBeforeNameWord(last, word, row: out.dropLast()),
               HeaderWords.isStructural(last.text + word.text)
                || (word.text.count <= 2 && !HeaderWords.isStructural(last.text) && !HeaderWords.isSubtotal(word.text)
                    && !HeaderWords.isLabel(word.text)) {
                out[out.count - 1] = Word(text: last.text + word.text, line: word.line, first: last.first)
            } else { out.append(word) }
        }
        return out
    }

    /// Marks a line of a name column's word and one value word (项目 支出预算): that word's caption.
    static func markCaptionsBesideNames(_ words: inout [Word]) {
        for line in Set(words.map(\.line)) {
            let on = words.indices.filter { words[$0].line == line }
            let values = on.filter { !HeaderWords.isStructural(words[$0].text) && !words[$0].text.isEmpty }
            guard on.count == 2, values.count == 1, values[0] == on[1] else { continue }
            words[values[0]].captionBesideName = true
        }
    }

    /// A value columns' caption after the name column's word on its line (项目 支出预算) over a
    /// name-column word (功能分类科目编码): two cells of a top row and the row under it, not one
    /// word's pieces (主管部 alone on its line over 门编码 is one).
    private static func captionBeforeNameWord(_ last: Word, _ word: Word, row before: ArraySlice<Word>) -> Bool {
        !HeaderWords.isStructural(last.text) && HeaderWords.isStructural(word.text)
            && before.contains { $0.line == last.line && HeaderWords.isStructural($0.text) }
    }

    /// Several cells whose names wrapped in them, printed centred around a line of whole words
    /// (年初结转和 年末结转和 / 本年收入 本年支出 / 结余 结余: the first and the last columns, wrapped,
    /// printed their pieces above and below the one-line cells between them), lines of a name
    /// column's words or its pieces only (科目名称, 功能分类) between them left out. Without
    /// positions, where those columns stand among the others is not told, nor so any value's column.
    static func holdsSeveralCentredCells(_ header: [TableLines.Line]) -> Bool {
        let words = header.map { line in
            line.tokens.map { TextRepair.compact($0.text) }.filter { !$0.isEmpty && !HeaderWords.isStructural($0) }
        }
        // Not where the line between prints a name column's word (项目 决算数 项目 合计 between 一般公共预算财 …
        // and 政拨款 …): that line is the row of cells the wrapped ones follow, in print order.
        let named = header.map { line in line.tokens.contains { HeaderWords.isStructural(TextRepair.compact($0.text)) } }
        let filled = words.indices.map { (words: words[$0].filter { !HeaderWords.isCodeColumnPiece($0) }, named: named[$0]) }
            .filter { !$0.words.isEmpty }
        return filled.indices.dropFirst().dropLast().contains { n in
            let upper = filled[n - 1].words, lower = filled[n + 1].words
            return upper.count >= 2 && lower.count == upper.count && !upper.contains(where: HeaderWords.endsComplete)
                && !filled[n].named && filled[n].words.allSatisfy(HeaderWords.endsComplete)
        }
    }

    /// Words that name columns (not a 行次 word nor blank) and yet every column read is named by
    /// its 栏次 number: the words were there but fit no column (a header wrapped over more lines
    /// than its words can be paired across, in text without positions).
    static func wordsUnplaced(_ group: [Word], paths: [HeaderPath]) -> Bool {
        let naming = group.contains { !$0.text.isEmpty && !HeaderWords.isLineNumber($0.text) }
        return naming && paths.count >= 2 && paths.enumerated().allSatisfy { $0.element.components == ["栏次 \($0.offset + 1)"] }
    }

    /// A year or a column number ("2008", "3") is a whole header word: it never stops mid-word, so
    /// nothing after it (a section's name under the header, 卫生机构) is its wrapped rest.
    static func isNumber(_ text: String) -> Bool { text.allSatisfy { $0.isASCII && $0.isNumber } }

    static func reconcile(_ group: [Word], expected: Int?) -> [HeaderPath] {
        if let expected, let repeated = repeatedUnderTopNames(group, expected: expected) { return repeated }
        let words0 = group
        var words = joinedAndNested(words0, expected: expected)
        if let expected, words.count < expected { words = splitGluedOrWrappedNames(words, expected: expected) }
        if let expected, words.count != expected {
            return (0..<expected).map { HeaderPath(["栏次 \($0 + 1)"]) }
        }
        return words.enumerated().map { k, word in
            word.text.isEmpty ? HeaderPath(["栏次 \(k + 1)"]) : HeaderPath(word.text.components(separatedBy: " / "))
        }
    }

    /// Glued names (`gluedSplit`), also where the glued word wrapped onto the next header line
    /// ("一般公共预算财政拨款政府性基金预算" / "财政拨款国有资本经营预算财政拨款"): of the cuts that
    /// give the count, the one by the longest repeated ending is taken (a short ending such as
    /// 预算 repeats inside names by chance).
    static func splitGluedOrWrappedNames(_ words: [Word], expected: Int) -> [Word] {
        var best = gluedSplit(words, expected: expected)
        for i in words.indices.dropLast() where words[i + 1].first != words[i].line
            && !words[i].text.contains(" / ") && !words[i + 1].text.contains(" / ") {
            var joined = words
            joined.replaceSubrange(i...i + 1, with: [Word(text: words[i].text + words[i + 1].text, line: words[i + 1].line, first: words[i].first)])
            if let split = gluedSplit(joined, expected: expected), split.ending > (best?.ending ?? 0) { best = split }
        }
        return best?.words ?? words
    }

    /// "一般公共预算财政拨款政府性基金预算财政拨款国有资本经营预算财政拨款": names a converter
    /// printed without a space between them. When one word ends in an ending it repeats exactly
    /// as many times as columns are missing plus one, it is cut after each repeat: the words so
    /// cut, and the ending's length.
    static func gluedSplit(_ words: [Word], expected: Int) -> (words: [Word], ending: Int)? {
        let pieces = expected - words.count + 1
        guard pieces >= 2 else { return nil }
        for (i, word) in words.enumerated() {
            let chars = Array(word.text)
            for length in stride(from: min(6, chars.count / pieces), through: 2, by: -1) {
                let ending = chars.suffix(length)
                var cuts: [Int] = []
                var j = 0
                while j + length <= chars.count {
                    if chars[j..<j + length].elementsEqual(ending) { cuts.append(j + length); j += length } else { j += 1 }
                }
                guard cuts.count == pieces, cuts.first! > length else { continue }
                var parts: [Word] = []
                var start = 0
                for cut in cuts { parts.append(Word(text: String(chars[start..<cut]), line: word.line, first: word.first)); start = cut }
                var out = words
                out.replaceSubrange(i...i, with: parts)
                return (out, length)
            }
        }
        return nil
    }

    /// "预算数 决算数" over the same columns twice (三公经费 tables): the first header line names
    /// k groups and every other word occurs k times; each group gets the words once, in order.
    static func repeatedUnderTopNames(_ words: [Word], expected: Int) -> [HeaderPath]? {
        let top = words.filter { $0.line == words.first?.line }
        let rest = Array(words.dropFirst(top.count))
        let k = top.count
        guard k >= 2, expected % k == 0, !rest.isEmpty else { return nil }
        var occurrences: [String: Int] = [:]
        for word in rest { occurrences[word.text, default: 0] += 1 }
        guard occurrences.values.allSatisfy({ $0 % k == 0 }) else { return nil }
        var seen: [String: Int] = [:]
        var once: [Word] = []
        for word in rest {
            seen[word.text, default: 0] += 1
            if seen[word.text]! <= occurrences[word.text]! / k { once.append(word) }
        }
        let inner = joinedAndNested(once, expected: expected / k)
        guard inner.count == expected / k else { return nil }
        return top.flatMap { t in inner.map { HeaderPath([t.text] + $0.text.components(separatedBy: " / ")) } }
    }

    /// Wrapped fragments joined until one word more than the columns is left, then a word over a
    /// 小计 group nested as its parent, then the remaining joins.
    static func joinedAndNested(_ words: [Word], expected: Int?) -> [Word] {
        // A lone word over a 合计/小计 line is nested before any join: it ends mid-word often
        // (收入预算, 支出预算), and joined to the 合计 under it would become one column's name.
        let nested = nestUnderSharedStem(nestUnderLoneWord(words))
        if nested.count != words.count {
            let joined = joinWrapped(nested, expected: expected)
            if expected == nil || joined.count == expected { return joined }
        }
        guard let expected else { return nestUnderLoneWord(joinWrapped(words, expected: nil)) }
        var words = joinWrapped(words, expected: expected + 1)
        if words.count == expected + 1 { words = nestUnderParent(words, expected: expected) }
        return joinWrapped(words, expected: expected)
    }

    /// "本年支出" over "小计 基本支出 项目支出": when the header has more words than columns and a
    /// run begins with 小计/合计, the word whose ending the run's words share is their parent.
    static func nestUnderParent(_ words: [Word], expected: Int) -> [Word] {
        guard words.count == expected + 1,
              let runStart = words.indices.dropFirst().first(where: { HeaderWords.isSubtotal(words[$0].text) })
        else { return words }
        // The group is the words on the 小计's line, or, where its cells wrapped over lines, every
        // word after it.
        let sameLine = words[runStart...].filter { $0.line == words[runStart].line }
        let run = sameLine.count >= 2 ? sameLine : Array(words[runStart...])
        let candidates = words[..<runStart].indices
        func score(_ i: Int) -> Int {
            let suffix = String(words[i].text.suffix(2))
            return run.filter { UTF8Text.hasSuffix($0.text, suffix) }.count
        }
        guard let parent = candidates.max(by: { score($0) < score($1) || (score($0) == score($1) && $0 < $1) }),
              score(parent) > 0, !HeaderWords.isLineNumber(words[parent].text) else { return words }
        var out: [Word] = []
        for (i, word) in words.enumerated() where i != parent && !(i >= runStart && i < runStart + run.count) {
            out.append(word)
        }
        let children = run.map { Word(text: words[parent].text + " / " + $0.text, line: $0.line) }
        out.insert(contentsOf: children, at: parent)
        return out
    }

    /// "2016年预算数" alone on its line over "小计 其中:一般公共预算安排数": without a 栏次 row to
    /// count the columns, a lone word over a line that begins with 小计/合计 spans that line's words
    /// (a merged cell over its parts) and is their parent, not a column of its own. Nested from the
    /// lowest such word up: "本年收入" over "合计", then "一般公共预算" over "小计 其中:财政拨款" is
    /// the parent of all three (pdftotext -raw prints each merged cell on a line of its own).
    static func nestUnderLoneWord(_ words: [Word]) -> [Word] {
        var words = words
        while let i = words.indices.reversed().first(where: { isLoneParent(at: $0, in: words) || isBlockParent(at: $0, in: words) }) {
            let top = words[i]
            let children = words[(i + 1)...].map { Word(text: top.text + " / " + $0.text, line: $0.line, first: top.line) }
            words.replaceSubrange(i..., with: children)
        }
        return words
    }

    /// A word alone on its header line, followed to the end of the group by the line under it,
    /// led by 小计/合计 (or under a word that names the unit of its parts, 项目金额(万元)), and by
    /// groups already nested under lower lone words.
    private static func isLoneParent(at i: Int, in words: [Word]) -> Bool {
        let top = words[i], below = words[(i + 1)...]
        guard !top.text.isEmpty, !UTF8Text.holds(top.text, " / "), !HeaderWords.isLineNumber(top.text),
              !HeaderWords.isSubtotal(top.text), words.filter({ $0.line == top.line }).count == 1,
              below.count >= 2, let first = below.first, first.line == top.line + 1 || (top.captionBesideName && first.line > top.line),
              HeaderWords.isSubtotal(first.text) || namesUnit(top.text)
        else { return false }
        // A lone word right above that is no total could as well be the parent, and this word a
        // column of its own: which one spans the line is not told.
        let above = words[..<i].filter { $0.line == top.line - 1 }
        if above.count == 1, !HeaderWords.isTotal(above[0].text), !HeaderWords.isLineNumber(above[0].text) { return false }
        // The line under it may be one of name-column words only (功能分类科目编码 between 项目 支出预算
        // and 合计 基本支出 项目支出): its group goes on at the next line of value words.
        return below.allSatisfy { !$0.text.isEmpty && ($0.line == first.line || ($0.line > first.line && UTF8Text.holds($0.text, " / "))) }
    }

    /// "项目金额(万元)": a merged cell that states the unit of the amounts under it; a wrapped
    /// word does not continue after it.
    private static func namesUnit(_ text: String) -> Bool {
        // Every unit ends with a closing bracket, which most header words lack (told by the bytes).
        UTF8Text.containsAny(text, ")", "）")
            && ["(万元)", "(元)", "(亿元)", "（万元）", "（元）", "（亿元）"].contains { UTF8Text.hasSuffix(text, $0) } && text.count > 4
    }

    /// "比上年增长%": a rate column's name, whose cell ends at its percent sign.
    static func namesRate(_ text: String) -> Bool {
        UTF8Text.hasSuffix(text, "%") || UTF8Text.hasSuffix(text, "％")
    }

    /// Joins header words a converter wrapped onto the next line ("上级补" + "助收入"), cheapest join
    /// first, until the count fits; without a known count, joins only fragments that end mid-word.
    static func joinWrapped(_ words: [Word], expected: Int?) -> [Word] {
        var words = words
        // Pieces on two lines join first; pieces on one line (a cell wrapped inside a line of
        // a mangled header) only when the column count still asks for it.
        func cost(_ i: Int) -> Int? {
            // A name that ends in its unit (支出(万元)) or its percent sign (比上年增长%) ends there,
            // as the cell does.
            guard !UTF8Text.holds(words[i].text, " / "), !UTF8Text.holds(words[i + 1].text, " / "),
                  !HeaderWords.endsComplete(words[i].text), !isNumber(words[i].text), !namesUnit(words[i].text),
                  !namesRate(words[i].text) else { return nil }
            let length = words[i].text.count + words[i + 1].text.count
            if words[i].line != words[i + 1].first { return length }
            return expected == nil ? nil : length + 50
        }
        while words.count > 1 {
            if let expected, words.count <= expected { break }
            let costs = (0..<words.count - 1).compactMap { i in cost(i).map { (i, $0) } }
            guard let best = costs.min(by: { $0.1 < $1.1 }) else { break }
            let joined = Word(text: words[best.0].text + words[best.0 + 1].text, line: words[best.0 + 1].line,
                              first: words[best.0].first)
            words.replaceSubrange(best.0...best.0 + 1, with: [joined])
        }
        return words
    }
}

import Foundation
