import XCTest
@testable import BudgetETL

/// A column headed 单位 / 计量单位 whose cells state each row's own unit: the cells are the rows'
/// units, not part of their names, and such a header heads a grid with no title over it.
final class ExtractUnitColumnTests: XCTestCase {
    private let untitled = [
        "指标 | 计量单位 | 本年数 |",
        "| 职工人数 | 人 | 36 |",
        "| 事业收入 | 万元 | 1,208.5 |",
        "| 收入增长率 | % | 4.2 |",
        "| 人均经费 | 元/人 | 33,569.44 |",
        "| 其他收入 |  | 12 |",
    ]

    func testAUnitColumnGivesEachRowItsUnitAndHeadsAnUntitledGrid() {
        let doc = FamilyFixture.extract(untitled)
        XCTAssertEqual(doc.tables.map(\.title), [""])
        let rows = doc.tables.flatMap(\.sections).flatMap(\.rows)
        XCTAssertEqual(rows.map(\.label), ["职工人数", "事业收入", "收入增长率", "人均经费", "其他收入"])
        XCTAssertEqual(rows.map(\.unit), ["人", "万元", "%", "元/人", nil])
        XCTAssertEqual(rows.map { $0.cells.map(\.text) }, [["36"], ["1,208.5"], ["4.2"], ["33,569.44"], ["12"]])
        XCTAssertEqual(doc.tables.first?.sections.first?.columns.map(\.joined), ["本年数"])
    }

