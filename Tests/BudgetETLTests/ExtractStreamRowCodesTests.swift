import XCTest
@testable import BudgetETL

/// Reading order (pdftotext -raw, plain pdftotext): rows rebuilt from codes and names, values
/// placed by the header's column count only where that count is certain.
final class ExtractStreamRowCodesTests: XCTestCase {
    func testCodeLongerThanAnyAmountIsTheRowsCode() {
        // A project's code of 21 digits before its name, on the name's line or alone above it:
        // no amount has that many digits, so it is the row's code, not a value of the row before.
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "项目编码 项目名称 资金总额 财政拨款",
            "900.00 900.00",
            "730100250000000001234 道路养护补助 600.00 600.00",
            "730100250000000005678",
            "设备购置经费",
            "300.00 300.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables.first.map { $0.sections.flatMap { FamilyFixture.rows($0) } }, [
            "L4 | → 资金总额=900.00@4 财政拨款=900.00@4",
            "L5 730100250000000001234|道路养护补助 → 资金总额=600.00@5 财政拨款=600.00@5",
            "L6 730100250000000005678|设备购置经费 → 资金总额=300.00@8 财政拨款=300.00@8",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testLoneLongerRowDoesNotSetTheWidthWhereMostRowsAgree() {
        // One cell per line: the header's words read flat make four columns, but every full row
        // holds three values and 合计 = 人员经费 + 公用经费: the top word heads the three. The
        // short row's missing value was printed after the last row, which then holds four.
        let doc = FamilyFixture.extract([
            "部门支出预算表", "单位：元",
            "科目编码", "科目名称", "基本支出", "合计", "人员经费", "公用经费",
            "301", "工资福利支出", "500", "500", "0",
            "30101", "基本工资", "300",
            "30102", "津贴补贴", "200", "200", "0",
            "302", "商品和服务支出", "80", "0", "80",
            "合计", "580", "500", "80", "300",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables.first.map { $0.sections.flatMap { FamilyFixture.rows($0) } }, [
            "L9 301|工资福利支出 → 基本支出 / 合计=500@11 基本支出 / 人员经费=500@12 基本支出 / 公用经费=0@13",
            "L14 30101|基本工资 → ",
            "L17 30102|津贴补贴 → 基本支出 / 合计=200@19 基本支出 / 人员经费=200@20 基本支出 / 公用经费=0@21",
            "L22 302|商品和服务支出 → 基本支出 / 合计=80@24 基本支出 / 人员经费=0@25 基本支出 / 公用经费=80@26",
            "L27 |合计 → ",
        ])
        // The short row's one value and the last row's four are rejected, none placed.
        XCTAssertEqual(doc.rejects.map(\.text), ["300", "580", "500", "80", "300"])
        XCTAssertEqual(doc.rejects.last?.reason, RejectReason.moreValuesThanColumns.description)
    }
}
