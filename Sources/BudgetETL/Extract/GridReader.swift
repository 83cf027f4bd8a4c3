/// Reads a table whose cells keep their positions (tab-separated with blank cells kept): each
/// body line is cut into its sections by the column grid.
struct GridReader {
    let table: TableLines

    func sections() -> (sections: [ExtractedSection], rejects: [(Int, String, String)]) {
        let header = table.header.map { $0.tokens.map(\.text) }
        let numbers = table.columnNumbers.map { $0.tokens.map(\.text) } ?? []
        let grid = ColumnGrid(header: header, body: table.body.map(\.tokens), columnNumbers: numbers)
        let sections = grid.sections.enumerated().map { n, section in
            let rows = table.body.compactMap { row(of: $0, in: section) }
            return ExtractedSection(name: SectionNaming.name(section.name, index: n, count: grid.sections.count),
                                    columns: section.paths, rows: rows)
        }
        return (sections, misplacedAmounts(grid))
    }

    /// An amount printed in a code or name column has lost its place in the grid: which measure it
    /// is cannot be told, so it is reported rather than guessed.
    private func misplacedAmounts(_ grid: ColumnGrid) -> [(Int, String, String)] {
        let identifying = Set(grid.sections.flatMap { $0.codeColumns + $0.labelColumns })
        return table.body.flatMap { line in
            line.tokens.enumerated().compactMap { i, token in
                identifying.contains(i) && token.kind == .amount
                    ? (token.line, token.text, "amount in a code or name column (column \(i + 1)): its measure is unknown")
                    : nil
            }
        }
    }

    private func row(of line: TableLines.Line, in section: ColumnGrid.Section) -> ExtractedRow? {
        func token(_ i: Int) -> Token? { i < line.tokens.count && !line.tokens[i].isBlank ? line.tokens[i] : nil }
        // Identifying columns in print order. A second code after a name starts a second
        // classification of the same row (部门 and 政府 economic codes side by side): the first
        // is the row's code, the second is kept in its label.
        var codes: [String] = []
        var labels: [String] = []
        var secondary: [String] = []
        for i in (section.codeColumns + section.labelColumns).sorted() {
            guard var t = token(i), t.kind != .amount else { continue }
            if section.codeColumns.contains(i) { t.text = CodeSplitter.joinedDigitGroups(t.text) }
            let isCode = section.codeColumns.contains(i) && t.kind == .integer
            if !secondary.isEmpty || (isCode && !labels.isEmpty && !codes.isEmpty) { secondary.append(t.text) }
            else if isCode { codes.append(t.text) } else { labels.append(t.text) }
        }
        if !secondary.isEmpty { labels.append("[" + secondary.joined(separator: " ") + "]") }
        var cells: [RawCell] = []
        for (k, i) in section.valueColumns.enumerated() {
            guard let t = token(i), CellText.mayBeNumber(t) else { continue }
            cells.append(RawCell(column: k, text: t.text, line: t.line))
        }
        var label = labels.joined(separator: " ")
        if codes.isEmpty, let split = CodeSplitter.leadingCode(label) { codes = [split.code]; label = split.rest }
        if codes.isEmpty && label.isEmpty && cells.isEmpty { return nil }
        return ExtractedRow(line: line.number, codeParts: codes, label: label, cells: cells)
    }
}

enum SectionNaming {
    static func name(_ name: String, index: Int, count: Int) -> String {
        let clean = TextRepair.compact(name)
        if !clean.isEmpty || count == 1 { return clean }
        return "第\(index + 1)部分"
    }
}

enum CellText {
    /// A value cell worth passing on: a number, a placeholder, or text that starts like a number
    /// (so that a malformed amount is reported rather than dropped).
    static func mayBeNumber(_ token: Token) -> Bool {
        switch token.kind {
        case .amount, .integer, .placeholder: return true
        case .blank: return false
        case .text:
            // "12.30万", "1.2e5", "12.3.4x": made of number characters but for a unit or a letter.
            var text = Substring(token.text)
            for unit in ["万元", "亿元", "万", "元"] where text.hasSuffix(unit) { text = text.dropLast(unit.count); break }
            guard let first = text.unicodeScalars.first, ("0"..."9").contains(first) || ("０"..."９").contains(first)
                || "-－(（".unicodeScalars.contains(first), text.count <= 24 else { return false }
            return text.unicodeScalars.allSatisfy { numberish.contains($0) }
        }
    }
    private static let numberish = Set("0123456789０１２３４５６７８９.．,，-－+()（）%％eE".unicodeScalars)
}

enum CodeSplitter {
    /// "410800220000 000014330": a long identifier printed with a space inside it.
    static func joinedDigitGroups(_ text: String) -> String {
        let groups = text.split(separator: " ")
        guard groups.count > 1, groups.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              groups.reduce(0, { $0 + $1.count }) >= 12 else { return text }
        return groups.joined()
    }

    /// "208 社会保障和就业支出" or "2080505机关事业单位…" in one cell: the leading code and the name.
    static func leadingCode(_ label: String) -> (code: String, rest: String)? {
        let digits = label.prefix { $0.isASCII && $0.isNumber }
        guard [3, 5, 6, 7].contains(digits.count) else { return nil }
        let rest = label.dropFirst(digits.count).trimmingCharacters(in: .whitespaces)
        guard let first = rest.first, !first.isNumber, first != "." else { return nil }
        return (String(digits), rest)
    }
}

import Foundation
