/// A heading printed on the line of the first row under it ("一、收入支出情况对比 (一) 收入总计
/// 58596771.09 …"): a name of several words, the first opening a list of one kind (一、) and a
/// later one opening a list of another kind ((一), 1., (1)), is the heading followed by the row's
/// own name. The row is named from the later marker on; read whole, its name held the heading
/// and matched no row of its kind. One kind of marker only ("一、住房 二、保障"), or a marker
/// alone without words after it, is left as it is.
enum HeadingOnRowLine {
    static func rowName(_ labels: [String]) -> [String] {
        guard labels.count >= 2, let first = kind(of: labels[0]), TextRepair.compact(labels[0]).count > first.length else { return labels }
        for j in labels.indices.dropFirst() {
            guard let later = kind(of: labels[j]), later.pattern != first.pattern else { continue }
            return TextRepair.compact(labels[j]).count > later.length || j + 1 < labels.count ? Array(labels[j...]) : labels
        }
        return labels
    }

    /// A word that opens with a list number (一、, (一), 1., (1)), not 其中 or a total.
    static func opensNumberedItem(_ word: String) -> Bool { kind(of: word) != nil }

    /// The list marker a word opens with: which of the four kinds, and its length.
    private static func kind(of word: String) -> (pattern: Int, length: Int)? {
        let text = TextRepair.compact(word)
        for (n, pattern) in markers.enumerated() {
            if let range = pattern.firstRange(in: text) { return (n, text.distance(from: range.lowerBound, to: range.upperBound)) }
        }
        return nil
    }

    private static let markers = [
        CompiledPattern(#"^[一二三四五六七八九十]+[、.．]"#), CompiledPattern(#"^[(（][一二三四五六七八九十]+[)）]"#),
        CompiledPattern(#"^\d{1,2}[.、．](?!\d)"#), CompiledPattern(#"^[(（]\d{1,2}[)）]"#),
    ]
}