    func testAColumnAlignedUnitColumnGivesEachRowItsUnit() {
        // As pdftotext -layout prints such a table: the unit stands under 计量单位, not in the name.
        let doc = FamilyFixture.extract([
            "                       部门支出预算表",
            "",
            "    项目                              计量单位           本年数",
            "    职工人数                             人                  36",
            "    事业收入                            万元             1,208.50",
            "    收入增长率                           %                  4.20",
            "    每床位占用固定资产                 元/张          272,119.74",
            "    百元医疗收入消耗卫生材料(不含药品收入) 元               38.15",
        ])
        let rows = doc.tables.flatMap(\.sections).flatMap(\.rows)
        // A unit one space after a long name (read as one cell with it) is parted where it stands.
        XCTAssertEqual(rows.map(\.label), ["职工人数", "事业收入", "收入增长率", "每床位占用固定资产", "百元医疗收入消耗卫生材料(不含药品收入)"])
        XCTAssertEqual(rows.map(\.unit), ["人", "万元", "%", "元/张", "元"])
        XCTAssertEqual(rows.map { $0.cells.map(\.text) }, [["36"], ["1,208.50"], ["4.20"], ["272,119.74"], ["38.15"]])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// A browser centres a long name wrapped in its cell on the row's number line, whose unit
    /// cell stands alone there: the unit is no name, the pieces above and below are the row's.
    /// (The space between the pieces is dropped by label cleaning, between Chinese characters.)
    func testANameCentredOnANumberLineHoldingOnlyItsUnit() {
        let doc = FamilyFixture.extract([
            "                       医院财务指标公开表",
            "",
            "          项目                单位   数额",
            "出院者平均医药费用增长率          %                    13.97",
            "百元医疗收入的医疗支出(不含药品收入)   元                   104.63",
            "百元医疗收入消耗卫生材料(不含药品收",
            "                      元                    38.15",
            "入)",
            "药品收入占医疗收入比重           %                    39.17",
        ])
        let rows = doc.tables.flatMap(\.sections).flatMap(\.rows)
        XCTAssertEqual(rows.map { "\($0.label) \($0.unit ?? "-") \($0.cells.map(\.text))" }, [
            "出院者平均医药费用增长率 % [\"13.97\"]", "百元医疗收入的医疗支出(不含药品收入) 元 [\"104.63\"]",
            "百元医疗收入消耗卫生材料(不含药品收 入) 元 [\"38.15\"]", "药品收入占医疗收入比重 % [\"39.17\"]",
        ])
    }

    func testAnAlignedUnitColumnUnderATitleByShapeHeadsATableOfNoOtherHeaderWord() {
        let doc = FamilyFixture.extract([
            "                       医院财务指标公开表",
            "",
            "    公开项目                          单位             数额",
            "    资产负债率                         %               25.73",
            "    医疗收入                          万元        234,954.16",
        ])
        XCTAssertEqual(doc.tables.map(\.title), ["医院财务指标公开表"])
        let rows = doc.tables.flatMap(\.sections).flatMap(\.rows)
        XCTAssertEqual(rows.map { "\($0.label) \($0.unit ?? "-") \($0.cells.map(\.text))" },
                       ["资产负债率 % [\"25.73\"]", "医疗收入 万元 [\"234,954.16\"]"])
    }

    func testALaidOutUnitColumnHeadsAnUntitledTable() {
        // A workbook's sheet printed to PDF, no title on the page: the header row names a unit
        // column and the row under it states a unit there.
        let doc = FamilyFixture.extract([
            "                     Sheet1",
            "",
            "          指标            单位        本年数",
            "职工人数                  人              36",
            "事业收入                  万元      1,208.5",
            "收入增长率                %           4.2",
        ])
        XCTAssertEqual(doc.tables.map(\.title), [""])
        let rows = doc.tables.flatMap(\.sections).flatMap(\.rows)
        XCTAssertEqual(rows.map(\.unit), ["人", "万元", "%"])
        XCTAssertEqual(rows.map { $0.cells.map(\.text) }, [["36"], ["1,208.5"], ["4.2"]])
        XCTAssertFalse(UnitColumn.headsTable(at: 0, in: ["单位：万元    某某局", "收入  万元  12.5"]))
    }

    func testAUnitAfterTheNameIsTheRowsUnitThoughTheHeaderLineIsNarrower() {
        // Chromium's page through pdftotext: the header line of Chinese words printed narrower than
        // the rows, its 单位 no nearer the rows' units than 指标 is.
        let doc = FamilyFixture.extract([
            "                     某某医院运营指标表",
            "                       指标       单位   本年数",
            "职工人数                     人                     36",
            "事业收入                     万元              1,208.5",
            "收入增长率                   %                     4.2",
        ])
        let rows = doc.tables.flatMap(\.sections).flatMap(\.rows)
        XCTAssertEqual(rows.map(\.label), ["职工人数", "事业收入", "收入增长率"])
        XCTAssertEqual(rows.map(\.unit), ["人", "万元", "%"])
    }

    func testUnitsAreShortWordsOfMeasure() {
        for unit in ["%", "％", "元", "万元", "人", "万人次", "元/张", "元/床日", "个", "平方米"] {
            XCTAssertTrue(UnitColumn.isUnit(unit), unit)
        }
        for text in ["财政局", "医疗收入", "8.67", "", "单位", "万元以上项目"] {
            XCTAssertFalse(UnitColumn.isUnit(text), text)
        }
    }

    func testAUnitColumnOfAgencyNamesIsNoUnitColumn() {
        // 单位 over agencies' names heads no table by itself, and its cells stay the rows' names.
        XCTAssertFalse(UnitColumn.headsTable(at: 0, in: ["序号\t单位\t金额", "1\t财政局\t12.5"]))
        XCTAssertFalse(UnitColumn.headsTable(at: 0, in: ["单位\t数量\t金额", "元\t1\t12.5"]))
        XCTAssertTrue(UnitColumn.headsTable(at: 0, in: ["项目\t单位\t金额", "收入\t万元\t12.5"]))
        let titled = FamilyFixture.extract(["部门支出预算表", "单位：万元", "项目 | 单位 | 金额 |", "| 合计 | 财政局 | 12.5 |"])
        let rows = titled.tables.flatMap(\.sections).flatMap(\.rows)
        XCTAssertEqual(rows.map(\.unit), [nil])
        XCTAssertEqual(rows.map(\.label), ["合计 财政局"])
    }
}
