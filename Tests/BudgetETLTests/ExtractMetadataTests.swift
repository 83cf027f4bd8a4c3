import XCTest
@testable import BudgetETL

/// Document metadata: agency, fiscal year and document kind.
final class ExtractMetadataTests: XCTestCase {
    private let matcher = TitleMatcher(catalog: Catalog(kinds: [
        TableKind(key: "total", titlePatterns: ["收入支出决算总表", "收支预算总表"]),
        TableKind(key: "expenditure", titlePatterns: ["支出决算表"]),
    ]))

    private func read(_ lines: [String], titles: [String]) -> DocumentMetadata {
        MetadataReader.read(lines: lines, regions: RegionFinder.regions(in: lines, matcher: matcher), titles: titles)
    }

    func testAgencyNames() {
        XCTAssertEqual(MetadataReader.agencyNames(in: "部门名称：某某市财政局"), ["某某市财政局"])
        XCTAssertEqual(MetadataReader.agencyNames(in: "部门：某某局单位：万元"), ["某某局"])
        XCTAssertEqual(MetadataReader.agencyNames(in: "单位名称:某某局2023年度"), ["某某局"])
        XCTAssertEqual(MetadataReader.agencyNames(in: "部门(单位)名称：某某中心金额单位：元"), ["某某中心"])
        XCTAssertEqual(MetadataReader.agencyNames(in: "预算单位：某某学校"), ["某某学校"])
        XCTAssertEqual(MetadataReader.agencyNames(in: "单位：某某学校"), ["某某学校"])
        XCTAssertEqual(MetadataReader.agencyNames(in: "单位：万元"), [])
        XCTAssertEqual(MetadataReader.agencyNames(in: "金额单位：元"), [])
        XCTAssertEqual(MetadataReader.agencyNames(in: "单位：局"), [])
        // A unit named with its currency is a unit phrase; a name that opens with 元 is a name.
        XCTAssertEqual(MetadataReader.agencyNames(in: "单位:亿元人民币"), [])
        XCTAssertEqual(MetadataReader.agencyNames(in: "单位：元人民币"), [])
        XCTAssertEqual(MetadataReader.agencyNames(in: "单位：千元(保留两位小数)"), [])
        XCTAssertEqual(MetadataReader.agencyNames(in: "单位：元氏县某某局"), ["元氏县某某局"])
        XCTAssertEqual(MetadataReader.agencyNames(in: "合计"), [])
        // A sentence is prose: its "单位:" opens no field.
        XCTAssertEqual(MetadataReader.agencyNames(in: "从预算单位构成看,甲校为二级预算单位:甲校下辖小学3个:乙小学、丙小学。"), [])
    }

    func testAPlaceBetweenTheYearAndTheTitleWordsIsTheAgency() {
        XCTAssertEqual(TitleMatcher.placeBeforeTitleWords("甲县乙镇三公经费预算财政拨款情况统计表")?.agency, "甲县乙镇")
        XCTAssertEqual(TitleMatcher.placeBeforeTitleWords("甲县乙镇一般公共预算支出表")?.agency, "甲县乙镇")
        // No title words after the place, a place of two characters, or a number inside: no agency.
        XCTAssertNil(TitleMatcher.placeBeforeTitleWords("甲县乙镇情况统计表"))
        XCTAssertNil(TitleMatcher.placeBeforeTitleWords("全区三公经费决算情况"))
        XCTAssertNil(TitleMatcher.placeBeforeTitleWords("第2区三公经费决算"))
        XCTAssertNil(TitleMatcher.placeBeforeTitleWords("县"))
        let lines = ["2024年甲县乙镇“三公”经费预算财政拨款情况统计表", "单位:万元", "项目\t预算数", "合计\t18.15"]
        let region = TableRegion(key: "k", title: lines[0], titleIndex: 0, body: 1..<lines.count, unitText: nil, statedEmpty: false)
        XCTAssertEqual(MetadataReader.read(lines: lines, regions: [region], titles: [lines[0]]).agency, "甲县乙镇")
    }

