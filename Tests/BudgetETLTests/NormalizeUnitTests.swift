import XCTest
@testable import BudgetETL

final class NormalizeUnitTests: XCTestCase {
    func testMoneyUnitRawValuesAndPowers() {
        XCTAssertEqual(MoneyUnit.yuan.rawValue, "元")
        XCTAssertEqual(MoneyUnit.wanYuan.rawValue, "万元")
        XCTAssertEqual(MoneyUnit.qianYuan.rawValue, "千元")
        XCTAssertEqual(MoneyUnit.yiYuan.rawValue, "亿元")
        XCTAssertEqual(MoneyUnit.yuan.powerOfTen, 0)
        XCTAssertEqual(MoneyUnit.qianYuan.powerOfTen, 3)
        XCTAssertEqual(MoneyUnit.wanYuan.powerOfTen, 4)
        XCTAssertEqual(MoneyUnit.yiYuan.powerOfTen, 8)
    }

    func testMoneyUnitFromText() {
        XCTAssertEqual(MoneyUnit(text: "单位：万元"), .wanYuan)
        XCTAssertEqual(MoneyUnit(text: "金额单位：元"), .yuan)
        XCTAssertEqual(MoneyUnit(text: "单位:  万元"), .wanYuan)
        XCTAssertEqual(MoneyUnit(text: "（万元）"), .wanYuan)
        XCTAssertEqual(MoneyUnit(text: "项目金额(万元)"), .wanYuan)
        XCTAssertEqual(MoneyUnit(text: "单位：万 元"), .wanYuan)
        XCTAssertEqual(MoneyUnit(text: "单位：千元"), .qianYuan)
        XCTAssertEqual(MoneyUnit(text: "单位：亿元"), .yiYuan)
        XCTAssertEqual(MoneyUnit(text: "元"), .yuan)
        XCTAssertEqual(MoneyUnit(text: "万元"), .wanYuan)
        XCTAssertEqual(MoneyUnit(text: "wan_yuan"), .wanYuan)
        XCTAssertEqual(MoneyUnit(text: "yuan"), .yuan)
        XCTAssertEqual(MoneyUnit(text: "编制部门：某某局  单位：万元"), .wanYuan)
        XCTAssertNil(MoneyUnit(text: ""))
        XCTAssertNil(MoneyUnit(text: "单位：人"))
        XCTAssertNil(MoneyUnit(text: "项目"))
    }

    func testConversionWanToYuanKeepsScale() {
        let p = { (s: String) in ExactDecimal.parse(s)! }
        XCTAssertEqual(p("842.48").converted(from: .wanYuan, to: .yuan)?.description, "8424800.00")
        XCTAssertEqual(p("131,792.35").converted(from: .wanYuan, to: .yuan)?.description, "1317923500.00")
        XCTAssertEqual(p("3").converted(from: .wanYuan, to: .yuan)?.description, "30000")
        XCTAssertEqual(p("-0.01").converted(from: .wanYuan, to: .yuan)?.description, "-100.00")
        XCTAssertEqual(p("1.5").converted(from: .yiYuan, to: .yuan)?.description, "150000000.0")
        XCTAssertEqual(p("12.345").converted(from: .qianYuan, to: .yuan)?.description, "12345.000")
        XCTAssertEqual(p("7.00").converted(from: .yuan, to: .yuan)?.description, "7.00")
        XCTAssertNil(ExactDecimal(mantissa: Int64.max / 100, scale: 0).converted(from: .yiYuan, to: .yuan))
    }

    func testConversionYuanToWanIsExact() {
        let p = { (s: String) in ExactDecimal.parse(s)! }
        XCTAssertEqual(p("8424800.00").converted(from: .yuan, to: .wanYuan)?.description, "842.48")
        XCTAssertEqual(p("12345").converted(from: .yuan, to: .wanYuan)?.description, "1.2345")
        XCTAssertEqual(p("10000").converted(from: .yuan, to: .wanYuan)?.description, "1.00")
        XCTAssertEqual(p("10000.000").converted(from: .yuan, to: .wanYuan)?.description, "1.000")
        XCTAssertEqual(p("1.23").converted(from: .yuan, to: .wanYuan)?.description, "0.000123")
        XCTAssertEqual(p("842.48").converted(from: .wanYuan, to: .yuan)?.converted(from: .yuan, to: .wanYuan)?.description,
                       "842.48")
    }

    func testHeaderUnit() {
        XCTAssertEqual(HeaderUnit.find(in: "项目金额（万元）"), .wanYuan)
        XCTAssertEqual(HeaderUnit.find(in: "项目金额(元)"), .yuan)
        XCTAssertEqual(HeaderUnit.find(in: "金额（单位：万元）"), .wanYuan)
        XCTAssertEqual(HeaderUnit.find(in: "万元"), .wanYuan)
        XCTAssertEqual(HeaderUnit.find(in: ["项目金额（万元）", "小计"]), .wanYuan)
        XCTAssertNil(HeaderUnit.find(in: "增长率（%）"))
        XCTAssertNil(HeaderUnit.find(in: "一般公共预算财政拨款收入"))
        XCTAssertNil(HeaderUnit.find(in: "单元格"))
        XCTAssertNil(HeaderUnit.find(in: ["人数", "（人）"]))
    }
}
