import Foundation

extension ExactDecimal {
    /// An amount as printed with thousands separators (`1,298,190.00`): the separators dropped,
    /// over the bytes of ASCII text (an amount's), by Foundation otherwise (which leaves a comma a
    /// combining mark follows), then parsed strictly.
    static func parse(grouped text: String) -> ExactDecimal? {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return parse(text.replacingOccurrences(of: ",", with: "")) }
        guard UTF8Text.containsByte(text, 0x2C) else { return parse(text) }
        return parse(String(decoding: text.utf8.filter { $0 != 0x2C }, as: UTF8.self))
    }
}
