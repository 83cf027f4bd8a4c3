import XCTest
@testable import BudgetETL

/// Whole-number amounts of three or four digits right of the row's name (基本支出 | 项目支出 over
/// 100 | 692) are values: codes stand before the names. A code column right of the values keeps
/// no number silently: its numbers are rejected with their reason.
final class ExtractTabWholeValuesTests: XCTestCase {
    private let measures = ["合计", "基本支出", "项目支出", "经营支出", "其他支出"]

    private func rows(_ lines: [String]) -> [String] {
        let doc = FamilyFixture.extract(["某某局2024年部门支出预算表", "单位：万元"] + lines)
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
        return doc.tables.first?.sections.flatMap(FamilyFixture.rows) ?? []
    }

    private func expected(_ line: Int, _ label: String, _ values: [String]) -> String {
        "L\(line) |\(label) → " + zip(measures, values).map { "\($0)=\($1)@\(line)" }.joined(separator: " ")
    }

    func testWholeValuesOfOneRowKeepEveryColumn() {
        for (layout, join) in [("tab", "\t"), ("pipe", " | ")] {
            let header = (["项目"] + measures).joined(separator: join)
            let body = ["本级", "5834", "100", "692", "4612", "430"].joined(separator: join)
            let wrap = { (s: String) in join == "\t" ? s : "| " + s + " |" }
            XCTAssertEqual(rows([wrap(header), wrap(body)]), [expected(4, "本级", ["5834", "100", "692", "4612", "430"])], layout)
        }
    }

    func testWholeAndDecimalRowsUnderAnyNameHeader() {
        for name in ["项目", "单位名称", "甲"] {
            XCTAssertEqual(rows([([name] + measures).joined(separator: "\t"),
                                 "一、本级\t5834\t100\t692\t4612\t430",
                                 "二、下属单位\t1200.50\t50\t600\t500.50\t50"]),
                           [expected(4, "一、本级", ["5834", "100", "692", "4612", "430"]),
                            expected(5, "二、下属单位", ["1200.50", "50", "600", "500.50", "50"])], name)
        }
    }

    func testSpaceAlignedWholeValues() {
        XCTAssertEqual(rows(["项目        合计    基本支出    项目支出    经营支出    其他支出",
                             "本级        5834         100         692        4612         430",
                             "下属单位    1200          50         600         500          50"]),
                       [expected(4, "本级", ["5834", "100", "692", "4612", "430"]),
                        expected(5, "下属单位", ["1200", "50", "600", "500", "50"])])
    }

    func testThreePublicFormOfWholeValues() {
        let doc = FamilyFixture.extract(["某某局2024年三公经费预算表", "单位：万元",
                                         "合计\t因公出国(境)费\t公务用车购置及运行费\t公务接待费", "150\t20\t100\t30"])
        XCTAssertEqual(doc.tables.first?.sections.flatMap(FamilyFixture.rows),
                       ["L4 | → 合计=150@4 因公出国(境)费=20@4 公务用车购置及运行费=100@4 公务接待费=30@4"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testCodesBeforeTheNameStayCodes() {
        let grid = ColumnGrid(header: [["", "项目", "合计", "基本支出"]],
                              body: [[Token(text: "201", line: 1, column: 0), Token(text: "一般公共服务支出", line: 1, column: 1),
                                      Token(text: "300", line: 1, column: 2), Token(text: "100", line: 1, column: 3)]],
                              columnNumbers: [])
        XCTAssertEqual(grid.sections.map(\.codeColumns), [[0]])
        XCTAssertEqual(grid.sections.map(\.valueColumns), [[2, 3]])
    }

    func testCodesAfterALineNumberStayCodes() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元", "序号\t\t项目名称\t金额",
                                         "1\t201\t一般公共服务支出\t5834.00", "2\t205\t教育支出\t100.00"])
        XCTAssertEqual(doc.tables.first?.sections.flatMap(\.rows).map(\.codeParts), [["201"], ["205"]])
        XCTAssertEqual(doc.tables.first?.sections.flatMap(\.rows).map { $0.cells.map(\.text) }, [["1", "5834.00"], ["2", "100.00"]])
    }

    func testLetteredColumnNumberRowIsNoRow() {
        XCTAssertEqual(rows([(["项目"] + measures).joined(separator: "\t"), "甲\t1\t2\t3\t4\t5",
                             "本级\t5834\t100\t692\t4612\t430"]),
                       [expected(5, "本级", ["5834", "100", "692", "4612", "430"])])
    }

    func testZeroLedNumbersRightOfTheNameAreCodes() {
        let grid = ColumnGrid(header: [["项目", "", "合计", "基本支出"]],
                              body: [[Token(text: "本级", line: 1, column: 0), Token(text: "001", line: 1, column: 1),
                                      Token(text: "300", line: 1, column: 2), Token(text: "100", line: 1, column: 3)]],
                              columnNumbers: [])
        XCTAssertEqual(grid.sections.map(\.codeColumns), [[1]])
        XCTAssertEqual(grid.sections.map(\.valueColumns), [[2, 3]])
    }

    func testCodeColumnRightOfTheValuesIsRejectedNotDropped() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元", "项目\t金额\t科目编码", "本级\t5834.00\t201"])
        XCTAssertEqual(doc.tables.first?.sections.flatMap(FamilyFixture.rows), ["L4 |本级 → 金额=5834.00@4"])
        XCTAssertEqual(doc.rejects.map(\.text), ["201"])
        XCTAssertEqual(doc.rejects.map(\.line), [4])
        XCTAssertEqual(doc.rejects.map(\.reason), [RejectReason.columnRoleUnknown(column: 3).description])
    }
}
