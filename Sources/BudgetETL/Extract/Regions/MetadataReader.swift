import Foundation

/// Document-level facts: agency, fiscal year and kind, from the lines that any template prints
/// around its tables (部门名称：…, 单位：…, 2023年度) and from the table titles.
enum MetadataReader {
    static func read(lines: [String], regions: [TableRegion], titles: [String]) -> DocumentMetadata {
        var agencies: [String: Int] = [:]
        var years: [Int: Int] = [:]
        var nearby = Set<Int>()
        for region in regions { nearby.formUnion(linesAround(region.titleIndex, in: lines)) }
        for i in nearby.sorted() {
            var text = TextRepair.compact(lines[i])
            // "部门(单位)名称:" with the name on the next non-empty line.
            if UTF8Text.containsAny(text, ":", "："), UTF8Text.hasSuffix(text, ":") || UTF8Text.hasSuffix(text, "："), let next = lines[(i + 1)...].prefix(3).first(where: {
                !TextRepair.compact($0).isEmpty }) { text += TextRepair.compact(next) }
            for agency in agencyNames(in: text) { agencies[agency, default: 0] += 1 }
            if let agency = codedAgencyName(text) { agencies[agency, default: 0] += 1 }
            for year in yearValues(in: text) { years[year, default: 0] += 1 }
        }
        for title in titles.prefix(3) { for year in yearValues(in: title) { years[year, default: 0] += 1 } }
        for line in lines.prefix(10) { for year in yearValues(in: TextRepair.compact(line)) { years[year, default: 0] += 1 } }
        // The cover ("某某局2023年度部门预算") and titles that begin with the agency's name.
        for line in lines.prefix(coverLines) {
            guard let cover = coverAgencyAndYear(TextRepair.compact(line)) else { continue }
            years[cover.year, default: 0] += 1
            if let agency = cover.agency, agencies.isEmpty { agencies[agency] = 1 }
        }
        // A heading that begins with the agency's name ("某某中心财政拨款…预算情况如下", "某某区2016年…");
        // a page stored from inside its table (untitled, at the first line) puts it after the table.
        var opening = lines.prefix(coverLines)
        if let first = regions.first, first.title.isEmpty,
           lines[..<first.titleIndex].allSatisfy({ TextRepair.compact($0).isEmpty }) {
            opening = lines[min(first.body.upperBound, lines.count)...].prefix(coverLines)
        }
        if agencies.isEmpty, let agency = openingAgency(in: opening) { agencies[agency] = 1 }
        if agencies.isEmpty {
            for title in titles {
                let normalized = TitleMatcher.normalize(title)
                guard let agency = (TitleMatcher.agencyAndRest(normalized) ?? TitleMatcher.placeBeforeTitleWords(normalized))?.agency,
                      !agency.contains(where: \.isNumber) else { continue }
                agencies[agency, default: 0] += 1
            }
        }
        // A page stored from its first table's title: the section explaining the table opens with
        // the name of who budgets ("某某办公室2020年度“三公”经费支出预算为…").
        if agencies.isEmpty, let first = regions.first,
           lines[..<first.titleIndex].allSatisfy({ TextRepair.compact($0).isEmpty }),
           let agency = explainingAgency(in: lines[min(first.titleIndex + 1, lines.count)...].prefix(coverLines)) {
            agencies[agency] = 1
        }
        // Last, the cover's imprint: the compiling agency over (or before) the date it signed; or
        // the page index's publisher field; or a notice's signature after its text, or the page's
        // footer naming who publishes it.
        if agencies.isEmpty, let agency = imprintAgency(in: lines.prefix(coverLines)) ?? indexFieldAgency(in: lines.prefix(coverLines))
            ?? imprintAgency(in: signatureLines(of: lines)) ?? indexFieldAgency(in: lines.suffix(coverLines)) {
            agencies[agency] = 1
        }
        // No title, cover or opening line names a year (a page stored from inside its table): the
        // year the document's text names most often.
        if years.isEmpty {
            for line in lines { for year in yearValues(in: TextRepair.compact(line)) { years[year, default: 0] += 1 } }
        }
        // Two years named as often: a year compared with the one before (2016年度 2017年度,
        // 2017比2016增减, 上年 and 本年 columns) reports on the later.
        return DocumentMetadata(agency: mostCommon(agencies), fiscalYear: latestOfMostCommon(years), kind: kind(of: titles, opening: lines.prefix(40)))
    }

