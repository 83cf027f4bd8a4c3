/// A value glued to the next section's name: when the name column of a two-sided table's right
/// side starts right where the left side's last amount ends, pdftotext prints them as one word
/// ("0出" for the amount 0 and the end of a wrapped "…支" / "出"; pdfplumber's "120.50(二)教育支出"
/// before a list mark in brackets). The word is cut in two where
/// the amount, nearest the left section's value columns, meets the name, nearest the right
/// section's name column.
extension AlignedGridReader {
    static func unglued(_ token: Token, _ sections: [AlignedHeader.Section]) -> [Token] {
        guard sections.count > 1, token.kind == .text else { return [token] }
        let digits = token.text.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        guard !digits.isEmpty, startsName(token.text.dropFirst(digits.count)) else { return [token] }
        let number = Token(text: String(digits), line: token.line, column: token.column)
        let name = Token(text: String(token.text.dropFirst(digits.count)), line: token.line, column: number.end)
        guard [.amount, .integer].contains(number.kind) else { return [token] }
        let valueSection = nearestValues(number, sections)
        // A date in a name ("2024年…") is a name's own digits, never a value.
        guard valueSection < laterNearestNames(name, sections), !"年月日".contains(name.text.first!) else { return [token] }
        return [number, name]
    }

    /// The section whose name column the piece stands nearest, the later one when two stand as
    /// near (a page laid out at its own scale may put the piece midway): a name read after a
    /// side's amount starts a later side, since a row prints its name before its numbers.
    private static func laterNearestNames(_ token: Token, _ sections: [AlignedHeader.Section]) -> Int {
        let column = Double(token.column)
        let distances = sections.map { s in s.identifying.map { abs(column - $0.anchor) }.min() ?? .infinity }
        return distances.indices.last { n in distances.allSatisfy { distances[n] <= $0 } } ?? 0
    }

    /// A name starts with a Chinese character, or with a list mark in brackets before one
    /// (`(十)卫生健康支出`, `（二）…`).
    private static func startsName(_ text: Substring) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return false }
        if first == "(" || first == "（", let second = scalars.next() { return TextRepair.isIdeograph(second) }
        return TextRepair.isIdeograph(first)
    }
}

/// A whole number first on its line, one space before text of the same section ("140 家医" from
/// "对 140 家医疗机构" wrapped in its cell): a piece of a name, never a value, since a row prints
/// its name before its numbers. Not under a code column (that is a row's code).
extension AlignedGridReader {
    static func numberStartingName(_ tokens: [Token], _ sections: [AlignedHeader.Section]) -> [Token] {
        if let piece = namePiece(tokens) { return [piece] }
        guard tokens.count >= 2, tokens[0].kind == .integer, tokens[1].kind == .text,
              tokens[1].column == tokens[0].end + 1, codeSection(tokens[0], sections) == nil,
              codeWithoutCodeColumn(tokens[0], next: tokens[1], sections) == nil,
              nearestValues(tokens[0], sections) == nearestNames(tokens[1], sections) else { return tokens }
        let joined = Token(text: tokens[0].text + " " + tokens[1].text, line: tokens[0].line, column: tokens[0].column)
        return [joined] + tokens.dropFirst(2)
    }

    /// A line that is one run of words with single spaces, starting with text and ending in a
    /// whole number ("局 2023" from "局 2023 年困难群众"): a piece of a name wrapped in its cell.
    /// A row's values stand apart from its name, padded to their columns; an amount with decimals
    /// is never taken in, nor a count after a finished name (`因公出国(境)团组数 0`: a word
    /// processor's name filling its narrow cell, its value one space after it), though a year
    /// after one still is (`其中:(1)公务用车运行维护费 4`: the name wider on paper than the text
    /// gives it). Nor is a run of whole numbers at its end (`culture, sport & 100475 137180 161246`):
    /// a name holds a count or a year among its words, not numbers side by side; those are the
    /// row's values, set one space apart where a long name pushed them (pdfplumber's layout text).
    static func namePiece(_ tokens: [Token]) -> Token? {
        guard tokens.count >= 2, tokens[0].kind == .text, let number = tokens.last, number.kind == .integer,
              tokens.allSatisfy({ $0.kind == .text || $0.kind == .integer }),
              zip(tokens, tokens.dropFirst()).allSatisfy({ $1.column == $0.end + 1 }) else { return nil }
        let before = tokens[tokens.count - 2]
        guard before.kind != .integer else { return nil }
        if before.kind == .text, HeaderWords.endsComplete(TextRepair.compact(before.text)), !BareYear.holds(number.text) { return nil }
        return Token(text: tokens.map(\.text).joined(separator: " "), line: tokens[0].line, column: tokens[0].column)
    }
}

/// A rate glued to the name before it (`检查收入的比重%23%`): a converter that joins characters set
/// closer than a few points into one word (pdfplumber) prints a name filling its cell and the
/// first value beside it as one word. Where the name closes on its unit sign (`%`, `(%)`) and a
/// rate follows, nothing else, the two are cut apart: the rate a value where its last character
/// stands, the name the row's.
extension AlignedGridReader {
    static func rateAfterName(_ token: Token) -> [Token] {
        guard token.kind == .text, let last = token.text.unicodeScalars.last, last == "%" || last == "％" else { return [token] }
        let scalars = Array(token.text.unicodeScalars)
        // The rate: digits and a point before the last sign, back to the name's closing sign.
        let body = scalars.dropLast().reversed().prefix { TextRepair.isDigit($0) || $0 == "." }.count
        let cut = scalars.count - 1 - body
        guard body > 0, cut > 0, TextRepair.isDigit(scalars[cut]), "%％)）".unicodeScalars.contains(scalars[cut - 1]) else { return [token] }
        let name = Token(text: String(String.UnicodeScalarView(scalars[..<cut])), line: token.line, column: token.column)
        let rate = Token(text: String(String.UnicodeScalarView(scalars[cut...])), line: token.line, column: token.column + cut)
        guard name.kind == .text, AlignedText.isNumber(Array(rate.text.unicodeScalars)) else { return [token] }
        return [name, rate]
    }
}
