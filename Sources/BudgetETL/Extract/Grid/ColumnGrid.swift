/// Layer 4: the column grid of a table and its logical sections.
///
/// A grid column is row-identifying (a code or a name) or holds values. A section is a run of
/// identifying columns followed by value columns; a table that repeats its identifying columns
/// (收入 | 支出, 人员经费 | 公用经费 | …) has one section per repeat.
struct ColumnGrid {
    enum Role { case code, label, value }

    struct Section {
        var name: String
        var codeColumns: [Int]
        var labelColumns: [Int]
        /// Grid positions of the section's value columns, in print order.
        var valueColumns: [Int]
        var paths: [HeaderPath]
    }

    var sections: [Section]

    /// Sections from a positional header (tab-separated layout): header cells sit at the same
    /// index as the values below them; a blank header cell belongs to a merged cell on its left
    /// when the rows below split it further.
    /// `roles`: the columns' roles when the caller has them for this header and body already.
    init(header: [[String]], body: [[Token]], columnNumbers: [String], roles known: [Role]? = nil) {
        let width = max(header.map(\.count).max() ?? 0, body.map(\.count).max() ?? 0)
        let roles = known ?? ColumnGrid.roles(header: header, body: body)
        // A section starts where the identifying columns recur: the same header words (项目 | 项目,
        // 科目编码 | 科目编码) or none at all. Text columns among the values (三级指标, 偏差原因分析)
        // do not start a section.
        // A qualifier after the word (项目(按功能分类)) names the same column as the word alone.
        func words(_ columns: Range<Int>) -> Set<String> {
            Set(columns.filter { roles[$0] != .value }.flatMap { i in
                header.compactMap { i < $0.count ? ColumnGrid.withoutQualifier(TextRepair.compact($0[i])) : nil }.filter { !$0.isEmpty }
            })
        }
        var ranges: [Range<Int>] = []
        var start = 0
        for i in 1..<max(width, 1) where roles[i] != .value && roles[i - 1] == .value {
            let run = i..<((i..<width).first { roles[$0] == .value } ?? width)
            let first = words(0..<((0..<width).first { roles[$0] == .value } ?? 0))
            let recurring = words(run)
            guard recurring.isEmpty || !recurring.isDisjoint(with: first) else { continue }
            ranges.append(start..<i); start = i
        }
        ranges.append(start..<max(width, start))
        ranges = ranges.filter { r in r.contains { roles[$0] == .value } || ranges.count == 1 }
        var rows = header
        var names = Array(repeating: "", count: ranges.count)
        if ranges.count > 1, var top = rows.first, ColumnGrid.isNameRow(top, ranges: ranges) {
            rows.removeFirst()
            if let next = rows.first, ColumnGrid.continuesNames(top, next) {
                top = top.indices.map { i in i < next.count ? TextRepair.compact(top[i]) + TextRepair.compact(next[i]) : top[i] }
                rows.removeFirst()
            }
            names = ranges.map { r in ColumnGrid.nearestFilled(top, at: r.lowerBound) ?? "" }
        }
        // A row that names identifying columns only (类 款 项, a name's wrapped piece) is no level of
        // the measures' tree: left out, it does not stand between a parent and its children.
        let measureRows = ColumnGrid.alignParentsToSubtotals(rows, roles: roles).filter { row in
            row.indices.contains { $0 < width && roles[$0] == .value && !UTF8Text.trimmingWhitespace(row[$0]).isEmpty }
        }
        let resolved = ColumnGrid.resolve(ColumnGrid.alignParentsToChildGroups(measureRows, roles: roles), ranges: ranges, roles: roles)
        sections = ranges.enumerated().map { n, r in
            let values = r.filter { roles[$0] == .value }
            let paths = values.enumerated().map { k, i -> HeaderPath in
                let parts = resolved.compactMap { i < $0.count && !$0[i].isEmpty ? $0[i] : nil }
                if !parts.isEmpty { return HeaderPath(parts) }
                let number = i < columnNumbers.count && !columnNumbers[i].isEmpty ? columnNumbers[i] : String(k + 1)
                return HeaderPath(["栏次 \(number)"])
            }
            // Only the identifying columns before the values name the row; a line-number column
            // (序号 | 市州 | 县 | 金额) counts the rows and ends no name.
            let countsRows = { (i: Int) in header.contains { i < $0.count && HeaderWords.isLineNumber(TextRepair.compact($0[i])) } }
            let identifying = r.prefix { roles[$0] != .value || countsRows($0) }.filter { roles[$0] != .value }
            let labels = identifying.filter { roles[$0] == .label }
            return Section(name: names[n], codeColumns: identifying.filter { roles[$0] == .code },
                           labelColumns: ColumnGrid.namingColumns(labels, header: header),
                           valueColumns: values, paths: paths)
        }
    }

