import XCTest
@testable import BudgetETL

/// Web-page tables flattened to cells in order: a header cell that spans several columns is printed
/// once and its sub-headers on the next line from the first position, so which cell they belong
/// under is told by the widths and by the words, or not at all.
final class ExtractFamilySpannedHeaderTests: XCTestCase {
    func testSubHeadersJoinTheCellWhoseWordsTheyRepeatInATableOfOneValueRow() {
        let doc = FamilyFixture.extract([
            "某局三公经费预算表 | |||",                                           // 1
            "| | | 单位:万元 ||",                                                // 2
            "合 计 | 因公出国(境)费 | 公务用车费 | 公务接待费 | ||",                  // 3
            "小 计 | 公务用车运行维护费 | 公务用车购置费 | |||",                      // 4
            "5.5 | 1.0 | 3.0 | 2.0 | 1.0 | 1.5 | ||",                            // 5
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section), [
            "L5 | → 合 计=5.5@5 因公出国(境)费=1.0@5 公务用车费 / 小 计=3.0@5 公务用车费 / 公务用车运行维护费=2.0@5 "
                + "公务用车费 / 公务用车购置费=1.0@5 公务接待费=1.5@5",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testSubHeadersThatRepeatTwoCellsEquallyAreNotPlacedUnderEither() {
        let doc = FamilyFixture.extract([
            "某局三公经费预算表",                                                  // 1
            "单位:万元",                                                          // 2
            "合计 | 公务用车费 | 公务接待费 |",                                      // 3
            "公务甲 | 公务乙 |",                                                   // 4
            "3.0 | 1.0 | 1.0 | 1.0 |",                                            // 5
        ])
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(FamilyFixture.rows(section), ["L5 | → 合计=3.0@5"])
        XCTAssertEqual(doc.rejects.map(\.text), ["1.0", "1.0", "1.0"])
        XCTAssertEqual(doc.rejects.map(\.reason), Array(repeating: RejectReason.spanUnknown.description, count: 3))
    }

    func testTheNameColumnIsNeverTheSpanningCell() {
        let spans = HeaderSpans.sharingWords([1, 2], ["项目", "公务用车费", "合计"].map { Token(text: $0, line: 1, column: 0) },
                                             ["公务用车运行费", "公务用车购置费"].map { Token(text: $0, line: 2, column: 0) })
        XCTAssertEqual(spans, [1])
        XCTAssertEqual(HeaderSpans.sharingWords([2], ["项目", "公务用车费", "合计"].map { Token(text: $0, line: 1, column: 0) },
                                                ["公务用车运行费", "公务用车购置费"].map { Token(text: $0, line: 2, column: 0) }), [])
        XCTAssertEqual(HeaderSpans.sharingWords([1, 2], ["合计", "公务用车费", "公务接待费"].map { Token(text: $0, line: 1, column: 0) },
                                                ["公务甲", "公务乙"].map { Token(text: $0, line: 2, column: 0) }), [1, 2])
    }
}
