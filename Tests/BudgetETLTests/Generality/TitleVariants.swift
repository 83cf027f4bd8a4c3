import Foundation

/// Titles in other provinces' and years' wordings, and behind table markers (`公开05表：`, `表五`,
/// `附表3`, `表3-1`) on the title's line or the line before.
enum TitleVariants {
    /// Other standard wordings of each catalog kind (Ministry of Finance templates, 批复表 variants,
    /// the “三公” tables' names), by table key; a kind with one wording uses it in both renamings.
    /// Kinds not listed keep their titles.
    static let wordings: [String: [String]] = [
        "income_expenditure_budget": ["收支预算总表", "部门收支总表"],
        "income_budget": ["收入预算总表", "部门收入总表"],
        "expenditure_budget": ["支出预算总表", "部门支出总表"],
        "fiscal_grant_budget": ["财政拨款收支总表", "财政拨款收支预算总表"],
        "general_budget_expenditure_budget": ["一般公共预算支出表", "一般公共预算财政拨款支出预算表"],
        "general_budget_basic_expenditure_budget": ["一般公共预算基本支出表", "一般公共预算财政拨款基本支出预算表"],
        "expenditure_economic_summary_budget": ["部门支出经济分类汇总表"],
        "three_public_expenses_budget": ["一般公共预算“三公”经费支出表", "“三公”经费情况统计表"],
        "project_expenditure_budget": ["项目支出表", "部门项目支出预算表"],
        "income_expenditure_final": ["收入支出决算批复表", "部门收支决算总表"],
        "income_final": ["收入决算批复表", "部门收入决算表"],
        "expenditure_final": ["支出决算批复表", "部门支出决算表"],
        "fiscal_grant_income_expenditure_final": ["财政拨款收入支出决算批复表", "财政拨款收支决算总表"],
        "general_budget_expenditure_final": ["一般公共预算财政拨款支出决算批复表", "一般公共预算财政拨款支出决算表"],
        "general_budget_basic_expenditure_final": ["一般公共预算财政拨款基本支出决算批复表", "一般公共预算财政拨款基本支出决算表"],
        "three_public_expenses_final": ["“三公”经费公共财政拨款支出决算批复表", "“三公”经费情况统计表"],
        "gov_fund_final": ["政府性基金预算财政拨款收入支出决算批复表", "政府性基金预算财政拨款支出决算表"],
        "state_capital_final": ["国有资本经营预算财政拨款支出决算批复表", "国有资本经营预算财政拨款支出决算表"],
    ]

    static func make(_ sample: SampleDocument) -> [Variant] {
        let styles = (1...4).map { style in
            variant(sample, "marker \(marker(style, style: style)) on the title line") { span, ordinal in
                [marked(sample.lines[span.titleLine], marker(ordinal, style: style))]
            }
        }
        return styles + [
            variant(sample, "renamed (first wording)") { span, _ in [renamed(sample, span, wording: 0)] },
            variant(sample, "renamed (second wording)") { span, _ in [renamed(sample, span, wording: 1)] },
            variant(sample, "markers on the line before") { span, ordinal in
                [marker(ordinal, style: ordinal), sample.lines[span.titleLine]]
            },
            variant(sample, "renamed, markers on the line before") { span, ordinal in
                [marker(ordinal, style: ordinal), renamed(sample, span, wording: 1)]
            },
        ]
    }

    static func variant(_ sample: SampleDocument, _ name: String, _ title: (TableSpan, Int) -> [String]) -> Variant {
        var edits: [Int: [String]] = [:]
        for (index, span) in sample.tables.enumerated() { edits[span.titleLine] = title(span, index + 1) }
        return Variant(sample: sample.name, name: name, text: sample.rewritten(edits))
    }

    /// The title line with the title in another wording; its indentation, markdown marks and a
    /// leading year are kept. Kinds without other wordings keep the line.
    static func renamed(_ sample: SampleDocument, _ span: TableSpan, wording: Int) -> String {
        let line = sample.lines[span.titleLine]
        guard let names = wordings[span.key] else { return line }
        let name = names[min(wording, names.count - 1)]
        for printed in [span.title + span.title, span.title] where line.contains(printed) {
            let year = printed.prefix { ($0.isASCII && $0.isNumber) || $0 == "年" || $0 == " " }
            return line.replacingOccurrences(of: printed, with: year + name)
        }
        let lead = line.prefix { $0 == " " || $0 == "#" || $0 == "\u{0C}" }
        return lead + name
    }

    /// The table's number in one of four marker styles (`公开05表：`, `表五`, `附表5`, `表5-1`).
    static func marker(_ ordinal: Int, style: Int) -> String {
        switch style % 4 {
        case 1: return String(format: "公开%02d表：", ordinal)
        case 2: return "表" + chineseNumeral(ordinal)
        case 3: return "附表\(ordinal)"
        default: return "表\(ordinal)-1"
        }
    }

    /// The marker before the line's text, after its indentation and markdown marks.
    static func marked(_ line: String, _ marker: String) -> String {
        let lead = line.prefix { $0 == " " || $0 == "#" || $0 == "\u{0C}" }
        let separator = marker.hasSuffix("：") ? "" : " "
        return lead + marker + separator + line.dropFirst(lead.count)
    }

    static func chineseNumeral(_ number: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        switch number {
        case 0..<10: return String(digits[number])
        case 10..<20: return "十" + (number == 10 ? "" : String(digits[number - 10]))
        default: return String(digits[number / 10]) + "十" + (number % 10 == 0 ? "" : String(digits[number % 10]))
        }
    }
}
