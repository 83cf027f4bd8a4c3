/// A value glued to the next section's name: when the name column of a two-sided table's right
/// side starts right where the left side's last amount ends, pdftotext prints them as one word
/// ("0出" for the amount 0 and the end of a wrapped "…支" / "出"). The word is cut in two where
/// the amount, nearest the left section's value columns, meets the name, nearest the right
/// section's name column.
extension AlignedGridReader {
    static func unglued(_ token: Token, _ sections: [AlignedHeader.Section]) -> [Token] {
        guard sections.count > 1, token.kind == .text else { return [token] }
        let digits = token.text.prefix { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") }
        guard !digits.isEmpty, let next = token.text.dropFirst(digits.count).unicodeScalars.first,
              isChinese(next) else { return [token] }
        let number = Token(text: String(digits), line: token.line, column: token.column)
        let name = Token(text: String(token.text.dropFirst(digits.count)), line: token.line, column: number.end)
        guard [.amount, .integer].contains(number.kind) else { return [token] }
        let valueSection = nearestValues(number, sections), nameSection = nearestNames(name, sections)
        // A date in a name ("2024年…") is a name's own digits, never a value.
        guard valueSection < nameSection, !"年月日".contains(name.text.first!) else { return [token] }
        return [number, name]
    }

    private static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value)
    }
}
