/// One cell per line, a header of value words only (no name-column word such as 项目, but for
/// the 三公 form's, its row's name cell left blank) over a
/// single row of values printed without a name (“三公”经费合计 · 因公出国(境)费 · 公务用车购置及运行费 ·
/// 公务接待费 over 小计 · 公务用车购置费 · 公务用车运行费, then six numbers). The stream takes the
/// header's last word, printed just above the numbers, for the row's name, and reads the rest as
/// one flat row of columns: values land under wrong columns.
///
/// The word is the header's when, with it back, the header is a top row followed by a run led by
/// 小计/合计 that one top word spans (top words − 1 + run words = the values), and the row's sums
/// say which top word: at exactly one place the run's subtotal, not zero, is the sum of the rest
/// of the run. Where the shape holds and the sums do not tell, the flat reading fits only by that
/// mistake: the values are rejected (unless the run's 小计 is the one column printed blank:
/// `BlankSubtotal`). A name that is a column of the 三公 form is the header's
/// word whatever the shape: the header with it back names each value, or the values are rejected.
/// Any other table is left as it was.
enum UnnamedValueRow {
    enum Outcome {
        /// The header rebuilt with the word back, the row without a name.
        case read(paths: [HeaderPath], chunks: [RowStreamReader.Chunk], words: [String])
        /// The shape holds but the sums do not single out the spanning word: the flat reading
        /// fits the values' count only by taking a header word for a name; nothing is placed.
        case unknown
    }

    static func reading(paths: [HeaderPath], words: [String], chunks: [RowStreamReader.Chunk]) -> Outcome? {
        guard paths.allSatisfy({ $0.components.count == 1 }),
              let row = chunks.first, row.codes.isEmpty, !row.labels.isEmpty, !row.values.isEmpty,
              chunks.dropFirst().allSatisfy({ $0.values.isEmpty }) else { return nil }
        let names = row.labels.map { TextRepair.compact($0.text) }
        // A column of the 三公 form is no row's name: it and the pieces printed with it (a header
        // row's last cells) are the header's last words. With them back the words name the
        // values one each, or the header is not certain.
        let formWord = names.contains(where: HeaderWords.isFormColumnName)
        guard formWord || names.count == 1 else { return nil }
        // The form's name-column word (项目) may lead its header, the row's name cell left blank,
        // where the header's own words are the form's columns (under `项目 合计` the form's words
        // name rows).
        let named = words.prefix(while: HeaderWords.isStructural).count
        let leading = formWord && words.dropFirst(named).contains(where: HeaderWords.isFormColumnName) ? named : 0
        guard !words.dropFirst(leading).contains(where: HeaderWords.isStructural) else { return nil }
        // Where a column was joined of several lines' words (a guess), the header's own words.
        let joined = formWord && !StreamHeader.joinedColumns(paths, words: words).isEmpty
        let flat = (joined ? Array(words.dropFirst(leading)) : paths.map(\.components[0])) + names
        var unnamed = row
        unnamed.labels = []
        if formWord, flat.count == row.values.count, !flat.dropFirst().contains(where: HeaderWords.isSubtotal) {
            return .read(paths: flat.map { HeaderPath([$0]) }, chunks: [unnamed] + chunks.dropFirst(), words: words + names)
        }
        if formWord, let paths = BlankSubtotal.paths(flat, values: row.values) {
            return .read(paths: paths, chunks: [unnamed] + chunks.dropFirst(), words: words + names)
        }
        guard let run = flat.lastIndex(where: HeaderWords.isSubtotal), run >= 2, flat.count - run >= 2,
              run - 1 + flat.count - run == row.values.count else { return formWord ? .unknown : nil }
        guard let parent = spanningWord(values: row.values, top: run, runLength: flat.count - run) else { return .unknown }
        let grouped = flat[run...].map { HeaderPath([flat[parent], $0]) }
        let rebuilt = flat[..<parent].map { HeaderPath([$0]) } + grouped + flat[(parent + 1)..<run].map { HeaderPath([$0]) }
        return .read(paths: rebuilt, chunks: [unnamed] + chunks.dropFirst(), words: words + names)
    }

    /// The one top word whose place in the row holds a subtotal, not zero, equal to the sum of the
    /// `runLength - 1` values after it; nil when no place or several do.
    static func spanningWord(values: [Token], top: Int, runLength: Int) -> Int? {
        let numbers = values.map { ExactDecimal.parse($0.text) }
        let places = (0..<top).filter { p in
            guard let total = numbers[p], !total.isZero else { return false }
            let parts = numbers[(p + 1)..<(p + runLength)]
            guard parts.allSatisfy({ $0 != nil }) else { return false }
            return parts.reduce(ExactDecimal.zero) { $0 + $1! } == total
        }
        return places.count == 1 ? places[0] : nil
    }
}
