import XCTest
@testable import BudgetETL

/// A ruled-table converter that writes a cell's line breaks as they come: rows broken inside
/// their cells (`BrokenTabRows`).
final class ExtractBrokenTabRowsTests: XCTestCase {
    private func joined(_ texts: [String]) -> [Int: String] {
        BrokenTabRows.joined(texts, breaks: texts.map { _ in false }).mapValues(\.text)
    }

    /// A header row broken in three cells: its pieces, each break one cell's two parts, add up to
    /// the table's width; the row's last cell goes on on a line of its own before a row opening on
    /// a code.
    func testHeaderRowBrokenInsideItsCellsIsJoined() {
        let texts = ["科目编码\t科目名称\t收入预算\t\t\t\t", "\t\t合计\t财政拨款收入\t事业收", "入\t经营", "收入\t其他收", "入",
                     "201\t一般公共服务支出\t2.00\t2.00\t0.00\t0.00\t0.00"]
        XCTAssertEqual(joined(texts), [1: "\t\t合计\t财政拨款收入\t事业收入\t经营收入\t其他收入"])
    }

    /// A rate broken before its percent sign (a narrow cell wraps the sign off): joined, the sign
    /// back on its number; an amount's digits are never a break.
    func testRateBrokenBeforeItsSignIsJoined() {
        let texts = ["科目编码\t科目名称\t金额\t指标值\t", "201\t甲项目\t5.00\t\t", "\t\t\t100", "%\t",
                     "208\t乙项目\t3.00\t\t"]
        XCTAssertEqual(joined(texts), [2: "\t\t\t100%\t"])
        XCTAssertFalse(BrokenTabRows.breaksInside("100", "25"))
        XCTAssertFalse(BrokenTabRows.breaksInside("100%", "%"))
    }

    /// A row's name broken before its values: joined on its first line.
    func testRowBrokenInItsNameIsJoined() {
        let texts = ["科目编码\t科目名称\t合计\t基本支出\t", "201\t一般公共服务支出\t5.00\t5.00\t", "207\t文化旅游体育与传媒支", "出\t2.00\t2.00\t",
                     "208\t社会保障和就业支出\t3.00\t3.00\t"]
        XCTAssertEqual(joined(texts), [2: "207\t文化旅游体育与传媒支出\t2.00\t2.00\t"])
    }

    /// A table whose names wrap prints most of its rows broken: the lines holding amounts are
    /// mostly rows' last pieces, not lines of the table's width, and each row's pieces add up to
    /// the width: joined, the header broken in its cells too.
    func testTableWithMostRowsBrokenIsJoined() {
        let texts = ["科目编码\t科目名称\t合计\t基本支出\t", "\t\t\t工资福", "利支出\t",
                     "201\t一般公共服务支出\t5.00\t5.00\t", "207\t文化旅游体育", "与传媒支出\t2.00\t2.00\t",
                     "208\t社会保障和就", "业支出\t3.00\t3.00\t", "210\t卫生健康支", "出\t1.00\t\t"]
        XCTAssertEqual(joined(texts), [1: "\t\t\t工资福利支出\t", 4: "207\t文化旅游体育与传媒支出\t2.00\t2.00\t",
                                       6: "208\t社会保障和就业支出\t3.00\t3.00\t", 8: "210\t卫生健康支出\t1.00\t\t"])
    }

    /// Short lines holding amounts that join into no row of the table's width: the converter does
    /// not print rows whole, nothing is joined.
    func testMostAmountsOutsideWholeRowsAreNotJoined() {
        let texts = ["项目\t合计\t基本支出\t项目支出\t", "一般公共服务\t5.00\t3.00\t2.00\t", "教育\t4.00", "科学\t1.00\t1.00",
                     "文化\t1.00\t1.00", "卫生\t2.00\t\t支", "出\t2.00"]
        XCTAssertEqual(joined(texts), [:])
    }

    /// Lines that lost their blank cells may add up to the table's width by chance: joined, their
    /// numbers would stand where the table's whole rows print words. Not joined; without any whole
    /// row holding a number nothing tells the kinds, and nothing holding a number is joined.
    func testJoinedRowMustPrintItsKindsWhereWholeRowsDo() {
        let kinds = BrokenTabRows.wholeRowKinds([["201", "一般公共服务支出", "5.00", "5.00", ""], ["科目编码", "科目名称", "合计", "基本支出", ""]])
        XCTAssertEqual(kinds.words, [1])
        XCTAssertEqual(kinds.numbers, [0, 2, 3])
        XCTAssertTrue(BrokenTabRows.fits(["207", "文化旅游体育与传媒支出", "2.00", "", "2.00"], kinds))
        XCTAssertFalse(BrokenTabRows.fits(["培训合格率", "2.00", "核查时限", "", ""], kinds))
        XCTAssertFalse(BrokenTabRows.fits(["207", "文化", "名称", "2.00", ""], kinds))
        XCTAssertTrue(BrokenTabRows.fits(["", "合计", "基本支出", "", ""], kinds))
        XCTAssertFalse(BrokenTabRows.fits(["207", "文化旅游体育与传媒支出", "2.00", "", ""], ([], [])))
    }

