import XCTest
@testable import BudgetETL

/// Tables found by their structure: the catalog names them, it does not decide whether they exist.
final class ExtractUnknownTablesTests: XCTestCase {
    private let catalog = Catalog(kinds: [
        TableKind(key: "income_expenditure_budget", titlePatterns: ["(部门)?收支预算(总)?表"]),
        TableKind(key: "general_budget_expenditure_budget", titlePatterns: ["一般公共预算支出预算表"],
                  headerSignatures: [["科目编码", "基本支出", "项目支出"]]),
        TableKind(key: "basic_expenditure_budget", titlePatterns: ["基本支出预算表"],
                  headerSignatures: [["经济分类科目", "人员经费", "公用经费"]]),
    ])

    private func extract(_ lines: [String], file: String = "a.txt") -> ExtractedDocument {
        Extractor(catalog: catalog).extract(bytes: Array(lines.joined(separator: "\n").utf8), sourceFile: file, sha256: "x")
    }

    private let document = [
        "某某县水利局2019年度部门预算",                        // 1: cover
        "第二部分 2019年度部门预算表",                          // 2: part heading, no table under it
        "部门收支预算表",                                      // 3
        "单位：万元",                                          // 4
        "项目\t金额",                                          // 5
        "一、一般公共预算拨款\t120.00",                          // 6
        "公开05表",                                           // 7: marker above the next title
        "政府采购支出预算表",                                   // 8: unknown title
        "单位：万元",                                          // 9
        "项目\t采购金额",                                       // 10
        "合计\t35.50",                                         // 11
        "表六 某某县水利局2019年机关运行经费支出预算表",              // 12: unknown, marker and agency on the line
        "单位：元",                                            // 13
        "科目\t金额",                                           // 14
        "合计\t800.00",                                        // 15
        "支出功能分类预算表（按项目）",                             // 16: no title pattern, header signature
        "单位：万元",                                           // 17
        "科目编码\t科目名称\t合计\t基本支出\t项目支出",                // 18
        "2130101\t行政运行\t10.00\t10.00\t0.00",                  // 19
        "详见附表",                                             // 20: narrative, not a title
    ]

    func testEveryTitledTableIsItsOwnTable() {
        let doc = extract(document)
        XCTAssertEqual(doc.tables.map(\.titleLine), [3, 8, 12, 16])
        XCTAssertEqual(doc.tables.map(\.title), ["部门收支预算表", "政府采购支出预算表", "某某县水利局2019年机关运行经费支出预算表",
                                                 "支出功能分类预算表(按项目)"])
        XCTAssertEqual(doc.tables.map(\.naming), [.title, .none, .none, .header])
        XCTAssertEqual(doc.tables[0].tableKey, "income_expenditure_budget")
        XCTAssertEqual(doc.tables[3].tableKey, "general_budget_expenditure_budget")
        // No row of a later table was appended to the one before it.
        XCTAssertEqual(doc.tables[0].sections.flatMap(\.rows).map(\.label), ["一、一般公共预算拨款"])
        XCTAssertEqual(doc.tables[1].sections.flatMap(\.rows).map { $0.cells.map(\.text) }, [["35.50"]])
        XCTAssertEqual(doc.tables[2].sections.flatMap(\.rows).map { $0.cells.map(\.text) }, [["800.00"]])
        XCTAssertEqual(doc.tables[2].unitText, "元")
        XCTAssertEqual(doc.tables[3].sections.flatMap(\.rows).first?.cells.map(\.text), ["10.00", "10.00", "0.00"])
    }

    func testUnknownTableKeyIsTheSameInEveryDocument() {
        let a = extract(document).tables
        // Another agency, another year, another marker: the same table.
        let other = ["附表3：某某市园林局2021年度政府采购支出预算表", "单位：万元", "项目\t采购金额", "合计\t1.00"]
        let b = extract(other, file: "b.txt").tables
        XCTAssertEqual(b.map(\.naming), [.none])
        XCTAssertEqual(b[0].tableKey, a[1].tableKey)
        XCTAssertTrue(a[1].tableKey.hasPrefix("other_"))
        XCTAssertNotEqual(a[1].tableKey, a[2].tableKey)
        XCTAssertEqual(UnknownTableKey.canonicalTitle("某某县水利局2019年机关运行经费支出预算表"), "机关运行经费支出预算表")
        XCTAssertEqual(UnknownTableKey.canonicalTitle("单位政府采购支出预算表"), "政府采购支出预算表")
    }

