import XCTest
@testable import BudgetETL

final class NormalizeLabelTests: XCTestCase {
    func testCountUnitRows() {
        XCTAssertTrue(Normalizer.countUnit(in: "(一)车辆数合计(辆)"))
        XCTAssertTrue(Normalizer.countUnit(in: "培训(人次)"))
        XCTAssertTrue(Normalizer.countUnit(in: "设备(台(套))"))
        XCTAssertFalse(Normalizer.countUnit(in: "(一)车辆购置"))
        XCTAssertFalse(Normalizer.countUnit(in: "车辆数合计（辆）"))   // labels are cleaned to ASCII brackets first
        XCTAssertFalse(Normalizer.countUnit(in: "车辆数合计"))
    }

    func testUndoDoubling() {
        XCTAssertEqual(LabelCleaner.clean("工资福利支出工资福利支出"), "工资福利支出")
        XCTAssertEqual(LabelCleaner.clean("合计合计"), "合计")
        XCTAssertEqual(LabelCleaner.clean("一、基本支出一、基本支出"), "一、基本支出")
        XCTAssertEqual(LabelCleaner.clean("工资福利支出 工资福利支出"), "工资福利支出")
        XCTAssertEqual(LabelCleaner.clean("哈哈"), "哈哈")            // halves of one character are kept
        XCTAssertEqual(LabelCleaner.clean("工资福利支出"), "工资福利支出")
    }

    func testWhitespace() {
        XCTAssertEqual(LabelCleaner.clean("工资福利 支出"), "工资福利支出")
        XCTAssertEqual(LabelCleaner.clean("  一般公共 服务\n支出  "), "一般公共服务支出")
        XCTAssertEqual(LabelCleaner.clean("工资\u{3000}福利\u{00A0}支出"), "工资福利支出")
        XCTAssertEqual(LabelCleaner.clean("工\u{200B}资"), "工资")
        XCTAssertEqual(LabelCleaner.clean("PPP  项目"), "PPP 项目")
        XCTAssertEqual(LabelCleaner.clean("Other   items"), "Other items")
        // A curly quote beside Chinese text prints full width: the space was a wrapped cell's break.
        XCTAssertEqual(LabelCleaner.clean("“三公经费” 控制率"), "“三公经费”控制率")
        XCTAssertEqual(LabelCleaner.clean("年度 “三公”经费"), "年度“三公”经费")
        XCTAssertEqual(LabelCleaner.clean("PPP “项目”"), "PPP “项目”")
        // A hyphenated Latin word broken at its hyphen; a percent sign after a Chinese label's bracket.
        XCTAssertEqual(LabelCleaner.clean("国有资本经营收入 Operation Income of State- owned Assets"),
                       "国有资本经营收入 Operation Income of State-owned Assets")
        XCTAssertEqual(LabelCleaner.clean("A- B"), "A- B")
        XCTAssertEqual(LabelCleaner.clean("药占比(不含中药饮片) %"), "药占比(不含中药饮片)%")
        XCTAssertEqual(LabelCleaner.clean("rate (x) %"), "rate (x) %")
    }

    func testPunctuationAndNumbering() {
        XCTAssertEqual(LabelCleaner.clean("（一）工资福利支出"), "(一)工资福利支出")
        XCTAssertEqual(LabelCleaner.clean("（一） 工资福利支出"), "(一)工资福利支出")
        XCTAssertEqual(LabelCleaner.clean("其中：基本工资"), "其中:基本工资")
        XCTAssertEqual(LabelCleaner.clean("办公费，印刷费"), "办公费,印刷费")
        XCTAssertEqual(LabelCleaner.clean("一、 一般公共服务支出"), "一、一般公共服务支出")
        XCTAssertEqual(LabelCleaner.clean("1.基本工资"), "1.基本工资")
        XCTAssertEqual(LabelCleaner.clean("1. 基本工资"), "1.基本工资")
        XCTAssertEqual(LabelCleaner.clean("其中: 财政拨款"), "其中:财政拨款")
        XCTAssertEqual(LabelCleaner.clean("其中：财政拨款"), "其中:财政拨款")
        XCTAssertEqual(LabelCleaner.clean("其中 ：财政拨款"), "其中:财政拨款")
        XCTAssertEqual(LabelCleaner.clean("(一) 工资福利支出"), "(一)工资福利支出")
        XCTAssertEqual(LabelCleaner.clean("其中: 2023年"), "其中: 2023年")
        XCTAssertEqual(LabelCleaner.clean("PPP (项目)"), "PPP (项目)")
        // A Chinese colon printed as `:` and a bracket on the wrapped cell's next line.
        XCTAssertEqual(LabelCleaner.clean("1、资金来源: (1)政府预算资金"), "1、资金来源:(1)政府预算资金")
        XCTAssertEqual(LabelCleaner.clean("资金来源：(1)政府预算资金"), "资金来源:(1)政府预算资金")
        XCTAssertEqual(LabelCleaner.clean("Note: (a) item"), "Note: (a) item")
        // A percent sign wrapped under its label's words ends the label; one before words stays apart.
        XCTAssertEqual(LabelCleaner.clean("2016年比2015年增减 %"), "2016年比2015年增减%")
        XCTAssertEqual(LabelCleaner.clean("增减 % 合计"), "增减 % 合计")
        XCTAssertEqual(LabelCleaner.clean("% 合计"), "% 合计")
    }

