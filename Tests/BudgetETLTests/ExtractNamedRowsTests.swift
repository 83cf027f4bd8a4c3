import XCTest
@testable import BudgetETL

/// Cells in reading order with their blank cells kept but no mark where rows end: a row starts at
/// its name, and where every row with a number is as long as the header before it, the rows are
/// that grid (`NamedRows`).
final class ExtractNamedRowsTests: XCTestCase {
    /// Every cell closed by " |", an empty cell a lone "|", but no "||||" pads to tell the width:
    /// each row holds one of two values, and the lone "|" before or after it says which.
    func testClosedCellsWithoutPadsFoldIntoRowsByTheirNames() {
        let doc = FamilyFixture.extract([
            "表2 |", "|", "|",                     // 1–3: a marker padded with lone "|"
            "某某债务余额情况表 |", "|", "|",          // 4–6
            "单位:亿元 |",                          // 7
            "项 目 |", "预算数 |", "执行数 |",         // 8–10
            "一、上年末余额 |", "|", "12.5000 |",      // 11–13
            "二、本年限额 |", "30.0000 |", "|",        // 14–16
            "其中:甲 |", "|", "4.0000 |",            // 17–19
            "三、本年赤字 |", "0.0000 |", "|",         // 20–22
        ])
        XCTAssertEqual(doc.tables.map(\.title), ["某某债务余额情况表"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["预算数", "执行数"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L11 |一、上年末余额 → 执行数=12.5000@11",
            "L14 |二、本年限额 → 预算数=30.0000@14",
            "L17 |其中:甲 → 执行数=4.0000@17",
            "L20 |三、本年赤字 → 预算数=0.0000@20",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// One cell per paragraph, an empty cell a paragraph of spaces (the header's corner one of
    /// ten): the spaces keep the blank cells, so a lone value stands under its own column. Blank
    /// paragraphs printed after the last row are no cells of it.
    func testParagraphsOfSpacesAreBlankCells() {
        let doc = FamilyFixture.extract([
            "某某专项债务余额情况表", "", " ", "", "单位:亿元", "",
            "          ", "", "预算数", "", "执行数", "",           // 7–11: the header
            "一、上年末余额", "", " ", "", "812.40", "",           // 13–17
            "二、本年限额", "", "950.00", "", " ", "",            // 19–23
            "三、本年发行额", "", " ", "", "133.60", "",           // 25–29
            "四、本年末限额", "", "990.00", "", " ", "", " ", "", " ", "",   // 31–39
            "注:本表反映余额。",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["预算数", "执行数"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L13 |一、上年末余额 → 执行数=812.40@13",
            "L19 |二、本年限额 → 预算数=950.00@19",
            "L25 |三、本年发行额 → 执行数=133.60@25",
            "L31 |四、本年末限额 → 预算数=990.00@31",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A statistical table of one cell per paragraph: 指标 heads the names, and headings (a name,
    /// then a paragraph of spaces for its blank value) stand between the header and the rows and
    /// among them. Each is a row of its own, never a piece of the name under or over it.
    func testHeadingsPrintedWithTheirBlanksAreRowsOfTheirOwn() {
        let doc = FamilyFixture.extract([
            "某省经济社会发展主要指标表", "",                 // 1
            "指   标", "", "总量指标", "",                  // 3, 5
            "人口与就业", "", " ", "",                     // 7
            "人口(万人)", "", " ", "",                     // 11
            " 总人口", "", "3171.0", "",                  // 15
            "  男性人口", "", "1588.2", "",                // 19
            "宏观经济", "", " ", "",                       // 23
            " 地区生产总值(亿元)", "", "13698.5", "",        // 27
            " 人均生产总值(元)", "", "42635", "",            // 31
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["总量指标"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L7 |人口与就业 → ",
            "L11 |人口(万人) → ",
            "L15 |总人口 → 总量指标=3171.0@15",
            "L19 |男性人口 → 总量指标=1588.2@19",
            "L23 |宏观经济 → ",
            "L27 |地区生产总值(亿元) → 总量指标=13698.5@27",
            "L31 |人均生产总值(元) → 总量指标=42635@31",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A tab grid printing every line with the table's width, its body opened by a heading (a name
    /// and its blank cell): a line of words alone ending in a blank cell is a heading's row, not a
    /// piece of the name above or below it.
    func testWholePrintedHeadingsInATabGridAreRows() {
        let doc = FamilyFixture.extract([
            "某某主要指标表", "指标\t总量指标", "人口(万人)\t", "总人口\t3171.0", "男性人口\t1588.2",
            "经济(亿元)\t", "生产总值\t13698.5",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L3 |人口(万人) → ", "L4 |总人口 → 总量指标=3171.0@4", "L5 |男性人口 → 总量指标=1588.2@5",
            "L6 |经济(亿元) → ", "L7 |生产总值 → 总量指标=13698.5@7",
        ])
    }

    /// The headings are folded with the rows, each written with its blank cells; a title holding a
    /// header word (…指标表) before the header is no header cell of a second side.
    func testHeadingsFoldBetweenHeaderAndRows() {
        let cells = ["某市主要指标表", "指标", "总量指标", "人口(万人)", "", "甲", "1.0", "乙", "2.0"].enumerated()
            .map { NamedRows.Cell(line: $0.offset, text: $0.element) }
        XCTAssertEqual(NamedRows.folded(cells)?.filter { !$0.value.isEmpty },
                       [1: "指标\t总量指标", 3: "人口(万人)\t", 5: "甲\t1.0", 7: "乙\t2.0"])
        // Without a printed blank, no row needs folding.
        XCTAssertNil(NamedRows.folded(Array(cells.prefix(3)) + cells.suffix(4).map { NamedRows.Cell(line: $0.line - 2, text: $0.text) }))
    }

    /// Nothing is folded where a row has another length (a name wrapped over two cells), where
    /// no row needs its blanks (every cell printed: the stream readers keep each value's line),
    /// or where the header is printed twice (two sides whose rows take turns).
    func testRowsAreNotFoldedWithoutCertainty() {
        let cell = { (line: Int, text: String) in NamedRows.Cell(line: line, text: text) }
        let cells = { (texts: [String]) in texts.enumerated().map { cell($0.offset, $0.element) } }
        XCTAssertNotNil(NamedRows.folded(cells(["项目", "预算数", "执行数", "甲", "", "1.00", "乙", "2.00", ""])))
        XCTAssertNil(NamedRows.folded(cells(["项目", "预算数", "执行数", "甲", "", "1.00", "乙", "2.00", "丙", "", "3.00"])))
        XCTAssertNil(NamedRows.folded(cells(["项目", "预算数", "执行数", "甲", "1.00", "1.50", "乙", "2.00", "2.50"])))
        XCTAssertNil(NamedRows.folded(cells(["科目", "执行数", "决算数", "科目", "执行数", "决算数",
                                             "收入", "", "1.00", "支出", "2.00", "", "税收", "", "3.00"])))
        XCTAssertNil(NamedRows.folded(cells(["项目", "预算数", "项目(按功能分类)", "预算数",
                                             "甲收入", "1.00", "乙支出", "", "丙收入", "", "丁支出", "2.00"])))
        // The cells before the rows must be a header: a measure word among them, no number.
        XCTAssertNil(NamedRows.folded(cells(["人口", "", "甲", "", "1.00", "乙", "2.00", ""])))
        // A wrapped name's first piece ends the rows read: the third row is not taken.
        let wrapped = NamedRows.folded(cells(["项目", "预算数", "执行数", "甲", "", "1.00", "乙", "2.00", "",
                                              "丙的", "名称", "", "3.00"]))
        XCTAssertEqual(wrapped?.filter { !$0.value.isEmpty }, [0: "项目\t预算数\t执行数", 3: "甲\t\t1.00", 6: "乙\t2.00\t"])
    }

    /// A header with no name-column word whose first word is a measure (预算数 over the values,
    /// its corner cell left blank) names two value columns: a row of one value, its blank cell
    /// dropped from the stream, is rejected, not put under the last column.
    func testAMeasureFirstInAHeaderWithoutACornerIsAValueColumn() {
        let doc = FamilyFixture.extract([
            "某某专项债务余额情况表", "单位:亿元", "预算数", "执行数",
            "一、上年末余额", "812.40", "二、本年限额", "950.00", "三、本年发行额", "133.60",
            "四、本年还本额", "20.00", "五、本年末余额", "926.00",
        ])
        XCTAssertEqual(doc.tables.first?.sections.first?.columns.map(\.joined), ["预算数", "执行数"])
        XCTAssertEqual(doc.tables.first?.sections.first?.rows.flatMap(\.cells).count, 0)
        XCTAssertEqual(doc.rejects.map(\.text), ["812.40", "950.00", "133.60", "20.00", "926.00"])
    }
}