    func testMetadataFromTheCover() {
        let metadata = extract(document).metadata
        XCTAssertEqual(metadata.agency, "某某县水利局")
        XCTAssertEqual(metadata.fiscalYear, 2019)
        XCTAssertEqual(metadata.kind, .budget)
        XCTAssertEqual(MetadataReader.coverAgencyAndYear("2023年某某中心单位决算")?.agency, "某某中心")
        XCTAssertNil(MetadataReader.coverAgencyAndYear("2023年度部门决算")?.agency)
        XCTAssertEqual(MetadataReader.coverAgencyAndYear("2023年度部门决算")?.year, 2023)
        XCTAssertNil(MetadataReader.coverAgencyAndYear("本部门2023年度部门决算收入合计100万元，比上年增加"))
    }

    func testAgencyFromATitleThatBeginsWithIt() {
        let lines = ["某某市园林局2021年政府采购支出预算表", "单位：万元", "项目\t采购金额", "合计\t1.00"]
        let metadata = extract(lines).metadata
        XCTAssertEqual(metadata.agency, "某某市园林局")
        XCTAssertEqual(metadata.fiscalYear, 2021)
    }

    func testAgencyInFrontOfATitleOrAHeading() {
        XCTAssertEqual(TitleMatcher.agencyAndRest("桂林市司法局部门三公经费情况统计表")?.agency, "桂林市司法局")
        XCTAssertEqual(TitleMatcher.agencyAndRest("施甸县2016年三公经费决算情况统计表")?.agency, "施甸县")
        XCTAssertEqual(TitleMatcher.agencyAndRest("某某局政府性基金预算支出表")?.agency, "某某局")
        XCTAssertNil(TitleMatcher.agencyAndRest("政府采购支出预算表"))
        let heading = ["某某市环城公路养护中心财政拨款“三公”经费预算2014年情况如下：", "2014年“三公”经费预算情况统计表",
                       "单位：万元", "项目\t本年预算数", "合计\t46"]
        XCTAssertEqual(extract(heading).metadata.agency, "某某市环城公路养护中心")
        let narrativeFirst = ["某某区2016年一般公共预算安排“三公”经费决算数2364万元，比上年下降16.77%。"] + Array(heading.dropFirst())
        XCTAssertEqual(extract(narrativeFirst).metadata.agency, "某某区")
        XCTAssertEqual(extract(heading).tables.first?.sections.first?.rows.first?.cells.map(\.text), ["46"])
    }

    func testTwinKindsDecidedByTheDocumentsKindAndSignaturesNeverNameATakenKind() {
        let catalog = Catalog(kinds: [
            TableKind(key: "three_final", titlePatterns: ["三公经费(决算)?(情况)?统计表"], documentKind: .finalAccount),
            TableKind(key: "three_budget", titlePatterns: ["三公经费(预算)?(情况)?统计表"], documentKind: .budget),
            TableKind(key: "expenditure", titlePatterns: ["支出决算表"], headerSignatures: [["科目编码", "基本支出"]],
                      documentKind: .finalAccount),
        ])
        let table = ["单位：万元", "项目\t金额", "合计\t1.00"]
        let functional = ["单位：万元", "科目编码\t科目名称\t合计\t基本支出", "201\t一般公共服务\t1.00\t1.00"]
        let final = ["某某局2023年度部门决算", "支出决算表"] + functional + ["“三公”经费情况统计表"] + table
            + ["财政拨款支出情况表"] + functional
        let budget = ["某某局2023年度部门预算", "“三公”经费情况统计表"] + table
        let extractor = Extractor(catalog: catalog)
        let a = extractor.extract(bytes: Array(final.joined(separator: "\n").utf8), sourceFile: "a", sha256: "")
        let b = extractor.extract(bytes: Array(budget.joined(separator: "\n").utf8), sourceFile: "b", sha256: "")
        XCTAssertEqual(a.tables.map(\.tableKey).prefix(2), ["expenditure", "three_final"])
        // 财政拨款支出情况表 has expenditure's header, but the document has its 支出决算表 already.
        XCTAssertEqual(a.tables.map(\.naming), [.title, .title, .none])
        XCTAssertEqual(b.tables.map(\.tableKey), ["three_budget"])
    }

    func testMarkersOnTheTitleLineStopWhereTheTitleStarts() {
        XCTAssertEqual(TitleMatcher.normalize("表二2023年部门收支预算表"), "部门收支预算表")
        XCTAssertEqual(TitleMatcher.normalize("表一一般公共预算支出预算表"), "一般公共预算支出预算表")
        XCTAssertEqual(TitleMatcher.normalize("表十一 项目支出表"), "项目支出表")
        XCTAssertEqual(TitleMatcher.normalize("附表3：政府采购支出预算表"), "政府采购支出预算表")
        XCTAssertEqual(TitleMatcher.normalize("表4-1 部门收支预算表"), "部门收支预算表")
        XCTAssertEqual(TitleMatcher.normalize("## 附表1 2023年部门收支预算表"), "部门收支预算表")
        XCTAssertEqual(TitleMatcher.normalize("表1-1 2023年部门收支预算表"), "部门收支预算表")
        XCTAssertEqual(TitleMatcher.normalize("附表12023年部门收支预算表"), "部门收支预算表")
        XCTAssertEqual(TitleMatcher.normalize("表十二 2023年项目支出表"), "项目支出表")
    }

