import XCTest
@testable import BudgetETL

/// A word processor's narrow cells through pdftotext -layout: full cells one space apart, so the
/// table looks single-space separated, but a header line padded to its columns.
final class ExtractPaddedSequentialTableTests: XCTestCase {
    private func table(_ codeAndName: String) -> [String] {
        [
            "                          部门支出预算表",
            "编制单位：某某局单位：万元",
            "                                             本年支出",
            codeAndName,
            "                                           基本支出 项目支出",
            "201                     一般公共服务支出 5000.00 2877.00",
            "20101                   行政运行 3000.00 2877.00",
            "20102                   一般行政管理事务 2000.00",
        ]
    }

    func testPaddedHeaderLineReadsTheTableByPosition() {
        XCTAssertEqual(Layout.of(Array(table("         科目编码                 科目名称").dropFirst())), .sequential)
        let doc = FamilyFixture.extract(table("         科目编码                 科目名称"))
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertTrue(rows.contains("L6 201|一般公共服务支出 → 本年支出 / 基本支出=5000.00@6 本年支出 / 项目支出=2877.00@6"), rows.joined(separator: "\n"))
        XCTAssertTrue(rows.contains("L8 20102|一般行政管理事务 → 本年支出 / 基本支出=2000.00@8"), rows.joined(separator: "\n"))
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A padded table whose stream reading also gathers numbered names from several lines
    /// (`2.项目支出 expenditure for` / numbers / `projects`): those rows' values rejected as gathered
    /// names, the rest for want of a header, is still a header the stream could not read.
    func testGatheredNamesBesideAnUnreadHeaderReadByPosition() {
        let doc = FamilyFixture.extract([
            "                          某某支出表",
            "单位：万元",
            "                    项目                          2021     2022",
            "支出合计 total expenditure                        300 400",
            "1.基本支出 expenditure for basic needs            100 150",
            "2.项目支出 expenditure for",
            "                                                  200 250",
            "projects",
            "3.其他支出 other expenditure                        0 0",
        ])
        let placed = doc.tables.flatMap { $0.sections.flatMap { $0.rows.flatMap(\.cells) } }.map(\.text)
        XCTAssertEqual(placed, ["300", "400", "100", "150", "200", "250", "0", "0"], "\(doc.rejects)")
        XCTAssertEqual(doc.tables[0].sections[0].columns.map(\.components), [["2021"], ["2022"]])
    }

    /// Without a header line whose words stand apart, the spacing says nothing of columns: the
    /// table stays single-space separated, its values rejected for want of a header.
    func testHeaderOfTouchingWordsKeepsTheStreamReading() {
        let doc = FamilyFixture.extract(table("科目编码 科目名称"))
        XCTAssertFalse(doc.tables.contains { $0.sections.contains { $0.rows.contains { !$0.cells.isEmpty } } })
        XCTAssertFalse(doc.rejects.isEmpty)
    }

    /// A one-line header padded but for its last two narrow columns: its top line stands apart.
    func testTopHeaderLinePaddedMoreThanNot() {
        XCTAssertTrue(PaddedSequentialTable.topLineStandsApart(["科目编码     科目名称       本年收入合计      财政拨款收入 其他收入"]))
        XCTAssertFalse(PaddedSequentialTable.topLineStandsApart(["项目 经费合计                     接待费", "小计   运行费"]))
        XCTAssertFalse(PaddedSequentialTable.topLineStandsApart(["科目编 科目名 全年预 全年执     询全年"]))
        let lines = [
            "                          部门支出预算表",
            "编制单位：某某局单位：万元",
            "科目编码                科目名称               合计        基本支出 项目支出",
            "201     一般公共服务支出                         8000.00 5000.00 3000.00",
            "20101   行政运行 3000.00 2000.00 1000.00",
        ]
        // Judged by its spacing alone, the table is single-space separated.
        XCTAssertEqual(Layout.of(Array(lines.dropFirst())), .sequential)
        let doc = FamilyFixture.extract(lines)
        let rows = FamilyFixture.rows(doc.tables[0].sections[0])
        XCTAssertTrue(rows.contains("L4 201|一般公共服务支出 → 合计=8000.00@4 基本支出=5000.00@4 项目支出=3000.00@4"), rows.joined(separator: "\n"))
    }
}
