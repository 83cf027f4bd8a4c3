/// One cell per line, a column named by joining header words of several lines
/// (`StreamHeader.joinedColumns`). Most such joins are a guess about that column alone (a cell
/// wrapped in pieces, `工资福利` / `支出`; words of a form's label rows run into the first column).
/// A join that begins with a finished caption (a lead-in `其中:`, a year `N年`, a word ending as
/// a column's name does) or ends with a total under a word (`一般公共预算` / `小计`) took a caption
/// of a top header row for a piece of the column under it: the header has several rows, read
/// flat as one. The caption may as well head the columns after that one (`其中:` over `医疗收入
/// 财政补助收入 …`, a year over `预算数 完成数`), and a word before it may be a caption too
/// (`本年收入` over `合计` and `一般公共预算` / `小计`): no column's name is certain but a grand
/// total's printed first (`总计`, `合计` right after the name columns spans the header's rows: it
/// sums the columns after it and heads none).
enum JoinedCaptionColumns {
    /// The columns whose names are not certain: the joined ones, or, where one of them joins a
    /// caption, every column but a first total.
    static func uncertain(_ paths: [HeaderPath], words: [String]) -> Set<Int> {
        let joined = StreamHeader.joinedColumns(paths, words: words)
        let printed = Set(words)
        let captionJoined = joined.contains { k in
            paths[k].components.contains { joinsCaption(TextRepair.compact($0), words: printed) }
        }
        guard captionJoined else { return joined }
        return Set(paths.indices.dropFirst(leadsWithTotal(paths) && !joined.contains(0) ? 1 : 0))
    }

    /// Whether the first column read flat is a bare total (`总计`, `合计`): the grand total, whose
    /// place a flat reading of several header rows does not unsettle.
    static func leadsWithTotal(_ paths: [HeaderPath]) -> Bool {
        paths.first.map { $0.components.count == 1 && HeaderWords.isBareTotal($0.components[0]) } ?? false
    }

    /// Whether the name, no printed word itself, begins with a printed caption or is a printed
    /// word and a total after it.
    static func joinsCaption(_ name: String, words: Set<String>) -> Bool {
        guard !words.contains(name) else { return false }
        return words.contains { word in
            guard word.count < name.count else { return false }
            if name.hasPrefix(word), isCaption(word) { return true }
            return (HeaderWords.isTotal(word) || HeaderWords.isSubtotal(word)) && name.hasSuffix(word)
                && words.contains(String(name.dropLast(word.count)))
        }
    }

    /// A word that ends finished: it heads columns rather than begins one.
    static func isCaption(_ word: String) -> Bool {
        HeaderWords.isLeadIn(word) || HeaderWords.endsComplete(word) || RowStreamPatterns.yearName.matches(word)
    }
}
