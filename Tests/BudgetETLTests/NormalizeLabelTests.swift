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
    }

    func testHeaderCleaningKeepsDoubling() {
        XCTAssertEqual(LabelCleaner.cleanHeader("项目金额 （万元）"), "项目金额(万元)")
        XCTAssertEqual(LabelCleaner.cleanHeader("合计合计"), "合计合计")
        XCTAssertEqual(LabelCleaner.normalizeWhitespace("项目金额 （万元）"), "项目金额（万元）")
    }
}