    func testShapedTitles() {
        for title in ["政府采购支出预算表", "2019年经费预算表", "“三公”经费情况统计表", "收入支出决算批复表", "公开 05 表：经费预算表",
                      "表3-1 项目支出表", "财政拨款支出预算表（续）"] {
            XCTAssertNotNil(TitleMatcher.shapedTitle(title), title)
        }
        for line in ["详见附表", "本部门收支预算表", "第二部分 部门预算表", "收入合计100.00万元的预算表", "见下表",
                     "一、关于预算表的说明：", "收支预算总表 5", "项目\t金额"] {
            XCTAssertNil(TitleMatcher.shapedTitle(line), line)
        }
        XCTAssertEqual(TitleMatcher.shapedTitle("三公经费支出情况", afterMarker: true), "三公经费支出情况")
        XCTAssertNil(TitleMatcher.shapedTitle("收入 支出", afterMarker: true))
        XCTAssertTrue(TitleMatcher.isMarkerOnly("公开 05 表："))
        XCTAssertTrue(TitleMatcher.isMarkerOnly("表五"))
        XCTAssertTrue(TitleMatcher.isMarkerOnly("附表3"))
        XCTAssertTrue(TitleMatcher.isMarkerOnly("表3-1"))
        XCTAssertFalse(TitleMatcher.isMarkerOnly("表格"))
    }

    func testMarkerUnderATitleStaysWithIt() {
        let lines = ["部门收支预算表", "", "公开01表", "", "收入 支出", "项目\t金额", "合计\t5.00"]
        let doc = extract(lines)
        XCTAssertEqual(doc.tables.map(\.titleLine), [1])
        XCTAssertEqual(doc.tables.map(\.tableKey), ["income_expenditure_budget"])
    }

