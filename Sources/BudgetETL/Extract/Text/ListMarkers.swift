/// List markers that number a name's items — "(2)", "（2）", "2." — printed alone on a line when a
/// narrow name cell wraps after them. Read as numbers they are the accounting negative −2 or the
/// amount 2, and one of them makes a column of names a column of values. An amount printed so
/// needs a column of numbers: in a column whose other cells are all words, they are words.
enum ListMarkers {
    /// A whole number of one or two digits in brackets, or followed by a point.
    static func isMarker(_ text: String) -> Bool {
        // Most cells asked are amounts: a marker holds four scalars at most, spaces aside, and ends
        // in a bracket or a point, which a loop over its first five scalars tells without an array.
        var count = 0, end: Unicode.Scalar = " "
        for scalar in text.unicodeScalars where !Tokenizer.isSpace(scalar) {
            count += 1
            if count > 4 { return false }
            end = scalar
        }
        guard end == ")" || end == "）" || end == "." || end == "．" else { return false }
        let scalars = Array(text.unicodeScalars.filter { !Tokenizer.isSpace($0) })
        func digit(_ s: Unicode.Scalar) -> Bool { (0x30...0x39).contains(s.value) || (0xFF10...0xFF19).contains(s.value) }
        func open(_ s: Unicode.Scalar) -> Bool { s == "(" || s == "（" }
        func close(_ s: Unicode.Scalar) -> Bool { s == ")" || s == "）" }
        func point(_ s: Unicode.Scalar) -> Bool { s == "." || s == "．" }
        guard let first = scalars.first, let last = scalars.last else { return false }
        if open(first), close(last) {
            let inner = scalars.dropFirst().dropLast()
            return (1...2).contains(inner.count) && inner.allSatisfy(digit)
        }
        let number = scalars.dropLast()
        return point(last) && (1...2).contains(number.count) && number.allSatisfy(digit)
    }

    /// The kinds of a column's filled cells, its list markers counted as words when every other
    /// cell of it is words.
    static func kinds(_ cells: [Token]) -> [TokenKind] {
        // One pass (asked of every column of every grid): words, and no other cell than a marker.
        var kinds: [TokenKind] = []
        var words = false, others = false
        for cell in cells where !cell.isBlank {
            kinds.append(cell.kind)
            if cell.kind == .text { words = true } else if !(cell.kind == .amount && isMarker(cell.text)) { others = true }
        }
        return words && !others ? Array(repeating: .text, count: kinds.count) : kinds
    }
}

extension ListMarkers {
    /// The lines with the list markers of their columns of words made words, so that they stay in
    /// the names they open (and are no amounts in a name column, rejected as out of place).
    static func retyped(_ body: [TableLines.Line]) -> [TableLines.Line] {
        var body = body
        let width = body.map { $0.tokens.count }.max() ?? 0
        for i in 0..<width {
            let column = body.compactMap { i < $0.tokens.count ? $0.tokens[i] : nil }
            guard column.contains(where: { $0.kind == .amount && isMarker($0.text) }),
                  kinds(column).allSatisfy({ $0 == .text }) else { continue }
            for n in body.indices where i < body[n].tokens.count && !body[n].tokens[i].isBlank { body[n].tokens[i].readAsWords() }
        }
        return body
    }
}
