/// Percent signs a word processor wrapped off their numbers. A rate in a narrow cell (`99.5%`)
/// breaks after its number, and pdftotext prints the `%` on a line of its own under it: right
/// under the number when the number stands on the row's main line, or two lines down when the
/// row's cells are centred vertically (a two-line cell prints its lines above and below the line
/// that holds the row's one-line cells: `99.5` / `052001 18.88 … 100%` / `%`). A line whose only
/// numeric tokens are bare signs gives each sign back to the one number standing over it: on the
/// line above, or on the line above that when nothing of the line between stands over the sign
/// and that line holds the row's other values (then the number moves down to it, its row's line).
/// A sign with no single number over it is left as printed.
enum WrappedPercentSigns {
    static func joined(_ body: [TableLines.Line]) -> [TableLines.Line] {
        var lines = body
        for p in lines.indices where isSignLine(lines[p]) {
            // Every sign of the line is matched before any number moves: a number moved down may
            // stand over the next sign's column on its new line.
            let signs = lines[p].tokens.indices.filter { isBareSign(lines[p].tokens[$0].text) }
            var matches = signs.compactMap { s -> (sign: Int, line: Int, token: Int)? in
                guard let (q, i) = number(over: lines[p].tokens[s], in: lines, below: p) else { return nil }
                return (s, q, i)
            }
            let paired = pairedInOrder(signs, in: lines, below: p)
            matches = matches.filter { match in !paired.contains { $0.sign == match.sign } } + paired
            guard !matches.isEmpty else { continue }
            var moved: [Token] = []
            for match in matches.sorted(by: { $0.token > $1.token }) {
                let sign = lines[p].tokens[match.sign].text
                if match.line == p - 1 { lines[p - 1].tokens[match.token].text += sign; continue }
                var number = lines[p - 2].tokens.remove(at: match.token)
                number.text += sign
                moved.append(number)
            }
            for number in moved {
                let at = lines[p - 1].tokens.firstIndex { $0.column > number.column } ?? lines[p - 1].tokens.count
                lines[p - 1].tokens.insert(number, at: at)
            }
            let joinedSigns = Set(matches.map(\.sign))
            lines[p].tokens = lines[p].tokens.indices.filter { !joinedSigns.contains($0) }.map { lines[p].tokens[$0] }
        }
        return lines.filter { !$0.tokens.allSatisfy(\.isBlank) }
    }

    /// A line with bare signs and no other numbers (name pieces may stand beside them).
    static func isSignLine(_ line: TableLines.Line) -> Bool {
        line.tokens.contains { isBareSign($0.text) }
            && line.tokens.allSatisfy { isBareSign($0.text) || $0.kind == .text || $0.isBlank }
    }

    static func isBareSign(_ text: String) -> Bool { text == "%" || text == "％" }

    /// The line (index into `lines`) and token index of the one number standing over the sign.
    static func number(over sign: Token, in lines: [TableLines.Line], below p: Int) -> (Int, Int)? {
        guard let (q, tokens) = standing(over: sign, in: lines, below: p), tokens.count == 1,
              isRateNumber(lines[q].tokens[tokens[0]]) else { return nil }
        return (q, tokens[0])
    }

    /// The line whose tokens stand over the sign, and those tokens: the line above when anything
    /// of it does, else the line above that when the line between holds the row's values.
    static func standing(over sign: Token, in lines: [TableLines.Line], below p: Int) -> (line: Int, tokens: [Int])? {
        guard p >= 1, lines[p - 1].number == lines[p].number - 1 else { return nil }
        let above = standing(over: sign, in: lines[p - 1])
        if !above.isEmpty { return (p - 1, above) }
        guard p >= 2, lines[p - 2].number == lines[p].number - 2,
              lines[p - 1].tokens.contains(where: { $0.kind.isNumeric }) else { return nil }
        let upper = standing(over: sign, in: lines[p - 2])
        return upper.isEmpty ? nil : (p - 2, upper)
    }

    /// Signs standing over more than one number, paired with the numbers in order: where the signs
    /// looking at one line reach, all told, as many numbers as there are signs, each sign reaching
    /// its own in order (a converter that pushes each word one column past the one before, as
    /// pdfplumber does text wider than its character grid, sets a sign under the end of one
    /// number and the start of the next: `80.87 98.5 97.4` over `%    %    %`).
    static func pairedInOrder(_ signs: [Int], in lines: [TableLines.Line], below p: Int) -> [(sign: Int, line: Int, token: Int)] {
        let reached = signs.compactMap { s in standing(over: lines[p].tokens[s], in: lines, below: p).map { (sign: s, line: $0.line, tokens: $0.tokens) } }
        var pairs: [(sign: Int, line: Int, token: Int)] = []
        for q in Set(reached.map(\.line)) {
            let group = reached.filter { $0.line == q }
            let numbers = Array(Set(group.flatMap(\.tokens))).sorted()
            guard group.contains(where: { $0.tokens.count > 1 }), numbers.count == group.count,
                  numbers.allSatisfy({ isRateNumber(lines[q].tokens[$0]) }),
                  zip(group, numbers).allSatisfy({ $0.tokens.contains($1) }) else { continue }
            pairs += zip(group, numbers).map { (sign: $0.sign, line: q, token: $1) }
        }
        return pairs
    }

    /// Tokens of the line whose columns reach the sign's (within one column: a wrapped cell's lines
    /// are set flush left, right or centred). A rate that has its sign already takes no second
    /// one: when it merely ends next to the sign's column (a converter that sets cells closer
    /// prints the neighbour cell's rate `98.8%` right before the sign), it stands over nothing.
    private static func standing(over sign: Token, in line: TableLines.Line) -> [Int] {
        let start = sign.column, end = sign.column + sign.text.count
        return line.tokens.indices.filter { i in
            let t = line.tokens[i]
            let reaches = t.column <= end && t.column + t.text.count >= start
            return !t.isBlank && reaches && !(hasSign(t) && !overlaps(t, start: start, end: end))
        }
    }

    /// Whether the token covers one of the columns `start..<end`, not only touches them.
    private static func overlaps(_ token: Token, start: Int, end: Int) -> Bool {
        token.column < end && token.column + token.text.count > start
    }

    private static func hasSign(_ token: Token) -> Bool {
        UTF8Text.hasSuffix(token.text, "%") || UTF8Text.hasSuffix(token.text, "％")
    }

    /// A number without a sign of its own.
    private static func isRateNumber(_ token: Token) -> Bool {
        token.kind.isNumeric && !hasSign(token)
    }
}
