/// A header printed one piece of a column's name per line, each name closed by its unit in
/// brackets on a line of its own, blank lines between (a yearbook's web page):
///
///     总人口
///     (万人)
///     行政区域
///     土地面积
///     (平方公里)
///     公共财政
///     预算收入
///     (万元)
///     甲市
///       乙区 48.0 95 1102341 480215
///
/// The pieces up to each unit line are one column's name, the unit its last words: folded into
/// one header line of those names (`总人口(万人) 行政区域土地面积(平方公里) 公共财政预算收入(万元)`) on
/// the first piece's line, the other lines left empty so that line numbers stay. Folded only where
/// nothing is guessed: two names or more, every piece a short phrase (no digit, no space, no
/// sentence), every name closed by a unit, and right after the last unit the table's rows (a
/// name then numbers), or one name alone over them (a group's heading).
enum UnitClosedHeader {
    static func folded(_ lines: [String]) -> [String] {
        var lines = lines
        var n = 0
        while n < lines.count {
            // Most lines of a document have no bracket: the cheap test first.
            guard lines[n].utf8.count <= 40, UTF8Text.containsAny(lines[n], "(", "（"), unit(of: lines[n]) != nil,
                  let start = firstPiece(before: n, in: lines) else { n += 1; continue }
            var names: [String] = []
            var pending = "", pendingLines = 0
            var end = start
            while end < lines.count {
                let text = TextRepair.compact(lines[end])
                if text.isEmpty { end += 1; continue }
                if let unit = unit(of: lines[end]) {
                    guard !pending.isEmpty else { break }
                    names.append(pending + "(" + unit + ")")
                    pending = ""
                    pendingLines = 0
                } else if isPiece(text) {
                    pending += text
                    pendingLines += 1
                } else { break }
                end += 1
            }
            // One piece after the last unit is a group's heading over the rows (甲市), kept as it is.
            if names.count >= 2, pendingLines <= 1, startsRows(at: end, in: lines) {
                let kept = pendingLines == 1 ? lastFilled(before: end, in: lines) : end
                lines[start] = names.joined(separator: " ")
                for k in (start + 1)..<kept { lines[k] = "" }
                n = end
            } else {
                n += 1
            }
        }
        return lines
    }

    /// A header line of two names or more, each closed by its unit in brackets: a table's header
    /// though it prints no header word (no 项目 over the names).
    static func namesColumns(_ header: [TableLines.Line]) -> Bool {
        header.contains { line in
            line.tokens.count >= 2 && line.tokens.allSatisfy { token in
                let text = TextRepair.compact(token.text)
                return text.count > 4 && (ColumnRules.statedMeasureUnit(text) != nil || unitClosed(text))
            }
        }
    }

    private static func unitClosed(_ text: String) -> Bool {
        guard text.last == ")" || text.last == "）", let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return false }
        return MoneyUnit(rawValue: String(text[text.index(after: open)...].dropLast())) != nil
    }

    /// The first line of the run of pieces that ends with the unit line at `index`.
    private static func firstPiece(before index: Int, in lines: [String]) -> Int? {
        var start = index
        var k = index - 1
        while k >= 0 {
            let text = TextRepair.compact(lines[k])
            if text.isEmpty { k -= 1; continue }
            guard isPiece(text) else { break }
            start = k
            k -= 1
        }
        return start < index ? start : nil
    }

    /// The heading's line: the last filled line before `end`.
    private static func lastFilled(before end: Int, in lines: [String]) -> Int {
        var k = end - 1
        while k > 0, TextRepair.compact(lines[k]).isEmpty { k -= 1 }
        return k
    }

    /// Rows follow: the next filled line is a name then numbers.
    private static func startsRows(at index: Int, in lines: [String]) -> Bool {
        guard index < lines.count else { return false }
        let next = lines[index]
        let words = next.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\u{3000}" }).map(String.init)
        guard words.count >= 3, TokenKind.of(words[0]) == .text else { return false }
        return words.dropFirst().allSatisfy { TokenKind.of($0).isNumeric }
    }

    /// A unit alone in brackets: a money unit, or a count's or measure's.
    private static func unit(of line: String) -> String? {
        let text = TextRepair.compact(line)
        guard text.count >= 3, text.count <= 8, let first = text.first, first == "(" || first == "（" else { return nil }
        let inner = String(text.dropFirst().dropLast())
        guard text.last == ")" || text.last == "）" else { return nil }
        return MoneyUnit(rawValue: inner) != nil || ColumnRules.statedMeasureUnit(text) != nil ? inner : nil
    }

    /// A piece of a column's name: a short phrase, no digit, no bracket, no sentence.
    private static func isPiece(_ text: String) -> Bool {
        text.count <= Thresholds.unitClosedHeaderPiece
            && !text.unicodeScalars.contains { ("0"..."9").contains($0) || "()（）:：,，。;；|".unicodeScalars.contains($0) }
    }
}
