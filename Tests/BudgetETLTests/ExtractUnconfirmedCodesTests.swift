import XCTest
@testable import BudgetETL

/// A number before a name in a one-cell-per-line table of named rows is taken for the row's code;
/// nothing confirms it, so it lands in the rejects with its line rather than nowhere (unless the
/// rows cut again as a name and its full values each tell it is a value).
final class ExtractUnconfirmedCodesTests: XCTestCase {
    private func rejects(_ doc: ExtractedDocument, reason: RejectReason) -> [String] {
        doc.rejects.filter { $0.reason == reason.description }.map { "\($0.line):\($0.text)" }
    }

    func testNumbersTakenForCodesInATableOfNamedRowsAreRejectedNotLost() {
        let doc = FamilyFixture.extract([
            "某区2022年度“三公”经费统计表",
            "项目 |",
            "2022年度数量 |",
            "公务用车购置数 |",
            "12 |",
            "公务用车保有量 |",
            "315 |",
            "国内公务接待批次 |",
            "248 |",
            "国内公务接待人次 |",
            "3620 |",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        // 315 and 248 stand before names (the stream's code rule), but each follows a name left
        // without values: cut again as full rows, every row is a name and its one value, no code
        // left, so they are the rows' values (`RowStreamReader.fullRowChunks`).
        XCTAssertEqual(rejects(doc, reason: .codeUnconfirmed), [])
        let rows = doc.tables[0].sections.flatMap(\.rows)
        XCTAssertEqual(rows.map { "\($0.label)=\($0.cells.map(\.text).joined())" },
                       ["公务用车购置数=12", "公务用车保有量=315", "国内公务接待批次=248", "国内公务接待人次=3620"])
        XCTAssertTrue(rows.allSatisfy(\.codeParts.isEmpty))
        // Every number of the table is a cell or a reject.
        let cells = rows.flatMap(\.cells).map(\.text)
        XCTAssertEqual(Set(cells + doc.rejects.map(\.text)), ["12", "315", "248", "3620"])
    }

    func testARowStatingNoneInWordsDoesNotKeepTheOthersValuesAsCodes() {
        let doc = FamilyFixture.extract([
            "某区2021年度“三公”经费使用情况",
            "使用项目 |", "2021年度数量或人次 |",
            "公务用车购置数 |", "12 |",
            "公务用车保有量 |", "315 |",
            "国内公务接待批次 |", "248 |",
            "国内公务接待人次 |", "3620 |",
            "国(境)外公务接待情况 |", "无 |",
        ])
        let rows = doc.tables.flatMap(\.sections).flatMap(\.rows)
        XCTAssertEqual(rows.filter { !$0.cells.isEmpty }.map { "\($0.label)=\($0.cells.map(\.text).joined())" },
                       ["公务用车购置数=12", "公务用车保有量=315", "国内公务接待批次=248", "国内公务接待人次=3620"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
        // A second word after a name is no statement of none: the row is not taken as one.
        let other = RowStreamReader.Chunk(labels: [Token(text: "甲", line: 1, column: 0), Token(text: "乙", line: 2, column: 0)])
        XCTAssertFalse(RowStreamReader.statesNone(other))
    }

    func testCodesOfAClassificationTableStay() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "科目编码 |",
            "科目名称 |",
            "合计 |",
            "201 |",
            "一般公共服务支出 |",
            "120.00 |",
            "20103 |",
            "政府办公厅(室)及相关机构事务 |",
            "120.00 |",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(rejects(doc, reason: .codeUnconfirmed).isEmpty)
        let codes = doc.tables[0].sections.flatMap(\.rows).map { $0.codeParts.joined() }
        XCTAssertEqual(codes, ["201", "20103"])
    }

    func testACodeOnARowWithValuesAndNoNameBeforeItStays() {
        // One coded row with its value, no row named without values before it: nothing doubts the code.
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "项目 |",
            "预算数 |",
            "合计 |",
            "86.00 |",
            "一般公共服务支出 |",
            "50.00 |",
            "229 |",
            "其他支出 |",
            "36.00 |",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(rejects(doc, reason: .codeUnconfirmed).isEmpty)
        XCTAssertEqual(doc.tables[0].sections.flatMap(\.rows).map { $0.codeParts.joined() }, ["", "", "229"])
    }
}
