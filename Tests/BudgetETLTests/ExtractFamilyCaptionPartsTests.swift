import XCTest
@testable import BudgetETL

/// A spreadsheet prints a caption that joins its parts with 及 (公务用车购置及运行维护费) over
/// them, wrapped in its merged cell; the parts are named with its words (公务用车购置费,
/// 公务用车运行维护费). A part sharing the caption's last word is under it, not a column beside it.
final class ExtractFamilyCaptionPartsTests: XCTestCase {
    func testPartNamedWithTheCaptionsWordsIsUnderIt() {
        let doc = FamilyFixture.extract([
            "财政拨款三公经费支出决算表",
            "编制单位：某某中心单位：万元",
            "                  预算数                              决算数",
            "                公务用车购置及运行维                       公务用车购置及运行维",
            "                       护费                              护费",
            "          因公出         公务用 公务用              因公出         公务用 公务用",
            "          国(境)        车购置 车运行 公务接          国(境)        车购置 车运行 公务接",
            " 项目 合计     费    小计     费    维护费 待费   合计     费    小计     费   维护费 待费",
            "      4.5     0   3.5     0   3.5  1  3.73     0  3.02    0  3.02 0.71",
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), [
            "预算数 / 合计", "预算数 / 因公出国(境)费", "预算数 / 公务用车购置及运行维护费 / 小计",
            "预算数 / 公务用车购置及运行维护费 / 公务用车购置费", "预算数 / 公务用车购置及运行维护费 / 公务用车运行维护费",
            "预算数 / 公务接待费",
            "决算数 / 合计", "决算数 / 因公出国(境)费", "决算数 / 公务用车购置及运行维护费 / 小计",
            "决算数 / 公务用车购置及运行维护费 / 公务用车购置费", "决算数 / 公务用车购置及运行维护费 / 公务用车运行维护费",
            "决算数 / 公务接待费",
        ])
        XCTAssertEqual(section.rows.first?.cells.map(\.text), ["4.5", "0", "3.5", "0", "3.5", "1", "3.73", "0", "3.02", "0", "3.02", "0.71"])
    }

    func testSiblingOfTheCaptionsKindStaysBesideIt() {
        XCTAssertTrue(HeaderFit.namesPartOf("公务用车运行维护费", "公务用车购置及运行维护费"))
        XCTAssertFalse(HeaderFit.namesPartOf("项目支出", "基本支出"))
        XCTAssertFalse(HeaderFit.namesPartOf("机关运行经费预算数", "“三公”经费预算数"))
    }
}
