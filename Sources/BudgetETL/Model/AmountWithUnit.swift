/// An amount printed with its money unit inside the cell ("20万元", "1.5亿元", "300 元"): the cell
/// states its own unit, so the number is an amount in that unit, whatever the table states.
/// Only a number directly followed by the unit counts; words around it ("约20万元", "20万元左右")
/// make the cell text.
public enum AmountWithUnit {
    /// The cell's number (its bytes before the unit, trailing spaces dropped) and its unit; nil when
    /// the text does not end with a money unit or nothing is before it.
    public static func split(bytes b: UnsafeBufferPointer<UInt8>) -> (numberEnd: Int, unit: MoneyUnit)? {
        // 元 is E5 85 83; the prefixes 万 E4 B8 87, 千 E5 8D 83, 亿 E4 BA BF.
        let n = b.count
        guard n >= 4, b[n - 3] == 0xE5, b[n - 2] == 0x85, b[n - 1] == 0x83 else { return nil }
        var end = n - 3
        var unit = MoneyUnit.yuan
        if end >= 3 {
            switch (b[end - 3], b[end - 2], b[end - 1]) {
            case (0xE4, 0xB8, 0x87): unit = .wanYuan; end -= 3
            case (0xE5, 0x8D, 0x83): unit = .qianYuan; end -= 3
            case (0xE4, 0xBA, 0xBF): unit = .yiYuan; end -= 3
            default: break
            }
        }
        while end > 0, b[end - 1] == 0x20 { end -= 1 }
        return end > 0 ? (end, unit) : nil
    }

    /// The number's text and the unit of a cell that prints an amount with its unit; nil for any
    /// other cell (the number part is not checked here: the caller reads it as any cell).
    public static func split(_ text: String) -> (number: String, unit: MoneyUnit)? {
        var text = text
        return text.withUTF8 { b in
            split(bytes: b).map { (String(decoding: UnsafeBufferPointer(rebasing: b[..<$0.numberEnd]), as: UTF8.self), $0.unit) }
        }
    }
}
