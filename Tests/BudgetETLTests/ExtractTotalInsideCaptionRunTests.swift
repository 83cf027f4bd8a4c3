import XCTest
@testable import BudgetETL

/// A bare total (合计) between other columns of a caption's run opens the group after it: a
/// spreadsheet's caption centred off its cells (pdftotext sets a Chinese word in half its printed
/// width) is read over the total and the columns after it, not over the column before too.
final class ExtractTotalInsideCaptionRunTests: XCTestCase {
    private let page = [
        "                        某局2016年度部门决算",
        "                        三公经费决算数与上年对比情况",
        "编制单位：某局                                                       单位：万元",
        "                     因公出国(境)                       公车购置及运行维护费",
        "    项目       合计        经费         公务接待费        合计      车辆购置    车辆运行",
        "2015年           2840       90         1400        1350      73    1277",
        "2016年           2364       12         1356         996      37     959",
    ]

    func testCaptionTakesTheTotalAndTheColumnsAfterIt() {
        let doc = FamilyFixture.extract(page)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), [
            "合计", "因公出国(境)经费", "公务接待费", "公车购置及运行维护费 / 合计",
            "公车购置及运行维护费 / 车辆购置", "公车购置及运行维护费 / 车辆运行",
        ])
        XCTAssertEqual(FamilyFixture.rows(section)[1], "L7 |2016年 → 合计=2364@7 因公出国(境)经费=12@7 公务接待费=1356@7 "
            + "公车购置及运行维护费 / 合计=996@7 公车购置及运行维护费 / 车辆购置=37@7 公车购置及运行维护费 / 车辆运行=959@7")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testRunWithABareTotalInsideScoresNoPlace() {
        let node = { (text: String, start: Int) in AlignedHeader.Node(text: text, start: start, end: start + 4, firstLine: 1, lastLine: 1) }
        let word = AlignedHeader.Node(text: "公车购置及运行维护费", start: 20, end: 30, firstLine: 0, lastLine: 0)
        let units = [node("公务接待费", 10), node("合计", 20), node("车辆购置", 28)]
        XCTAssertEqual(HeaderFit.score(word, units, 0..<3, claimed: [], line: [word]), .infinity)
        XCTAssertLessThan(HeaderFit.score(word, units, 1..<3, claimed: [], line: [word]), .infinity)
        // A side's caption over its name column and its values: the total opens the values.
        let side = [node("项目", 10), node("合计", 20), node("车辆购置", 28)]
        XCTAssertLessThan(HeaderFit.score(word, side, 0..<3, claimed: [], line: [word]), .infinity)
    }
}
