import Foundation

/// A money unit of published amounts, with its size as a power of ten of 元.
public enum MoneyUnit: String, Sendable, Codable, Equatable, CaseIterable {
    case yuan = "元"
    case qianYuan = "千元"
    case wanYuan = "万元"
    case yiYuan = "亿元"

    /// 1 元 = 10^0 元, 1 千元 = 10^3 元, 1 万元 = 10^4 元, 1 亿元 = 10^8 元.
    public var powerOfTen: Int {
        switch self {
        case .yuan: return 0
        case .qianYuan: return 3
        case .wanYuan: return 4
        case .yiYuan: return 8
        }
    }

    /// Finds the unit stated in a text: "万元", "单位：万元", "金额单位：元", "单位:  万元", "（万元）",
    /// "项目金额(万元)", "单位：万 元". Also reads the configuration names "yuan", "wan_yuan", … .
    /// The prefixed units (万元, 千元, 亿元) are looked for before a bare 元, so "万元" is never read as 元.
    /// When the text says "单位" the unit after it wins; otherwise the last parenthesized unit, then the
    /// last unit anywhere. Returns nil when the text names no unit.
    public init?(text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        switch trimmed {
        case "yuan": self = .yuan; return
        case "qian_yuan", "qianyuan": self = .qianYuan; return
        case "wan_yuan", "wanyuan": self = .wanYuan; return
        case "yi_yuan", "yiyuan": self = .yiYuan; return
        default: break
        }
        // Drop every kind of white space so "万 元" and "单位 ：万元" read as well.
        let scalars = Array(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{200B}" && $0 != "\u{FEFF}" })
        if scalars.isEmpty { return nil }

        func unit(at i: Int) -> MoneyUnit? {
            guard scalars[i] == "元" else { return nil }
            if i > 0 {
                switch scalars[i - 1] {
                case "万": return .wanYuan
                case "千": return .qianYuan
                case "亿": return .yiYuan
                default: break
                }
            }
            return .yuan
        }
        // 1. After "单位".
        var i = 0
        while i + 1 < scalars.count {
            if scalars[i] == "单" && scalars[i + 1] == "位" {
                var j = i + 2
                while j < scalars.count, scalars[j] == ":" || scalars[j] == "：" || scalars[j] == "为" { j += 1 }
                // The unit must follow within a few characters (e.g. "单位：万元").
                var k = j
                while k < scalars.count && k <= j + 2 {
                    if scalars[k] == "元" {
                        if let u = unit(at: k) { self = u; return }
                    }
                    k += 1
                }
            }
            i += 1
        }
        // 2. Last unit anywhere (covers "（万元）" and "项目金额(万元)").
        var idx = scalars.count - 1
        while idx >= 0 {
            if let u = unit(at: idx) { self = u; return }
            idx -= 1
        }
        return nil
    }
}
