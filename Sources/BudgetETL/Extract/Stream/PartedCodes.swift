/// Layer 3 (tokens of a space-separated body): cells a converter printed apart that are one cell.
///
/// - A classification code printed in its 类 / 款 / 项 parts, one cell each (`208 05 01 行政单位离退休`,
///   `301 01 基本工资`), as forms with a column per part print it: the parts are one code
///   (2080501), not a row of three values. Taken only under a header that names a 款 column, where
///   a three-digit class and one or two two-digit parts stand where a row starts (a line's start,
///   or right after an amount: the next side's row) and a name or an amount follows them.
/// - An amount run into the list-marked name after it (`47,483,458一、社会保障和就业支出`: the
///   converter dropped the space between a side's value and the next side's name): two cells.
enum PartedCodes {
    static func joined(_ lines: [TableLines.Line], header: [TableLines.Line]) -> [TableLines.Line] {
        let parted = namesPartColumns(header)
        return lines.map { line in
            var line = line
            let split = line.tokens.flatMap(gluedRowStart)
            line.tokens = parted ? joinedParts(split) : split
            return line
        }
    }

    /// A header word 款 alone: the form prints the code's parts in columns of their own.
    static func namesPartColumns(_ header: [TableLines.Line]) -> Bool {
        header.contains { $0.tokens.contains { TextRepair.compact($0.text) == "款" } }
    }

    private static func joinedParts(_ tokens: [Token]) -> [Token] {
        var out: [Token] = []
        var i = 0
        while i < tokens.count {
            guard let count = partsRun(tokens, at: i, after: out.last) else {
                out.append(tokens[i]); i += 1; continue
            }
            let last = tokens[i + count - 1]
            var code = tokens[i]
            code.text = tokens[i..<(i + count)].map(\.text).joined()
            code.printedWidth = last.column + last.text.count - code.column
            out.append(code)
            i += count
        }
        return out
    }

    /// How many tokens at `i` are one code's parts: a class of three digits, then one or two parts
    /// of two digits, then a name or an amount; at a line's start or after an amount.
    private static func partsRun(_ tokens: [Token], at i: Int, after previous: Token?) -> Int? {
        guard tokens[i].kind == .integer, tokens[i].text.utf8.count == classDigits,
              previous.map({ $0.kind == .amount }) ?? true else { return nil }
        var end = i + 1
        while end < tokens.count, end - i <= maxParts, tokens[end].kind == .integer, tokens[end].text.utf8.count == partDigits {
            end += 1
        }
        guard end > i + 1, end < tokens.count else { return nil }
        let next = tokens[end]
        let named = next.kind == .text && !CellText.mayBeNumber(next)
        return named || next.kind == .amount ? end - i : nil
    }

    /// `47,483,458一、…` → `47,483,458` and `一、…`, when the amount has a separator or a decimal
    /// point (no code or count) and the rest starts a row by its list marker.
    private static func gluedRowStart(_ token: Token) -> [Token] {
        // Most cells are names or numbers: only a text cell opening with a digit is looked into.
        guard token.kind == .text, let first = token.text.utf8.first, (0x30...0x39).contains(first) else { return [token] }
        let scalars = Array(token.text.unicodeScalars)
        let digits = scalars.prefix { ("0"..."9").contains($0) || $0 == "," || $0 == "." }
        guard !digits.isEmpty, digits.count < scalars.count else { return [token] }
        let amount = String(String.UnicodeScalarView(digits)), rest = String(String.UnicodeScalarView(scalars[digits.count...]))
        guard TokenKind.of(amount) == .amount, AlignedRows.startsRow(rest), !AlignedRows.isTotal(rest) else { return [token] }
        return [Token(text: amount, line: token.line, column: token.column),
                Token(text: rest, line: token.line, column: token.column + digits.count)]
    }

    private static let classDigits = 3
    private static let partDigits = 2
    /// 款 and 项.
    private static let maxParts = 2
}