    func testAPageStoredFromInsideItsTableNamesItsAgencyInTheHeadingAfterIt() {
        let rows = (1...9).map { "支出\($0)\t\($0).5" }
        let heading = ["", "甲乙县2023年“三公”经费预算增减变化情况说明", "2023年,全县…。"]
        let lines = ["单位:万元", "项目\t预算数"] + rows + heading
        let untitled = TableRegion(key: nil, title: "", titleIndex: 0, body: 1..<11, unitText: nil, statedEmpty: false)
        XCTAssertEqual(MetadataReader.read(lines: lines, regions: [untitled], titles: [""]).agency, "甲乙县")
        // A titled table: the lines after it are not its page's opening.
        let titled = ["某表"] + lines
        let region = TableRegion(key: nil, title: "某表", titleIndex: 0, body: 1..<12, unitText: nil, statedEmpty: false)
        XCTAssertNil(MetadataReader.read(lines: titled, regions: [region], titles: ["某表"]).agency)
    }

    /// A page stored from its first table's title: the sentence explaining the table opens with the
    /// organization's name before the budget's year; a name that is no organization's, a heading
    /// without a comma, or a line before the title leave it unnamed.
    func testAPageStoredFromItsTitleNamesItsAgencyInTheExplanationAfterIt() {
        let table = ["一、2031年“三公”经费支出预算表", "单位:万元", "项目\t预算数", "合计\t25.6"]
        let explanation = ["二、2031年“三公”经费支出预算情况说明", "某某工委2031年度“三公”经费支出预算为25.6万元，比上年减少0.2万元。"]
        let region = TableRegion(key: nil, title: table[0], titleIndex: 0, body: 1..<6, unitText: "万元", statedEmpty: false)
        XCTAssertEqual(MetadataReader.read(lines: table + explanation, regions: [region], titles: [table[0]]).agency, "某某工委")
        let person = ["二、说明", "张三2031年度预算为25.6万元，比上年减少。"]
        XCTAssertNil(MetadataReader.read(lines: table + person, regions: [region], titles: [table[0]]).agency)
        XCTAssertNil(MetadataReader.explainingAgency(in: ["某某工委2031年度“三公”经费支出预算情况说明"]))
        let after = TableRegion(key: nil, title: table[0], titleIndex: 1, body: 2..<7, unitText: "万元", statedEmpty: false)
        XCTAssertNil(MetadataReader.read(lines: ["通知"] + table + explanation, regions: [after], titles: [table[0]]).agency)
    }

    func testAgencyFromTheCoversImprint() {
        // The compiling agency over the date it signed, on lines of their own or on a page of one line.
        XCTAssertEqual(MetadataReader.imprintAgency(in: ["某某县2021年财政预算执行情况", "相关表格", "某某县财政局", "二○二一年十一月"][...]), "某某县财政局")
        XCTAssertEqual(MetadataReader.imprintAgency(in: ["会议文件 附件 相关表格 某某区财政局 二○二一 年十一月 表格目录"][...]), "某某区财政局")
        XCTAssertEqual(MetadataReader.imprintAgency(in: ["某某中心", "2024年3月"][...]), "某某中心")
        // A name without a date after it, or a date after a word that names no organization, is no imprint.
        XCTAssertNil(MetadataReader.imprintAgency(in: ["某某县财政局", "部门预算说明"][...]))
        XCTAssertNil(MetadataReader.imprintAgency(in: ["相关表格", "2021年11月"][...]))
        let doc = read(["某某区财政局", "2022年1月", "收支预算总表", "单位：万元", "项目\t金额", "合计\t10.00"], titles: ["收支预算总表"])
        XCTAssertEqual(doc.agency, "某某区财政局")
    }

