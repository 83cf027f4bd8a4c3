/// The characters a text must start with to match a pattern anchored at its start by a literal
/// character or a class of them: `^[一二三四五六七八九十]+、` (the narrative's headings), `^合计`.
/// ICU is asked only about texts starting with one (each ICU call copies the text to UTF-16 first,
/// and most narrative lines hold a "、", the heading's required text, without being a heading).
///
/// Without the multi-line option ICU's `^` matches only at the text's start, so the first item must
/// match its first character. Taken only when that item cannot be skipped (no `?`, `*` or `{`
/// after it) and every `|` of the pattern is inside a group (a top-level alternative need not
/// start with the item);
/// a class only of single characters and ranges (no escapes, nesting, negation, set operations or
/// `[:name:]` properties).
/// Anything else answers nil: no filter, ICU decides as before.
struct LeadingCharacters {
    private let ranges: [ClosedRange<UInt32>]

    init?(_ pattern: String) {
        let s = Array(pattern.unicodeScalars)
        guard s.count >= 2, s[0] == "^", Self.alternativesNested(s) else { return nil }
        var next = 2
        if s[1] == "[" {
            guard let (found, end) = Self.classMembers(s, from: 2) else { return nil }
            ranges = found
            next = end
        } else {
            guard !Self.metacharacters.contains(s[1]) else { return nil }
            ranges = [s[1].value...s[1].value]
        }
        if next < s.count, ["?", "*", "{"].contains(s[next]) { return nil }
    }

    /// Whether every `|` is inside parentheses. Escapes and classes are skipped; quoting (`\\Q`),
    /// inline options (`(?x)`: comments), a class opening with `]`, a nested class or a `)` without
    /// its `(` answer false.
    private static func alternativesNested(_ s: [Unicode.Scalar]) -> Bool {
        var depth = 0, i = 0
        while i < s.count {
            switch s[i] {
            case "\\":
                if i + 1 < s.count, s[i + 1] == "Q" { return false }
                i += 1
            case "(":
                if i + 2 < s.count, s[i + 1] == "?", s[i + 2].properties.isAlphabetic || s[i + 2] == "-" { return false }
                depth += 1
            case ")":
                depth -= 1
                if depth < 0 { return false }
            case "|" where depth == 0: return false
            case "[":
                i += 1
                if i < s.count, s[i] == "]" || s[i] == "^" { return false }
                while i < s.count, s[i] != "]" {
                    if s[i] == "[" || s[i] == "\\" { return false }
                    i += 1
                }
            default: break
            }
            i += 1
        }
        return true
    }

    private static let metacharacters: Set<Unicode.Scalar> = ["\\", ".", "[", "]", "(", ")", "{", "}", "*", "+", "?", "|", "^", "$"]

    /// The members of the class opening before `start`, and the position after its `]`.
    private static func classMembers(_ s: [Unicode.Scalar], from start: Int) -> ([ClosedRange<UInt32>], Int)? {
        var members: [ClosedRange<UInt32>] = []
        var i = start
        while i < s.count {
            let c = s[i]
            if c == "]" { return members.isEmpty ? nil : (members, i + 1) }
            guard c != "\\", c != "[", c != "&", c != "^", c != "-", c != ":" || i > start else { return nil }   // `[:alpha:]`: a property
            if i + 2 < s.count, s[i + 1] == "-" {
                let high = s[i + 2]
                guard high != "]", high != "\\", high != "[", c.value <= high.value else { return nil }
                members.append(c.value...high.value)
                i += 3
            } else {
                members.append(c.value...c.value)
                i += 1
            }
        }
        return nil   // unclosed
    }

    /// Whether `text` starts with one of the characters (false for an empty text).
    func admits(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first?.value else { return false }
        return ranges.contains { $0.contains(first) }
    }
}
