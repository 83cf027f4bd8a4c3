/// Numbers inside a form's text cell that the converter wrapped over lines (`完成率` / `79.01` /
/// `%。`, `5.31` / `万元,`): a number whose cell goes on, on the next line, with its sign or unit and
/// then more of a sentence (a comma, a full stop) is a number quoted in a text, not a value of the
/// row beside it. It is blanked, and rejected (`numberInWrappedText`) so that it is not lost.
/// Wrapped mid-number (`预算金额` / `108` / `5.31` / `万元,`), its first piece stands between the
/// sentence above and the rest of the number below: it is cut too.
enum WrappedTextNumbers {
    static func cut(_ body: [TableLines.Line]) -> (body: [TableLines.Line], rejects: [ReaderReject]) {
        var lines = body
        var rejects: [ReaderReject] = []
        var cutBelow: Set<Int> = []
        for i in lines.indices.dropLast().reversed() {
            guard lines[i + 1].number == lines[i].number + 1 else { cutBelow = []; continue }
            var cutHere: Set<Int> = []
            for k in lines[i].tokens.indices where k < lines[i + 1].tokens.count {
                let token = lines[i].tokens[k]
                guard !token.isBlank, CellText.mayBeNumber(token),
                      goesOnInASentence(lines[i + 1].tokens[k].text) || (cutBelow.contains(k) && sentenceAbove(lines, i, k)) else { continue }
                rejects.append(ReaderReject(line: token.line, text: token.text, reason: .numberInWrappedText))
                lines[i].tokens[k].text = ""
                cutHere.insert(k)
            }
            cutBelow = cutHere
        }
        return (lines, rejects.sorted { $0.line < $1.line })
    }

    /// Whether the cell goes on from the line before with words: the number's piece is inside a sentence.
    private static func sentenceAbove(_ lines: [TableLines.Line], _ i: Int, _ k: Int) -> Bool {
        guard i > 0, lines[i - 1].number == lines[i].number - 1, k < lines[i - 1].tokens.count else { return false }
        let above = lines[i - 1].tokens[k]
        return above.kind == .text && !above.isBlank && !CellText.mayBeNumber(above)
    }

    /// A cell's next line that opens with a number's sign or unit and goes on as a sentence.
    static func goesOnInASentence(_ text: String) -> Bool {
        // Asked of the cell under every number: most hold none of the openings, told by their bytes.
        guard UTF8Text.containsAny(text, "%", "％", "万", "元") else { return false }
        let c = TextRepair.compact(text)
        guard ["%", "％", "万元", "元"].contains(where: { UTF8Text.hasPrefix(c, $0) }) else { return false }
        return c.contains { [",", "，", "。", "；", ";"].contains($0) }
    }
}
