import XCTest
@testable import BudgetETL

/// A caption over several columns wrapped in its merged cell, its tail set right over one column's
/// word (a Chinese character one text column wide, pdfplumber): the tail ends the caption
/// (`CaptionWrappedTail.tailOverSeveral`), not the column's name.
final class ExtractCaptionTailOverSeveralTests: XCTestCase {
    private func page(tail: String = "护费", at: Int = 29, over: String = "公务用") -> [String] {
        [
            "                                财政拨款三公经费支出决算表",
            "        编制单位：某局                                           单位：万元",
            "                          预算数",
            "                        公务用车购置及运行维",
            String(repeating: " ", count: at) + tail,
            "                  因公出        " + over + "  公务用",
            "                   国(境)      车购置  车运行  公务接",
            "         项目   合计    费   小计    费   维护费  待费",
            "                3.5   0   2.5   0   2.5   1",
        ]
    }

    func testTheTailEndsTheCaption() {
        let doc = FamilyFixture.extract(page())
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), [
            "预算数 / 合计", "预算数 / 因公出国(境)费", "预算数 / 公务用车购置及运行维护费 / 小计",
            "预算数 / 公务用车购置及运行维护费 / 公务用车购置费", "预算数 / 公务用车购置及运行维护费 / 公务用车运行维护费",
            "预算数 / 公务接待费",
        ])
    }

    /// Off the caption's centre (pdfplumber pushes words), the tail within its extent still ends it.
    func testATailOffCentreWithinTheCaptionEndsItToo() {
        let doc = FamilyFixture.extract(page(at: 31, over: "公务用"))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined)[3], "预算数 / 公务用车购置及运行维护费 / 公务用车购置费")
    }

    /// A piece as long as the column's next line is the top line of the column's wrapped name.
    func testAFullLineStaysTheColumnsTop() {
        let doc = FamilyFixture.extract(page(tail: "护费用", over: "公务用"))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertFalse(section.columns.map(\.joined).contains("预算数 / 公务用车购置及运行维护费用 / 公务用车购置费"))
    }
}
