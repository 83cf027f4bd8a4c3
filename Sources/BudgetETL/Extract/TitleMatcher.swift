import Foundation

/// Recognizes table titles by the catalog's patterns. A title is compared in a normal form so
/// that the same table matches whatever year, numbering or spacing a document gives it:
/// whitespace removed, doubling undone, full-width brackets made ASCII, quotes removed, leading
/// list markers (- / 1. / 一、 / (一)) removed, a leading "2023年" / "2023年度" removed, a trailing
/// "(2023年度)" removed, and table labels like 公开01表 / 预算01表 / 附表1: / 表一 removed. A title
/// that does not match as it stands is tried again without an agency's name in front of it.
struct TitleMatcher {
    private let kinds: [(key: String, patterns: [NSRegularExpression])]

    init(catalog: Catalog) {
        kinds = catalog.kinds.map { kind in
            (kind.key, kind.titlePatterns.compactMap { try? NSRegularExpression(pattern: "^(?:\($0))$") })
        }
    }

    /// The kind key and the normalized title, when the line is a table title.
    func match(_ line: String) -> (key: String, title: String)? {
        // Cheap test first: most lines are narrative or rows and never titles.
        let scalars = line.unicodeScalars
        guard line.utf8.count <= 400, scalars.contains("表") || (scalars.contains("经") && scalars.contains("费"))
        else { return nil }
        let title = TitleMatcher.normalize(line)
        guard title.count >= 3, title.count <= 60, title.hasSuffix("表") || title.contains("经费") else { return nil }
        if let key = kindKey(of: title) { return (key, title) }
        // An agency named before the title: "某某局2024年部门收支预算表", "某某中心收入支出决算总表".
        if let rest = TitleMatcher.withoutAgencyPrefix(title), let key = kindKey(of: rest) { return (key, rest) }
        return nil
    }

    private func kindKey(of title: String) -> String? {
        let range = NSRange(title.startIndex..., in: title)
        return kinds.first { $0.patterns.contains { $0.firstMatch(in: title, range: range) != nil } }?.key
    }

    /// The title after an organization's name (…局, …中心, …委员会 …) and an optional year.
    static func withoutAgencyPrefix(_ title: String) -> String? {
        guard let match = agencyPrefix.firstMatch(in: title, range: NSRange(title.startIndex..., in: title)),
              let range = Range(match.range(at: 1), in: title) else { return nil }
        let rest = String(title[range])
        return rest.count >= 4 ? rest : nil
    }
    private static let agencyPrefix = try! NSRegularExpression(pattern:
        #"^.{2,30}?(?:局|中心|厅|委员会|办公室|研究院|院|所|站|处|队|馆|学校|政府|协会|街道办事处|街道)(?:\d{4}年度?)?(.+)$"#)

    static func normalize(_ line: String) -> String {
        var title = TextRepair.compact(line)
        for rule in rules {
            title = rule.stringByReplacingMatches(in: title, range: NSRange(title.startIndex..., in: title),
                                                  withTemplate: "")
        }
        return TextRepair.undoubled(title)
    }

    private static let rules: [NSRegularExpression] = [
        #"(公开|预算|附)\d+表"#,
        #"^附?表[一二三四五六七八九十\d]+(?:-\d+)?[:：.．、]?"#,
        #"^(?:[-•·]+|\d+[.．、]|[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十\d]+\))"#,
        #"^\d{4}年度?"#,
        // The unit or the compiling agency printed on the title's line.
        #"(?:\(?(?:金额)?单位[:：]?(?:万元|元|千元|亿元)\)?|(?:编制|填报)(?:单位|部门)[:：].*)$"#,
        #"\(\d{4}年度?\)$"#,
    ].map { try! NSRegularExpression(pattern: $0) }
}
