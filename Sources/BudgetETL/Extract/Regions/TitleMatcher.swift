import Foundation

/// Recognizes table titles. A title is compared in a normal form so that the same table matches
/// whatever year, numbering or spacing a document gives it: whitespace removed, doubling undone,
/// full-width brackets made ASCII, quotes removed, leading list markers (- / 1. / 一、 / (一))
/// removed, years removed, and table markers like 公开01表 / 预算01表 / 附表1: / 表一 / 表3-1
/// removed. A title that does not match as it stands is tried again without an agency's name in
/// front of it.
///
/// The catalog names tables; it does not decide whether they exist. A line shaped like a title
/// (short, ends in 表, no sentence punctuation, no amounts) is a title candidate even when no
/// catalog pattern matches it; the extractor keeps it when a table follows (`TableStructure`).
struct TitleMatcher {
    private let kinds: [(key: String, patterns: [CompiledPattern])]
    private let signatures: [(key: String, words: [[CompiledPattern]])]
    /// Titles met before in this run: documents of one archive print the same titles, and a
    /// title costs dozens of pattern matches.
    private let known = RunMemo<TitleKey, Match?>()
    /// Normalized titles already matched against the catalog: the same title follows many
    /// agencies' names.
    private let kindOfTitle = RunMemo<UTF8Key, String?>()
    /// Lines already read, by what decides their reading: their normalized text (without its
    /// year, marker or list number, which differ from document to document) and the few facts of
    /// the line as printed that `match` and `shapedTitle` ask besides.
    private let normalizedTitles = RunMemo<NormalizedLine, Match?>()
    private struct TitleKey: Hashable { var line: UTF8Key; var afterMarker: Bool }
    private struct NormalizedLine: Hashable {
        var title: UTF8Key
        /// `match`'s test of the line: it holds 表, or 经 and 费.
        var mayMatch: Bool
        /// `shapedTitle`'s tests of the line: short enough, and under a marker or holding 表.
        var mayBeShaped: Bool
        /// Under a marker, a title not ending in 表 is one phrase (asked only then; false otherwise).
        var onePhrase: Bool
    }

    init(catalog: Catalog) {
        kinds = catalog.kinds.map { kind in
            (kind.key, kind.titlePatterns.map { CompiledPattern($0, wholeText: true) }.filter { $0.regex != nil })
        }
        signatures = catalog.kinds.map { kind in
            (kind.key, kind.headerSignatures.map { $0.map { CompiledPattern($0) }.filter { $0.regex != nil } })
        }
    }

    /// A title line: its normalized text and, when a catalog pattern matches, its kind.
    struct Match: Equatable {
        var key: String?
        var title: String
    }

    /// A title by the catalog's patterns, else by its shape alone (`key` nil).
    func title(_ line: String, afterMarker: Bool = false) -> Match? {
        // Most lines are no title, and cheaply refused: only a line that may be one is remembered.
        guard line.utf8.count <= 400, afterMarker || UTF8Text.containsAny(line, "表") || UTF8Text.containsAny(line, "经") else {
            return nil
        }
        return known.value(for: TitleKey(line: UTF8Key(line), afterMarker: afterMarker)) {
            titleOfNormalized(line, afterMarker: afterMarker)
        }
    }

    /// `match(line)`, else `shapedTitle(line, afterMarker:)`, the line normalized once and its
    /// reading remembered by its normalized text: documents print the same titles with their own
    /// years and markers.
    private func titleOfNormalized(_ line: String, afterMarker: Bool) -> Match? {
        let mayMatch = UTF8Text.containsAny(line, "表") || (UTF8Text.containsAny(line, "经") && UTF8Text.containsAny(line, "费"))
        let mayBeShaped = line.utf8.count <= 300 && (afterMarker || UTF8Text.containsAny(line, "表"))
        guard mayMatch || mayBeShaped else { return nil }
        let title = TitleMatcher.normalize(line)
        let onePhrase = mayBeShaped && afterMarker && !TitleMatcher.withoutQualifier(title).hasSuffix("表")
            && TitleMatcher.isOnePhrase(line)
        let key = NormalizedLine(title: UTF8Key(title), mayMatch: mayMatch, mayBeShaped: mayBeShaped, onePhrase: onePhrase)
        return normalizedTitles.value(for: key) {
            if mayMatch, let known = match(normalized: title) { return Match(key: known.key, title: known.title) }
            guard mayBeShaped else { return nil }
            return TitleMatcher.shapedTitle(normalized: title, onePhrase: onePhrase).map { Match(key: nil, title: $0) }
        }
    }

