import Foundation

/// A regular expression that names a finite set of texts — literals, groups of alternatives,
/// optional characters or groups, anchored at the start, the end or both: `^合计$`,
/// `^(决算数|金额)$`, `^(收入)?总计$`, `采购金额` — matched by comparing UTF-8 bytes instead of
/// ICU (which copies every Swift string to UTF-16 first: most of validation's time on column
/// names and row labels). Any other construct (classes, `.`, `*`, `+`, counted repeats, inline
/// options, escapes of letters) is not taken, and the pattern stays with `NSRegularExpression`.
///
/// The answer is the same as ICU's: both compare code points, and UTF-8 bytes compare alike; a
/// text with a line terminator, before which ICU's `$` also matches, is left to ICU.
struct LiteralPattern {
    private let alternatives: [[UInt8]]
    private let atStart: Bool
    private let atEnd: Bool

    /// More alternatives than this and the pattern is left to ICU.
    private static let maxAlternatives = 64

    init?(_ pattern: String) {
        guard !pattern.isEmpty else { return nil }   // not a valid pattern for NSRegularExpression
        var body = Array(pattern.unicodeScalars)
        atStart = body.first == "^"
        if atStart { body.removeFirst() }
        atEnd = body.last == "$" && !Self.escaped(body, body.count - 1)
        if atEnd { body.removeLast() }
        var parser = Parser(scalars: body)
        guard let found = parser.alternatives(topLevel: true), parser.atEnd,
              !(parser.sawTopLevelBar && (atStart || atEnd)) else { return nil }
        alternatives = found.map { Array(String(String.UnicodeScalarView($0)).utf8) }
    }

    /// Whether the pattern is found in `text`; nil when only ICU can tell.
    func matches(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            if atEnd && Self.hasLineTerminator(bytes) { return nil }
            return alternatives.contains { Self.found($0, in: bytes, atStart: atStart, atEnd: atEnd) }
        }
    }

    private static func found(_ literal: [UInt8], in text: UnsafeBufferPointer<UInt8>, atStart: Bool, atEnd: Bool) -> Bool {
        guard literal.count <= text.count else { return false }
        switch (atStart, atEnd) {
        case (true, true): return literal.count == text.count && literal.elementsEqual(text)
        case (true, false): return literal.elementsEqual(text[0..<literal.count])
        case (false, true): return literal.elementsEqual(text[(text.count - literal.count)...])
        case (false, false): return ByteSearch.contains(text, literal)
        }
    }

    /// U+000A–U+000D, U+0085, U+2028, U+2029 in UTF-8.
    private static func hasLineTerminator(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in b.indices {
            switch b[i] {
            case 0x0A...0x0D: return true
            case 0xC2 where i + 1 < b.count && b[i + 1] == 0x85: return true
            case 0xE2 where i + 2 < b.count && b[i + 1] == 0x80 && (b[i + 2] == 0xA8 || b[i + 2] == 0xA9): return true
            default: continue
            }
        }
        return false
    }

    /// Whether the scalar at `index` is escaped by an odd number of backslashes before it.
    private static func escaped(_ scalars: [Unicode.Scalar], _ index: Int) -> Bool {
        var i = index - 1, count = 0
        while i >= 0 && scalars[i] == "\\" { count += 1; i -= 1 }
        return count % 2 == 1
    }

    /// Expands `alternative ('|' alternative)*` into the texts it names.
    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0
        var sawTopLevelBar = false

        var atEnd: Bool { position == scalars.count }

        private static let special: Set<Unicode.Scalar> = ["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]

        mutating func alternatives(topLevel: Bool) -> [[Unicode.Scalar]]? {
            guard var all = sequence() else { return nil }
            while position < scalars.count && scalars[position] == "|" {
                position += 1
                if topLevel { sawTopLevelBar = true }
                guard let next = sequence() else { return nil }
                all += next
                guard all.count <= LiteralPattern.maxAlternatives else { return nil }
            }
            return all
        }

        /// Atoms, each optionally followed by `?`, up to `|`, `)` or the end.
        private mutating func sequence() -> [[Unicode.Scalar]]? {
            var texts: [[Unicode.Scalar]] = [[]]
            while position < scalars.count, scalars[position] != "|", scalars[position] != ")" {
                guard var atom = self.atom() else { return nil }
                if position < scalars.count && scalars[position] == "?" {
                    position += 1
                    atom.append([])
                }
                texts = texts.flatMap { head in atom.map { head + $0 } }
                guard texts.count <= LiteralPattern.maxAlternatives else { return nil }
            }
            return texts
        }

        /// A literal character, an escaped punctuation character, or a group.
        private mutating func atom() -> [[Unicode.Scalar]]? {
            let c = scalars[position]
            position += 1
            if c == "\\" {
                guard position < scalars.count else { return nil }
                let escaped = scalars[position]
                position += 1
                guard escaped.isASCII, !escaped.properties.isAlphabetic, !("0"..."9").contains(escaped) else { return nil }
                return [[escaped]]
            }
            if c == "(" {
                if position + 1 < scalars.count && scalars[position] == "?" {
                    guard scalars[position + 1] == ":" else { return nil }   // (?i), (?<name>…), look-arounds
                    position += 2
                }
                guard let inner = alternatives(topLevel: false), position < scalars.count, scalars[position] == ")" else { return nil }
                position += 1
                return inner
            }
            if Self.special.contains(c) { return nil }
            return [[c]]
        }
    }
}