    /// A table none of whose cells is blank prints no row ending in a blank cell: a body row holding
    /// numbers that joins from its pieces shows the converter printing rows broken, and its header
    /// broken in its cells is joined too.
    func testTableWithoutBlankCellsIsJoinedWhereABodyRowJoins() {
        let texts = ["科目编码\t科目名称\t本年收入", "合计\t财政拨款", "收入", "\t合计\t8.00\t8.00",
                     "201\t一般公共服务支出\t5.00\t5.00", "20101\t人大事务管", "理\t3.00\t3.00"]
        XCTAssertEqual(joined(texts), [0: "科目编码\t科目名称\t本年收入合计\t财政拨款收入", 5: "20101\t人大事务管理\t3.00\t3.00"])
    }

    /// A header's first cell broken before the rest of the row: its first line, one cell alone, goes
    /// with the row where the cell then reads as a code column's header word; a unit line before it
    /// does not.
    func testHeaderFirstCellBrokenTakesItsFirstLine() {
        let texts = ["编制单位：某某中心单位：万元", "科目编", "码\t科目名称\t决算数\t科目编", "码\t科目名称\t决算", "数",
                     "301\t工资福利支出\t5.00\t302\t商品和服务支出\t1.00", "30101\t基本工资\t5.00\t30201\t办公费\t1.00",
                     "30102\t津贴补", "贴\t1.00\t30202\t印刷费\t0.30"]
        XCTAssertEqual(joined(texts), [1: "科目编码\t科目名称\t决算数\t科目编码\t科目名称\t决算数",
                                       7: "30102\t津贴补贴\t1.00\t30202\t印刷费\t0.30"])
    }

    /// Short lines that add up to the width only across an amount are no broken row: an amount is
    /// never broken.
    func testShortLinesMeetingAtAnAmountAreNotJoined() {
        let texts = ["项目\t合计\t基本支出\t项目支出\t", "一般公共服务\t5.00\t3.00\t2.00\t", "教育\t4.00", "科学技术\t1.00\t1.00\t",
                     "文化\t1.00\t1.00\t0.00\t", "卫生\t1.00\t1.00\t0.00\t", "合计\t10.00\t4.00\t2.00\t"]
        XCTAssertEqual(joined(texts), [:])
    }

    /// One-cell lines after a header row, before a row opening on words, may be that row's first
    /// cell's first lines: joined to the header only where the same header printed again (a later
    /// page) took them for certain.
    func testOneCellLinesBeforeAWordRowGoWithTheHeaderOnlyAsItsRepeatTookThem() {
        let header = "项目\t行次\t金额\t一般公共预算财政"
        let texts = [header, "拨款", "一、一般公共预算财政", "拨款\t1\t8.00\t8.00", "本年收入\t2\t8.00\t",
                     header, "拨款", "\t3\t\t1.00"]
        let rows = joined(texts)
        XCTAssertEqual(rows[0], "项目\t行次\t金额\t一般公共预算财政拨款")
        XCTAssertEqual(rows[5], "项目\t行次\t金额\t一般公共预算财政拨款")
        XCTAssertEqual(rows.count, 2)
        let alone = joined(Array(texts.prefix(5)))
        XCTAssertEqual(alone, [:])
    }

    /// A table whose rows never print a blank cell at their end is not read so: its converter prints
    /// a wrapped cell's lines at the cell's index (`部门(单 ⇥ ⇥ 某某` over `位)名称 ⇥ ⇥ 局`).
    func testRowsWithoutBlankEndsAreNotJoined() {
        XCTAssertEqual(joined(["部门(单\t\t某某", "位)名称\t\t局", "科目编码\t科目名称\t合计\t基本支出\t项目支出",
                               "201\t一般公共服务支出\t50.00\t30.00\t20.00"]), [:])
    }

    /// The whole path: the broken header read as one row, each value under its own column.
    func testBrokenHeaderReadsItsColumns() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位:元", "科目编码\t科目名称\t合计\t基本支", "出\t项目支出\t",
                                         "201\t一般公共服务支出\t5.00\t3.00\t2.00\t", "20101\t人大事务\t3.00\t3.00\t0.00\t"])
        let rows = doc.tables.flatMap(\.sections).flatMap { FamilyFixture.rows($0) }
        XCTAssertEqual(rows, ["L5 201|一般公共服务支出 → 合计=5.00@5 基本支出=3.00@5 项目支出=2.00@5",
                              "L6 20101|人大事务 → 合计=3.00@6 基本支出=3.00@6 项目支出=0.00@6"], rows.joined(separator: "\n"))
    }

    /// The document's name printed right over its first table's unit line (a word processor's
    /// cover line) names no table: the table is untitled, or titled by the caption under it.
    func testDocumentsNameOverTheUnitLineIsNoCaption() {
        let untitled = ["奉新县 2023 年度部门预算", "单位：万元", "项目\t2022年预算数\t2023年预算数", "合计\t1.00\t2.00"]
        XCTAssertNil(UntitledGrid.caption(above: 1, in: untitled))
        let titled = ["某某医院 2017 年度部门决算", "医疗机构收支决算总表", "单位：元", "项目\t合计", "合计\t1.00"]
        XCTAssertEqual(UntitledGrid.caption(above: 2, in: titled)?.text, "医疗机构收支决算总表")
    }
}
