extension SequentialHeader {
    /// "2017比2016增减" ending its header line over "增减值 增减%", the whole line under it: the
    /// lower words all begin with the upper word's ending (增减), so they are the parts of that
    /// merged cell named after it, not the rest of a wrapped cell (a wrapped cell goes on in one
    /// piece, and its rest does not repeat its ending). Joined as a wrap, "2017比2016增减增减值"
    /// named one column and "增减%" stood alone; nested, each is the group's part.
    static func nestUnderSharedStem(_ words: [Word]) -> [Word] {
        var words = words
        var i = 0
        while i < words.count {
            let upper = words[i]
            let lower = words[(i + 1)...].prefix { $0.line == upper.line + 1 }
            if i > 0, words[i - 1].line == upper.line, lower.count >= 2,
               stemGroup(upper.text, lower.map(\.text)) {
                let parts = lower.map { Word(text: upper.text + " / " + $0.text, line: $0.line, first: upper.line) }
                words.replaceSubrange(i...(i + lower.count), with: parts)
                i += parts.count
            } else { i += 1 }
        }
        return words
    }

    /// The upper word is the last of its line and a group's name; every lower word begins with an
    /// ending of it (two characters or more) and goes on after it.
    private static func stemGroup(_ upper: String, _ lower: [String]) -> Bool {
        guard !upper.isEmpty, !UTF8Text.holds(upper, " / "), !HeaderWords.isStructural(upper),
              !HeaderWords.isLineNumber(upper), !lower.contains(where: { $0.isEmpty || UTF8Text.holds($0, " / ") })
        else { return false }
        let chars = Array(upper)
        let shortest = lower.map(\.count).min() ?? 0
        return (2...max(2, min(chars.count, shortest - 1))).contains { length in
            length < shortest && length <= chars.count && lower.allSatisfy { $0.hasPrefix(String(chars.suffix(length))) }
        }
    }
}

extension SequentialHeader {
    /// "合 计", "年 份": a two-character header word spaced out to fill its cell reads as two words
    /// of one character each. Side by side on one line, two such words that make a header word
    /// are that word (a single character names no column).
    static func joinSpacedCharacters(_ words: [Word]) -> [Word] {
        var out: [Word] = []
        for word in words {
            if let last = out.last, last.line == word.line, last.first == last.line, last.text.count == 1, word.text.count == 1,
               HeaderWords.isHeaderWord(last.text + word.text) {
                out[out.count - 1] = Word(text: last.text + word.text, line: word.line)
            } else { out.append(word) }
        }
        return out
    }
}