    /// The kind key and the normalized title, when a catalog pattern matches the line.
    func match(_ line: String) -> (key: String, title: String)? {
        // Cheap test first: most lines are narrative or rows and never titles.
        guard line.utf8.count <= 400,
              UTF8Text.containsAny(line, "表") || (UTF8Text.containsAny(line, "经") && UTF8Text.containsAny(line, "费"))
        else { return nil }
        return match(normalized: TitleMatcher.normalize(line))
    }

    /// `match` of a line whose normalized text is `title`.
    private func match(normalized title: String) -> (key: String, title: String)? {
        let length = title.count
        guard length >= 3, length <= 60, title.hasSuffix("表") || UTF8Text.holds(title, "经费") else { return nil }
        if let key = firstKindKey(of: title) { return (key, title) }
        // An agency named before the title: "某某局2024年部门收支预算表", "某某市某某局部门…表".
        for split in TitleMatcher.agencySplits(title) {
            if let key = firstKindKey(of: split.rest) { return (key, split.rest) }
        }
        return nil
    }

    /// The first kind in catalog order one of whose patterns matches the normalized title.
    private func firstKindKey(of title: String) -> String? {
        kindOfTitle.value(for: UTF8Key(title)) {
            kinds.first { $0.patterns.contains { $0.matches(title) } }?.key
        }
    }

    /// Every kind one of whose patterns matches the normalized title, in catalog order.
    func kindKeys(of title: String) -> [String] {
        kinds.filter { $0.patterns.contains { $0.matches(title) } }.map(\.key)
    }

    /// The first kind whose header signature the table's title and header words satisfy: every
    /// pattern of one of its signatures is found in the text.
    func kindKey(title: String, header: String) -> String? {
        let text = title + "|" + header
        return signatures.first { kind in
            kind.words.contains { words in !words.isEmpty && words.allSatisfy { $0.matches(text) } }
        }?.key
    }


    // MARK: - Titles by their shape

    /// Longest title taken by shape alone; catalog titles may be longer.
    static let maximumShapedTitleLength = 40

    /// The normalized title when the line reads as a table's title whatever its wording: after
    /// normalization it is 3–40 characters, ends in 表 (or follows a marker line such as 公开05表),
    /// and holds no sentence punctuation, no amount and no digit but a year's. Lines that refer to
    /// a table ("详见…表", "本部门…表") or head a part of the document ("第二部分 部门决算表") are
    /// not titles.
    static func shapedTitle(_ line: String, afterMarker: Bool = false) -> String? {
        guard line.utf8.count <= 300 else { return nil }
        if !afterMarker && !UTF8Text.containsAny(line, "表") { return nil }
        let title = normalize(line)
        return shapedTitle(normalized: title, onePhrase: afterMarker && isOnePhrase(line))
    }

