/// The header of a table whose cells lost their lines, rebuilt as a tree from its words in stream
/// order (row by row, left to right): a parent word comes before its children, and the number of
/// value columns is known from the rows.
enum StreamHeader {
    /// The header's words, one per cell, in stream order.
    static func words(_ header: [TableLines.Line]) -> [String] {
        header.flatMap { $0.tokens.filter { !$0.isBlank }.map { TextRepair.compact($0.text) } }.filter { !$0.isEmpty }
    }

    /// Whether the body names a name column or the line numbers again (项目, 行次): a new part of
    /// the form with a header of its own.
    static func repeatsHeader(_ body: [Token]) -> Bool {
        body.contains { token in
            guard token.kind == .text else { return false }
            let word = TextRepair.undoubled(TextRepair.compact(token.text))
            return HeaderWords.isLineNumber(word) || HeaderWords.isStructural(word)
        }
    }

    /// A header of several rows whose value-column words are not one per column: a value word
    /// stands before a name-column word of a lower row (支出预算 before 科目编码), and the value
    /// words outnumber the `columns`.
    static func isStacked(_ words: [String], columns: Int) -> Bool {
        let names = words.prefix { HeaderWords.isStructural($0) }.count
        let rest = words[names...]
        guard let lastName = rest.lastIndex(where: HeaderWords.isStructural),
              rest[..<lastName].contains(where: { !HeaderWords.isStructural($0) }) else { return false }
        return rest.filter { !HeaderWords.isStructural($0) }.count > columns
    }

    /// A flat reading that names two value columns of one section alike (`上年 本年` over
    /// `完成数 预算数 完成数`, `债务限额 债务余额` over `一般债务 专项债务` twice): a header of several
    /// rows read as one, the top words that tell the columns apart lost; that the count of words
    /// matches the rows' values is chance, and which column each value stands under is a guess.
    static func namesColumnsAlike(_ paths: [HeaderPath]) -> Bool {
        guard paths.allSatisfy({ $0.components.count == 1 }) else { return false }
        return Set(paths.map { TextRepair.compact($0.components[0]) }).count < paths.count
    }

    /// Whether a column's name is no single word of the header (words joined into one name).
    static func joinsWords(_ paths: [HeaderPath], of header: [TableLines.Line]) -> Bool {
        let words = Set(words(header))
        return paths.contains { $0.components.contains { !words.contains(TextRepair.compact($0)) } }
    }

    /// The columns whose names are no single word of the header (words joined into one name),
    /// other than those named by their 栏次 number or joined into a column name of the form.
    static func joinedColumns(_ paths: [HeaderPath], words: [String]) -> Set<Int> {
        let words = Set(words)
        return Set(paths.indices.filter { k in
            paths[k].components.contains { component in
                let name = TextRepair.compact(component)
                return !words.contains(name) && !component.hasPrefix("栏次 ") && !HeaderWords.isFormColumnName(name)
            }
        })
    }

    /// Whether a measure word of the header names no column: a header of several rows read as one
    /// (the top row's word over the columns below, a cell wrapped in two) lost where it stands.
    static func leavesWordsOut(_ paths: [HeaderPath], sections: [String], of header: [TableLines.Line]) -> Bool {
        let named = Set(paths.flatMap { $0.components.map(TextRepair.compact) } + sections.map(TextRepair.compact))
        return words(header).contains { word in
            !HeaderWords.isStructural(word) && !HeaderWords.isLineNumber(word) && !HeaderWords.isColumnNumberWord(word)
                && !named.contains(word)
        }
    }

    /// How many code columns the header names: whole-code words (单位编码, 主管部门编码 …) or
    /// codes split into 类/款/项 (each 类 begins one), whichever are more — "科目编码" over
    /// "类 款 项" is one code.
    static func codeColumnCount(_ header: [TableLines.Line]) -> Int {
        let words = words(header)
        let whole = words.filter { HeaderWords.isCode($0) && !["类", "款", "项"].contains($0) }.count
        return max(whole, words.filter { $0 == "类" }.count)
    }

    /// How many values a full row holds: the most any row holds, when at least two rows (or the
    /// only row) hold that many. Blank cells were dropped, so shorter rows say nothing.
    static func fullRowWidth(_ chunks: [RowStreamReader.Chunk]) -> Int? {
        let counts = chunks.map(\.values.count).filter { $0 > 0 }
        guard let widest = counts.max() else { return nil }
        let full = counts.filter { $0 == widest }.count
        return full >= Thresholds.streamFullRowsMinimum || counts.count == 1 ? widest : nil
    }

    /// The count of values most rows hold (more than half the rows with values, at least
    /// `Thresholds.streamFullRowsMinimum` of them), when the widest count is held by too few rows
    /// to be the table's width (`fullRowWidth` nil). Nil otherwise.
    static func commonRowWidth(_ chunks: [RowStreamReader.Chunk]) -> Int? {
        guard fullRowWidth(chunks) == nil else { return nil }
        let counts = chunks.map(\.values.count).filter { $0 > 0 }
        let rowsByCount = Dictionary(grouping: counts, by: { $0 })
        guard let common = rowsByCount.max(by: { ($0.value.count, $1.key) < ($1.value.count, $0.key) }),
              common.value.count >= Thresholds.streamFullRowsMinimum, common.value.count * 2 > counts.count else { return nil }
        return common.key
    }

