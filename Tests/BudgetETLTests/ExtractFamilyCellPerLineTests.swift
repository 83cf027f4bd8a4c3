import XCTest
@testable import BudgetETL

/// Tables written one cell per line, in content-stream order (pdftotext -raw, pasted web pages):
/// rows are rebuilt from codes, names and the header's column count; 行次 numbers stand on lines
/// of their own next to the amounts.
final class ExtractFamilyCellPerLineTests: XCTestCase {
    func testCodedRowsOneCellPerLine() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",        // 1
            "单位：万元",            // 2
            "科目编码",             // 3
            "科目名称",             // 4
            "合计",                // 5
            "基本支出",             // 6
            "项目支出",             // 7
            "201",                // 8
            "一般公共服务支出",      // 9
            "300.00",             // 10
            "100.00",             // 11
            "200.00",             // 12
            "20101",              // 13
            "人大事务",             // 14
            "300.00",             // 15
            "100.00",             // 16
            "200.00",             // 17
            "合计",                // 18
            "300.00",             // 19
            "100.00",             // 20
            "200.00",             // 21
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["合计", "基本支出", "项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L8 201|一般公共服务支出 → 合计=300.00@10 基本支出=100.00@11 项目支出=200.00@12",
            "L13 20101|人大事务 → 合计=300.00@15 基本支出=100.00@16 项目支出=200.00@17",
            "L18 |合计 → 合计=300.00@19 基本支出=100.00@20 项目支出=200.00@21",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testTwoSidedRowsWithLineNumbersOnTheirOwnLines() {
        let doc = FamilyFixture.extract([
            "部门收支预算总表",       // 1
            "单位：万元",            // 2
            "收入",                // 3
            "支出",                // 4
            "项目",                // 5
            "行次",                // 6
            "金额",                // 7
            "项目",                // 8
            "行次",                // 9
            "金额",                // 10
            "一、财政拨款收入",       // 11
            "1",                  // 12
            "500.00",             // 13
            "一、一般公共服务支出",    // 14
            "3",                  // 15
            "500.00",             // 16
            "收入总计",              // 17
            "2",                  // 18
            "500.00",             // 19
            "支出总计",              // 20
            "4",                  // 21
            "500.00",             // 22
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["收入", "支出"])
        XCTAssertEqual(sections.map { $0.columns.map(\.joined) }, [["行次", "金额"], ["行次", "金额"]])
        XCTAssertEqual(FamilyFixture.rows(sections[0]), [
            "L11 |一、财政拨款收入 → 行次=1@12 金额=500.00@13",
            "L17 |收入总计 → 行次=2@18 金额=500.00@19",
        ])
        XCTAssertEqual(FamilyFixture.rows(sections[1]), [
            "L14 |一、一般公共服务支出 → 行次=3@15 金额=500.00@16",
            "L20 |支出总计 → 行次=4@21 金额=500.00@22",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testRowWithABlankCellDroppedIsRejectedWithItsReason() {
        let doc = FamilyFixture.extract([
            "部门支出预算表", "单位：万元", "科目编码", "科目名称", "合计", "基本支出", "项目支出",
            "201", "一般公共服务支出", "300.00", "100.00", "200.00",        // 8-12
            "208", "社会保障和就业支出", "50.00", "50.00",                  // 13-16: one blank cell dropped
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L8 201|一般公共服务支出 → 合计=300.00@10 基本支出=100.00@11 项目支出=200.00@12",
            "L13 208|社会保障和就业支出 → ",
        ])
        XCTAssertEqual(doc.rejects.map(\.line), [15, 16])
        XCTAssertEqual(doc.rejects.map(\.reason), Array(repeating: RejectReason.ambiguousPlacement(values: 2, columns: 3).description, count: 2))
    }

    func testCodesSplitOverCellsAndASideBySideRowThatFallsShort() {
        let chunks = RowStreamReader.chunks(["201", "03", "01", "行政运行", "12.00", "5", "合计", "12.00"].enumerated().map {
            Token(text: $1, line: $0 + 1, column: 0)
        })
        XCTAssertEqual(chunks.map { $0.codes.map(\.text) }, [["201", "03", "01"], []])
        XCTAssertEqual(chunks.map { $0.values.map(\.text) }, [["12.00", "5"], ["12.00"]])
        let doc = FamilyFixture.extract([
            "部门收支预算总表", "单位：万元", "收入", "支出", "项目", "行次", "金额", "项目", "行次", "金额",
            "一、财政拨款收入", "1", "500.00",               // 11-13
            "一、一般公共服务支出", "3",                      // 14-15: blank amount dropped
            "收入总计", "2", "500.00",                      // 16-18
            "支出总计", "4", "500.00",                      // 19-21
        ])
        XCTAssertEqual(doc.rejects.map(\.line), [12, 13, 15, 17, 18, 20, 21])
        XCTAssertEqual(Set(doc.rejects.map(\.reason)), [RejectReason.sectionUnknown.description])
    }

    func testNamedRowWithAllCellsBlankEndsBeforeTheNextNumberedName() {
        let chunks = RowStreamReader.chunks(["一、财政拨款收入", "二、事业收入", "100.00"].enumerated().map {
            Token(text: $1, line: $0 + 1, column: 0)
        })
        XCTAssertEqual(chunks.map { $0.labels.map(\.text) }, [["一、财政拨款收入"], ["二、事业收入"]])
        XCTAssertEqual(chunks.map { $0.values.map(\.text) }, [[], ["100.00"]])
    }
}