    /// `shapedTitle` of a line whose normalized text is `title`; `onePhrase`: the line is under a
    /// marker and one phrase (`isOnePhrase`), asked only of a title not ending in 表.
    private static func shapedTitle(normalized title: String, onePhrase: @autoclosure () -> Bool) -> String? {
        guard title.count >= 3, title.count <= maximumShapedTitleLength else { return nil }
        // Under a marker a title may end otherwise ("表五" / "三公经费支出情况"), but it is one
        // phrase: a line of several cells is the table's header.
        if !withoutQualifier(title).hasSuffix("表") {
            guard onePhrase() else { return nil }
        }
        let listed = withoutQualifierCommas(title)
        let withoutYears = yearWords.stringByReplacingMatches(in: listed, range: NSRange(listed.startIndex..., in: listed), withTemplate: "")
        if withoutYears.unicodeScalars.contains(where: { sentencePunctuation.contains($0) || ("0"..."9").contains($0) }) { return nil }
        if referencePrefixes.contains(where: title.hasPrefix) { return nil }
        if title.hasPrefix("第") && title.contains("部分") { return nil }
        return title
    }
    /// The line, trimmed and without a heading's ordinal, holds no space or tab: one phrase, not cells.
    private static func isOnePhrase(_ line: String) -> Bool {
        let trimmed = withoutHeadingOrdinal(UTF8Text.trimmingWhitespace(line))
        return !trimmed.unicodeScalars.contains(where: { Tokenizer.isSpace($0) || $0 == "\t" })
    }
    /// "三、 资金分配情况" → "资金分配情况": the space after a heading's ordinal parts no cells.
    private static func withoutHeadingOrdinal(_ line: String) -> Substring {
        guard let mark = line.firstIndex(of: "、"), mark > line.startIndex,
              line[..<mark].allSatisfy({ "一二三四五六七八九十".contains($0) }) else { return Substring(line) }
        return line[line.index(after: mark)...].drop { $0 == " " || $0 == "\u{3000}" }
    }
    /// "支出表(预算调整,按功能分类)" → "支出表(预算调整按功能分类)": the commas of a qualifier after
    /// the title's last word list its words; they are no sentence's punctuation.
    private static func withoutQualifierCommas(_ title: String) -> String {
        let core = withoutQualifier(title)
        guard core.endIndex < title.endIndex else { return title }
        return String(core) + title[core.endIndex...].filter { $0 != "," && $0 != "，" }
    }
    /// "支出预算表(按功能分类)" → "支出预算表": a qualifier after the title's last word.
    private static func withoutQualifier(_ title: String) -> Substring {
        guard title.hasSuffix(")"), let open = title.lastIndex(of: "(") else { return Substring(title) }
        return title[..<open]
    }
    private static let sentencePunctuation: Set<Unicode.Scalar> = ["，", ",", "。", "；", ";", "：", ":", "！", "？", "?", "…", "."]
    /// A year, or a span of years (two years joined by a dash and 年: both are years, not a number of the title's).
    private static let yearWords = try! NSRegularExpression(pattern: #"\d{4}(?:[-－—~～至]\d{4})?年度?"#)
    private static let referencePrefixes = ["本", "此", "详见", "见", "如", "按", "根据", "关于", "附件", "目录"]

    /// A statistical yearbook's caption: the chapter-and-table number, a space, then the table's
    /// name without 表 ("7-1  主要年份财政收支情况"). The number is the table's marker on its own
    /// line; the name is one phrase (no space, no sentence, no digit but a year's).
    static func yearbookCaption(_ line: String) -> String? {
        // Asked of every line: the hyphen between the numbers is looked for before ICU.
        guard line.utf8.count <= 160, UTF8Text.containsAny(line, "-", "－"),
              let match = yearbookNumber.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
              let range = Range(match.range(at: 1), in: line) else { return nil }
        let name = String(line[range])
        return shapedTitle(name, afterMarker: true) == nil ? nil : name
    }
    private static let yearbookNumber = try! NSRegularExpression(pattern: #"^\s*\d{1,2}[-－]\d{1,2}\s+(\S+)\s*$"#)

    /// A caption naming a whole document, a year's 部门预算 or 部门决算 (`某局XXXX年度部门预算`): the
    /// page header a converter prints above a table's own caption, which titles no one table.
    static func namesDocument(_ line: String) -> Bool {
        guard UTF8Text.holds(line, "部门") else { return false }
        let text = TextRepair.compact(line)
        return documentEndings.contains { UTF8Text.hasSuffix(text, $0) }
    }
    private static let documentEndings = ["年度部门预算", "年度部门决算", "年部门预算", "年部门决算"]

    /// The caption after a page number pdftotext -layout set on its line (`12 某市…表`: the page's
    /// header and the caption printed side by side, a space between): nil when the line does not
    /// start with a number of at most `pageNumberDigits` digits, spaces, then a word.
    static func withoutPageNumber(_ line: String) -> String? {
        let scalars = line.unicodeScalars.drop { Tokenizer.isSpace($0) }
        let digits = scalars.prefix { ("0"..."9").contains($0) }
        guard (1...pageNumberDigits).contains(digits.count) else { return nil }
        let rest = scalars.dropFirst(digits.count)
        let caption = rest.drop { Tokenizer.isSpace($0) }
        guard caption.count < rest.count, let first = caption.first, !("0"..."9").contains(first) else { return nil }
        return String(String.UnicodeScalarView(caption))
    }
    static let pageNumberDigits = 3

    /// A line that holds only a table marker ("公开05表", "表五", "附表3：", "表3-1"): the title is on
    /// the next line.
    static func isMarkerOnly(_ line: String) -> Bool {
        // Every marker holds 表; most short lines do not.
        guard line.utf8.count <= 40, UTF8Text.containsAny(line, "表") else { return false }
        let c = TextRepair.compact(line)
        return markerOnly.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)) != nil
    }
    private static let markerOnly = try! NSRegularExpression(pattern: "^\(marker)$")

