/// Classifies the code of a row.
///
/// - function (政府收支分类 功能分类): starts with 2 and has 3, 5 or 7 digits → level 1/2/3 (类/款/项),
///   parent = the 3- or 5-digit prefix.
/// - economic_dept (部门预算支出经济分类): 3 or 5 digits starting with 30, 31 or 39 → level 1/2,
///   parent = the 3-digit prefix.
/// - economic_gov (政府预算支出经济分类): 3 or 5 digits starting with 5 → level 1/2, parent 3-digit.
/// - agency: 6-digit codes (309201, 313002) and longer identifiers (21-digit project codes; those
///   of 8 or more characters may contain ASCII capital letters) → no level, no parent.
/// - anything else → scheme none (the code is kept as written).
public enum CodeClassifier {
    /// Joins the parts ("208", "05", "05" → "2080505"; full-width digits become ASCII, spaces drop) and
    /// classifies the result; nil when there is no code.
    /// With the header of the code's column and the row's name: a column headed by 单位 or 部门
    /// (单位代码, 项目单位) and not by a classification (科目, 分类), or a row named like an
    /// organization (…局, …中心), holds an agency code whatever its digits (309 is also an
    /// economic class).
    public static func classify(parts: [String], header: String, label: String = "") -> ClassificationCode? {
        guard let code = classify(parts: parts) else { return nil }
        if code.scheme == .agency && code.level == nil && code.parent == nil { return code }   // agency either way
        var header = header, label = label
        let agencyColumn = header.withUTF8 { h in
            agencyHeaders.contains { ByteSearch.contains(h, $0) } && !classificationHeaders.contains { ByteSearch.contains(h, $0) }
        }
        let organization = agencyColumn || label.withUTF8 { l in organizationSuffixes.contains { Self.hasSuffix(l, $0) } }
        return agencyColumn || organization ? ClassificationCode(code: code.code, scheme: .agency, level: nil, parent: nil) : code
    }

    // As UTF-8 bytes, made once: these are asked of every coded row.
    private static let agencyHeaders = ["单位", "部门"].map { Array($0.utf8) }
    private static let classificationHeaders = ["科目", "分类", "经济", "功能"].map { Array($0.utf8) }
    private static let organizationSuffixes = ["局", "中心", "厅", "委员会", "办公室", "院", "站", "所", "处", "队", "馆",
                                               "学校", "政府", "街道办事处", "委", "办"].map { Array($0.utf8) }

    private static func hasSuffix(_ text: UnsafeBufferPointer<UInt8>, _ suffix: [UInt8]) -> Bool {
        suffix.count <= text.count && text[(text.count - suffix.count)...].elementsEqual(suffix)
    }

    public static func classify(parts: [String]) -> ClassificationCode? {
        var bytes: [UInt8] = []
        for part in parts {
            for s in part.unicodeScalars {
                switch s.value {
                case 0xFF10...0xFF19: bytes.append(UInt8(s.value - 0xFF10) + 0x30)
                case 0xFF21...0xFF3A: bytes.append(UInt8(s.value - 0xFF21) + 0x41)
                case 0x21...0x7E: bytes.append(UInt8(s.value))
                default:
                    if s.properties.isWhitespace || LabelCleaner.isZeroWidth(s) { continue }
                    // Keep anything else as written; it makes the code unclassifiable.
                    bytes.append(contentsOf: Array(String(s).utf8))
                }
            }
        }
        if bytes.isEmpty { return nil }
        return classify(code: String(decoding: bytes, as: UTF8.self))
    }

    public static func classify(code: String) -> ClassificationCode {
        let u = Array(code.utf8)
        let allDigits = !u.isEmpty && u.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        let n = u.count
        func prefix(_ k: Int) -> String { String(decoding: u[0..<k], as: UTF8.self) }

        if allDigits {
            let d0 = u[0], d1: UInt8 = n > 1 ? u[1] : 0
            if d0 == UInt8(ascii: "2") && (n == 3 || n == 5 || n == 7) {
                return ClassificationCode(code: code, scheme: .function, level: (n + 1) / 2 - 1,
                                          parent: n == 3 ? nil : prefix(n - 2))
            }
            if n == 3 || n == 5 {
                let scheme: CodeScheme?
                if d0 == UInt8(ascii: "3") && (d1 == UInt8(ascii: "0") || d1 == UInt8(ascii: "1") || d1 == UInt8(ascii: "9")) {
                    scheme = .economicDept
                } else if d0 == UInt8(ascii: "5") {
                    scheme = .economicGov
                } else {
                    scheme = nil
                }
                if let scheme {
                    return ClassificationCode(code: code, scheme: scheme, level: n == 3 ? 1 : 2,
                                              parent: n == 3 ? nil : prefix(3))
                }
            }
            if n >= 6 { return ClassificationCode(code: code, scheme: .agency, level: nil, parent: nil) }
        } else if n >= 8 && u.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) })
                    && u.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) {
            return ClassificationCode(code: code, scheme: .agency, level: nil, parent: nil)
        }
        return ClassificationCode(code: code, scheme: .none, level: nil, parent: nil)
    }
}