    /// The value columns' paths when the words make exactly `columns` of them: the name column's
    /// words first (the leading identifying words, or the first word), then either one word per
    /// column (only when `flat`), a top row over a second row word for word, or one parent over a run of children
    /// that starts with its 合计/小计 and runs to the end (the parent is the word before the run;
    /// in most full rows the run's 合计 must be the sum of the rest of the run). Nil otherwise.
    static func tree(_ words: [String], columns: Int, rows: [RowStreamReader.Chunk], flat: Bool = true) -> [HeaderPath]? {
        guard columns > 0 else { return nil }
        let structural = words.prefix { HeaderWords.isStructural($0) }.count
        // No name-column word: years over measures, word for word ("2021年" over 预算数 and 完成数).
        if structural == 0, words.count == 2 * columns, Set(words[..<columns]).count < columns,
           words.allSatisfy(StreamLayout.isColumnWord) {
            return (0..<columns).map { HeaderPath([words[$0], words[columns + $0]]) }
        }
        if let paths = underOneTopWord(words, structural: structural, columns: columns) { return paths }
        // Without a name-column word the first word names the names, unless it is a measure
        // (预算数 over the values: the corner cell was left blank) or names a value column
        // (合计, a column of the 三公 form): a corner so taken puts every value one column off.
        // Nor a caption printed before the name columns' words (`收入预算` / `科目编码` / `科目名称`
        // / `合计` …: the top row's caption over the values, the name cells centred over two rows
        // print after it in reading order).
        let captionFirst = words.count > 2 && HeaderWords.isStructural(words[1])
        let names = structural > 0 ? structural : (words.first.map(StreamHeader.namesValues) == true || captionFirst ? 0 : 1)
        guard words.count > names else { return nil }
        // A header of several rows puts the name columns' words of its lower rows (科目编码,
        // 科目名称, 类 款 项) between the value columns' words: they name no value column.
        let measures = words[names...].filter { !HeaderWords.isStructural($0) }
        if measures.count == columns { return flat ? measures.map { HeaderPath([$0]) } : nil }
        // A top row whose words repeat ("2021年" over 预算数 and over 完成数) groups the row below.
        if measures.count == 2 * columns, Set(measures[..<columns]).count < columns {
            return (0..<columns).map { HeaderPath([measures[$0], measures[columns + $0]]) }
        }
        if let paths = StreamLeadInHeader.paths(Array(measures), columns: columns) { return paths }
        // Otherwise a tree of several rows whose every grouping the sums confirm.
        let levels = { StreamHeaderLevels.paths(Array(measures), columns: columns, rows: rows) }
        guard measures.count == columns + 1,
              let run = measures.indices.last(where: { $0 >= 1 && HeaderWords.isSubtotal(measures[$0]) }),
              measures.count - run >= 2 else { return levels() }
        let parent = run - 1
        // With the rows' breaks known from their name words, a top row of several value words
        // does not say which one heads the run (本年支出 over 小计 基本支出 项目支出, 年末结转
        // printed after it): only a lone one does.
        if let lowerRow = words[names...].firstIndex(where: HeaderWords.isStructural),
           words[names..<lowerRow].count != 1 || parent != 0 { return levels() }
        // Leaf column of the run's 合计: the words before the parent are one column each.
        let total = parent
        // Rows whose total is zero add up whatever the columns: they say nothing.
        let fullRows = rows.filter { $0.values.count == columns && ExactDecimal.parse($0.values[total].text)?.isZero != true }
        // Rows of rates (增减%) do not add up; most full rows, of amounts, do.
        let adding = fullRows.filter { row in
            let values = row.values.map { ExactDecimal.parse($0.text) }
            guard let sum = values[total], values[(total + 1)...].allSatisfy({ $0 != nil }) else { return false }
            return values[(total + 1)...].reduce(ExactDecimal.zero, { $0 + $1! }) == sum
        }.count
        guard adding * 2 > fullRows.count else { return levels() }
        return measures[..<parent].map { HeaderPath([$0]) } + measures[run...].map { HeaderPath([measures[parent], $0]) }
    }
}

extension StreamHeader {
    /// A word that names a value column, never the names: a measure, a total, a column of the 三公 form.
    static func namesValues(_ word: String) -> Bool {
        StreamLayout.isMeasureWord(word) || HeaderWords.isTotal(word) || HeaderWords.isFormColumnName(word)
    }

    /// A top header row of name words and one measure word over a second row that names the
    /// columns again (`项目 支出预算 | 功能分类科目编码 功能分类科目名称 合计 基本支出 项目支出 | 类 款 项`):
    /// the top row ends where name words start again, and its one measure word heads every
    /// measure of the rows below (`支出预算 / 合计`). Nil unless that makes exactly `columns`.
    static func underOneTopWord(_ words: [String], structural: Int, columns: Int) -> [HeaderPath]? {
        guard structural > 0,
              let restart = words.indices.first(where: { $0 > structural && HeaderWords.isStructural(words[$0]) }) else { return nil }
        let top = words[structural..<restart]
        guard top.count == 1, let parent = top.first, !HeaderWords.isSubtotal(parent) else { return nil }
        let measures = words[restart...].filter { !HeaderWords.isStructural($0) }
        guard measures.count == columns, !measures.contains(parent) else { return nil }
        return measures.map { HeaderPath([parent, $0]) }
    }
}