    /// A table marker as a whole (公开05表, 部门公开05表：, 表五, 附表3, 表3-1), in compact text.
    static let marker = "(?:(?:部门)?(?:公开|预算|决算|附)\\d+(?:-\\d+)?表|附?表\(tableNumber))[:：.．、]?"

    /// The organization's name in front of a title, and the title after it: a place followed by a
    /// year ("某某县2016年…表": the place's government), else the longest name that ends as an
    /// organization's does and leaves a title starting as titles start.
    static func agencyAndRest(_ title: String) -> (agency: String, rest: String)? {
        if let split = placeBeforeYear(title) { return split }
        let splits = agencySplits(title)
        return agencyBeforeTitleWords(splits) ?? splits.first
    }

    /// "某某县2016年…", "某某县2019-…": a place (…省/市/县/区/州/旗/盟/镇/乡) right before a year, and the rest.
    static func placeBeforeYear(_ text: String) -> (agency: String, rest: String)? {
        guard let m = placeAndYear.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let agency = Range(m.range(at: 1), in: text), let rest = Range(m.range(at: 2), in: text),
              text[rest].count >= 4 else { return nil }
        return (String(text[agency]), String(text[rest]))
    }

    /// "某某县某某镇“三公”经费…" (a title that printed its year first, 2024年某某县某某镇…): the shortest
    /// place (…省/市/县/区/州/旗/盟/镇/乡, at least three characters) right before the words a title
    /// starts with, and the rest.
    static func placeBeforeTitleWords(_ title: String) -> (agency: String, rest: String)? {
        let chars = Array(title)
        guard chars.count > 3 else { return nil }
        for end in 3..<min(chars.count, 15) where "省市县区州旗盟镇乡".contains(chars[end - 1]) {
            let agency = String(chars[..<end]), rest = String(chars[end...])
            guard !agency.contains(where: { "，,。；;、:：".contains($0) || $0.isNumber }) else { return nil }
            if rest.count >= 4, titleOpenings.contains(where: { rest.hasPrefix($0) }) { return (agency, rest) }
        }
        return nil
    }

    /// The longest organization's name followed by the words a title or a heading starts with
    /// ("某某中心财政拨款“三公”经费预算…", "某某局部门收支总表").
    static func agencyBeforeTitleWords(_ splits: [(agency: String, rest: String)]) -> (agency: String, rest: String)? {
        splits.last { split in titleOpenings.contains { split.rest.hasPrefix($0) } }
    }