    func testTitleShapedLineWithoutATableUnderItStaysInTheTableBefore() {
        let lines = ["部门收支预算表", "项目\t金额", "一、工资福利支出\t5.00", "资金来源明细表", "二、商品和服务支出\t6.00"]
        let doc = extract(lines)
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections.flatMap(\.rows).flatMap(\.cells).map(\.text), ["5.00", "6.00"])
    }

    func testCatalogFindingNamesTheTitle() throws {
        let normalized = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(extract(document))
        let findings = Validator(config: ValidationConfig()).validate(normalized)
        let catalogFindings = findings.filter { $0.rule == .catalog }
        XCTAssertEqual(catalogFindings.map(\.subject), ["政府采购支出预算表", "某某县水利局2019年机关运行经费支出预算表"])
        XCTAssertEqual(catalogFindings.map(\.severity), [.warning, .warning])
        XCTAssertEqual(catalogFindings.map(\.sourceLine), [8, 12])
        XCTAssertTrue(catalogFindings[0].message.contains("catalog.tables"))
    }
    /// A page stored from inside its table: no title, the unit line, then one cell per line.
    private let untitled = ["|", "|", "单位：万元", "|", "项 目", "|", "合计", "|", "基本支出", "|", "项目支出", "|",
                            "工资福利支出", "|", "30.00", "|", "30.00", "|", "0.00", "|",
                            "商品和服务支出", "|", "12.00", "|", "8.00", "|", "4.00", "|",
                            "对个人和家庭的补助", "|", "3.00", "|", "3.00", "|", "0.00", "|",
                            "说明：2019年本部门支出45.00万元，比上年增加2.00万元。"]

    func testTableWithoutTitleStartsAtItsUnitLine() {
        let doc = extract(untitled)
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].title, "")
        XCTAssertEqual(doc.tables[0].titleLine, 3)
        XCTAssertEqual(doc.tables[0].unitText, "万元")
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L13 |工资福利支出 → 合计=30.00@15 基本支出=30.00@17 项目支出=0.00@19",
            "L21 |商品和服务支出 → 合计=12.00@23 基本支出=8.00@25 项目支出=4.00@27",
            "L29 |对个人和家庭的补助 → 合计=3.00@31 基本支出=3.00@33 项目支出=0.00@35",
        ])
        // The sentence after the table is no row: its amounts are neither cells nor rejects.
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testUnitLineInsideATitledTableStartsNoOtherTable() {
        let doc = extract(["部门支出预算表"] + untitled)
        XCTAssertEqual(doc.tables.map(\.title), ["部门支出预算表"])
    }

    func testCatalogFindingOfATableWithoutTitle() {
        let normalized = Normalizer(catalog: catalog, outputUnit: .yuan).normalize(extract(untitled))
        let findings = Validator(config: ValidationConfig()).validate(normalized).filter { $0.rule == .catalog }
        XCTAssertEqual(findings.map(\.subject), [""])
        XCTAssertEqual(findings.map(\.sourceLine), [3])
        XCTAssertTrue(findings[0].message.contains("没有标题"), findings[0].message)
    }

    /// A page of `|` rows stored from its unit line on: no title, the unit line, the header row.
    private let untitledRows = ["单位:万元 | |||", "项目 | 预算数 | 上年数 | 备注 |",
                                "一、税收收入 | 120 | 100 | |", "1、增值税 | 70 | 60 | |", "收入合计 | 120 | 100 | |"]

    func testPipeTableWithoutTitleStartsAtItsUnitLine() {
        let doc = extract(untitledRows)
        XCTAssertEqual(doc.tables.map(\.title), [""])
        XCTAssertEqual(doc.tables[0].titleLine, 1)
        XCTAssertEqual(doc.tables[0].unitText, "万元")
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]), [
            "L3 |一、税收收入 → 预算数=120@3 上年数=100@3",
            "L4 |1、增值税 → 预算数=70@4 上年数=60@4",
            "L5 |收入合计 → 预算数=120@5 上年数=100@5",
        ])
    }

    func testUnitLineStartsNoUntitledTableWithoutAHeaderRow() {
        // A unit line over prose or over a row of amounts (inside a table) starts no table.
        XCTAssertTrue(extract(["单位:万元", "本年收入合计120万元，比上年增加20万元。"]).tables.isEmpty)
        XCTAssertTrue(extract(["合计\t120\t100", "单位:万元", "项目\t预算数\t上年数", "合计\t120\t100"]).tables.isEmpty)
        // A row of two cells is no header (a label and a note): the header names several columns.
        XCTAssertTrue(extract(["单位:万元", "项目\t说明", "合计\t120"]).tables.isEmpty)
    }

    /// A statistical yearbook's caption: the table's number, then its name without 表.
    func testYearbookCaptionIsATitle() {
        XCTAssertEqual(TitleMatcher.yearbookCaption("7-1  主要年份财政收支情况"), "主要年份财政收支情况")
        XCTAssertEqual(TitleMatcher.yearbookCaption("12-3 财政分项目收入 "), "财政分项目收入")
        // A date range, a sentence or a row of cells after the number is no caption.
        XCTAssertNil(TitleMatcher.yearbookCaption("1-5 月,全县完成财政收入4348万元"))
        XCTAssertNil(TitleMatcher.yearbookCaption("1-5月财政收入情况"))
        XCTAssertNil(TitleMatcher.yearbookCaption("3-1 收入合计 120 100"))
        let doc = extract(["9-1  某某年份财政收支情况", "单位:万元", "项目\t收入\t支出", "合计\t120.00\t100.00"])
        XCTAssertEqual(doc.tables.map(\.title), ["某某年份财政收支情况"])
        XCTAssertEqual(doc.tables[0].titleLine, 1)
    }

    /// A bilingual yearbook names its row column in English only ("item"), over year columns.
    func testEnglishRowColumnNameOverYearColumns() {
        let doc = extract(["7-3  某某预算支出", "单位:万元 10000 yuan", "    item 2018 2019",
                           "支出合计 total expenditure 30.00 40.00", "1.甲支出 expenditure for alpha 10.00 15.00",
                           "2.乙支出 expenditure for beta 20.00 25.00"])
        XCTAssertEqual(doc.tables.map(\.title), ["某某预算支出"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["2018", "2019"])
        XCTAssertEqual(section.rows.map(\.label), ["支出合计 total expenditure", "1.甲支出 expenditure for alpha", "2.乙支出 expenditure for beta"])
        XCTAssertEqual(section.rows[1].cells.map(\.text), ["10.00", "15.00"])
        XCTAssertTrue(HeaderWords.isLabel("item"))
        XCTAssertFalse(HeaderWords.isLabel("items of expenditure"))
    }

    /// The unit line's English gloss in brackets ("(10000 yuan)") is part of the unit line, not an
    /// amount that starts the body: under an English subtitle the table is still read.
    func testUnitLineWithABracketedEnglishGloss() {
        let doc = extract(["5-2 某某财政收入", "Revenue of Somewhere", "单位:万元 (10000 yuan)", "项目 Item 2018 2019",
                           "收入合计 Total Revenue 30 40", " 甲收入 Alpha Revenue 10 15", " 乙收入 Beta Revenue 20 25"])
        XCTAssertEqual(doc.tables.map(\.title), ["某某财政收入"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["2018", "2019"])
        XCTAssertEqual(section.rows.first?.label, "收入合计 Total Revenue")
        XCTAssertEqual(section.rows.last?.cells.map(\.text), ["20", "25"])
        XCTAssertEqual(doc.tables.first?.unitText, "万元")
    }
}