    func testAgencyFromThePageIndexsPublisherField() {
        // The cell after 发布机构 / 公开责任部门, tabbed or "|"-separated, when it names an organization.
        XCTAssertEqual(MetadataReader.indexFieldAgency(in: ["索引号:\tP0120-2019-0077\t公开责任部门\t市财政局", "公开日期\t2019-05-17"][...]), "市财政局")
        XCTAssertEqual(MetadataReader.indexFieldAgency(in: ["| [ 发布机构 ] | 某某县林业局 | ||"][...]), "某某县林业局")
        // A label whose next cell names no organization, or a department's name in prose: none.
        XCTAssertNil(MetadataReader.indexFieldAgency(in: ["发布机构\t2019-05-17"][...]))
        XCTAssertNil(MetadataReader.indexFieldAgency(in: ["部门\t预算数"][...]))
    }

    /// A caption line of the name alone under the page's heading, or a `|` caption cell of the year
    /// and the name, names the agency; a row of a name and amounts does not.
    func testAgencyFromACaptionLineOfTheNameAlone() {
        XCTAssertEqual(MetadataReader.openingAgency(in: ["某某医院财务信息公示", "甲市乙区某某医院", "财务信息 | |"][...]), "甲市乙区某某医院")
        XCTAssertEqual(MetadataReader.openingAgency(in: ["| 2031年甲市某某医院 | 金额 单位:元 | |", "| 医院等级 | 二级 |"][...]), "甲市某某医院")
        XCTAssertEqual(MetadataReader.openingAgency(in: ["\t2031年甲市某某医院\t金额 单位:元\t"][...]), "甲市某某医院")
        XCTAssertEqual(MetadataReader.captionAgency("甲省财政厅           甲省残疾人联合会"), "甲省财政厅")
        XCTAssertNil(MetadataReader.captionAgency("某某局|120.5|30"))
        XCTAssertNil(MetadataReader.captionAgency("财务信息公示"))
    }

    /// A heading wrapped right after its year is read with the line after it; a bracketed body after
    /// the place is part of the name; an attachment's marker before it is not.
    func testAgencyInAHeadingWrappedAfterItsYear() {
        XCTAssertEqual(MetadataReader.openingAgency(in: ["甲乙产业集中区(管委会)2031年", "一般公共预算“三公”经费预算", "单位:万元"][...]),
                       "甲乙产业集中区(管委会)")
        XCTAssertTrue(MetadataReader.endsWithYear("某某区2031年"))
        XCTAssertTrue(MetadataReader.endsWithYear("某某区2031年度"))
        XCTAssertFalse(MetadataReader.endsWithYear("某某区31年"))
        XCTAssertFalse(MetadataReader.endsWithYear("2031年预算"))
        XCTAssertEqual(TitleMatcher.placeBeforeYear("附件甲乙区2031年第一批专项资金安排表")?.agency, "甲乙区")
        XCTAssertEqual(TitleMatcher.placeBeforeYear("附件2:甲乙区2031年第一批专项资金安排表")?.agency, "甲乙区")
        XCTAssertEqual(TitleMatcher.placeBeforeYear("甲乙区2031年第一批专项资金安排表")?.rest, "第一批专项资金安排表")
    }

    /// A notice signs at its end (the name over the date), co-signers side by side: the first;
    /// a page's footer names its publisher after 版权所有:.
    func testAgencyFromANoticesSignatureOrItsFooter() {
        XCTAssertEqual(MetadataReader.imprintAgency(in: ["甲省财政厅           甲省残疾人联合会", "", "2031年2月26日"][...]), "甲省财政厅")
        let notice = ["现将资金分配如下:", "甲县 | 100 |", "乙县 | 200 |", "四、监督电话", "电话号码:1234567", "甲地区财政局", "2031年1月16日"]
        XCTAssertEqual(MetadataReader.imprintAgency(in: MetadataReader.signatureLines(of: notice)), "甲地区财政局")
        XCTAssertEqual(MetadataReader.signatureLines(of: ["a", "", "b"]).count, 3)
        XCTAssertEqual(MetadataReader.indexFieldAgency(in: ["版权所有:甲市某某医院 甲市某某分院", "备案号:123"][...]), "甲市某某医院")
        XCTAssertNil(MetadataReader.indexFieldAgency(in: ["版权所有:2031"][...]))
        let lines = ["项目 | 本期 |", "总收入 | 61.5 |"] + Array(repeating: "说明", count: 70) + ["版权所有:甲市某某医院"]
        XCTAssertEqual(read(lines, titles: []).agency, "甲市某某医院")
    }

