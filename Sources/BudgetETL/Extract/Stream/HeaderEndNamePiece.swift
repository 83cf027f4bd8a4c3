/// The first row's name wrapped in its cell, printed centred around a code line that holds no name
/// (`一般公共服务` / `201 207.40 207.40` / `支出`), right under the header: its upper piece, a lone
/// unfinished word on the header's last line, is the row's, not a column's name (read as a column,
/// every row was a column short). It goes back to the body, where the pieces join the code's name
/// (`WrappedStreamNames`) and the code line, between two lines of text alone, holds the row's code,
/// never an amount (`StreamReader.linesBetweenNamePieces`): the one rule for this shape.
enum HeaderEndNamePiece {
    /// The header and body with the piece moved; nil where the header does not end so.
    static func moved(header: [TableLines.Line], body: [TableLines.Line]) -> (header: [TableLines.Line], body: [TableLines.Line])? {
        guard header.count >= 2, body.count >= 2, let last = header.last else { return nil }
        let words = last.tokens.filter { !$0.isBlank }
        guard words.count == 1, words[0].kind == .text, case let text = TextRepair.compact(words[0].text),
              !HeaderWords.endsComplete(text), !HeaderWords.isStructural(text), !HeaderWords.isCodeColumnPiece(text),
              !HeaderWords.isTotal(text) else { return nil }
        let codeLine = body[0].tokens.filter { !$0.isBlank }, rest = body[1].tokens.filter { !$0.isBlank }
        guard body[0].number == last.number + 1, body[1].number == body[0].number + 1,
              codeLine.count >= 2, codeLine[0].isRowCode, codeLine.dropFirst().allSatisfy({ $0.kind == .amount }),
              !rest.isEmpty, rest.allSatisfy({ $0.kind == .text }) else { return nil }
        return (Array(header.dropLast()), [last] + body)
    }
}
