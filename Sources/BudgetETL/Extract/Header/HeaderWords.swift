import Foundation

/// Header words that describe the row-identifying columns (codes and names) rather than a measure.
/// They are how any template marks where a section of a table begins.
enum HeaderWords {
    // Asked of every header cell: a cell without a character every match holds (类 款 项 编 代;
    // 项 科 名 分 类 单 处 是 份 区 域) is refused without ICU. 年份 heads the name column of rows named
    // by year (a yearbook's 1996, 1997 …), 地区 (or 地域) that of rows named by place (a region's
    // provinces, a city's counties); 村名, 户名, 姓名 that of an allocation's villages, households, persons
    // (not every word ending in 名: 排名 heads ranks).
    static func isCode(_ text: String) -> Bool {
        UTF8Text.containsAny(text, "类", "款", "项", "编", "代") && (HeaderWordBytes.isCode(text) ?? matches(codePattern, text))
    }
    static func isLabel(_ text: String) -> Bool {
        (UTF8Text.containsAny(text, "项", "科", "名", "分", "类", "单", "处", "是", "份", "区", "域")
            && (HeaderWordBytes.isLabel(text) ?? matches(labelPattern, text)))
            || (text.utf8.count == 4 && englishLabels.contains(text))
    }
    /// Bilingual statistical yearbooks may name the row column in English only (项目 → item).
    /// Only a text of four ASCII bytes equals one (no other text is canonically equivalent), so
    /// the byte count refuses the rest before they are hashed.
    private static let englishLabels: Set<String> = ["item", "Item", "ITEM"]
    static func isStructural(_ text: String) -> Bool { isCode(text) || isLabel(text) }
    static func isLineNumber(_ text: String) -> Bool { text == "行次" || text == "序号" }
    /// A piece of a classification's code column name wrapped inside its cell (`经济分` / `类科目` /
    /// `编码`, `科目编` / `码`): a piece of the code column's header, never a value column's name.
    static func isCodeColumnPiece(_ text: String) -> Bool {
        !text.isEmpty && !isStructural(text) && codeColumnNames.contains { UTF8Text.contains($0, text) }
    }
    private static let codeColumnNames = ["功能分类科目编码", "经济分类科目编码"]
    /// The columns of the national "三公" form, as every such table prints them: a name made by
    /// joining the pieces of a cell wrapped over lines (公务 / 接待费) that spells one of them is
    /// that cell whole, not a guess.
    static func isFormColumnName(_ text: String) -> Bool { formColumnNames.contains(text) }
    private static let formColumnNames: Set<String> = [
        "“三公”经费合计", "三公经费合计", "因公出国(境)费", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费",
        "公务用车运行费", "公务用车运行维护费", "公务接待费",
    ]
    /// "栏次": the row that numbers the columns.
    static func isColumnNumberWord(_ text: String) -> Bool { text == "栏次" }
    static func isSubtotal(_ text: String) -> Bool { text == "小计" || text == "合计" }
    /// A column that sums others: 合计, 总计, 小计, 本年支出合计 …
    static func isTotal(_ text: String) -> Bool {
        UTF8Text.hasSuffix(text, "合计") || UTF8Text.hasSuffix(text, "总计") || UTF8Text.hasSuffix(text, "小计")
    }

    /// A total's word alone (`合计`, `小计`, `总计`), spaces aside.
    static func isBareTotal(_ text: String) -> Bool { ["合计", "小计", "总计"].contains(TextRepair.compact(text)) }

    /// A performance target's column (指标值, 年度指标值): it holds rates and words, not amounts.
    static func isTarget(_ text: String) -> Bool { UTF8Text.hasSuffix(text, "指标值") }

    /// Words that only a header row uses: identifying words and the usual measure names.
    static func isHeaderWord(_ text: String) -> Bool {
        isStructural(text) || measureWords.contains { UTF8Text.contains(text, $0) }
    }
    /// Found anywhere in the text, as a plain search (no pattern engine per cell).
    private static let measureWords = ["指标", "预算数", "执行数", "决算数", "分值", "得分", "金额", "合计", "小计", "行次", "栏次",
                                       "完成值", "偏差"]

    /// A measure of amount with no name of its own (预算数, 决算数, 金额 …): the column it names is
    /// told by the name over it.
    static func isAmountMeasure(_ text: String) -> Bool { amountMeasures.contains(text) }
    /// A name ending in such a measure (机关运行经费预算数).
    static func endsWithAmountMeasure(_ text: String) -> Bool { amountMeasures.contains { UTF8Text.hasSuffix(text, $0) } }
    private static let amountMeasures: Set<String> = ["预算数", "决算数", "执行数", "调整数", "完成数", "金额", "本年数", "上年数"]

    /// A cell that only leads in to the words after it (`其中:`, `其中：`): never a column's whole name.
    static func isLeadIn(_ text: String) -> Bool {
        let compact = TextRepair.compact(text)
        return compact.count >= 2 && (UTF8Text.hasSuffix(compact, ":") || UTF8Text.hasSuffix(compact, "："))
    }

    /// Characters a complete column name usually ends with; a header fragment that ends otherwise
    /// was probably wrapped onto the next line.
    static func endsComplete(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return completeEndings.contains(last)
    }
    private static let completeEndings = Set("入出计费数额余金款率值量人元次项类目称码")

    /// A finished caption: a complete name, or a state of the columns under it (`比上年增减情况`,
    /// `执行情况`), which heads measures and is never a piece of a wrapped column name. Not counted
    /// among `endsComplete`: a first-row cell so named is still a group (`HeaderSpans`).
    static func endsCaption(_ text: String) -> Bool {
        endsComplete(text) || UTF8Text.hasSuffix(text, "情况")
    }

    /// `HeaderWordBytes` answers these over bytes; kept for the texts it leaves to ICU.
    static let codePattern = try! NSRegularExpression(pattern:
        #"^(?:类|款|项|.*(?:编码|代码|编号)(?:\(.*(?:编码|代码|编号)\))?|科目编码|(?:功能|经济)分类科目编码)$"#)
    static let labelPattern = try! NSRegularExpression(pattern:
        #"^(?:项目|项目\(.*\)|项目名称|科目|科目名称|.*名称|单位\(科目名称\)|部门\(单位\)名称|(?:功能|经济)分类|.*分类科目|收入项目|支出项目|经费项目|使用项目|类型|项目类型|项目单位|预算单位|年份|地区|地域|村名|户名|姓名|.*处室|是否.*)$"#)

    static func matches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
