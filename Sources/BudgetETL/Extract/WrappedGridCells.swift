/// Cells of a tab-separated table whose text the converter wrapped over several lines: header
/// words stacked in one cell index, and row names whose pieces stand on lines without numbers.
/// A piece joins by the cell index it stands in, never by adjacency alone.
enum WrappedGridCells {
    /// Header lines with each cell's wrapped pieces joined into the cell's top line ("因公出" /
    /// "国（境）" / "费" at one index). A piece joins the cell above it only when that cell's text
    /// stops mid-word and the piece is not a header word of its own (一般公共预算 over 小计 are
    /// two cells). Lines left empty are dropped.
    static func joinedHeader(_ header: [TableLines.Line], body: [TableLines.Line]) -> [TableLines.Line] {
        var lines = header
        let amountColumns = measureColumns(body)
        for r in lines.indices.dropFirst() where lines[r].tokens.filter({ !$0.isBlank }).count >= 2 {
            // Only measure columns: a name column's stacked lines may be the first row's wrapped name.
            for i in lines[r].tokens.indices where !lines[r].tokens[i].isBlank && amountColumns.contains(i) {
                guard let above = (0..<r).reversed().first(where: { i < lines[$0].tokens.count && !lines[$0].tokens[i].isBlank }),
                      // A line of one cell is a title, a note, a row's name or one cell per line, not header words.
                      lines[above].tokens.filter({ !$0.isBlank }).count >= 2,
                      above == r - 1 || (above..<r).dropFirst().allSatisfy({ i >= lines[$0].tokens.count || lines[$0].tokens[i].isBlank }),
                      isWrapped(lines[above].tokens[i].text, before: lines[r].tokens[i].text) else { continue }
                lines[above].tokens[i].text += TextRepair.compact(lines[r].tokens[i].text)
                lines[r].tokens[i].text = ""
            }
        }
        return lines.filter { line in line.tokens.contains { !$0.isBlank } }
    }

    /// Columns whose body cells are mostly amounts: a total's amount pushed into a name column
    /// does not make it one.
    static func measureColumns(_ body: [TableLines.Line]) -> Set<Int> {
        var amounts: [Int: Int] = [:], words: [Int: Int] = [:]
        for line in body {
            for (i, token) in line.tokens.enumerated() {
                switch token.kind {
                case .amount: amounts[i, default: 0] += 1
                case .text: words[i, default: 0] += 1
                default: break
                }
            }
        }
        return Set(amounts.keys.filter { amounts[$0]! > words[$0, default: 0] })
    }

    /// A header cell's top text that goes on in `next`: it ends mid-word, and neither is a
    /// number or a header word standing for a cell of its own.
    static func isWrapped(_ top: String, before next: String) -> Bool {
        let upper = TextRepair.compact(top), lower = TextRepair.compact(next)
        guard !upper.isEmpty, !lower.isEmpty, TokenKind.of(upper) == .text, TokenKind.of(lower) == .text else { return false }
        if HeaderWords.isHeaderWord(lower) || HeaderWords.isColumnNumberWord(lower) { return false }
        // 项目 or 科目 names code or name columns: over amounts it is the top of a measure's name.
        if HeaderWords.isStructural(upper) { return true }
        return !HeaderWords.endsComplete(upper) && !HeaderWords.isHeaderWord(upper)
    }
}

import Foundation
