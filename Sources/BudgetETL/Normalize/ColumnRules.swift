import Foundation

/// How the columns of one table kind are named and which of them hold money, compiled once.
///
/// Aliases: each header path component is cleaned (`LabelCleaner.cleanHeader`), then looked up in the
/// catalog's aliases, then the result in the kind's aliases. Alias keys are cleaned the same way when
/// compiled, so a key written with full-width punctuation or spaces still matches.
///
/// Money: a column holds money unless one of the non-money patterns (catalog's and kind's) is found in
/// its joined label (cleaned, or with the published punctuation). A column whose own header states a
/// money unit ("项目金额（万元）") holds money in that unit, whatever the patterns say.
///
/// Documents of one template print the same headers, so each header path is resolved once per run
/// and kept (resolving cleans every component and runs every non-money pattern).
final class ColumnRules: @unchecked Sendable {
    // Immutable after init, but for `resolved`, which `lock` guards; NSRegularExpression is safe for
    // concurrent matching.
    let globalAliases: [String: String]
    let kindAliases: [String: String]
    /// Matched by bytes where they can tell (`CompiledPattern`): ICU copies each label to UTF-16 for
    /// every pattern it is asked.
    let nonMoney: [CompiledPattern]
    private let lock = NSLock()
    private var resolved: [HeaderPath: Column] = [:]

    init(globalAliases: [String: String], kindAliases: [String: String], nonMoney: [CompiledPattern]) {
        self.globalAliases = globalAliases
        self.kindAliases = kindAliases
        self.nonMoney = nonMoney
    }

    struct Column {
        var label: String
        var isMoney: Bool
        /// Unit stated by the column's own header, overriding the table's.
        var unit: MoneyUnit?
        /// A unit of no money the column's own header states ("总人口(万人)", "土地面积(平方公里)"):
        /// its values are kept in it, never converted as money.
        var keptUnit: String? = nil
    }

    func resolve(_ path: HeaderPath) -> Column {
        lock.lock()
        let known = resolved[path]
        lock.unlock()
        if let known { return known }
        let column = resolveAnew(path)
        lock.lock()
        resolved[path] = column
        lock.unlock()
        return column
    }

    private func resolveAnew(_ path: HeaderPath) -> Column {
        var canonical: [String] = []
        canonical.reserveCapacity(path.components.count)
        for raw in path.components {
            var c = LabelCleaner.cleanHeader(raw)
            if let a = globalAliases[c] { c = a }
            if let a = kindAliases[c] { c = a }
            if !c.isEmpty { canonical.append(c) }
        }
        let label = canonical.joined(separator: " / ")
        let unit = HeaderUnit.find(in: path.components)
        if unit != nil { return Column(label: label, isMoney: true, unit: unit) }
        if let kept = path.components.last.flatMap(ColumnRules.statedMeasureUnit) { return Column(label: label, isMoney: false, unit: nil, keptUnit: kept) }
        let published = path.components.map(LabelCleaner.normalizeWhitespace).filter { !$0.isEmpty }
            .joined(separator: " / ")
        let isMoney = !(matchesNonMoney(label) || (published != label && matchesNonMoney(published)))
        return Column(label: label, isMoney: isMoney, unit: nil)
    }

    /// The unit of a count or measure a header ends with in brackets: one of a closed list, so that
    /// a qualifier in brackets ((按功能分类), (2015年)) is never taken for one.
    static func statedMeasureUnit(_ header: String) -> String? {
        let text = TextRepair.compact(header)
        guard let last = text.last, last == ")" || last == "）", let open = text.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        let unit = String(text[text.index(after: open)..<text.index(before: text.endIndex)])
        return measureUnits.contains(unit) ? unit : nil
    }
    private static let measureUnits: Set<String> = [
        "人", "万人", "人次", "万人次", "个", "户", "万户", "辆", "台", "套", "张", "床", "所", "家", "名", "件",
        "平方公里", "平方米", "万平方米", "公顷", "亩", "万亩", "吨", "万吨", "公里", "千米", "千瓦", "万千瓦", "千瓦时", "万千瓦时",
        "亿千瓦时", "立方米", "万立方米", "亿立方米", "万辆", "美元", "万美元", "亿美元",
    ]

    private func matchesNonMoney(_ text: String) -> Bool {
        nonMoney.contains { $0.matches(text) }
    }

    /// Compiles a catalog: one rule set per kind plus `fallback` for table keys the catalog lacks.
    /// Patterns that do not compile are skipped and listed in `invalidPatterns`.
    static func compile(_ catalog: Catalog) -> (byKind: [String: ColumnRules], fallback: ColumnRules, invalidPatterns: [String]) {
        var invalid: [String] = []
        var cache: [String: CompiledPattern] = [:]
        func regexes(_ patterns: [String]) -> [CompiledPattern] {
            patterns.compactMap { p in
                if let r = cache[p] { return r }
                let r = CompiledPattern(p)
                guard r.regex != nil else {
                    if !invalid.contains(p) { invalid.append(p) }
                    return nil
                }
                cache[p] = r
                return r
            }
        }
        func aliases(_ a: [String: String]) -> [String: String] {
            var out: [String: String] = [:]
            for (k, v) in a.sorted(by: { $0.key < $1.key }) {
                out[LabelCleaner.cleanHeader(k)] = LabelCleaner.cleanHeader(v)
            }
            return out
        }
        let global = aliases(catalog.columnAliases)
        let globalRegexes = regexes(catalog.nonMoneyColumns)
        var byKind: [String: ColumnRules] = [:]
        for kind in catalog.kinds where byKind[kind.key] == nil {
            byKind[kind.key] = ColumnRules(globalAliases: global, kindAliases: aliases(kind.columnAliases),
                                           nonMoney: globalRegexes + regexes(kind.nonMoneyColumns))
        }
        let fallback = ColumnRules(globalAliases: global, kindAliases: [:], nonMoney: globalRegexes)
        return (byKind, fallback, invalid)
    }
}