    /// The text columns that name a row, of those before the values: where the header names one
    /// of them as the rows' names (项目名称, 单位名称: a word ending in 名称) and every column right
    /// of it by a word of no name column (建设地点, 建设内容), those print facts about the row beside
    /// its name (where, what is built), not pieces of it: the row is named up to that column
    /// (groups left of it still head it). All of them where no column, or more than one, is so
    /// named, or a column right of it is unnamed or a level of names (一级指标, 类 | 款 | 项).
    static func namingColumns(_ labels: [Int], header: [[String]]) -> [Int] {
        func words(_ i: Int) -> [String] {
            header.compactMap { i < $0.count ? TextRepair.compact($0[i]) : nil }.filter { !$0.isEmpty }
        }
        let named = labels.filter { i in words(i).contains { UTF8Text.hasSuffix($0, "名称") } }
        guard named.count == 1, let name = named.first else { return labels }
        let after = labels.filter { $0 > name }
        guard !after.isEmpty, after.allSatisfy({ i in
            let said = words(i)
            return !said.isEmpty && !said.contains { HeaderWords.isStructural($0) || namesText($0) }
        }) else { return labels }
        return labels.filter { $0 <= name }
    }

    /// "项目(按功能分类)" → "项目": the word before a bracketed qualifier at its end.
    static func withoutQualifier(_ word: String) -> String {
        guard UTF8Text.hasSuffix(word, ")") || UTF8Text.hasSuffix(word, "）"),
              let open = word.firstIndex(where: { $0 == "(" || $0 == "（" }), open > word.startIndex else { return word }
        return String(word[..<open])
    }

    /// Every column's role, in print order: a column right of the row's name (a name column or a
    /// value column stands to its left) is told by `role(of:afterName:)` as such. A line-number
    /// column (序号 | 项目代码 | 项目名称) stands before the codes: it is no name.
    static func roles(header: [[String]], body: [[Token]]) -> [Role] {
        let width = max(header.map(\.count).max() ?? 0, body.map(\.count).max() ?? 0)
        var roles: [Role] = []
        var afterName = false
        for i in 0..<width {
            let role = role(of: i, header: header, body: body, afterName: afterName)
            roles.append(role)
            let countsRows = header.contains { i < $0.count && HeaderWords.isLineNumber(TextRepair.compact($0[i])) }
            afterName = afterName || role == .label || (role == .value && !countsRows)
        }
        return roles
    }

    /// `afterName`: a name or value column stands to the left. Codes stand before the names in
    /// budget tables, so whole numbers there (5834 | 100 | 692 under 基本支出 | 项目支出) are
    /// values unless the header names a code.
    static func role(of i: Int, header: [[String]], body: [[Token]], afterName: Bool = false) -> Role {
        let words = header.compactMap { i < $0.count ? TextRepair.compact($0[i]) : nil }.filter { !$0.isEmpty }
        if words.contains(where: HeaderWords.isLineNumber) { return .value }
        // The column's cells, taken once (asked of every column of every grid, three times a table).
        let column = body.compactMap { i < $0.count ? $0[i] : nil }
        if isLineReferences(column) { return .value }
        if words.contains(where: HeaderWords.isCode) { return .code }
        if words.contains(where: HeaderWords.isLabel) || words.contains(where: namesText) { return .label }
        let kinds = ListMarkers.kinds(column)
        if kinds.contains(.amount) { return .value }
        if kinds.isEmpty { return words.isEmpty ? .label : .value }
        if kinds.allSatisfy({ $0 == .text }) { return .label }
        let integers = column.filter { $0.kind == .integer }
        // Whole numbers of three digits are codes, unless the header names a rate (占调整预算% over
        // 100) or an amount (2019年决算数 over 946).
        // Right of the name only a number printed with a leading zero (001), never an amount's way, is a code.
        let zeroLed = integers.contains { $0.text.count > 1 && $0.text.hasPrefix("0") }
        if !afterName || zeroLed, !integers.isEmpty, integers.allSatisfy({ $0.text.count >= 3 }), !kinds.contains(.placeholder),
           !words.contains(where: { RateColumns.namesRate($0) || ColumnGrid.namesAmount($0) }) { return .code }
        return kinds.contains(.text) && !kinds.contains(.integer) ? .label : .value
    }

