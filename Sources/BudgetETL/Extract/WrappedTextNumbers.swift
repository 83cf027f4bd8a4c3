/// Numbers inside a form's text cell that the converter wrapped over lines (`完成率` / `79.01` /
/// `%。`, `5.31` / `万元,`): a number whose cell goes on, on the next line, with its sign or unit and
/// then more of a sentence (a comma, a full stop) is a number quoted in a text, not a value of the
/// row beside it. It is blanked, and rejected (`numberInWrappedText`) so that it is not lost.
enum WrappedTextNumbers {
    static func cut(_ body: [TableLines.Line]) -> (body: [TableLines.Line], rejects: [ReaderReject]) {
        var lines = body
        var rejects: [ReaderReject] = []
        for i in lines.indices.dropLast() where lines[i + 1].number == lines[i].number + 1 {
            for k in lines[i].tokens.indices where k < lines[i + 1].tokens.count {
                let token = lines[i].tokens[k]
                guard !token.isBlank, CellText.mayBeNumber(token), goesOnInASentence(lines[i + 1].tokens[k].text) else { continue }
                rejects.append(ReaderReject(line: token.line, text: token.text, reason: .numberInWrappedText))
                lines[i].tokens[k].text = ""
            }
        }
        return (lines, rejects)
    }

    /// A cell's next line that opens with a number's sign or unit and goes on as a sentence.
    static func goesOnInASentence(_ text: String) -> Bool {
        let c = TextRepair.compact(text)
        guard ["%", "％", "万元", "元"].contains(where: { c.hasPrefix($0) }) else { return false }
        return c.contains { [",", "，", "。", "；", ";"].contains($0) }
    }
}
