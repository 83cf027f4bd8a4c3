import Foundation

/// The document's lines outside its tables, joined into one text per part so that a phrase wrapped
/// over lines ("…财政拨款收入842.48\n万元") reads as written, with the source line of every character.
///
/// Normal form, so that patterns need not spell every variant: all white space and the quotes
/// “”"‘’' and the markdown emphasis * are removed; full-width （）：，；％． and digits become ASCII.
/// The text is split into parts at heading lines (`validate.narrative_heading`, by default lines
/// starting with 一、 二、 …), so a rule can be limited to one part (`within`).
struct NarrativeText {
    struct Part {
        /// The heading line in normal form; empty for the text before the first heading.
        var heading: String
        var text: String
        /// Source line of each UTF-16 unit of `text` (NSRegularExpression ranges are UTF-16).
        var lines: [Int]
        /// The text's sentences, set when the text is complete (`NarrativeSentences`).
        var sentences: [Sentence] = []

        func line(at utf16Offset: Int) -> Int {
            lines.isEmpty ? 0 : lines[min(max(0, utf16Offset), lines.count - 1)]
        }

        func substring(_ range: NSRange) -> String { Self.substring(text, range) }

        static func substring(_ text: String, _ range: NSRange) -> String {
            guard let r = Range(range, in: text) else { return "" }
            return String(text[r])
        }
    }

    let whole: Part
    let parts: [Part]

    init(_ lines: [SourceLine], headingPattern: String, regexes: RegexCache) {
        var whole = Part(heading: "", text: "", lines: [])
        var parts: [Part] = []
        var current = Part(heading: "", text: "", lines: [])
        let heading = regexes.pattern(headingPattern)   // looked up once, not per line
        for line in lines {
            let normal = Self.normalize(line.text)
            if normal.isEmpty { continue }
            if heading.matches(normal) {
                if !current.text.isEmpty || !current.heading.isEmpty { parts.append(current) }
                current = Part(heading: normal, text: "", lines: [])
            }
            current.text += normal
            let units = normal.utf16.count
            current.lines.append(contentsOf: repeatElement(line.line, count: units))
            whole.text += normal
            whole.lines.append(contentsOf: repeatElement(line.line, count: units))
        }
        if !current.text.isEmpty || !current.heading.isEmpty { parts.append(current) }
        whole.sentences = Part.sentences(of: whole.text)
        for n in parts.indices { parts[n].sentences = Part.sentences(of: parts[n].text) }
        self.whole = whole
        self.parts = parts
    }

    /// The parts under a heading matching `within` (the whole text when nil), found once per pattern
    /// and kept: many rules are limited to the same part.
    final class Scopes {
        let text: NarrativeText
        private let regexes: RegexCache
        private var found: [PatternText: [Part]] = [:]

        init(_ text: NarrativeText, regexes: RegexCache) {
            self.text = text
            self.regexes = regexes
        }

        func parts(within: String?) -> [Part] {
            guard let within else { return [text.whole] }
            let key = PatternText(within)
            if let known = found[key] { return known }
            let parts = text.parts.filter { regexes.matches(within, $0.heading) }
            found[key] = parts
            return parts
        }
    }

