/// A header word printed with its characters spread over its cell ("项    目", "预    算    数": a
/// Word or WPS cell justified to its width, as pdftotext -layout keeps it) falls apart into lone
/// characters, and 项 alone reads as the 项 of a 类/款/项 code header: one word of the header is
/// taken for two columns and every value of the table is rejected. A run of lone characters on a
/// header line that spells a header word (a name column's 项目 or 科目, a measure such as 预算数,
/// a total) is that word, one cell where its first character stands. Runs beside a code header's
/// characters (类 款 项 目) are its columns and stay apart.
enum SpacedHeaderWords {
    static func joined(_ table: TableLines) -> TableLines {
        var table = table
        for n in table.header.indices {
            table.header[n] = joined(table.header[n])
        }
        return table
    }

    static func joined(_ line: TableLines.Line) -> TableLines.Line {
        // Cheap test first: two lone characters in a row.
        guard line.tokens.count >= 2, zip(line.tokens, line.tokens.dropFirst()).contains(where: { isLone($0) && isLone($1) }) else {
            return line
        }
        var tokens: [Token] = []
        var i = 0
        while i < line.tokens.count {
            var run = i
            while run < line.tokens.count, isLone(line.tokens[run]) { run += 1 }
            if run - i >= 2 {
                tokens += joinedRun(Array(line.tokens[i..<run]))
                i = run
            } else {
                tokens.append(line.tokens[i])
                i += 1
            }
        }
        var mended = line
        mended.tokens = tokens
        return mended
    }

    /// The run's words, longest first from each character; a run holding 类 or 款 is a code
    /// header's columns, left as printed.
    private static func joinedRun(_ run: [Token]) -> [Token] {
        guard !run.contains(where: { $0.text == "类" || $0.text == "款" }) else { return run }
        var tokens: [Token] = []
        var start = 0
        while start < run.count {
            let end = (start + 1..<run.count).reversed().first { isWord(run[start...$0].map(\.text).joined()) }
            guard let end else { tokens.append(run[start]); start += 1; continue }
            var word = Token(text: run[start...end].map(\.text).joined(), line: run[start].line, column: run[start].column)
            word.printedWidth = run[end].end - run[start].column
            tokens.append(word)
            start = end + 1
        }
        return tokens
    }

    private static func isLone(_ token: Token) -> Bool {
        token.kind == .text && token.text.unicodeScalars.count == 1 && token.text.unicodeScalars.first!.value >= 0x4E00
    }

    private static func isWord(_ text: String) -> Bool {
        HeaderWords.isLabel(text) || HeaderWords.isAmountMeasure(text) || HeaderWords.isBareTotal(text) || HeaderWords.isLineNumber(text)
    }
}
