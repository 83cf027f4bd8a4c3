import XCTest
@testable import BudgetETL

/// Narrow cells whose bracketed names wrapped over more lines than their neighbours': the header
/// read stacks two cells' pieces over one column, so no value's column is certain.
final class ExtractUnclosedBracketNamesTests: XCTestCase {
    func testBracketsClosedInOrder() {
        XCTAssertTrue(UnclosedBracketNames.closesBrackets("走读生(每生250元)"))
        XCTAssertTrue(UnclosedBracketNames.closesBrackets("合计（含结转）"))
        XCTAssertTrue(UnclosedBracketNames.closesBrackets("补助资金合计"))
        XCTAssertFalse(UnclosedBracketNames.closesBrackets("走读生(每生"))
        XCTAssertFalse(UnclosedBracketNames.closesBrackets("走读生(每生寄宿生(每生500元)"))
        XCTAssertFalse(UnclosedBracketNames.closesBrackets("每生250元)"))
    }

    func testWrappedBracketedHeaderPiecesRejectTheTable() {
        let lines = [
            "            某县学生生活补助分乡镇汇总表",
            "                                                     单位：元",
            "                     甲段              乙段           合计",
            "                              走读生(一类",
            "              走读生(一类 寄宿生(一类            寄宿生(一类",
            "项目    序号 总人数                  学生,每生每            补助资金合",
            "              学生,每生每 学生,每生每            学生,每生每",
            "                              学期312.5              计",
            "              学期250元) 学期500元)          学期625元)",
            "                                元)",
            "东乡      1 991      542      6      172      271   361625",
            "西乡      2   381     141      85       8      147    172125",
            "南乡      3   418     163      58      15      182   188187.5",
            "北乡      4    254    129      10      48       67     94125",
            "合计        2044    975     159     243      667    816062.5",
        ]
        let doc = Extractor(catalog: Catalog(kinds: [])).extract(
            bytes: Array(lines.joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        let placed = doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells)
            .filter { !["1", "2", "3", "4"].contains($0.text) }
        XCTAssertEqual(placed.filter { $0.text.count > 3 }.map(\.text), [])
        XCTAssertTrue(doc.rejects.contains { $0.reason == RejectReason.fragmentColumn.description && $0.text == "361625" })
    }
}