    /// Every way to read the title's start as an organization's name (shortest first), each with
    /// the rest of the title (a year after the name removed), the rest at least 4 characters.
    static func agencySplits(_ title: String) -> [(agency: String, rest: String)] {
        let chars = Array(title)
        var splits: [(agency: String, rest: String)] = []
        guard chars.count > 2 else { return [] }
        for end in 2..<min(chars.count, 34) {
            // Compared as Characters, as String.hasSuffix does, without building every prefix;
            // most positions are refused by their last Character alone.
            guard agencySuffixEnds.contains(chars[end - 1]),
                  agencySuffixCharacters.contains(where: { $0.count <= end && $0.last == chars[end - 1]
                && chars[(end - $0.count)..<end].elementsEqual($0) }),
                  end >= 3 || chars[end - 1] == "局" else { continue }
            let agency = String(chars[..<end])
            var rest = String(chars[end...])
            // A year starts with a digit (\d: a decimal digit of any script).
            if rest.unicodeScalars.first?.properties.generalCategory == .decimalNumber,
               let year = leadingYear.firstMatch(in: rest, range: NSRange(rest.startIndex..., in: rest)),
               let r = Range(year.range, in: rest) { rest.removeSubrange(r) }
            if rest.count >= 4 { splits.append((agency, rest)) }
        }
        return splits
    }
    private static let agencySuffixes = ["局", "中心", "厅", "委员会", "办公室", "研究院", "院", "所", "站", "处", "队", "馆",
                                         "学校", "人民政府", "协会", "街道办事处", "街道", "委", "联合会", "管委会"]
    private static let agencySuffixCharacters = agencySuffixes.map(Array.init)
    private static let agencySuffixEnds = Set(agencySuffixes.compactMap(\.last))
    /// How titles begin after the agency's name.
    private static let titleOpenings = ["部门", "单位", "本级", "一般公共", "政府性", "政府采购", "政府购买", "国有资本", "财政",
                                        "收入", "收支", "支出", "三公", "项目", "基本支出", "机关", "整体", "预算", "决算", "经费"]
    /// The year's 年 may be a hyphen before a word here too (`2019-度…`), as in `placeAndYear`.
    private static let leadingYear = try! NSRegularExpression(pattern: #"^\d{4}(?:年度?|-度?(?=[\p{Han}“"]))"#)
    /// The year's 年 may be a hyphen before a word ("某县2019-“三公”…": a conversion lost 年).
    /// An attachment's marker before the place (附件某县…, 附件2:某县…) is no part of its name; a
    /// bracketed body after it (某某集中区(管委会)2031年…) is: the place's administration.
    private static let placeAndYear = try! NSRegularExpression(
        pattern: #"^(?:附件[0-9一二三四五六七八九十]{0,2}[:：]?)?([^，,。；;、]{2,12}?(?:省|市|县|区|州|旗|盟|镇|乡)(?:\(\p{Han}{2,6}\))?)\d{4}(?:年度?|-度?(?=[\p{Han}“"]))(.+)$"#)

    /// A table's number after 表: 1–99 (or 3-1), or in Chinese numerals 一 to 九十九. Written so that
    /// it stops where the title starts: "表二2023年…", "表一一般公共预算…".
    static let tableNumber = #"(?:\d{1,2}(?:-\d{1,2})?|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"#

    static func normalize(_ line: String) -> String {
        // A marker in front is removed while the space after it still shows where its number
        // ends: "附表1 2023年…" is not "附表12023年…".
        let spaced = withoutLeadingMarker(line)
        // One UTF-16 copy for all the rules, not one per rule.
        let title = NSMutableString(string: TextRepair.compact(spaced))
        // The rules only remove text: one whose characters the line lacks has nothing to remove,
        // nor one anchored at the start whose first character the title (as the rules before it
        // left it) does not start with.
        for rule in rules where rule.needs.isEmpty || rule.needs.contains(where: { UTF8Text.containsAny(spaced, $0) }) {
            if let starts = rule.starts, !TitleMatcher.starts(title, with: starts) { continue }
            rule.regex.replaceMatches(in: title, range: NSRange(location: 0, length: title.length), withTemplate: "")
        }
        return TextRepair.undoubled(String(title))
    }

    /// Whether the title is printed twice ("收入支出决算总表收入支出决算总表": bold text a converter
    /// doubled), a table marker in front of it or on its line left aside.
    static func isDoubled(_ line: String) -> Bool {
        var text = withoutLeadingMarker(line)
        text = anywhereMarker.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text), withTemplate: "")
        let compact = String(text.unicodeScalars.filter { !Tokenizer.isSpace($0) && $0 != "\t" })
        return TextRepair.undoubled(compact) != compact
    }

    /// The line without its leading marker. Every form of the marker starts, after spaces, #, >
    /// or *, with 附, 表 or a digit: a line that starts with another ideograph (most titles) has
    /// none, and is answered without ICU.
    private static func withoutLeadingMarker(_ line: String) -> String {
        if let first = line.unicodeScalars.first, TextRepair.isIdeograph(first), first != "附", first != "表" { return line }
        return leadingMarker.stringByReplacingMatches(in: line, range: NSRange(line.startIndex..., in: line), withTemplate: "")
    }

