import XCTest
@testable import BudgetETL

/// One cell per line, an untitled “三公” form: its top words, then two runs led by 小计 (the breaks
/// between the header rows lost), a 行次 row numbering the columns, rows named by year and measure,
/// and a note with its sum printed in a row's last cell.
final class ExtractFormRunsTests: XCTestCase {
    private func document(budgetNote: String = "另有结转1.50 |") -> [String] {
        ["(单位:万元)",
         "三公经费项目 |", "合计 |", "因公出国(境)费 |", "公务用车购置及运行费 |", "公务接待费 |",
         "小计 |", "公务用车", "购置费 |", "公务用车", "运行费 |", "小计 |", "行政运行 |", "一般行政管理事务 |",
         "行次 |", "1 |", "2 |", "3 |", "4 |", "5 |", "6 |", "7 |", "8 |",
         "2019年度预算数 |", "9.00 |", "1.00 |", "5.00 |", "2.00 |", "3.00 |", "3.00 |", "3.00 |", budgetNote,
         "2019年度决算数 |", "8.50 |", "0.50 |", "4.00 |", "1.00 |", "3.00 |", "4.00 |", "1.50 |", "2.50 |",
         "2018年度决算数 |", "7.00 |", "0.00 |", "4.00 |", "0.00 |", "4.00 |", "3.00 |", "1.00 |", "2.00 |"]
    }

    func testTheSumsTellWhichTopWordSpansEachRun() {
        let doc = FamilyFixture.extract(document())
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), [
            "合计", "因公出国(境)费", "公务用车购置及运行费 / 小计", "公务用车购置及运行费 / 公务用车购置费",
            "公务用车购置及运行费 / 公务用车运行费", "公务接待费 / 小计", "公务接待费 / 行政运行", "公务接待费 / 一般行政管理事务",
        ])
        let named = section.rows.map { row in "\(row.label): " + row.cells.map { "\($0.column)=\($0.text)" }.joined(separator: " ") }
        XCTAssertEqual(named, [
            "2019年度预算数: 0=9.00 1=1.00 2=5.00 3=2.00 4=3.00 5=3.00 6=3.00 7=另有结转1.50",
            "2019年度决算数: 0=8.50 1=0.50 2=4.00 3=1.00 4=3.00 5=4.00 6=1.50 7=2.50",
            "2018年度决算数: 0=7.00 1=0.00 2=4.00 3=0.00 4=4.00 5=3.00 6=1.00 7=2.00",
        ])
        // The 行次 row numbers the columns: no row, no value, no header word.
        XCTAssertFalse(section.rows.contains { $0.label.contains("行次") })
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testARowWithANoteWhoseSumsDoNotHoldPlacesNothing() {
        // 9.00 ≠ 1.00 + 5.00 + 2.00: a blank of the row's own may have been dropped before its note.
        var lines = document()
        lines[lines.firstIndex(of: "9.00 |")!] = "8.00 |"
        let doc = FamilyFixture.extract(lines)
        let cells = doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells)
        XCTAssertFalse(cells.contains { $0.text == "8.00" }, "\(cells)")
    }

    func testRunsGoToTheOneWayTheSumsConfirm() {
        let top = 4
        let runs = [["小计", "甲", "乙"], ["小计", "丙", "丁"]]
        XCTAssertEqual(FormRuns.parentChoices(top: top, runs: 2), [[1, 2], [1, 3], [2, 3]])
        let row = ["10", "1", "4", "1", "3", "5", "2", "3"].map { ExactDecimal.parse($0)! }
        XCTAssertTrue(FormRuns.adds([row], top: top, runs: runs, parents: [2, 3]))
        XCTAssertFalse(FormRuns.adds([row], top: top, runs: runs, parents: [1, 2]))
        XCTAssertEqual(FormRuns.joinedPieces(["公务用车", "购置费", "小计"]), ["公务用车购置费", "小计"])
    }

    func testANoteIsTheShortRowsLastCellOnlyWithAnAmountInside() {
        XCTAssertTrue(NoteCells.holdsAmount("以前年度结转资金9.83"))
        XCTAssertFalse(NoteCells.holdsAmount("2019年度决算数"))
        XCTAssertFalse(NoteCells.holdsAmount("9.83"))
        // A second word without an amount before a full row is that row's wrapped name: nothing is placed.
        let doc = FamilyFixture.extract(document(budgetNote: "另有结转 |"))
        let cells = doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells)
        XCTAssertFalse(cells.contains { $0.text == "9.00" }, "\(cells)")
        XCTAssertTrue(doc.rejects.contains { $0.text == "9.00" })
    }
}
