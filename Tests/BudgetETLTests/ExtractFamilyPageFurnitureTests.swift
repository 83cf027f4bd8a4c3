import XCTest
@testable import BudgetETL

/// A table that runs over a page break: the page number, the running header and the form feed
/// between its rows are the page's, not the table's, whether or not the header is printed again.
final class ExtractFamilyPageFurnitureTests: XCTestCase {
    private let expected = [
        "L5 201|一般公共服务支出 → 合计=300.00@5 基本支出=100.00@5 项目支出=200.00@5",
        "L6 20101|人大事务 → 合计=300.00@6 基本支出=100.00@6 项目支出=200.00@6",
        "L10 208|社会保障和就业支出 → 合计=50.00@10 基本支出=50.00@10",
        "L11 |合计 → 合计=350.00@11 基本支出=150.00@11 项目支出=200.00@11",
    ]

    func testColumnAlignedTableOverAPageBreakWithoutItsHeader() {
        let doc = FamilyFixture.extract([
            "                    某某局2025年部门预算公开",                                  // 1: running header
            "                      部门支出预算表",                                          // 2
            "单位：万元",                                                                 // 3
            "科目编码     科目名称                 合计       基本支出     项目支出",          // 4
            "201          一般公共服务支出        300.00        100.00       200.00",        // 5
            "20101        人大事务                300.00        100.00       200.00",        // 6
            "                                   12",                                        // 7: page number
            "\u{0C}                    某某局2025年部门预算公开",                           // 8: form feed, running header
            "",                                                                            // 9
            "208          社会保障和就业支出       50.00         50.00",                      // 10
            "             合计                    350.00        150.00       200.00",        // 11
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables[0].sections.count, 1)
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]), expected)
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testSingleSpaceTableOverAPageBreakWithItsHeaderRepeated() {
        let doc = FamilyFixture.extract([
            "某某局2025年部门预算公开",                                  // 1: running header
            "部门支出预算表",                                            // 2
            "单位：万元",                                               // 3
            "科目编码 科目名称 合计 基本支出 项目支出",                     // 4
            "201 一般公共服务支出 300.00 100.00 200.00",                 // 5
            "20101 人大事务 300.00 100.00 200.00",                      // 6
            "12",                                                     // 7: page number
            "\u{0C}某某局2025年部门预算公开",                            // 8: form feed, running header
            "科目编码 科目名称 合计 基本支出 项目支出",                     // 9: header repeated
            "208 社会保障和就业支出 50.00 50.00 ",                        // 10
            "合计 350.00 150.00 200.00",                               // 11
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.rows.map(\.line), [5, 6, 10, 11])
        XCTAssertEqual(section.rows.map(\.label), ["一般公共服务支出", "人大事务", "社会保障和就业支出", "合计"])
        XCTAssertEqual(section.rows[2].cells.map(\.text), ["50.00", "50.00"])
        XCTAssertEqual(section.rows[3].cells.map(\.text), ["350.00", "150.00", "200.00"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testTabTableOverAPageBreakWithItsHeaderRepeated() {
        let doc = FamilyFixture.extract([
            "某某局2025年部门预算公开",                                  // 1
            "部门支出预算表",                                            // 2
            "单位：万元",                                               // 3
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",                  // 4
            "201\t一般公共服务支出\t300.00\t100.00\t200.00",              // 5
            "20101\t人大事务\t300.00\t100.00\t200.00",                   // 6
            "12",                                                     // 7
            "\u{0C}某某局2025年部门预算公开",                            // 8
            "科目编码\t科目名称\t合计\t基本支出\t项目支出",                  // 9
            "208\t社会保障和就业支出\t50.00\t50.00\t",                    // 10
            "\t合计\t350.00\t150.00\t200.00",                           // 11
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(FamilyFixture.rows(doc.tables[0].sections[0]), expected)
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testPageNumberBetweenRowsAndPartOfTheHeaderRepeated() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",                                  // 1
            "单位：万元",                                     // 2
            "项目",                                          // 3
            "科目编码 科目名称 合计 基本支出 项目支出",            // 4
            "201 一般公共服务支出 300.00 100.00 200.00",        // 5
            "2",                                            // 6: page number between two whole rows
            "科目编码 科目名称 合计 基本支出 项目支出",            // 7: the header's last line printed again
            "20101 人大事务 300.00 100.00 200.00",             // 8
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.rows.map(\.line), [5, 8])
        XCTAssertEqual(section.rows.map(\.codeParts), [["201"], ["20101"]])
        XCTAssertEqual(section.rows.map { $0.cells.map(\.text) }, [["300.00", "100.00", "200.00"], ["300.00", "100.00", "200.00"]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testNumberAloneAmongWrappedPiecesIsKept() {
        XCTAssertEqual(TableLines.pageFurniture(["一、一般公共", " 9  ", "预算财政拨款"], layout: .sequential, document: []),
                       [false, false, false])
        XCTAssertEqual(TableLines.pageFurniture(["201 一般公共服务支出 3.00", "2", "20101 人大事务 3.00"], layout: .sequential, document: []),
                       [false, true, false])
    }

    /// A rate wrapped in its narrow cell (`100` / `%`) stands indented like a page number: the sign
    /// alone on the next line says it is a value.
    func testANumberOverALonePercentSignIsNoPageNumber() {
        let rows = ["30201   办公费            2.18     2.18", "                                                   100"]
        XCTAssertEqual(TableLines.pageFurniture(rows + ["                                                   %"], layout: .columnAligned, document: []),
                       [false, false, false])
        XCTAssertEqual(TableLines.pageFurniture(rows + ["30211   差旅费            2.00     2.00"], layout: .columnAligned, document: []),
                       [false, true, false])
    }

    /// 行次 on their own lines (a two-sided table, names wrapped): a lone number that continues the
    /// other side's run printed just above is that side's 行次; one that continues none, between
    /// 16 and 17, is the page number.
    func testLoneNumberInsideARunOfLineNumbers() {
        let rows = ["15", "十五、商业服务", "47", "16 十六、金融支出 48"]
        XCTAssertEqual(TableLines.pageFurniture(rows + ["5", " 17 ", "十七、援助其他"], layout: .sequential, document: []),
                       [false, false, false, false, true, false, false])
        XCTAssertEqual(TableLines.pageFurniture(rows.dropLast() + ["16 十六、金融支出", "48", " 17 ", "十七、援助其他"],
                                                layout: .sequential, document: []),
                       [false, false, false, false, false, false, false])
    }

    /// A table that prints every amount with its decimals and has no 行次, 序号 or count column:
    /// a number of one or two digits alone on a line is none of its cells.
    func testShortWholeNumberAloneInATableOfDecimalsIsAPageNumber() {
        let lines = ["科目编码 科目名称 金额", "30913 公务用车购", "置", "7", "30914 其他 1.00"]
        XCTAssertEqual(TableLines.pageFurniture(lines, layout: .sequential, document: []), [false, false, false, true, false])
        let numbered = ["行次 科目名称 金额"] + lines.dropFirst()
        XCTAssertEqual(TableLines.pageFurniture(numbered, layout: .sequential, document: []), [false, false, false, false, false])
        let counted = ["科目名称 车辆数(辆) 金额"] + lines.dropFirst()
        XCTAssertEqual(TableLines.pageFurniture(counted, layout: .sequential, document: []), [false, false, false, false, false])
    }

    /// A lone number that carries on the run of 行次 above and below it is the 行次 of a row whose
    /// name wrapped onto the next lines (pdftotext -raw), not a page number.
    func testLoneLineNumberInsideItsRunIsNoPageNumber() {
        let lines = ["6 六、科学技术支出 38 32.48", "7", "七、文化旅游体育与传媒", "支出", "39 0.00", "8 八、社会保障和就业支出 40 678.93"]
        XCTAssertTrue(TableLines.continuesLineNumbers(1, lines))
        XCTAssertFalse(TableLines.continuesLineNumbers(1, ["6 六、科学技术支出 38 32.48", "12", "8 八、社会保障和就业支出 40 678.93"]))
        XCTAssertFalse(TableLines.pageFurniture(lines, layout: .sequential, document: lines)[1])
    }
}
