import XCTest
@testable import BudgetETL

/// A lead-in (`其中:`) alone on the header's first line, centred over the parts of the whole before
/// them, their names wrapped narrow under it: it heads the run the rows' sums confirm
/// (LoneLeadInCaption), not the one part's name under its centre.
final class ExtractLoneLeadInCaptionTests: XCTestCase {
    private func page(_ rows: [String]) -> [String] {
        [
            "                   某市各类学校平均经费收入情况",
            "                                                              单位：千元",
            "                                           其中:",
            "  项目         总收入                    上级补助收 专项课题收",
            "                         学费收入                              其他收入",
            "                                        入          入",
        ] + rows
    }

    private let summing = [
        "各类学校合计      420,000.00   377,000.00  36,000.00   2,000.00   5,000.00",
        "城区        5,000,000.00 4,400,000.00 300,000.00 100,000.00 200,000.00",
        "乡镇        1,900,000.00 1,700,000.00 140,000.00   10,000.01   49,999.99",
    ]

    func testLoneLeadInHeadsTheRunItsPartsSumTo() {
        let doc = FamilyFixture.extract(page(summing))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), [
            "总收入", "其中: / 学费收入", "其中: / 上级补助收入", "其中: / 专项课题收入", "其中: / 其他收入",
        ])
        XCTAssertEqual(FamilyFixture.rows(section)[2], "L9 |乡镇 → 总收入=1,900,000.00@9 其中: / 学费收入=1,700,000.00@9 "
            + "其中: / 上级补助收入=140,000.00@9 其中: / 专项课题收入=10,000.01@9 其中: / 其他收入=49,999.99@9")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// Parts rounded one by one miss their whole by a cent: still the whole's parts.
    func testSumsHoldWithinTheRoundingOfTheParts() {
        let names: [String?] = ["合计", "甲", "乙", "其中:丙", "丁"]
        let row = { (texts: [String]) in
            ExtractedRow(line: 1, codeParts: [], label: "x", cells: texts.enumerated().map { RawCell(column: $0, text: $1, line: 1) }, codeHeader: "")
        }
        let rows = [row(["10.01", "4.00", "2.50", "2.00", "1.50"]), row(["9.99", "4.00", "2.50", "2.00", "1.50"])]
        XCTAssertEqual(LoneLeadInCaption.confirmedRun(holding: 3, names: names, rows: rows), 1...4)
        let offByMore = [row(["10.05", "4.00", "2.50", "2.00", "1.50"]), row(["10.00", "4.00", "2.50", "2.00", "1.50"])]
        XCTAssertNil(LoneLeadInCaption.confirmedRun(holding: 3, names: names, rows: offByMore))
    }

    /// Parts that do not sum to the column before them: the run is not told, the reading stays.
    func testPartsThatDoNotSumLeaveTheReading() {
        let rows = summing.map { $0.replacingOccurrences(of: "5,000.00", with: "9,000.00").replacingOccurrences(of: "200,000.00", with: "900,000.00")
            .replacingOccurrences(of: "49,999.99", with: "99,999.99") }
        let doc = FamilyFixture.extract(page(rows))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertFalse(section.columns.map(\.joined).contains("其中: / 学费收入"), "\(section.columns.map(\.joined))")
    }
}
