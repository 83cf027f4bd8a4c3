import Foundation

/// Recognizes table titles by the catalog's patterns. A title is compared in a normal form so
/// that the same table matches whatever year, numbering or spacing a document gives it:
/// whitespace removed, doubling undone, full-width brackets made ASCII, quotes removed, leading
/// list markers (- / 1. / 一、 / (一)) removed, a leading "2023年" / "2023年度" removed, a trailing
/// "(2023年度)" removed, and table labels like 公开01表 / 预算01表 removed.
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
        let range = NSRange(title.startIndex..., in: title)
        for kind in kinds where kind.patterns.contains(where: { $0.firstMatch(in: title, range: range) != nil }) {
            return (kind.key, title)
        }
        return nil
    }

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
        #"^(?:[-•·]+|\d+[.．、]|[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十\d]+\))"#,
        #"^\d{4}年度?"#,
        #"\(\d{4}年度?\)$"#,
    ].map { try! NSRegularExpression(pattern: $0) }
}
