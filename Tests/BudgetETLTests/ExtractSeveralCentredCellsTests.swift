import XCTest
@testable import BudgetETL

/// Single-space text (a PDF's text without positions) whose header prints cells wrapped in two
/// lines around a line of one-line cells, and a first row's name piece printed as the header's
/// last line: neither tells where a value's column is, so no value is placed by them.
final class ExtractSeveralCentredCellsTests: XCTestCase {
    private func cells(_ lines: [String]) -> [String] {
        FamilyFixture.extract(lines).tables.flatMap { table in
            table.sections.flatMap { section in
                section.rows.flatMap { row in row.cells.map { "\(row.label): \(section.columns[$0.column].joined)=\($0.text)" } }
            }
        }
    }

    func testTwoWrappedCellsAroundOneLineCellsLeaveTheColumnsUnplaced() {
        // 年初结转和结余 and 年末结转和结余 are the first and the last columns; read in print order the
        // values went under 年末结转和 and 本年收入 / 结余 one column off.
        let lines = [
            "政府性基金预算财政拨款收入支出决算表",
            "单位：万元",
            "项目",
            "年初结转和 年末结转和",
            "本年收入 本年支出",
            "功能分类",
            "结余 结余",
            "科目名称",
            "科目编码",
            "207 文化旅游体育与传媒支出 0 3.60 3.60 0",
            "212 城乡社区支出 0 1,500.00 1,500.00 0",
            "229 其他支出 0 12.00 12.00 0",
        ]
        XCTAssertEqual(cells(lines), [])
    }

    func testAHeaderCellPairedWithItsPiecesStaysRead() {
        // One wrapped cell over two words at least stays the rule it was (事业单位 / … / 经营收入);
        // two lines of pieces next to each other are a row's cells wrapped alike, joined in pairs.
        let lines = [
            "某某收入决算表",
            "单位：万元",
            "项目",
            "本年收 财政拨",
            "入合计 款收入",
            "科目编码 科目名称",
            "201 一般公共服务支出 12.00 12.00",
            "208 社会保障和就业支出 3.50 3.50",
        ]
        XCTAssertEqual(cells(lines), ["一般公共服务支出: 本年收入合计=12.00", "一般公共服务支出: 财政拨款收入=12.00",
                                      "社会保障和就业支出: 本年收入合计=3.50", "社会保障和就业支出: 财政拨款收入=3.50"])
    }

    func testACodeUnderTheHeadersLastWordIsNoAmount() {
        // 文化旅游体育与传媒 / 207 … / 支出: the first row's name wrapped around its code line, its first
        // piece printed as the header's last line. 207 was read as 合计's amount and every amount one
        // column on, certain; the piece moved back into the body (`HeaderEndNamePiece`), 207 is the
        // row's code and its three amounts fill the three columns.
        let lines = [
            "一般公共预算财政拨款支出决算表",
            "单位：万元",
            "项目",
            "合计 基本支出 项目支出",
            "功能分类",
            "科目名称",
            "科目编码",
            "文化旅游体育与传媒",
            "207 1,712.62 737.19 975.43",
            "支出",
            "20701 文化和旅游 1,475.06 737.19 737.87",
        ]
        XCTAssertFalse(cells(lines).contains { $0.hasSuffix("=207") }, "\(cells(lines))")
        XCTAssertFalse(cells(lines).contains { $0.contains("文化旅游体育与传媒=") }, "\(cells(lines))")
        XCTAssertTrue(cells(lines).contains("文化旅游体育与传媒支出: 合计=1,712.62"), "\(cells(lines))")
    }
}
