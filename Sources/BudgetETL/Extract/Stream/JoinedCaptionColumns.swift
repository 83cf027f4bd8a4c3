/// One cell per line, a column named by joining header words of several lines
/// (`StreamHeader.joinedColumns`). A cell wrapped in two pieces, the first unfinished and the
/// second no column's name of its own (`工资福利` / `支出`), is a guess about that column alone.
/// Any other join (a finished caption and a word: a lead-in `其中:`, a year `2020年`, a word ending
/// as a name does; a caption over a total, `一般公共预算` / `小计`; three words or more) took a
/// caption of a top header row for a piece of the column under it: the header has several rows,
/// read flat as one. The caption may as well head the columns after that one (`其中:` over
/// `医疗收入 财政补助收入 …`, `2021年` over `预算数 完成数`), and a word before it may be a caption
/// too (`本年收入` over `合计` and `一般公共预算` / `小计`): no column's name is certain.
enum JoinedCaptionColumns {
    /// The columns whose names are not certain: the joined ones, or every column where one of
    /// them is no wrapped cell.
    static func uncertain(_ paths: [HeaderPath], words: [String]) -> Set<Int> {
        let joined = StreamHeader.joinedColumns(paths, words: words)
        let printed = Set(words)
        let captionJoined = joined.contains { k in
            paths[k].components.contains { !isWrappedCell(TextRepair.compact($0), words: printed) }
        }
        return captionJoined ? Set(paths.indices) : joined
    }

    /// Whether the name is a printed word or two printed words, the first unfinished and the
    /// second no column's name of its own (a total: `StreamHeader.joinsPieces`): one wrapped cell.
    static func isWrappedCell(_ name: String, words: Set<String>) -> Bool {
        guard !words.contains(name), !name.hasPrefix("栏次"), !HeaderWords.isFormColumnName(name) else { return true }
        return words.contains { piece in
            guard piece.count < name.count, name.hasPrefix(piece), !isCaption(piece) else { return false }
            let rest = String(name.dropFirst(piece.count))
            return words.contains(rest) && !HeaderWords.isTotal(rest) && !HeaderWords.isSubtotal(rest)
        }
    }

    /// A word that ends finished: it heads columns rather than begins one.
    static func isCaption(_ word: String) -> Bool {
        HeaderWords.isLeadIn(word) || HeaderWords.endsComplete(word) || RowStreamPatterns.yearName.matches(word)
    }
}
