/// The number of a row name's Chinese list marker (`九、卫生健康支出` → 9, `二十四、…` → 24): side
/// by side, each side numbers its own rows, so a marked name goes on the side whose last number
/// is one less.
enum ListOrdinal {
    static func of(_ text: String) -> Int? {
        var value = 0, digit = 0, seenTen = false
        for scalar in text.unicodeScalars.prefix(maxMarkerScalars) {
            if scalar == "、" {
                return seenTen || digit > 0 ? value + digit : nil
            } else if scalar == "十" {
                guard !seenTen else { return nil }
                value = (digit == 0 ? 1 : digit) * 10; digit = 0; seenTen = true
            } else if let d = digits[scalar], digit == 0 {
                digit = d
            } else {
                return nil
            }
        }
        return nil
    }

    private static let digits: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
    /// 二十四、: a marker of up to ninety-nine takes four scalars.
    private static let maxMarkerScalars = 4
}