    func testAgencyAfterItsUnitCode() {
        XCTAssertEqual(MetadataReader.codedAgencyName("920某某县某某镇财政所"), "某某县某某镇财政所")
        XCTAssertEqual(MetadataReader.codedAgencyName("101001某某市某某中心"), "某某市某某中心")
        // A classification row is no unit line: its name ends in no agency word.
        XCTAssertNil(MetadataReader.codedAgencyName("2010101行政运行"))
        XCTAssertNil(MetadataReader.codedAgencyName("某某县某某镇财政所"))
        let metadata = read(["收支预算总表", "920某某县某某镇财政所", "单位：万元", "项目 预算数", "合计 1.00"],
                            titles: ["收支预算总表"])
        XCTAssertEqual(metadata.agency, "某某县某某镇财政所")
    }

    func testYearFromTheTextWhenNoTitleOrOpeningLineNamesOne() {
        var lines = Array(repeating: "|", count: 12)
        lines += ["单位:万元", "项目", "合计", "1.00", "说明:2019 年本部门“三公”经费比2018年增加,2019年安排1万元。"]
        XCTAssertEqual(read(lines, titles: []).fiscalYear, 2019)
        XCTAssertEqual(read(["2021年收支预算总表"] + lines, titles: ["2021年收支预算总表"]).fiscalYear, 2021)
    }

    func testAgencyAfterAFieldLabelIsTheNameAlone() {
        let lines = ["标题:\t某某镇2020年预算执行和2021年预算草案", "表1", "2020年某某镇一般公共预算收入执行情况表",
                     "单位:万元", "项目\t执行数", "合计\t1"]
        XCTAssertEqual(read(lines, titles: ["2020年某某镇一般公共预算收入执行情况表"]).agency, "某某镇")
    }

    /// A page printing every cell as a paragraph: the 部门: line stands far below the title in
    /// lines, near it once the empty lines are not counted.
    func testAgencyLineBelowATitleAcrossEmptyLines() {
        var lines = ["收入支出决算总表"] + Array(repeating: "", count: 9) + ["公开01表", "", "部门:某某小学", "", "单位:元"]
        lines += ["", "项目", "", "金额", "", "合计", "", "1.00"]
        XCTAssertEqual(MetadataReader.linesAround(0, in: lines), [0, 10, 12, 14, 16, 18, 20, 22])
        XCTAssertEqual(MetadataReader.linesAround(12, in: lines), [10, 0, 12, 14, 16, 18, 20, 22])
        XCTAssertEqual(read(lines, titles: ["收入支出决算总表"]).agency, "某某小学")
        // A form's note after the name ([单户表]) is no part of it.
        XCTAssertEqual(MetadataReader.agencyNames(in: "编制单位:某某医院[单户表]"), ["某某医院"])
    }

    /// A cover whose conversion lost the 年 after the year (某某小学2016部门决算).
    func testCoverYearWithout年() {
        XCTAssertEqual(MetadataReader.coverAgencyAndYear("某某小学2016部门决算")?.year, 2016)
        XCTAssertEqual(MetadataReader.coverAgencyAndYear("某某小学2016部门决算")?.agency, "某某小学")
        XCTAssertEqual(MetadataReader.coverAgencyAndYear("某某局2023年度部门预算")?.year, 2023)
        // Digits of a longer number are no year.
        XCTAssertNil(MetadataReader.coverAgencyAndYear("编号120160部门决算"))
    }

