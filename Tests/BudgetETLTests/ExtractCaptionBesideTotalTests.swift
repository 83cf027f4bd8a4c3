import XCTest
@testable import BudgetETL

/// A spreadsheet's caption merged over a total and its parts, whose header words (each Chinese
/// word set in about half its printed width) centre it over the parts alone: the total's values
/// are rejected as uncertain (CaptionBesideTotal), not read outside the caption; read as the
/// header words show where the values centre it over the parts, or the total is not their sum.
final class ExtractCaptionBesideTotalTests: XCTestCase {
    private let rows = [
        "         201 一般服务      500           300          100          60         40",
        "       20101 人大事务      200           100           50          30         20",
        "     2010101 行政运行      300           200           50          30         20",
    ]
    /// The same values with the parts' columns printed narrower: the caption stands over them.
    private let narrowParts = [
        "         201 一般服务      500           300    100   60   40",
        "       20101 人大事务      200           100     50   30   20",
        "     2010101 行政运行      300           200     50   30   20",
    ]

    private func page(captionAt column: Int = 44, rows: [String]? = nil, title: String = "某局收入总表") -> [String] {
        [
            "                            " + title,
            "编制单位：某局                                                           单位：元",
            String(repeating: " ", count: column) + "收入预算",
            "                                                   事业单位经营",
            "   科目编码       科目名称   合计       财政拨款收入        事业收入     收入    其他收入",
        ] + (rows ?? self.rows)
    }

    func testTotalUnderACaptionCentredOverItsValuesTooIsRejected() {
        let doc = FamilyFixture.extract(page())
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(FamilyFixture.rows(section)[0], "L6 201|一般服务 → 收入预算 / 财政拨款收入=300@6 "
            + "收入预算 / 事业收入=100@6 收入预算 / 事业单位经营收入=60@6 收入预算 / 其他收入=40@6")
        XCTAssertEqual(doc.rejects.map(\.text), ["500", "200", "300"], "the total's values alone")
        XCTAssertTrue(doc.rejects.allSatisfy { $0.reason == RejectReason.captionBesideTotalUncertain.description }, "\(doc.rejects.map(\.reason))")
    }

    /// The caption names what the title names: the whole the table is of, whose total the 合计 is.
    func testTotalUnderACaptionTheTitleNamesIsTheCaptionsTotal() {
        let doc = FamilyFixture.extract(page(title: "某局收入预算总表"))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), [
            "收入预算 / 合计", "收入预算 / 财政拨款收入", "收入预算 / 事业收入", "收入预算 / 事业单位经营收入", "收入预算 / 其他收入",
        ])
        XCTAssertEqual(FamilyFixture.rows(section)[2], "L8 2010101|行政运行 → 收入预算 / 合计=300@8 收入预算 / 财政拨款收入=200@8 "
            + "收入预算 / 事业收入=50@8 收入预算 / 事业单位经营收入=30@8 收入预算 / 其他收入=20@8")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    /// Named by the title, the caption still heads the total only where the values centre it so.
    func testTitledCaptionCentredOverThePartsValuesLeavesTheTotalBare() {
        let doc = FamilyFixture.extract(page(rows: narrowParts, title: "某局收入预算总表"))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined).first, "合计")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testCaptionCentredOverThePartsValuesIsRead() {
        let doc = FamilyFixture.extract(page(rows: narrowParts))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), [
            "合计", "收入预算 / 财政拨款收入", "收入预算 / 事业收入", "收入预算 / 事业单位经营收入", "收入预算 / 其他收入",
        ])
        XCTAssertEqual(FamilyFixture.rows(section)[0], "L6 201|一般服务 → 合计=500@6 收入预算 / 财政拨款收入=300@6 "
            + "收入预算 / 事业收入=100@6 收入预算 / 事业单位经营收入=60@6 收入预算 / 其他收入=40@6")
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testTotalThatIsNotTheRunsSumStaysOutsideTheCaption() {
        var rows = self.rows
        rows[1] = "       20101 人大事务      210           100           50          30         20"
        let doc = FamilyFixture.extract(page(rows: rows))
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined).first, "合计")
        XCTAssertEqual(FamilyFixture.rows(section)[1], "L7 20101|人大事务 → 合计=210@7 收入预算 / 财政拨款收入=100@7 "
            + "收入预算 / 事业收入=50@7 收入预算 / 事业单位经营收入=30@7 收入预算 / 其他收入=20@7")
        XCTAssertFalse(doc.rejects.contains { $0.reason == RejectReason.captionBesideTotalUncertain.description })
    }

    /// A group under the caption counts once, by its own total (`小计`), in the caption's sum.
    func testAGroupUnderTheCaptionCountsByItsTotal() {
        let leaves = [["合计"], ["三公", "出国费"], ["三公", "公务用车", "小计"], ["三公", "公务用车", "购置费"],
                      ["三公", "公务用车", "运行费"], ["三公", "接待费"], ["机关经费"]]
            .map { AlignedHeader.Leaf(path: $0, role: .value, anchor: 0) }
        XCTAssertEqual(CaptionBesideTotal.runs(leaves).map(\.run), [1..<6])
        XCTAssertEqual(CaptionBesideTotal.parts(of: 1..<6, leaves), [1, 2, 5])
        // A group without a total counts by its columns.
        var bare = leaves
        bare[2].path = ["三公", "公务用车", "租用费"]
        XCTAssertEqual(CaptionBesideTotal.parts(of: 1..<6, bare), [1, 2, 3, 4, 5])
    }

    func testOffCentreIsMeasuredOverTheValuesPrintedSpan() {
        let spans: ArraySlice<(start: Double, end: Double)> = [(0, 10), (20, 30)]
        XCTAssertEqual(CaptionBesideTotal.offCentre(15, spans), 0)
        XCTAssertEqual(CaptionBesideTotal.offCentre(18, spans), 0.1)
    }
}
