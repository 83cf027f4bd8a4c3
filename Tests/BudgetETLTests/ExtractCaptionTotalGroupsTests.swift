import XCTest
@testable import BudgetETL

/// A caption over its group's unnamed total, read as a column of its own (CaptionTotalGroups).
final class ExtractCaptionTotalGroupsTests: XCTestCase {
    private func section(_ names: [String]) -> AlignedHeader.Section {
        AlignedHeader.Section(name: "", leaves: [AlignedHeader.Leaf(path: ["地区"], role: .label, anchor: 0)]
            + names.enumerated().map { AlignedHeader.Leaf(path: [$1], role: .value, anchor: Double($0 * 10 + 10)) })
    }

    private func rows(_ values: [[String?]]) -> [ExtractedRow] {
        values.enumerated().map { n, row in
            ExtractedRow(line: n + 1, label: "行\(n)", cells: row.enumerated().compactMap { c, text in
                text.map { RawCell(column: c, text: $0, line: n + 1) }
            })
        }
    }

    private let names = ["甲年限额", "一般", "专项", "乙年余额", "一般", "专项"]

    func testEachCaptionTakesTheRepeatedNamesAfterItWhenItsValueIsTheirSum() {
        let body = rows([["0", "0", "0", "70.5", "20.25", "50.25"], ["12.75", "2.5", "10.25", "70.5", "20.25", "50.25"]])
        let grouped = CaptionTotalGroups.grouped(section(names), rows: body)
        XCTAssertEqual(grouped?.values.map(\.path), [["甲年限额"], ["甲年限额", "一般"], ["甲年限额", "专项"],
                                                     ["乙年余额"], ["乙年余额", "一般"], ["乙年余额", "专项"]])
        XCTAssertEqual(grouped?.identifying.map(\.path), [["地区"]])
    }

    func testNoGroupsWhereASumFailsOrNoTotalShowsItOrNamesDoNotRepeat() {
        // 12.75 ≠ 2.5 + 10: the caption's column is no total of the names after it.
        XCTAssertNil(CaptionTotalGroups.grouped(section(names), rows: rows([["12.75", "2.5", "10", "70.5", "20.25", "50.25"]])))
        // Every first group's total is zero: the sums do not tell it apart.
        XCTAssertNil(CaptionTotalGroups.grouped(section(names), rows: rows([["0", "0", "0", "70.5", "20.25", "50.25"]])))
        // A blank is zero, a cell that is no amount agrees with nothing.
        XCTAssertNil(CaptionTotalGroups.grouped(section(names), rows: rows([["12.75", "x", "10.25", "70.5", "20.25", "50.25"]])))
        // Names standing once each: nothing to group.
        let plain = ["合计", "一般", "专项"]
        XCTAssertNil(CaptionTotalGroups.grouped(section(plain), rows: rows([["12.75", "2.5", "10.25"]])))
        // Groups printing different names leave the reading open.
        let uneven = ["甲年限额", "一般", "专项", "乙年余额", "一般", "专项", "其他"]
        XCTAssertNil(CaptionTotalGroups.grouped(section(uneven), rows: rows([["12.75", "2.5", "10.25", "70.5", "20.25", "50.25", "0"]])))
    }
}