    /// Digits inside Chinese text printed by a word processor come back from pdftotext with a space
    /// either side; the number between two wide characters is joined to them, other spaces stay.
    func testNumberBetweenWideCharactersIsJoined() {
        XCTAssertEqual(LabelCleaner.clean("特定目标类提前下达 2024 年中央财政补助资金"), "特定目标类提前下达2024年中央财政补助资金")
        XCTAssertEqual(LabelCleaner.clean("第 3 季度 12 月"), "第3季度12月")
        XCTAssertEqual(LabelCleaner.clean("培训费(对 140 家医疗机构)"), "培训费(对140家医疗机构)")
        XCTAssertEqual(LabelCleaner.clean("医疗保险中心 309 医疗保障局"), "医疗保险中心 309 医疗保障局")
        XCTAssertEqual(LabelCleaner.clean("2010101 一般公共服务"), "2010101 一般公共服务")
        XCTAssertEqual(LabelCleaner.clean("其中: 2023 年"), "其中: 2023 年")
        XCTAssertEqual(LabelCleaner.clean("项目 1"), "项目 1")
        XCTAssertEqual(LabelCleaner.clean("经费 2.5 万"), "经费 2.5 万")
        XCTAssertEqual(LabelCleaner.clean("𠀀 7 年"), "𠀀7年")
    }

    /// A word processor's PDF puts a space at one side of a number only, too: the number still joins a
    /// wide character before it and a measure word after it. Other numbers keep their spaces.
    func testNumberTouchingOneSideIsJoined() {
        XCTAssertEqual(LabelCleaner.clean("一、2019-1 年地方政府债务限额"), "一、2019-1年地方政府债务限额")
        XCTAssertEqual(LabelCleaner.clean("二、2019 年新增限额"), "二、2019年新增限额")
        XCTAssertEqual(LabelCleaner.clean("下达 2024年资金"), "下达2024年资金")
        XCTAssertEqual(LabelCleaner.clean("装修 1、2、3、5 楼"), "装修 1、2、3、5 楼")
        XCTAssertEqual(LabelCleaner.clean("2016 年度"), "2016 年度")
        XCTAssertEqual(LabelCleaner.clean("20101 人大事务"), "20101 人大事务")
        XCTAssertEqual(LabelCleaner.clean("项目 - 1 年"), "项目 - 1 年")
    }

    /// A column's name does not depend on where the converter put spaces around its numbers: headers
    /// hold no codes, so every space between a number and a wide character goes, but before a number
    /// that ends the name (栏次 1, the name given a column labelled by its number only).
    func testHeaderNumbersJoinTheirWords() {
        XCTAssertEqual(LabelCleaner.cleanHeader("2016 年度"), "2016年度")
        XCTAssertEqual(LabelCleaner.cleanHeader("2017 比 2016 增减"), "2017比2016增减")
        XCTAssertEqual(LabelCleaner.cleanHeader("2024 年 预算数"), "2024年预算数")
        XCTAssertEqual(LabelCleaner.cleanHeader("栏次 1"), "栏次 1")      // a column's number, ending its name
        XCTAssertEqual(LabelCleaner.cleanHeader("栏次 12 合计"), "栏次12合计")
        XCTAssertEqual(LabelCleaner.cleanHeader("2016年度"), "2016年度")
        XCTAssertEqual(LabelCleaner.cleanHeader("PPP 2016"), "PPP 2016")
        XCTAssertEqual(LabelCleaner.cleanHeader("增减 %"), "增减 %")
    }

    func testHeaderCleaningKeepsDoubling() {
        XCTAssertEqual(LabelCleaner.cleanHeader("项目金额 （万元）"), "项目金额(万元)")
        XCTAssertEqual(LabelCleaner.cleanHeader("合计合计"), "合计合计")
        XCTAssertEqual(LabelCleaner.normalizeWhitespace("项目金额 （万元）"), "项目金额（万元）")
    }
}
