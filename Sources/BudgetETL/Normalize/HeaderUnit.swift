/// Finds a money unit stated in a column's own header: "项目金额（万元）", "金额(单位:元)", or a header
/// component that is only a unit ("万元"). The last component that states one wins (the most specific).
public enum HeaderUnit {
    public static func find(in components: [String]) -> MoneyUnit? {
        for component in components.reversed() {
            if let unit = find(in: component) { return unit }
        }
        return nil
    }

    /// The unit in one (cleaned or raw) header text, nil when it states none.
    public static func find(in text: String) -> MoneyUnit? {
        let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace })
        if let unit = exactUnit(scalars[...]) { return unit }
        // Parenthesized parts, last first.
        var close = scalars.count - 1
        while close >= 0 {
            if scalars[close] == ")" || scalars[close] == "）" {
                var open = close - 1
                while open >= 0 && scalars[open] != "(" && scalars[open] != "（" { open -= 1 }
                if open < 0 { break }
                if let unit = exactUnit(scalars[(open + 1)..<close]) { return unit }
                close = open - 1
            } else {
                close -= 1
            }
        }
        return nil
    }

    /// "万元", "单位:万元", "单位：万元", "金额单位:万元" exactly.
    private static func exactUnit(_ s: ArraySlice<Unicode.Scalar>) -> MoneyUnit? {
        var text = String(String.UnicodeScalarView(s))
        for prefix in ["金额单位", "单位"] where UTF8Text.hasPrefix(text, prefix) {
            text.removeFirst(prefix.count)
            if text.hasPrefix(":") || text.hasPrefix("：") { text.removeFirst() }
            break
        }
        return MoneyUnit(rawValue: text)
    }
}