    /// Over the line's UTF-8 bytes, copying runs of characters kept as they are (nearly all) at
    /// once: only ASCII and the lead bytes of the characters the normal form changes (`mayChange`)
    /// are looked at (the `unicodeScalars` view cost about 60 instructions a character).
    static func normalize(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var kept = 0   // bytes[kept..<i] are kept as they are, not yet copied
            var i = 0
            while i < bytes.count {
                let lead = bytes[i]
                let width = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
                guard mayChange(lead), i + width <= bytes.count else {
                    i += width
                    continue
                }
                let s = Unicode.Scalar(UTF8Text.scalar(bytes, at: i).value) ?? "\u{FFFD}"
                let form = normalForm(s)
                if form == s {
                    i += width
                    continue
                }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept..<i]))
                if let form { UTF8.encode(form) { out.append($0) } }
                i += width
                kept = i
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[kept..<min(i, bytes.count)]))
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether the character a lead byte starts can have another normal form: every ASCII one is
    /// asked; of the others only those of U+0080–U+00BF (C2: U+0085, U+00A0), U+1640–U+167F (E1:
    /// U+1680), U+2000–U+2FFF (E2: spaces, zero width, quotes), U+3000–U+3FFF (E3: U+3000) and
    /// U+F000–U+FFFF (EF: U+FEFF, full-width forms) can.
    @inline(__always)
    private static func mayChange(_ lead: UInt8) -> Bool {
        lead < 0x80 || lead == 0xC2 || lead == 0xE1 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF
    }

    /// A character's normal form, nil when it is removed. A switch on the scalar value rather than
    /// set and dictionary lookups: this runs for every character of the narrative.
    private static func normalForm(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x22, 0x27, 0x2A, 0x200B, 0xFEFF, 0x2018, 0x2019, 0x201C, 0x201D: return nil   // " ' * quotes, zero widths
        case _ where LabelCleaner.isWhiteSpace(s): return nil
        case 0x21...0x7E: return s
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0xFF1A: return ":"
        case 0xFF0C: return ","
        case 0xFF1B: return ";"
        case 0xFF05: return "%"
        case 0xFF0E: return "."
        case 0xFF10...0xFF19: return Unicode.Scalar(s.value - 0xFF10 + 0x30)   // ０-９
        default: return s
        }
    }
}

/// Placeholders of narrative phrases: `{name}` is an amount with its unit, `{name%}` a percentage.
enum NarrativePattern {
    /// 1234.5, 1,234.56 (thousands separators in correct groups only).
    static let number = "[0-9]+(?:,[0-9]{3})*(?:\\.[0-9]+)?"
    static let units = "万元|亿元|千元|元"
    static let placeholder = try! NSRegularExpression(pattern: "\\{([A-Za-z][A-Za-z0-9]*)(%?)\\}")

    struct Expanded {
        var pattern: String
        var amounts: [String]
        var percents: [String]
        /// Every named group: placeholders and the phrase's own (?<name>…) groups.
        var groups: [String]
        /// Text every match contains (`RequiredText`): parts without it are not searched.
        var requiredText: [UInt8]
        /// No match can cross a "。" (`SentenceEnd.confines`): only sentences holding every one of
        /// `sentenceKeys` are searched.
        var withinSentence: Bool
        var sentenceKeys: [[[UInt8]]]
    }

    static func unitGroup(_ name: String) -> String { name + "Unit" }

    static func expand(_ phrase: String) -> Expanded {
        var amounts: [String] = [], percents: [String] = []
        var pattern = ""
        var last = phrase.startIndex
        let range = NSRange(phrase.startIndex..., in: phrase)
        for m in placeholder.matches(in: phrase, range: range) {
            let whole = Range(m.range, in: phrase)!
            let name = String(phrase[Range(m.range(at: 1), in: phrase)!])
            pattern += phrase[last..<whole.lowerBound]
            if m.range(at: 2).length > 0 {
                percents.append(name)
                pattern += "(?<\(name)>\(number))%"
            } else {
                amounts.append(name)
                pattern += "(?<\(name)>\(number))(?<\(unitGroup(name))>\(units))"
            }
            last = whole.upperBound
        }
        pattern += phrase[last...]
        let own = try! NSRegularExpression(pattern: "\\(\\?<([A-Za-z][A-Za-z0-9]*)>")
        let groups = own.matches(in: pattern, range: NSRange(pattern.startIndex..., in: pattern)).map {
            String(pattern[Range($0.range(at: 1), in: pattern)!])
        }
        return Expanded(pattern: pattern, amounts: amounts, percents: percents, groups: groups,
                        requiredText: RequiredText.of(pattern), withinSentence: SentenceEnd.confines(pattern), sentenceKeys: SentenceKeys.of(pattern))
    }
}
