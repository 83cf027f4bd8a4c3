/// Some mirror sites print a character's pinyin reading after it, in parentheses: 岳陽(yáng)縣,
/// 經(jīng)費(fèi), 合計(jì). The readings split every word the reader knows (经费, 合计, 预算数) and a
/// table's title and header are not found. A reading is dropped when it follows a Chinese
/// character directly and is one syllable of Latin letters carrying a tone mark; an ordinary
/// parenthesis (境), (1), (万元) or an English gloss (total) is left as printed.
enum PinyinReadings {
    static let toneMarked: Set<Character> = Set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ")
    static let longestSyllable = 6
    private static let openParenthesis = Array("(".utf8)

    static func stripped(_ lines: [String]) -> [String] {
        // A byte search, not Foundation's `contains` (a `range(of:)` per line of every document).
        lines.map { ByteSearch.contains($0, openParenthesis) && mayHoldToneMark($0) ? stripped($0) : $0 }
    }

    /// A reading holds a toned vowel: a Latin letter led by a byte C3–C7 (á, ā, ǎ, ü …) or a letter
    /// with a combining mark (CC–CD), which a Character compares equal to the composed one.
    static func mayHoldToneMark(_ line: String) -> Bool {
        UTF8Text.withBytes(line) { b in b.contains { $0 >= 0xC3 && $0 <= 0xCD } }
    }

    static func stripped(_ line: String) -> String {
        var out = ""
        var rest = Substring(line)
        while let open = rest.firstIndex(of: "(") {
            let before = rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: ")"), isReading(after[..<close]),
               let last = before.last, isChinese(last) {
                out += before
                rest = after[after.index(after: close)...]
            } else {
                out += rest[...open]
                rest = after
            }
        }
        return out + rest
    }

    /// One syllable: lower-case Latin letters (ü and toned vowels included), at least one toned.
    static func isReading(_ text: Substring) -> Bool {
        guard !text.isEmpty, text.count <= longestSyllable, text.contains(where: toneMarked.contains) else { return false }
        return text.allSatisfy { ("a"..."z").contains($0) || $0 == "ü" || toneMarked.contains($0) }
    }

    static func isChinese(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { $0.value >= 0x3400 && $0.value <= 0x9FFF } ?? false
    }
}
