import XCTest
@testable import BudgetETL

/// A caption's leading total must be the sum of its other parts on the rows (AlignedGroupSums).
final class ExtractAlignedGroupSumsTests: XCTestCase {
    private func section(_ paths: [[String]]) -> AlignedHeader.Section {
        AlignedHeader.Section(name: "", leaves: paths.enumerated().map { AlignedHeader.Leaf(path: $1, role: .value, anchor: Double($0 * 10)) })
    }


    /// Made-up rows: 合计 = 基本 + 项目; 基本 小计 = 人员 (工资 + 补助) + 公用.
    private let rows: [ExtractedRow] = [
        (1, ["100.00", "30.00", "20.00", "5.00", "5.00", "70.00", "70.00"]),
        (2, ["12.50", "12.50", "10.00", "", "2.50", nil, nil]),
        (3, ["50.00", nil, nil, nil, nil, "50.00", "50.00"]),
        (4, ["1,000.00", "1,000.00", "900.00", "60.00", "40.00", nil, nil]),
    ].map { line, values in
        ExtractedRow(line: line, label: "行\(line)", cells: values.enumerated().compactMap { column, text in
            text.flatMap { $0.isEmpty ? nil : RawCell(column: column, text: $0, line: line) }
        })
    }

    /// The caption over the table's 合计 and its first sub-caption over the group's 小计: the
    /// sums disagree, and the reading with each total one level up agrees on every row.
    func testTotalsTakenByCaptionsAreLiftedWhenTheSumsAgree() {
        let misread = section([["基本支出", "合计"], ["基本支出", "人员经费", "小计"], ["基本支出", "人员经费", "工资福利支出"],
                               ["基本支出", "人员经费", "对个人和家庭的补助"], ["基本支出", "公用经费", "商品和服务支出"],
                               ["项目支出", "小计"], ["项目支出", "特定目标类"]])
        XCTAssertTrue(AlignedGroupSums.disagree(misread, rows: rows))
        let repaired = AlignedGroupSums.repaired(misread, rows: rows)
        XCTAssertEqual(repaired?.values.map(\.path), [["合计"], ["基本支出", "小计"], ["基本支出", "人员经费", "工资福利支出"],
                                                      ["基本支出", "人员经费", "对个人和家庭的补助"], ["基本支出", "公用经费", "商品和服务支出"],
                                                      ["项目支出", "小计"], ["项目支出", "特定目标类"]])
        XCTAssertFalse(AlignedGroupSums.disagree(repaired!, rows: rows))
    }

    /// A caption over a 小计 and one part only: the subtotal is that part, or the caption lost its
    /// last column to the top (a caption printed narrower than its cells).
    func testASubtotalOverOnePartThatDiffersFromItDisagrees() {
        let lost = section([["合计"], ["因公出国"], ["公务用车", "小计"], ["公务用车", "购置费"], ["运行费"]])
        let cars: [ExtractedRow] = [(1, ["5.23", "0", "3.23", "0", "3.23"]), (2, ["6.94", "0", "2.94", "0", "2.94"])].map { line, values in
            ExtractedRow(line: line, label: "行\(line)", cells: values.enumerated().map { RawCell(column: $0, text: $1, line: line) })
        }
        XCTAssertTrue(AlignedGroupSums.disagree(lost, rows: cars))
        let whole = section([["合计"], ["因公出国"], ["公务用车", "小计"], ["公务用车", "购置费"], ["公务用车", "运行费"]])
        XCTAssertFalse(AlignedGroupSums.disagree(whole, rows: cars))
    }

    /// Sums that no lifting makes agree: the section is rejected (no repair), and a reading whose
    /// totals agree, or a group with a 其中 part, is left alone.
    func testDisagreeingSumsWithoutRepairAndAgreeingOnesAlone() {
        let wrong = rows.map { row -> ExtractedRow in
            var row = row
            row.cells = row.cells.map { var cell = $0; if cell.column == 1 { cell.text = "999.00" }; return cell }
            return row
        }
        let misread = section([["基本支出", "合计"], ["基本支出", "人员经费", "小计"], ["基本支出", "人员经费", "工资福利支出"],
                               ["基本支出", "人员经费", "对个人和家庭的补助"], ["基本支出", "公用经费", "商品和服务支出"],
                               ["项目支出", "小计"], ["项目支出", "特定目标类"]])
        XCTAssertTrue(AlignedGroupSums.disagree(misread, rows: wrong))
        XCTAssertNil(AlignedGroupSums.repaired(misread, rows: wrong))
        let right = section([["合计"], ["基本支出", "小计"], ["基本支出", "人员经费", "工资福利支出"],
                             ["基本支出", "人员经费", "对个人和家庭的补助"], ["基本支出", "公用经费", "商品和服务支出"],
                             ["项目支出", "小计"], ["项目支出", "特定目标类"]])
        XCTAssertFalse(AlignedGroupSums.disagree(right, rows: rows))
        // 30.00 ≠ 20.00 + 5.00, but 其中 is a part of 小计's own, not of the partition: no check.
        let partOf = section([["合计"], ["一般公共预算", "小计"], ["一般公共预算", "其中:财政拨款"], ["一般公共预算", "其他"]])
        XCTAssertFalse(AlignedGroupSums.disagree(partOf, rows: rows))
    }

}
