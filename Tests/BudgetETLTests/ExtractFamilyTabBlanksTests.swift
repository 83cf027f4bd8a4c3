import XCTest
@testable import BudgetETL

/// Tab rows whose blank cells the converter dropped, in a table of one section: a row with a value
/// for every column is read as it stands; a shorter one as [code] name values, its values in order
/// and marked guessed, for normalize to place by the table's sums or reject.
final class ExtractFamilyTabBlanksTests: XCTestCase {
    private func rows(_ body: [String]) -> [String] {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元", "科目编码\t科目名称\t合计\t基本支出\t项目支出"] + body)
        XCTAssertEqual(doc.tables.count, 1)
        return doc.tables.first?.sections.flatMap(\.rows).map { row in
            "\(row.codeParts.joined(separator: ","))|\(row.label) " + row.cells.map { "\($0.column)=\($0.text)\($0.guessed ? "?" : "")" }.joined(separator: " ")
        } ?? []
    }

    func testShortRowsKeepTheirValuesInOrderMarkedGuessed() {
        XCTAssertEqual(rows([
            "合计\t350.00\t150.00\t200.00",
            "201\t一般公共服务支出\t300.00\t100.00\t200.00",
            "208\t社会保障和就业支出\t50.00\t50.00",
        ]), [
            // the total row lost its code cell (its amount stands in the name column): read by order,
            // one value per column, so certain
            "|合计 0=350.00 1=150.00 2=200.00",
            "201|一般公共服务支出 0=300.00 1=100.00 2=200.00",
            "208|社会保障和就业支出 0=50.00? 1=50.00?",
        ])
    }

    func testSplitCodesStartAShortRow() {
        XCTAssertEqual(GridReader.shortRow(TableLines.prepare("208\t05\t05\t养老\t10.00\t4.00", number: 7, tab: true, mangled: false), columns: 3)
            .map { "\($0.codeParts) \($0.label) \($0.cells.map(\.text)) \($0.cells.map(\.guessed))" },
            "[\"208\", \"05\", \"05\"] 养老 [\"10.00\", \"4.00\"] [true, true]")
        // More values than columns, or words after the values: no row to read.
        XCTAssertNil(GridReader.shortRow(TableLines.prepare("201\t甲\t1.00\t2.00\t3.00\t4.00", number: 1, tab: true, mangled: false), columns: 3))
        XCTAssertNil(GridReader.shortRow(TableLines.prepare("201\t甲\t1.00\t乙\t2.00", number: 1, tab: true, mangled: false), columns: 3))
    }

    /// A form whose corner word (绩效指标) heads a column its rows leave blank: with blank cells
    /// dropped, its widest row is still one cell short and holds a word (the deviation's reason)
    /// after its numbers, under a column of numbers: its cells have moved, so it stands under no
    /// column by its place and its numbers are not read there (they were under the column left
    /// of theirs: 98% under 年度指标值).
    func testAFullRowWithAWordAfterItsNumbersDoesNotStand() {
        let doc = FamilyFixture.extract(["部门整体支出绩效自评表",
            "绩效指标\t一级指标\t二级指标\t年度指标值\t实际完成值\t得分\t偏差度\t偏差原因分析",
            "产出指标\t数量\t相关\t98%\t1.96\t-2.00%\t原因不明",
            "完成率\t≥90%\t100%\t2\t0.00%",
            "监控率\t100%\t2\t2\t0.00%",
        ])
        let cells = doc.tables.flatMap(\.sections).flatMap { section in
            section.rows.flatMap { row in row.cells.map { (section.columns[$0.column].joined, $0.text, $0.guessed) } }
        }
        XCTAssertFalse(cells.contains { $0.0 == "年度指标值" && $0.1 == "98%" && !$0.2 }, "\(cells)")
        XCTAssertFalse(cells.contains { $0.1 == "1.96" && !$0.2 }, "\(cells)")
        // The reason's word moved under 偏差度 makes it a column of words among the values: the
        // value columns left are not all the columns, so no short row's numbers are placed.
        XCTAssertEqual(cells.count, 0, "\(cells)")
        XCTAssertTrue(doc.rejects.contains { $0.line == 5 && $0.text == "0.00%" })
    }
}
