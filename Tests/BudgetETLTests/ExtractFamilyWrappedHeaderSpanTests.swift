@testable import BudgetETL
import XCTest

/// Tab tables whose header words a converter wrapped inside their cells: pieces stacked at one cell
/// index that span the same cells are one cell, whatever their words; a line below that splits a
/// cell's span is the level under it.
final class ExtractFamilyWrappedHeaderSpanTests: XCTestCase {
    func testCompleteWordsStackedInOneColumnCellsAreOneName() {
        let doc = FamilyFixture.extract([
            "部门收入表",                                  // 1
            "单位：万元",                                  // 2
            "\t\t本年\t财政\t其他",                         // 3
            "科目编码\t科目名称\t收入\t拨款\t收入",           // 4
            "\t\t合计\t收入\t",                            // 5: 合计 is a header word of its own, but spans what 收入 spans
            "201\t一般公共服务支出\t50.00\t30.00\t20.00",     // 6
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["本年收入合计", "财政拨款收入", "其他收入"])
        XCTAssertEqual(FamilyFixture.rows(section), ["L6 201|一般公共服务支出 → 本年收入合计=50.00@6 财政拨款收入=30.00@6 其他收入=20.00@6"])
    }

    func testWrappedParentSpanningTheSameCellsStaysOneParent() {
        let doc = FamilyFixture.extract([
            "一般公共预算支出表",                            // 1
            "单位：万元",                                  // 2
            "项目\t\t本年\t\t",                             // 3
            "\t\t支出\t\t",                                // 4: spans what 本年 spans: its second piece
            "科目编码\t科目名称\t小计\t基本支出\t项目支出",     // 5: splits the span: the level under it
            "201\t一般公共服务支出\t50.00\t30.00\t20.00",     // 6
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["本年支出 / 小计", "本年支出 / 基本支出", "本年支出 / 项目支出"])
    }

    func testShortCellsCentredBesideAWrappedCellAreNotItsChildren() {
        let doc = FamilyFixture.extract([
            "部门整体支出表",                               // 1
            "单位：万元",                                  // 2
            "项目\t年初预\t全年执\t\t",                      // 3
            "\t算数\t行数\t分值\t得分",                      // 4: 分值 and 得分 printed on the middle line
            "部门预算总额\t120.00\t100.00\t10\t8.50",        // 5
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["年初预算数", "全年执行数", "分值", "得分"])
    }

    func testAHeaderPrintedAgainUnwrappedOnANewPageIsNoSubTable() {
        let doc = FamilyFixture.extract([
            "支出汇总表",                                  // 1
            "单位：万元",                                  // 2
            "科目编码\t科目名称\t总计\t一般公\t政府性",       // 3
            "\t\t\t共预算\t基金",                          // 4
            "301\t工资福利支出\t50.00\t30.00\t20.00",       // 5
            "科目编码\t科目名称\t总计\t一般公共预算\t政府性基金", // 6: the next page's header, each cell on one line
            "302\t商品和服务支出\t8.00\t8.00\t",             // 7
        ])
        XCTAssertEqual(doc.tables[0].sections.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["总计", "一般公共预算", "政府性基金"])
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 301|工资福利支出 → 总计=50.00@5 一般公共预算=30.00@5 政府性基金=20.00@5",
            "L7 302|商品和服务支出 → 总计=8.00@7 一般公共预算=8.00@7",
        ])
    }

    func testAParentOverTheLevelUnderItKeepsItsOnlyChild() {
        let lines = ["经济分类科目\t\t运行经费支出", "科目编码\t科目名称\t合计"].enumerated().map { n, text in
            TableLines.Line(number: n + 1, tokens: text.split(separator: "\t", omittingEmptySubsequences: false)
                .enumerated().map { Token(text: String($1), line: n + 1, column: $0) }, compact: text)
        }
        let body = [TableLines.Line(number: 3, tokens: ["30201", "办公费", "2.18"].enumerated()
            .map { Token(text: $1, line: 3, column: $0) }, compact: "")]
        // 科目名称 splits 经济分类科目: line 2 is the level under line 1, so 合计 is 运行经费支出's child.
        XCTAssertEqual(WrappedGridCells.joinedHeader(lines, body: body).map { $0.tokens.map(\.text) },
                       [["经济分类科目", "", "运行经费支出"], ["科目编码", "科目名称", "合计"]])
    }

    func testABareSubtotalUnderAFinishedCaptionIsItsLevel() {
        // The caption's other part (其中:基本建设资金收入) was not printed: only 小计 stands under it,
        // spanning what it spans, but a subtotal is no wrapped name's end.
        let doc = FamilyFixture.extract([
            "医疗机构收支总表",                                   // 1
            "单位：元",                                           // 2
            "科目编码\t科目名称\t本年收入\t",                       // 3
            "\t\t合计\t其中:财政拨款收入",                           // 4
            "\t\t\t小计",                                          // 5
            "210\t卫生健康支出\t50.00\t30.00",                     // 6
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["本年收入 / 合计", "本年收入 / 其中:财政拨款收入 / 小计"])
        XCTAssertTrue(WrappedGridCells.isSubtotalUnder("其中:财政拨款收入", "小计"))
        // A name stopping mid-word goes on in it; a total that ends a wrapped name is 合计.
        XCTAssertFalse(WrappedGridCells.isSubtotalUnder("财政拨款收", "小计"))
        XCTAssertFalse(WrappedGridCells.isSubtotalUnder("本年支出", "合计"))
    }
}
