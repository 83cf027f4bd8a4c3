/// A row that prints a second economic code in brackets after its name (`30239 其他交通费用 [502
/// 01 办公经费]`) wraps that cell in a narrow column: the bracket's `[502` ends the name's first
/// line and its `01` opens the number line, right after the row's own code. A converter that
/// joins characters set closer than a few points (pdfplumber) prints the two as one word,
/// `3023901 办公经费]`: a code two digits longer than any economic code, beside a bracket whose
/// class has lost its 款 digits, or whose end alone the row prints (`办公经费]`, its opening
/// line read into the row above). The two digits go back into the bracket.
enum BracketCodeDigits {
    static func restored(_ rows: [ExtractedRow]) -> [ExtractedRow] {
        rows.map { row in
            guard row.codeParts.count == 1, let split = split(code: row.codeParts[0], label: row.label) else { return row }
            var out = row
            out.codeParts = [split.code]
            out.label = split.label
            return out
        }
    }

    /// The row's own code and its label with the bracket's 款 digits put back, when the code is an
    /// economic code (3 digits of class, 2 of 款) with two digits too many and the label's bracket
    /// opens on an economic class alone, its name after it (`[502 办公经费]`).
    static func split(code: String, label: String) -> (code: String, label: String)? {
        let digits = Array(code.utf8)
        guard digits.count == Self.economicDigits + Self.partDigits,
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        let own = String(decoding: digits.prefix(Self.economicDigits), as: UTF8.self)
        let part = String(decoding: digits.suffix(Self.partDigits), as: UTF8.self)
        guard isEconomic(own) else { return nil }
        if let open = bracketedClass(in: label) {
            var text = label
            text.insert(contentsOf: " " + part, at: open)
            return (own, text)
        }
        // The bracket opened on the line above, which went to another row: the label is the
        // bracket's end alone (`办公经费]`), the digits its first word.
        guard closesUnopened(label) else { return nil }
        return (own, part + " " + label)
    }

    /// A label that closes a bracket it never opens and starts with a name, not digits.
    private static func closesUnopened(_ label: String) -> Bool {
        guard let first = label.first, !(first.isASCII && first.isNumber),
              let close = label.firstIndex(where: { "]】".contains($0) }) else { return false }
        return !label[..<close].contains { "[【".contains($0) }
    }

    /// Digits of an economic code down to its 款 (`30239`), and of the 款 part itself.
    static let economicDigits = 5
    static let partDigits = 2

    private static func isEconomic(_ code: String) -> Bool {
        let scheme = CodeClassifier.classify(code: code).scheme
        return scheme == .economicDept || scheme == .economicGov
    }

    /// Where a bracket's economic class ends, when the bracket opens on three digits of a class
    /// followed by a name and no 款 digits (`[502 办公经费]`), and the label holds one bracket only.
    private static func bracketedClass(in label: String) -> String.Index? {
        let opens = label.indices.filter { "[【(（".contains(label[$0]) }
        guard opens.count == 1, let open = opens.first else { return nil }
        let rest = label[label.index(after: open)...]
        let classDigits = rest.prefix { $0.isASCII && $0.isNumber }
        guard classDigits.count == Self.economicDigits - Self.partDigits, isEconomic(String(classDigits)),
              let closes = rest.firstIndex(where: { "]】)）".contains($0) }) else { return nil }
        let name = rest[classDigits.endIndex..<closes].drop { $0 == " " }
        guard let first = name.first, !(first.isASCII && first.isNumber) else { return nil }
        return classDigits.endIndex
    }
}