    /// The three lines before a title and the seven after it (itself included), empty lines not
    /// counted: a page that prints every cell as a paragraph puts its 部门: line far below the title.
    static func linesAround(_ title: Int, in lines: [String]) -> [Int] {
        func filled(_ range: StrideThrough<Int>, _ count: Int) -> [Int] {
            Array(range.lazy.filter { !TextRepair.compact(lines[$0]).isEmpty }.prefix(count))
        }
        guard title < lines.count else { return [] }
        return filled(stride(from: title - 1, through: 0, by: -1), 3) + [title] + filled(stride(from: title + 1, through: lines.count - 1, by: 1), 7)
    }

    /// By the tables' titles (决算 or 预算), else by the opening lines (cover, contents), since some
    /// budget templates' titles (部门收支总表) name neither.
    static func kind(of titles: [String], opening: ArraySlice<String> = []) -> DocumentKind {
        for texts in [titles, Array(opening)] {
            let finals = texts.filter { UTF8Text.holds($0, "决算") }.count
            let budgets = texts.filter { UTF8Text.holds($0, "预算") && !UTF8Text.holds($0, "决算") }.count
            if finals > 0 || budgets > 0 { return finals >= budgets ? .finalAccount : .budget }
        }
        return .unknown
    }

    static func latestOfMostCommon(_ counts: [Int: Int]) -> Int? {
        counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key < $1.key) }?.key
    }

    private static func mostCommon<T: Comparable>(_ counts: [T: Int]) -> T? {
        counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }?.key
    }

    /// "部门名称：X", "部门：X", "单位名称：X", "部门(单位)名称:X", "单位：X" (when X is not a unit).
    static func agencyNames(in text: String) -> [String] {
        // Every name follows a label and its colon; every label ends in 称, 位 or 门. A sentence
        // (a full stop) is prose, no field: "…预算单位:甲校下辖小学8个:…。" names no agency.
        guard UTF8Text.containsAny(text, ":", "："), !UTF8Text.contains(text, "。"),
              ["称:", "称：", "位:", "位：", "门:", "门："].contains(where: { UTF8Text.contains(text, $0) }) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return agencyPattern.matches(in: text, range: range).compactMap { match in
            guard let r = Range(match.range(at: 1), in: text) else { return nil }
            var name = String(text[r])
            if let cut = MetadataPatterns.nameEnd.firstRange(in: name) {
                name = String(name[..<cut.lowerBound])
            }
            return name.count >= 2 && !isUnitPhrase(name) ? name : nil
        }
    }

    /// "万元", "亿元人民币", "元人民币", "万元(保留两位小数)": a unit line's phrase (单位：…), no agency.
    /// A bare 元 opens a name too (元氏县…): only the whole word, or with 人民币 after it, is a unit.
    static func isUnitPhrase(_ name: String) -> Bool {
        let bare = name.hasSuffix("人民币") ? String(name.dropLast(3)) : name
        return unitWords.contains(bare) || ["万元", "千元", "亿元", "百万元"].contains { UTF8Text.hasPrefix(name, $0) }
    }
    private static let unitWords: Set<String> = ["元", "万元", "千元", "亿元", "百万元"]
    private static let agencyPattern = try! NSRegularExpression(pattern:
        #"(?:部门名称|部门\(单位\)名称|单位名称|预算单位|部门|单位)[:：](.+?)(?=\d{4}年|金额单位|单位[:：]|部门[:：]|$)"#)

    /// "920某某县某某镇财政所": a line near a title that is a budget unit's code followed by its name
    /// alone (the unit line of templates that print the code before the name, without 单位：).
    static func codedAgencyName(_ text: String) -> String? {
        // The code comes first: a line that starts otherwise leaves before the pattern.
        guard text.unicodeScalars.first?.properties.generalCategory == .decimalNumber,
              let last = text.unicodeScalars.last, codedAgencyEnds.contains(last),
              let match = codedAgencyPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let name = Range(match.range(at: 1), in: text) else { return nil }
        return String(text[name])
    }
    private static let codedAgencyPattern = try! NSRegularExpression(pattern:
        #"^\d{3,12}([\p{Han}()（）]{2,30}(?:局|所|中心|院|委员会|委|办公室|办事处|政府|站|队|馆|学校|协会|处|厅|社|园|场))$"#)
    /// The last characters of the pattern's names, and the line terminators its "$" passes over:
    /// a table's rows (a code, a name, amounts) end otherwise and leave before ICU.
    private static let codedAgencyEnds = Set("局所心院会委室处府站队馆校厅社园场".unicodeScalars)
        .union(["\n", "\u{0B}", "\u{0C}", "\r", "\u{85}", "\u{2028}", "\u{2029}"])

    /// How far from the start a cover line is looked for.
    static let coverLines = 60

    /// "根据…工作安排，某某区2016年一般公共预算安排…": an opening sentence whose clause starts with a
    /// place and the year of a budget or final account names the government it speaks for.
    static func placeBeforeYearInClause(_ line: String) -> (agency: String, rest: String)? {
        // 预算 and 决算 both hold 算 (no other scalar is canonically equal to it): most lines leave
        // before they are cut into clauses Character by Character.
        guard UTF8Text.containsAny(line, "算") else { return nil }
        for clause in line.split(whereSeparator: { "，,。；;".contains($0) }).dropFirst() {
            if let split = TitleMatcher.placeBeforeYear(String(clause)),
               split.rest.contains("预算") || split.rest.contains("决算") { return split }
        }
        return nil
    }

    /// "某某局2023年度部门预算", "2023年某某中心单位决算", "某某小学2016部门决算" (年 lost): the year,
    /// and the agency when one is named.
    static func coverAgencyAndYear(_ text: String) -> (agency: String?, year: Int)? {
        // Every cover names a year (年) and a 预算 or 决算 (算): most lines leave before the count.
        guard UTF8Text.containsAny(text, "算"),
              text.count <= 60, let match = coverPattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let yearRange = Range(match.range(at: 2), in: text), let year = Int(text[yearRange]),
              (1990...2100).contains(year) else { return nil }
        let agency = Range(match.range(at: 1), in: text).map { String(text[$0]) }
            ?? Range(match.range(at: 3), in: text).map { String(text[$0]) }
        // "部门(单位)" before 预算公开表 is the template's word, no name.
        let generic = agency.map { $0.filter { !"部门单位本级()（）".contains($0) }.isEmpty } ?? true
        return (agency.flatMap { $0.count >= 2 && !$0.contains(where: \.isNumber) && !generic ? $0 : nil }, year)
    }
    /// …部门预算, …单位决算公开, or a set of tables named after the unit: "2025年某某中心预算公开表".
    private static let coverPattern = try! NSRegularExpression(pattern:
        #"^(?:(.{2,40}?))?(?<!\d)(\d{4})(?:年度?)?(.{2,40}?)?(?:(?:部门|单位)(?:预算|决算)(?:公开|信息公开|报告|说明)?|(?:预算|决算)公开表)$"#)

    /// "某某办公室2020年度“三公”经费支出预算为142.40万元，…": the organization's name that opens a
    /// sentence of prose (it has a comma or a full stop) right before the year of a budget or final
    /// account it reports on; the first such sentence.
    static func explainingAgency(in lines: ArraySlice<String>) -> String? {
        for line in lines where UTF8Text.containsAny(line, "年") {
            let text = TextRepair.compact(line)
            guard text.contains(where: { "，,。".contains($0) }),
                  let match = explainingOpening.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let name = Range(match.range(at: 1), in: text), let rest = Range(match.range(at: 2), in: text),
                  organizationName.matches(String(text[name])),
                  text[rest].prefix(40).contains("预算") || text[rest].prefix(40).contains("决算") else { continue }
            return String(text[name])
        }
        return nil
    }
    private static let explainingOpening = try! NSRegularExpression(pattern: #"^([\p{Han}()（）]{2,30}?)\d{4}年度?(.+)$"#)

    static func yearValues(in text: String) -> [Int] {
        // A year is followed by 年 or a hyphen.
        guard UTF8Text.containsAny(text, "年") || UTF8Text.containsByte(text, 0x2D) else { return [] }
        let range = NSRange(text.startIndex..., in: text)
        return yearPattern.matches(in: text, range: range).compactMap { m in
            Range(m.range(at: 1), in: text).flatMap { Int(text[$0]) }
        }.filter { $0 >= 1990 && $0 <= 2100 }
    }
    /// "2016年", and "2016-度", "2019-“三公”…": a conversion that lost 年 left a hyphen in its place
    /// before a word (a hyphen before a digit is a date's or a range's).
    /// A year followed by its month ("于2019年4月开始实施", "2020年6月30日") dates an event or a
    /// signature: no fiscal year. A year after 比 or 较 ("2017年较2016年增幅") is the base a
    /// comparison is made against: no fiscal year either.
    private static let yearPattern = try! NSRegularExpression(pattern: #"(?<![比较])(\d{4})(?:年(?![0-9]{1,2}月)|-(?=[\p{Han}“"]))"#)
}

/// Patterns compiled once per run (see `CompiledPattern`).
private enum MetadataPatterns {
    /// Where a name ends: a year, the unit field, a 公开 form number, or a form's note in square
    /// brackets ("某某医院[单户表]").
    static let nameEnd = CompiledPattern(#"\d{4}年|金额单位|单位[:：]|公开\d|[\[［]"#)
}
