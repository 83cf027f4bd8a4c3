import XCTest
@testable import BudgetETL

/// Summary tables printed as three blocks side by side (收入 | 支出 by function | 支出 by economic
/// class): each block is a section of its own, in every layout.
final class ExtractFamilyThreeBlockTests: XCTestCase {
    private let expectedNames = ["收入", "支出(功能分类)", "支出(经济分类)"]

    private func assertThreeBlocks(_ doc: ExtractedDocument, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(doc.tables.count, 1, file: file, line: line)
        guard let sections = doc.tables.first?.sections, sections.count == 3 else {
            return XCTFail("sections: \(doc.tables.first?.sections.map(\.name) ?? [])", file: file, line: line)
        }
        XCTAssertEqual(sections.map(\.name), expectedNames, file: file, line: line)
        XCTAssertEqual(sections.map { $0.columns.map(\.joined) }, [["预算数"], ["预算数"], ["预算数"]], file: file, line: line)
        XCTAssertEqual(FamilyFixture.rows(sections[0]), [
            "L5 |一、财政拨款 → 预算数=500.00@5", "L6 |二、事业收入 → 预算数=100.00@6", "L7 |收入总计 → 预算数=600.00@7",
        ], file: file, line: line)
        XCTAssertEqual(FamilyFixture.rows(sections[1]), [
            "L5 |一、一般公共服务支出 → 预算数=300.00@5", "L6 |二、教育支出 → 预算数=300.00@6", "L7 |支出总计 → 预算数=600.00@7",
        ], file: file, line: line)
        XCTAssertEqual(FamilyFixture.rows(sections[2]), [
            "L5 |一、工资福利支出 → 预算数=350.00@5", "L6 |二、商品和服务支出 → 预算数=250.00@6", "L7 |支出总计 → 预算数=600.00@7",
        ], file: file, line: line)
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)", file: file, line: line)
    }

    func testColumnAligned() {
        assertThreeBlocks(FamilyFixture.extract([
            "                              部门收支预算总表",
            "单位：万元",
            "        收入                    支出（功能分类）                        支出（经济分类）",
            "  项目           预算数        项目                 预算数          项目                 预算数",
            "一、财政拨款      500.00      一、一般公共服务支出        300.00        一、工资福利支出          350.00",
            "二、事业收入      100.00      二、教育支出            300.00        二、商品和服务支出         250.00",
            "收入总计        600.00      支出总计              600.00        支出总计              600.00",
        ]))
    }

    func testSingleSpace() {
        assertThreeBlocks(FamilyFixture.extract([
            "部门收支预算总表",
            "单位：万元",
            "收入 支出（功能分类） 支出（经济分类）",
            "项目 预算数 项目 预算数 项目 预算数",
            "一、财政拨款 500.00 一、一般公共服务支出 300.00 一、工资福利支出 350.00",
            "二、事业收入 100.00 二、教育支出 300.00 二、商品和服务支出 250.00",
            "收入总计 600.00 支出总计 600.00 支出总计 600.00",
        ]))
    }

    func testTabSeparated() {
        assertThreeBlocks(FamilyFixture.extract([
            "部门收支预算总表",
            "单位：万元",
            "收入\t\t支出（功能分类）\t\t支出（经济分类）\t",
            "项目\t预算数\t项目\t预算数\t项目\t预算数",
            "一、财政拨款\t500.00\t一、一般公共服务支出\t300.00\t一、工资福利支出\t350.00",
            "二、事业收入\t100.00\t二、教育支出\t300.00\t二、商品和服务支出\t250.00",
            "收入总计\t600.00\t支出总计\t600.00\t支出总计\t600.00",
        ]))
    }
}
