@testable import BudgetETL
import XCTest

/// Single-space tables whose long header cells wrapped while short ones stayed whole on the upper
/// line: the pieces of the lower line continue cells in print order, placed by their words only
/// where one reading alone fits.
final class ExtractFamilyWrappedSequentialHeaderTests: XCTestCase {
    func testPiecesContinueOnlyTheCellsTheyCanEnd() {
        let doc = FamilyFixture.extract([
            "一般公共预算支出表",                      // 1
            "单位：万元",                            // 2
            "项目 本年",                             // 3
            "支出",                                 // 4: ends 本年, not 项目 (a name-column word over 科目)
            "功能分类 科目 小计 基本 项目",             // 5: 小计 is whole; 项目 over amounts is the top of 项目支出
            "科目编码 名称 支出 支出",                  // 6
            "栏次 1 2 3",                            // 7
            "201 一般公共服务支出 50.00 30.00 20.00",   // 8
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["本年支出 / 小计", "本年支出 / 基本支出", "本年支出 / 项目支出"])
        XCTAssertEqual(FamilyFixture.rows(section), ["L8 201|一般公共服务支出 → 本年支出 / 小计=50.00@8 本年支出 / 基本支出=30.00@8 本年支出 / 项目支出=20.00@8"])
    }

    func testOnlyOneReadingContinuesEveryPiece() {
        func words(_ texts: [String], line: Int) -> [SequentialHeader.Word] { texts.map { .init(text: $0, line: line) } }
        // 基本 and 项目 are both cut: 支出 ends either, so neither is taken.
        XCTAssertNil(SequentialHeader.continuedCells(words(["合计", "基本", "项目"], line: 0), words(["支出"], line: 1)))
        // Complete names under complete names: a line of its own, not pieces.
        XCTAssertNil(SequentialHeader.continuedCells(words(["本年收入合计", "财政拨款收入", "其他收入"], line: 0),
                                                     words(["功能分类科目编码", "科目名称"], line: 1)))
        // A header row wrapped at the line's end: 项目 heads the name column, so only 上级补 could go on.
        XCTAssertNil(SequentialHeader.continuedCells(words(["项目", "合计", "财政拨款收入", "上级补"], line: 0),
                                                     words(["助收入", "事业收入"], line: 1)))
        XCTAssertEqual(SequentialHeader.continuedCells(words(["上级补", "合计", "事业"], line: 0), words(["助收入", "收入"], line: 1))?
            .map(\.text), ["上级补助收入", "合计", "事业收入"])
    }
}
