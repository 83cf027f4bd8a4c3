/// One cell per line, a sentence (a line holding a full stop) is the text after the table, never a
/// cell — unless the sentences recur at one stride through the body: then they are the cells of a
/// text column of sentences (建设内容 “拆除地面596平方米,铺设道板砖1136.7平方米。” in every row), and
/// the body ends only at a sentence off that stride.
enum SentenceCells {
    static func bodyBeforeProse(_ body: [TableLines.Line]) -> [TableLines.Line] {
        let filled = body.filter { $0.tokens.contains { !$0.isBlank } }
        let sentences = filled.indices.filter { UTF8Text.holds(filled[$0].compact, "。") }
        guard !sentences.isEmpty else { return body }
        let cells = columnRun(sentences) ?? 0
        guard cells < sentences.count else { return body }
        let prose = filled[sentences[cells]].number
        return Array(body.prefix { $0.number < prose })
    }

    /// How many of the first sentences stand at one stride of at least two lines (a column of
    /// them), nil when fewer than two do.
    private static func columnRun(_ sentences: [Int]) -> Int? {
        guard sentences.count >= 2 else { return nil }
        let stride = sentences[1] - sentences[0]
        guard stride >= 2 else { return nil }
        var run = 2
        while run < sentences.count, sentences[run] - sentences[run - 1] == stride { run += 1 }
        return run
    }
}

extension SentenceCells {
    /// A line's cells, one cell per line: a sentence of words alone is one cell, the spaces inside
    /// it (“270米×4米×0.2米, 1216米×5米×0.2米。”) part its words, not cells.
    static func cells(of line: TableLines.Line) -> [Token] {
        let filled = line.tokens.filter { !$0.isBlank }
        guard filled.count > 1, UTF8Text.holds(line.compact, "。"),
              filled.allSatisfy({ $0.kind == .text }) else { return filled }
        var joined = filled[0]
        joined.text = filled.map(\.text).joined(separator: " ")
        return [joined]
    }
}
