import XCTest
@testable import BudgetETL

/// A form pasted one cell per line, its header rows without spans, a 栏次 row numbering the columns.
final class ExtractNumberedFormCellsTests: XCTestCase {
    static func form(top: [String], rows: [[String]]) -> [String] {
        let header: [[String]] = [
            ["项目"] + top,
            ["科目编码", "科目名称", "合计", "人员结转", "项目结转结余", "合计", "其中:补助收入", "合计", "其中:补助支出",
             "合计", "人员结转", "项目结转结余"],
            ["小计", "其中:建设结转结余", "小计", "其中:建设收入"],
        ]
        var lines = ["某单位收支决算总表 |", "|", "|", "金额单位:元 |", "|"]
        for row in header { lines += row.map { $0 + " |" } + ["|"] }
        lines += ["类款项 |", "栏次 |"] + (1...12).map { "\($0) |" } + ["|"]
        for row in rows { lines += row.map { $0.isEmpty ? "|" : $0 + " |" } + ["|"] }
        return lines
    }

    static let filled: [[String]] = [
        ["", "合计"] + ["", "", "", "", "", "900.00", "50.00", "", "800.00", "", "100.00", "100.00", ""],
        ["201", "一般公共服务支出"] + ["", "", "", "", "", "900.00", "50.00", "", "800.00", "", "100.00", "100.00", ""],
    ].map { Array($0.prefix(14)) }

    func testTheNumberedRowTellsTheWidthAndTheTreeNamesEveryColumn() {
        let lines = Self.form(top: ["期初余额", "本期收入", "本期支出", "期末余额"], rows: Self.filled)
        let folded = NumberedFormCells.folded(lines).filter { !$0.isEmpty }
        print(folded.joined(separator: "\n"))
        XCTAssertEqual(folded.first, "某单位收支决算总表 |")
        XCTAssertTrue(folded.contains("类款项 | 栏次 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |"), "\(folded)")
        XCTAssertTrue(folded.contains("201 | 一般公共服务支出 |  |  |  |  |  | 900.00 | 50.00 |  | 800.00 |  | 100.00 | 100.00 |"), "\(folded)")
    }
}
