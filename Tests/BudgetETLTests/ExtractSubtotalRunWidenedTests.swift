import XCTest
@testable import BudgetETL

/// A caption over a 小计 read narrower than its cells takes the columns that add up to the 小计
/// (SubtotalRunWidened).
final class ExtractSubtotalRunWidenedTests: XCTestCase {
    private func section(_ paths: [[String]]) -> AlignedHeader.Section {
        AlignedHeader.Section(name: "", leaves: [AlignedHeader.Leaf(path: ["项目"], role: .label, anchor: 0)]
            + paths.enumerated().map { AlignedHeader.Leaf(path: $1, role: .value, anchor: Double($0 * 10 + 10)) })
    }

    private func rows(_ values: [[String?]]) -> [ExtractedRow] {
        values.enumerated().map { n, row in
            ExtractedRow(line: n + 1, label: "行\(n)", cells: row.enumerated().compactMap { c, text in
                text.map { RawCell(column: c, text: $0, line: n + 1) }
            })
        }
    }

    /// 合计 | 出国费 | 车辆费 { 小计 | 购置费 } | 维护费 | 接待费, as read with the caption short.
    private let narrow = [["预算", "合计"], ["预算", "出国费"], ["预算", "车辆费", "小计"], ["预算", "车辆费", "购置费"],
                          ["预算", "维护费"], ["预算", "接待费"]]

    func testTheCaptionTakesTheNextColumnsWhoseSumIsItsSubtotal() {
        let widened = SubtotalRunWidened.widened(section(narrow), rows: rows([["3.50", "0.00", "2.50", "0.00", "2.50", "1.00"]]))
        XCTAssertEqual(widened?.values.map(\.path), [["预算", "合计"], ["预算", "出国费"], ["预算", "车辆费", "小计"],
                                                     ["预算", "车辆费", "购置费"], ["预算", "车辆费", "维护费"], ["预算", "接待费"]])
        XCTAssertEqual(widened?.identifying.map(\.path), [["项目"]])
        // Grouped thousands and a blank part (zero) add up too.
        let grouped = SubtotalRunWidened.widened(section(narrow), rows: rows([["3,500.00", nil, "2,500.00", nil, "2,500.00", "1,000.00"]]))
        XCTAssertEqual(grouped?.values[4].path, ["预算", "车辆费", "维护费"])
    }

    /// The caption's parent set short too: the part left out stands under no caption at all.
    func testAPartLeftAtTheTopLevelIsTakenWhereTheSumsTellIt() {
        let short = [["预算", "合计"], ["预算", "出国费"], ["预算", "车辆费", "小计"], ["预算", "车辆费", "购置费"],
                     ["运行费"], ["机关经费"]]
        let widened = SubtotalRunWidened.widened(section(short), rows: rows([["3.50", "0.00", "2.50", "1.00", "1.50", "9.00"]]))
        XCTAssertEqual(widened?.values.map(\.path), [["预算", "合计"], ["预算", "出国费"], ["预算", "车辆费", "小计"],
                                                     ["预算", "车辆费", "购置费"], ["预算", "车辆费", "运行费"], ["机关经费"]])
        // A top-level column of another caption stops the run.
        var other = short
        other[4] = ["决算", "运行费"]
        XCTAssertNil(SubtotalRunWidened.widened(section(other), rows: rows([["3.50", "0.00", "2.50", "1.00", "1.50", "9.00"]])))
    }

    func testColumnsPastTheRunThatAddsUpGoBackToTheParent() {
        let wide = [["预算", "合计"], ["预算", "车辆费", "小计"], ["预算", "车辆费", "维护费"], ["预算", "车辆费", "接待费"]]
        let narrowed = SubtotalRunWidened.widened(section(wide), rows: rows([["6.50", "4.50", "4.50", "2.00"]]))
        XCTAssertEqual(narrowed?.values.map(\.path), [["预算", "合计"], ["预算", "车辆费", "小计"], ["预算", "车辆费", "维护费"],
                                                      ["预算", "接待费"]])
        // A zero last part: both runs add up, the reading stands.
        XCTAssertNil(SubtotalRunWidened.widened(section(wide), rows: rows([["4.50", "4.50", "4.50", "0.00"]])))
        // No shorter run adds up either: not this rule's to mend.
        XCTAssertNil(SubtotalRunWidened.widened(section(wide), rows: rows([["6.50", "4.50", "3.00", "2.00"]])))
        // A `其中` part is part of another part: the caption's parts need not add up.
        var partOf = wide
        partOf[3] = ["预算", "车辆费", "其中：接待费"]
        XCTAssertNil(SubtotalRunWidened.widened(section(partOf), rows: rows([["6.50", "4.50", "4.50", "2.00"]])))
    }