    /// A set of tables named after the unit ("2025年某某中心预算公开表") names it; the template's
    /// "部门(单位)预算公开表" names none.
    func testCoverOfTablesNamedAfterTheUnit() {
        XCTAssertEqual(MetadataReader.coverAgencyAndYear("2025年某某县某某服务中心预算公开表")?.agency, "某某县某某服务中心")
        XCTAssertEqual(MetadataReader.coverAgencyAndYear("2025年某某县某某服务中心预算公开表")?.year, 2025)
        XCTAssertEqual(MetadataReader.coverAgencyAndYear("2025年部门(单位)预算公开表")?.year, 2025)
        XCTAssertNil(MetadataReader.coverAgencyAndYear("2025年部门(单位)预算公开表")?.agency)
        XCTAssertNil(MetadataReader.coverAgencyAndYear("2025年某某中心预算表"))
    }

    func testYearValues() {
        XCTAssertEqual(MetadataReader.yearValues(in: "2023年度部门决算"), [2023])
        XCTAssertEqual(MetadataReader.yearValues(in: "2023年2024年"), [2023, 2024])
        // The base of a comparison is no fiscal year.
        XCTAssertEqual(MetadataReader.yearValues(in: "2017年较2016年增幅"), [2017])
        XCTAssertEqual(MetadataReader.yearValues(in: "2016年比2015年增减%"), [2016])
        XCTAssertEqual(MetadataReader.yearValues(in: "1899年"), [])
        XCTAssertEqual(MetadataReader.yearValues(in: "某中心2016-度“三公”经费预算情况表"), [2016])
        XCTAssertEqual(MetadataReader.yearValues(in: "电话0830-3103108 2016-2017"), [])
        XCTAssertEqual(MetadataReader.yearValues(in: "2101年"), [])
        XCTAssertEqual(MetadataReader.yearValues(in: "2023"), [])
        // 年 printed as a hyphen before a word or a quote; before a digit a hyphen is a date's.
        XCTAssertEqual(MetadataReader.yearValues(in: "甲县2015-“三公”经费汇总情况决算表"), [2015])
        XCTAssertEqual(MetadataReader.yearValues(in: "2015-三公经费统计范围"), [2015])
        XCTAssertEqual(MetadataReader.yearValues(in: "发布于2015-3-18"), [])
        // A year with its month dates an event or a signature.
        XCTAssertEqual(MetadataReader.yearValues(in: "2019年全面开展业务(于2018年4月开始实施)"), [2019])
        XCTAssertEqual(MetadataReader.yearValues(in: "2020年6月30日"), [])
    }

    func testAPlaceBeforeAYearWhoseNianIsAHyphen() {
        XCTAssertEqual(TitleMatcher.placeBeforeYear("甲乙县2015-“三公”经费汇总情况决算表")?.agency, "甲乙县")
        XCTAssertEqual(TitleMatcher.placeBeforeYear("甲乙县2016-度部门预算")?.rest, "部门预算")
        XCTAssertNil(TitleMatcher.placeBeforeYear("甲乙县2015-2016年经费表"))
    }

    func testKind() {
        XCTAssertEqual(MetadataReader.kind(of: ["收入支出决算总表", "支出决算表"]), .finalAccount)
        XCTAssertEqual(MetadataReader.kind(of: ["收支预算总表"]), .budget)
        XCTAssertEqual(MetadataReader.kind(of: ["收支预算总表", "支出决算表"]), .finalAccount)
        XCTAssertEqual(MetadataReader.kind(of: ["收支预算总表", "一般公共预算支出表", "支出决算表"]), .budget)
        XCTAssertEqual(MetadataReader.kind(of: ["预算执行决算表"]), .finalAccount)
        XCTAssertEqual(MetadataReader.kind(of: ["收支总表"]), .unknown)
        XCTAssertEqual(MetadataReader.kind(of: []), .unknown)
    }

