import XCTest
@testable import BudgetETL

/// A form pasted one cell per line, its header rows without spans, a 栏次 row numbering the columns.
final class ExtractNumberedFormCellsTests: XCTestCase {
    static let middle = ["合计", "人员结转", "项目结转结余", "合计", "其中:补助收入", "合计", "其中:补助支出", "合计", "人员结转", "项目结转结余"]
    static let bottom = ["小计", "其中:建设结转结余", "小计", "其中:建设收入"]

    static func form(top: [String], columns: Int, rows: [[String]], opened: Bool = false) -> [String] {
        let header = [["项目"] + top, ["科目编码", "科目名称"] + middle, bottom]
        var lines = ["某单位收支决算总表 |", "|", "|", "金额单位:元 |", "|"]
        func cells(_ row: [String]) -> [String] {
            row.enumerated().map { k, text in (opened && k == 0 ? "| " : "") + (text.isEmpty ? "|" : text + " |") } + ["|"]
        }
        for row in header { lines += cells(row) }
        lines += cells(["类款项", "栏次"] + (1...columns).map(String.init))
        for row in rows { lines += cells(row) }
        return lines
    }

    static func values(_ filled: [Int: String], columns: Int) -> [String] {
        (1...columns).map { filled[$0] ?? "" }
    }

    func testTheNumberedRowTellsTheWidthAndTheOneTreeNamesEveryColumn() {
        let row = Self.values([6: "900.00", 7: "50.00", 8: "20.00", 11: "100.00", 12: "100.00"], columns: 12)
        for opened in [false, true] {
            let lines = Self.form(top: ["期初余额", "本期收入", "本期支出", "期末余额"], columns: 12,
                                  rows: [["", "合计"] + row, ["201", "一般公共服务支出"] + row], opened: opened)
            let folded = NumberedFormCells.folded(lines).filter { !$0.isEmpty }
            XCTAssertEqual(folded.first, "某单位收支决算总表 |")
            XCTAssertTrue(folded.contains("| 项目 |  | 期初余额 |  |  |  | 本期收入 |  |  | 本期支出 |  | 期末余额 |  |  |"), "\(folded)")
            XCTAssertTrue(folded.contains("|  |  |  |  | 小计 | 其中:建设结转结余 |  | 小计 | 其中:建设收入 |  |  |  |  |  |"), "\(folded)")
            XCTAssertTrue(folded.contains("|  | 栏次 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 |"), "\(folded)")
            XCTAssertTrue(folded.contains("| 201 | 一般公共服务支出 |  |  |  |  |  | 900.00 | 50.00 | 20.00 |  |  | 100.00 | 100.00 |"), "\(folded)")
        }
        // A row whose "| " opens it off a row's start: the pads do not tell the rows, nothing folds.
        var shifted = Self.form(top: ["期初余额", "本期收入", "本期支出", "期末余额"], columns: 12,
                                rows: [["", "合计"] + row, ["201", "一般公共服务支出"] + row])
        let at = shifted.lastIndex(of: "100.00 |")!
        shifted[at] = "| 100.00 |"
        XCTAssertEqual(NumberedFormCells.folded(shifted), shifted)
    }

    func testTreesTheWordsAllowAreWeighedByTheRowsSums() {
        let levels = [["期初余额", "本期收入", "本期支出", "调整数", "期末余额"], Self.middle, Self.bottom]
        func names(_ paths: [[Int]?]) -> [String] {
            paths.map { $0.map { leaf in leaf.enumerated().map { levels[$0][$1] }.joined(separator: "/") } ?? "?" }
        }
        // The last group of the middle row stands under 调整数 or 期末余额 (the other a column of its
        // own): without values both trees stand, and the columns they name alike keep their names.
        let blank = NumberedFormTree.paths(levels, columns: 13, rows: [Array(repeating: nil, count: 13)])!
        XCTAssertEqual(names(blank), ["期初余额/合计", "期初余额/人员结转", "期初余额/项目结转结余/小计", "期初余额/项目结转结余/其中:建设结转结余",
                                      "本期收入/合计", "本期收入/其中:补助收入/小计", "本期收入/其中:补助收入/其中:建设收入",
                                      "本期支出/合计", "本期支出/其中:补助支出", "?", "?", "?", "?"])
        // 100 = 60 + 40 under the tree where 调整数 leads the group; the other reads 60 = 40.
        var row: [ExactDecimal?] = Array(repeating: nil, count: 13)
        row[9] = ExactDecimal.parse("100"); row[10] = ExactDecimal.parse("60"); row[11] = ExactDecimal.parse("40")
        let summed = NumberedFormTree.paths(levels, columns: 13, rows: [row])!
        XCTAssertEqual(Array(names(summed).suffix(4)), ["调整数/合计", "调整数/人员结转", "调整数/项目结转结余", "期末余额"])
        // A 其中 part no word above ends as it does: no tree.
        XCTAssertNil(NumberedFormTree.assignments(["合计", "其中:某某"], above: ["期初余额", "本期收入"]))
        XCTAssertEqual(NumberedFormTree.assignments(["合计", "其中:补助收入"], above: ["期初余额", "本期收入"]), [[1]])
    }

    func testAColumnHeadedByItsNumberAloneHasItsValuesRejected() {
        let header = [TableLines.Line(number: 1, tokens: ["项目", "本期收入", "栏次 2"].enumerated().map { Token(text: $1, line: 1, column: $0) }, compact: "")]
        XCTAssertEqual(GridReader.numberedOnlyColumns(header), [2])
        var body = [TableLines.Line(number: 5, tokens: ["合计", "9.00", "8.00"].enumerated().map { Token(text: $1, line: 5, column: $0) }, compact: "")]
        let rejects = GridReader.withoutCells(where: [2].contains, of: &body)
        XCTAssertEqual(rejects.map(\.text), ["8.00"])
        XCTAssertEqual(body[0].tokens.map(\.text), ["合计", "9.00", ""])
    }
}