    func testNoChangeWhereTheSumsAgreeOrDoNotTellOneRun() {
        // The parts already add up to the 小计: the reading stands.
        XCTAssertNil(SubtotalRunWidened.widened(section(narrow), rows: rows([["3.50", "0.00", "2.50", "2.50", "0.00", "1.00"]])))
        // A zero next column: one part or two add up alike, so the run is not certain.
        XCTAssertNil(SubtotalRunWidened.widened(section(narrow), rows: rows([["2.50", "0.00", "2.50", "0.00", "2.50", "0.00"]])))
        // No run adds up on every row.
        XCTAssertNil(SubtotalRunWidened.widened(section(narrow), rows: rows([["3.50", "0.00", "2.50", "0.00", "2.50", "1.00"],
                                                                               ["3.50", "0.00", "2.50", "0.00", "2.00", "1.00"]])))
        // A cell that is no amount agrees with nothing.
        XCTAssertNil(SubtotalRunWidened.widened(section(narrow), rows: rows([["3.50", "0.00", "2.50", "0.00", "x", "1.00"]])))
        // A 小计 over two parts that do not add up: the caption was read off its columns some other
        // way (a caption glued to a word of its group), not cut short.
        let two = [["预算", "车辆费", "小计"], ["预算", "车辆费", "购置费"], ["预算", "车辆费", "租用费"], ["预算", "维护费"]]
        XCTAssertNil(SubtotalRunWidened.widened(section(two), rows: rows([["3.50", "0.50", "1.00", "2.00"]])))
        // A total after the caption is no part of it.
        var totalNext = narrow
        totalNext[4] = ["预算", "合计"]
        XCTAssertNil(SubtotalRunWidened.widened(section(totalNext), rows: rows([["3.50", "0.00", "2.50", "0.00", "2.50", "1.00"]])))
    }

    /// A caption that took in the column after its own: on the one row its 小计 is not 小计's parts
    /// with that column, and is without it; the column is lifted out. Where the sums hold as read,
    /// or do not hold without the column either, nothing moves.
    func testACaptionsLastColumnIsLiftedOutWhereItsTotalAgreesWithoutIt() {
        let wide = section([["三公合计"], ["公务用车", "小计"], ["公务用车", "运行费"], ["公务用车", "公务接待费"]])
        XCTAssertEqual(SubtotalRunWidened.widened(wide, rows: rows([["6.50", "4.50", "4.50", "2.00"]]))?.values.map(\.path),
                       [["三公合计"], ["公务用车", "小计"], ["公务用车", "运行费"], ["公务接待费"]])
        XCTAssertNil(SubtotalRunWidened.widened(wide, rows: rows([["6.50", "6.50", "4.50", "2.00"]])))
        XCTAssertNil(SubtotalRunWidened.widened(wide, rows: rows([["6.50", "3.00", "4.50", "2.00"]])))
    }

    /// A caption over a 合计 and one part, the next column of the row beside it: the caption's
    /// text, set in half its printed width, ends short of its last column (pdfplumber). The 合计
    /// is the sum of that part and the next column on every row, so the caption heads both.
    func testACaptionOverATotalAndOnePartTakesTheColumnThatCompletesTheSum() {
        let short = [["基本支出", "合计"], ["基本支出", "人员经费"], ["公用经费"]]
        let widened = SubtotalRunWidened.widened(section(short), rows: rows([["611.17", "533.23", "77.94"], ["22.10", nil, "22.10"]]))
        XCTAssertEqual(widened?.values.map(\.path), [["基本支出", "合计"], ["基本支出", "人员经费"], ["基本支出", "公用经费"]])
        // The total already equals its one part on every row: nothing tells the column is the caption's.
        XCTAssertNil(SubtotalRunWidened.widened(section(short), rows: rows([["533.23", "533.23", "0"]])))
    }
}
