import Foundation

/// How a sample prints its table lines: tab-separated cells (ruled-table converters, web copies),
/// columns aligned with runs of spaces (pdftotext -layout), or cells separated by single spaces.
enum TextLayout: String {
    case tabs, aligned, spaced

    /// The layout most of the given lines use.
    static func dominant(_ lines: [String]) -> TextLayout {
        var counts: [TextLayout: Int] = [:]
        for line in lines where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            counts[of(line), default: 0] += 1
        }
        return counts.max { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }?.key ?? .spaced
    }

    static func of(_ line: String) -> TextLayout {
        if line.contains("\t") { return .tabs }
        return line.trimmingCharacters(in: .whitespaces).contains("  ") ? .aligned : .spaced
    }
}

/// A cell of a line: its text and where it starts (tab index for `.tabs`, character column otherwise).
struct PlacedCell: Equatable {
    var text: String
    var start: Int
    /// Spaces printed before the cell in single-spaced text, where a double space stands for a
    /// blank cell; 0 for cells the suite makes.
    var gapBefore = 0

    var isNumber: Bool { PlacedCell.isNumber(text) }
    /// Holds a CJK character: a label or a header word, not a code or an amount.
    var isWords: Bool { text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }

    static func isNumber(_ text: String) -> Bool {
        var body = Substring(text)
        if body.hasPrefix("-") || body.hasPrefix("+") { body = body.dropFirst() }
        if body.hasSuffix("%") { body = body.dropLast() }
        guard let first = body.first, first.isASCII, first.isNumber else { return false }
        return body.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
    }

    /// A small whole number such as a 行次 ("12", "12.00").
    var isLineNumber: Bool {
        let digits = text.hasSuffix(".00") ? String(text.dropLast(3)) : text
        return (1...3).contains(digits.count) && !digits.hasPrefix("0") && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }
}

/// Splitting lines into cells and printing cells back as lines, for each layout.
enum LineCells {
    /// Cells of a line. `.tabs` keeps blank cells (their index is their column); the other layouts
    /// give the non-blank runs, split at single spaces next to a number (pdftotext prints
    /// "82,096,797.42 82,096,797.42" for two cells).
    static func split(_ line: String, _ layout: TextLayout) -> [PlacedCell] {
        if layout == .tabs {
            return line.split(separator: "\t", omittingEmptySubsequences: false).enumerated().map {
                PlacedCell(text: $0.element.trimmingCharacters(in: .whitespaces), start: $0.offset)
            }
        }
        var words: [PlacedCell] = []
        var gapBefore: [Int] = []
        var column = 0, current = "", start = 0, gap = 0
        for character in line {
            if character == " " {
                if !current.isEmpty { words.append(PlacedCell(text: current, start: start, gapBefore: gap)); gapBefore.append(gap); current = ""; gap = 0 }
                gap += 1
            } else {
                if current.isEmpty { start = column }
                current.append(character)
            }
            column += 1
        }
        if !current.isEmpty { words.append(PlacedCell(text: current, start: start, gapBefore: gap)); gapBefore.append(gap); gap = 0 }
        var cells: [PlacedCell] = []
        for (index, word) in words.enumerated() {
            if let last = cells.last, gapBefore[index] == 1, !last.isNumber, !word.isNumber, layout == .aligned || !word.isWords || !last.isWords {
                cells[cells.count - 1].text += " " + word.text
            } else {
                cells.append(word)
            }
        }
        // Trailing spaces: in single-spaced text a trailing double space is a blank last cell.
        if gap > 0, !cells.isEmpty { cells.append(PlacedCell(text: "", start: column, gapBefore: gap)) }
        return cells
    }

    /// A line holding `cells` at their places; `.aligned` keeps at least one space between cells.
    /// `.tabs` prints at least `tabCells` cells (a header line keeps its blank cells).
    static func render(_ cells: [PlacedCell], _ layout: TextLayout, tabCells: Int = 0) -> String {
        switch layout {
        case .tabs:
            let count = max((cells.map(\.start).max() ?? -1) + 1, tabCells)
            var slots = Array(repeating: "", count: count)
            for cell in cells { slots[cell.start] = cell.text }
            return slots.joined(separator: "\t")
        case .aligned:
            var line = ""
            for cell in cells.sorted(by: { $0.start < $1.start }) where !cell.text.isEmpty {
                let pad = line.isEmpty ? cell.start : max(cell.start - line.count, 1)
                line += String(repeating: " ", count: pad) + cell.text
            }
            return line
        case .spaced:
            let sorted = cells.sorted { $0.start < $1.start }
            let placed = sorted.filter { !$0.text.isEmpty }
            let trailing = sorted.last.map { $0.text.isEmpty ? $0.gapBefore : 0 } ?? 0
            return placed.enumerated().map { index, cell in
                String(repeating: " ", count: index == 0 ? cell.gapBefore : max(cell.gapBefore, 1)) + cell.text
            }.joined() + String(repeating: " ", count: trailing)
        }
    }

    /// The non-blank texts of a line in reading order.
    static func texts(_ line: String, _ layout: TextLayout) -> [String] {
        split(line.replacingOccurrences(of: "\u{0C}", with: ""), layout).map(\.text).filter { !$0.isEmpty }
    }
}
