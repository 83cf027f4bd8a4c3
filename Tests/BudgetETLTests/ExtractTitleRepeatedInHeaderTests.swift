import XCTest
@testable import BudgetETL

/// A workbook's header cell naming what the title names (`机关(机构)运行经费` over `支出` / `合计`),
/// printed under the title and its unit line: the header's caption, not the title of a next table
/// without a unit (`RegionFinder.repeatsTitle`).
final class ExtractTitleRepeatedInHeaderTests: XCTestCase {
    private let lines = [
        "                                                                 机关(机构)运行经费",
        "编制单位：某某局                                                                                单位：万元",
        "                            机关(机构)运行经费",
        "                                支出",
        "   科目编码           科目名称          合计",
        "               合计                   34.24",
        "                                                                 机关(机构)运行经费",
        "                            机关(机构)运行经费",
    ]
    private func title(at index: Int) -> TitleLine {
        TitleLine(index: index, start: index, match: TitleMatcher.Match(key: nil, title: "机关(机构)运行经费"))
    }

    func testAHeaderCaptionRepeatingTheTitleUnderItsUnitLineIsNoTitle() {
        XCTAssertTrue(RegionFinder.repeatsTitle(at: 2, of: title(at: 0), in: lines))
    }

    func testTheSameWordsWithoutAUnitLineBetweenOrFarBelowStayATitle() {
        XCTAssertFalse(RegionFinder.repeatsTitle(at: 7, of: title(at: 6), in: lines))  // no unit line between
        XCTAssertFalse(RegionFinder.repeatsTitle(at: 6, of: title(at: 0), in: lines))  // past the header
        XCTAssertFalse(RegionFinder.repeatsTitle(at: 3, of: title(at: 0), in: lines))  // other words
        XCTAssertFalse(RegionFinder.repeatsTitle(at: 2, of: nil, in: lines))
    }
}
