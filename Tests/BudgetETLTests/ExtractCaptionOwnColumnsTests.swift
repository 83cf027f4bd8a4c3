import XCTest
@testable import BudgetETL

/// Captions read over their named columns only, while each also heads an unnamed total before
/// them (CaptionOwnColumns), and the header word repeated under several captions.
final class ExtractCaptionOwnColumnsTests: XCTestCase {
    private let page = [
        "                      某县2024年政府债务限额及余额情况表",
        "编制单位：某县                                                                 单位：亿元",
        "                      2024年债务限额                    2024年债务余额预计执行数",
        "    项目",
        "                        一般债务       专项债务                   一般债务        专项债务",
        "甲市               0            0           0   171.0747     34.5763     136.4984",
        "乙市               0            0           0   171.0747     34.5763     136.4984",
        "某县本级      174.3228         35.5    138.8228   171.0747     34.5763     136.4984",
    ]

    func testEachCaptionHeadsItsGroupsTotalWhenEveryRowSaysSo() {
        let doc = FamilyFixture.extract(page)
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), [
            "2024年债务限额", "2024年债务限额 / 一般债务", "2024年债务限额 / 专项债务",
            "2024年债务余额预计执行数", "2024年债务余额预计执行数 / 一般债务", "2024年债务余额预计执行数 / 专项债务",
        ])
        XCTAssertEqual(FamilyFixture.rows(section)[2], "L8 |某县本级 → 2024年债务限额=174.3228@8 2024年债务限额 / 一般债务=35.5@8 "
            + "2024年债务限额 / 专项债务=138.8228@8 2024年债务余额预计执行数=171.0747@8 "
            + "2024年债务余额预计执行数 / 一般债务=34.5763@8 2024年债务余额预计执行数 / 专项债务=136.4984@8")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testNoOwnColumnsWhereASumFailsOrARowIsShort() {
        var wrongSum = page
        wrongSum[7] = "某县本级      174.3228         35.5    138.8200   171.0747     34.5763     136.4984"
        let doc = FamilyFixture.extract(wrongSum)
        XCTAssertTrue(doc.tables.flatMap { $0.sections.flatMap { $0.rows.flatMap(\.cells) } }.isEmpty)
        XCTAssertEqual(doc.rejects.count, 18, "every value rejected: the header names fewer columns than the rows fill")
        var short = page
        short[6] = "乙市               0            0                171.0747     34.5763     136.4984"
        let shortDoc = FamilyFixture.extract(short)
        XCTAssertTrue(shortDoc.tables.flatMap { $0.sections.flatMap { $0.rows.flatMap(\.cells) } }.isEmpty)
        XCTAssertEqual(shortDoc.rejects.count, 17)
    }

    func testARepeatedPartUnderCaptionsIsNoWrappedNamesLastLine() {
        let units = ["一般债务", "专项债务", "一般债务", "专项债务"].enumerated().map { n, text in
            AlignedHeader.Node(text: text, start: n * 12, end: n * 12 + 4, firstLine: 2, lastLine: 2)
        }
        XCTAssertTrue(HeaderFit.repeatsOnItsLine(0, units))
        let totals = ["合计", "基本支出", "合计", "项目支出"].enumerated().map { n, text in
            AlignedHeader.Node(text: text, start: n * 12, end: n * 12 + 4, firstLine: 2, lastLine: 2)
        }
        XCTAssertFalse(HeaderFit.repeatsOnItsLine(0, totals), "a total ends wrapped names in any row")
    }
}