    func testReadAroundTitles() {
        let lines = [
            "某某局2023年度部门决算",      // 0
            "",                          // 1
            "收入支出决算总表",            // 2
            "部门：某某局 单位：万元",      // 3
            "项目 金额",                  // 4
            "合计 1.00",                  // 5
            "支出决算表",                  // 6
            "部门名称：",                  // 7: name on the next non-empty line
            "",                           // 8
            "某某局",                      // 9
            "合计 1.00",                   // 10
        ]
        let m = read(lines, titles: ["收入支出决算总表", "支出决算表"])
        XCTAssertEqual(m, DocumentMetadata(agency: "某某局", fiscalYear: 2023, kind: .finalAccount))
    }

    func testMostCommonAgencyAndYearWin() {
        let lines = [
            "2022年度部门决算",                 // 0
            "收入支出决算总表",                  // 1
            "部门：某某局 2023年度",             // 2
            "合计 1.00",
            "支出决算表",                       // 4
            "部门：某某局",
            "单位名称：某某局下属中心 2023年",    // 6
            "合计 1.00",
        ]
        let m = read(lines, titles: ["收入支出决算总表", "支出决算表"])
        XCTAssertEqual(m.agency, "某某局")
        XCTAssertEqual(m.fiscalYear, 2023)
    }

    func testAgencyFarFromTitlesIgnoredAndNothingFound() {
        var lines = ["收入支出决算总表", "合计 1.00"]
        lines += Array(repeating: "正文", count: 10)
        lines.append("部门：远处的局")
        let m = read(lines, titles: ["收入支出决算总表"])
        XCTAssertNil(m.agency)
        XCTAssertNil(m.fiscalYear)
        XCTAssertEqual(m.kind, .finalAccount)
        XCTAssertEqual(read(["正文"], titles: []), DocumentMetadata(agency: nil, fiscalYear: nil, kind: .unknown))
    }

    func testYearFromTitleAndFirstLines() {
        XCTAssertEqual(read(["收支预算总表", "合计 1.00"], titles: ["2024年收支预算总表"]).fiscalYear, 2024)
        XCTAssertEqual(read(["某某局2021年部门预算", "正文"], titles: []).fiscalYear, 2021)
    }

    func testKindFromTheOpeningLinesWhenTitlesNameNeither() {
        XCTAssertEqual(MetadataReader.kind(of: ["部门收支总表", "部门收入总表"], opening: ["某某局2025年部门预算", "目录"]), .budget)
        XCTAssertEqual(MetadataReader.kind(of: ["部门收支总表"], opening: ["目录"]), .unknown)
        XCTAssertEqual(MetadataReader.kind(of: ["收入支出决算总表"], opening: ["某某局2025年部门预算"]), .finalAccount)
    }

    /// An opening sentence whose clause starts with a place and a budget's year names the government
    /// it speaks for; a place and year in a clause about something else does not.
    func testAgencyFromAClauseOfTheOpeningSentence() {
        let named = read(["根据省政府工作安排，某某区2016年一般公共预算安排“三公”经费决算数2364万元，比上年下降16.77%。"], titles: [])
        XCTAssertEqual(named.agency, "某某区")
        let other = read(["据统计，某某区2016年常住人口增长1.2%。"], titles: [])
        XCTAssertNil(other.agency)
    }

    /// Two years named as often, side by side in a comparison (2016年度 2017年度, 2017比2016增减):
    /// the document reports on the later; a year named more often still wins.
    func testATieBetweenComparedYearsGoesToTheLater() {
        let lines = ["某某医院情况对比表", "单位:元", "项目 2016年度 2017年度 2017比2016增减", "收入总计 10 20 10"]
        XCTAssertEqual(read(lines, titles: ["某某医院情况对比表"]).fiscalYear, 2017)
        XCTAssertEqual(MetadataReader.latestOfMostCommon([2016: 2, 2017: 2]), 2017)
        XCTAssertEqual(MetadataReader.latestOfMostCommon([2016: 3, 2017: 2]), 2016)
        XCTAssertNil(MetadataReader.latestOfMostCommon([:]))
    }
}