    /// A performance form's indicator (一级指标 … 三级指标: the row's name at each level) or a column
    /// that explains them (指标值说明): text, whatever rate a converter shifted into it.
    static func namesText(_ word: String) -> Bool {
        UTF8Text.hasSuffix(word, "级指标") || UTF8Text.hasSuffix(word, "说明")
    }

    /// A column of line letters and the formulas between them ("A=B+C", "B", "C" under 公式): it
    /// refers to rows as a 行次 column numbers them, so it is no part of their names. At least
    /// one formula is asked for: a column of letters alone may be a classification's.
    static func isLineReferences(_ cells: [Token]) -> Bool {
        var formula = false
        for cell in cells where !cell.isBlank {
            let text = TextRepair.compact(cell.text)
            // Every match starts with a capital letter: most columns leave at their first cell.
            guard let first = text.utf8.first, (0x41...0x5A).contains(first), lineReference.firstRange(in: text) != nil else { return false }
            formula = formula || UTF8Text.holds(text, "=")
        }
        return formula
    }
    private static let lineReference = CompiledPattern(#"^[A-Z](?:[=+\-][A-Z])*$"#)
    /// One cell of such a column: a line letter or a formula of them.
    static func isLineReference(_ text: String) -> Bool { lineReference.firstRange(in: TextRepair.compact(text)) != nil }

    /// A measure's name: 决算数, 预算调整数, 金额, 合计; a fund's (中央资金, 自治区资金: the sum a
    /// source gives, in an allocation table).
    static func namesAmount(_ text: String) -> Bool {
        UTF8Text.containsAny(text, "数", "额", "计", "金") && amountName.firstRange(in: text) != nil
    }
    private static let amountName = CompiledPattern(#"(?:预算数|执行数|决算数|调整数|金额|合计|小计|资金)$"#)

    /// The top header row names the sections when its filled cells fall only at section starts
    /// (or are merged cells that start there).
    static func isNameRow(_ row: [String], ranges: [Range<Int>]) -> Bool {
        let filled = row.indices.filter { !TextRepair.compact(row[$0]).isEmpty }
        guard !filled.isEmpty, filled.count <= ranges.count else { return false }
        let starts = Set(ranges.map(\.lowerBound))
        return filled.allSatisfy { starts.contains($0) } || filled.count == ranges.count
    }

    /// The line under the section names fills the same cells, each upper word stopping
    /// mid-word (人员 / 经费, 公用 / 经费): the names wrapped over two lines, and the pieces join.
    static func continuesNames(_ top: [String], _ next: [String]) -> Bool {
        func filled(_ row: [String]) -> [Int] { row.indices.filter { !TextRepair.compact(row[$0]).isEmpty } }
        let upper = filled(top)
        guard !upper.isEmpty, upper == filled(next) else { return false }
        return upper.allSatisfy { i in
            let word = TextRepair.compact(top[i]), rest = TextRepair.compact(next[i])
            return !HeaderWords.endsComplete(word) && !HeaderWords.isHeaderWord(rest) && !HeaderWords.isHeaderWord(word + rest)
        }
    }

    static func nearestFilled(_ row: [String], at i: Int) -> String? {
        var j = min(i, row.count - 1)
        while j >= 0 { if case let text = UTF8Text.trimmingWhitespace(row[j]), !text.isEmpty { return text }; j -= 1 }
        return nil
    }

    /// A group's first column is its 小计; a converter that lost a merged cell's start prints the
    /// parent one column early, over the previous group's last column. Put it back over its 小计.
    /// A word over an identifying column is that column's own name and stays (`roles`).
    static func alignParentsToSubtotals(_ rows: [[String]], roles: [Role] = []) -> [[String]] {
        let width = rows.map(\.count).max() ?? 0
        var rows = rows.map { $0 + Array(repeating: "", count: width - $0.count) }
        for r in rows.indices.dropFirst() {
            for j in rows[r].indices where j > 0 && HeaderWords.isSubtotal(TextRepair.compact(rows[r][j]))
                && (j - 1 >= roles.count || roles[j - 1] == .value) {
                guard UTF8Text.trimmingWhitespace(rows[r - 1][j]).isEmpty,
                      !UTF8Text.trimmingWhitespace(rows[r - 1][j - 1]).isEmpty,
                      !UTF8Text.trimmingWhitespace(rows[r][j - 1]).isEmpty
                      || rows[(r + 1)...].contains(where: { j - 1 < $0.count && !$0[j - 1].isEmpty }) else { continue }
                rows[r - 1][j] = rows[r - 1][j - 1]
                rows[r - 1][j - 1] = ""
            }
        }
        return rows
    }

    /// A merged header cell starts where the group of cells under it starts. A converter that lost
    /// a merged cell's start prints the parent over a column that the row below leaves to its left
    /// neighbour while rows further down split it; such a parent is moved right to the start of
    /// the next group of the row below.
    /// A word over an identifying column (code or name) is that column's own name: a merged cell
    /// never spans both identifying columns and measures, so it is never moved onto the measures.
    static func alignParentsToChildGroups(_ rows: [[String]], roles: [Role] = []) -> [[String]] {
        let width = rows.map(\.count).max() ?? 0
        var rows = rows.map { $0.map(UTF8Text.trimmingWhitespace) + Array(repeating: "", count: width - $0.count) }
        guard rows.count >= 3 else { return rows }
        for r in 0..<rows.count - 2 {
            for p in (0..<width).reversed() where !rows[r][p].isEmpty && rows[r + 1][p].isEmpty && p > 0
                && (p >= roles.count || roles[p] == .value) {
                let splitBelow = rows[(r + 2)...].contains { !$0[p].isEmpty }
                let leftGroupOpen = rows[r + 1][..<p].last(where: { !$0.isEmpty }) != nil
                guard splitBelow, leftGroupOpen,
                      let q = (p + 1..<width).first(where: { !rows[r + 1][$0].isEmpty }),
                      (p + 1...q).allSatisfy({ rows[r][$0].isEmpty }) else { continue }
                rows[r][q] = rows[r][p]
                rows[r][p] = ""
            }
        }
        return rows
    }

    /// Fills merged header cells: a blank cell takes the text of the nearest filled value cell on
    /// its left in the same section when a row below splits it (that is what a merged cell looks
    /// like once converted) and both sit under the same parent.
    static func resolve(_ rows: [[String]], ranges: [Range<Int>], roles: [Role]) -> [[String]] {
        let width = roles.count
        let grid = rows.map { row in (0..<width).map { $0 < row.count ? UTF8Text.trimmingWhitespace(row[$0]) : "" } }
        var resolved = grid
        for r in grid.indices {
            for range in ranges {
                for i in range where roles[i] == .value && grid[r][i].isEmpty {
                    let splitBelow = grid[(r + 1)...].contains { !$0[i].isEmpty }
                    guard splitBelow,
                          let j = range.lowerBound < i ? (range.lowerBound..<i).reversed().first(where: { !grid[r][$0].isEmpty }) : nil,
                          roles[j] == .value,
                          (0..<r).allSatisfy({ resolved[$0][j] == resolved[$0][i] }) else { continue }
                    resolved[r][i] = grid[r][j]
                }
            }
        }
        return resolved
    }
}

import Foundation