    /// Also a yearbook's chapter-and-table number before a space ("8-2 国家财政收支平衡表"), and a
    /// report's section number before a space ("2.1 2024年某省财政收支决算总表").
    private static let leadingMarker = try! NSRegularExpression(pattern:
        "^[\\s#>*]*(?:附?表\\s*\(tableNumber)(?![\\d\\-])|附?表(?:\\d{1,2})(?=\\d{4}年)|附件\\s*\\d{1,2}(?!\\d)|\\d{1,2}[-－]\\d{1,2}(?=\\s)|\(sectionNumber)(?=\\s))\\s*[:：.．、]?")

    /// A report's section number: "2.1", "3.10" (parts separated by points, no amount's thousands).
    static let sectionNumber = #"\d{1,2}(?:\.\d{1,2})+"#

    /// Table markers anywhere: 公开01表, 部门公开05表：, 预算01表, 附3表.
    private static let anywhereMarker = try! NSRegularExpression(pattern: #"(?:部门)?(?:公开|预算|决算|附)\d+(?:-\d+)?表[:：.．、]?"#)

    /// Each rule with the characters one of which every match holds (none: no such guard) and,
    /// for a rule anchored at the start, the test every match's first character passes.
    typealias Rule = (regex: NSRegularExpression, needs: [Unicode.Scalar], starts: ((Unicode.Scalar) -> Bool)?)
    static let rules: [Rule] = [(anywhereMarker, ["表"], nil)] + [
        // Markers in front: 表五, 附表3：, 表3-1, 附件2.
        rule("^(?:附?表\(tableNumber)|附件\\d{1,2})[:：.．、]?", needs: ["表", "件"], starts: { $0 == "附" || $0 == "表" }),
        rule(#"^(?:[-•·]+|\d+[.．、]|[一二三四五六七八九十]+[、.．]|\([一二三四五六七八九十\d]+\))"#, needs: [], starts: startsItemNumber),
        // Not the first year of two the title names (2017年和2018年…, 2016年至2018年…).
        rule(#"^\d{4}年度?(?![和与及至、\-－—~～]\d{4}年)"#, needs: ["年"], starts: isDecimalDigit),
        // The unit or the compiling agency printed on the title's line.
        rule(#"(?:\(?(?:金额)?单位[:：]?(?:万元|元|千元|亿元)\)?|(?:编制|填报)(?:单位|部门)[:：].*)$"#, needs: ["单", "编", "填"]),
        rule(#"\(\d{4}年度?\)$"#, needs: ["年"]),
        // A continuation page: "(续)", "续表".
        rule(#"(?:\(续\)|续表)$"#, needs: ["续"]),
    ]

    private static func rule(_ pattern: String, needs: [Unicode.Scalar], starts: ((Unicode.Scalar) -> Bool)? = nil) -> Rule {
        (try! NSRegularExpression(pattern: pattern), needs, starts)
    }

    /// How an item number or bullet starts: "-", "•", "·", "(", 一 … 十, a digit.
    private static func startsItemNumber(_ scalar: Unicode.Scalar) -> Bool {
        "-•·(一二三四五六七八九十".unicodeScalars.contains(scalar) || isDecimalDigit(scalar)
    }

    /// ICU's `\d`: a decimal digit of any script (general category Nd).
    private static func isDecimalDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .decimalNumber }

    /// Whether the text's first character passes `test`; true when it is not a scalar of its own
    /// in UTF-16 (a surrogate: left to the pattern), false for an empty text (every anchored rule
    /// needs a character).
    static func starts(_ text: NSString, with test: (Unicode.Scalar) -> Bool) -> Bool {
        guard text.length > 0 else { return false }
        guard let first = Unicode.Scalar(text.character(at: 0)) else { return true }
        return test(first)
    }
}

/// Values already worked out in this run, shared by its jobs: titles repeat from document to
/// document, and reading one costs dozens of pattern matches.
final class RunMemo<Key: Hashable, Value>: @unchecked Sendable {
    private var entries: [Key: Value] = [:]
    private let lock = NSLock()
    /// Enough for every distinct title of a large archive; past it, values are worked out each time.
    private let limit = 100_000

    func value(for key: Key, compute: () -> Value) -> Value {
        if let entry = lock.withLock({ entries[key] }) { return entry }
        let value = compute()
        lock.withLock { if entries.count < limit { entries[key] = value } }
        return value
    }
}
