import XCTest
@testable import BudgetETL

/// Plain pdftotext (reading order) prints the header again after a page break, its cells
/// scattered: some at the page's top, some left among the rows. Words of the header read do not
/// resume it; the rows a repeat may have moved cells into lose their values.
final class ExtractReadingOrderRepeatsTests: XCTestCase {
    private let prepared = { (texts: [String]) in
        texts.enumerated().map { TableLines.prepare($1, number: $0 + 1, tab: false, mangled: false) }
    }
    private let headerWords: Set<String> = ["科目编码", "科目名称", "合计", "基本支出", "项目支出"]

    /// `合计` / `项目支出` below the last row: the header's own words, printed again, not resumed.
    func testHeaderWordsAgainAmongTheRowsDoNotResumeIt() {
        let body = prepared(["2010101 行政运行", "30.00", "合计", "项目支出", "90.00 50.00 40.00"])
        XCTAssertTrue(StreamReadingOrder.headerResumes(body))
        XCTAssertFalse(StreamReadingOrder.headerResumes(body, headerWords: headerWords))
        // A word the header read does not hold (购置费) is the header going on.
        let resumed = prepared(["2010101 行政运行", "30.00", "合计", "购置费", "90.00"])
        XCTAssertTrue(StreamReadingOrder.headerResumes(resumed, headerWords: headerWords))
        XCTAssertTrue(StreamReadingOrder.headerResumes(prepared(["小计 基本支出 购置费", "9.00"]), headerWords: headerWords))
        XCTAssertFalse(StreamReadingOrder.headerResumes(prepared(["科目名称", "基本支出 项目支出 合计", "9.00"]), headerWords: headerWords))
    }

    private func row(_ code: String, _ label: String, line: Int, cells: [Int]) -> ExtractedRow {
        ExtractedRow(line: line, codeParts: code.isEmpty ? [] : [code], label: label,
                     cells: cells.enumerated().map { RawCell(column: $0, text: "\($1).00", line: $1) })
    }

    /// A row whose name holds a header word, or whose name stands before the repeat and its
    /// values after it, loses its values; the others keep theirs.
    func testRowsARepeatMayHaveMovedCellsIntoAreRejected() {
        let reading = TableReading(sections: [ExtractedSection(name: "", columns: [HeaderPath(["合计"]), HeaderPath(["基本支出"])], rows: [
            row("201", "一般公共服务支出", line: 1, cells: [2, 3]),
            row("", "群众团体事务 社会保障和就业支出", line: 4, cells: [8, 9]),
            row("2080501", "行政单位离退休", line: 10, cells: [11, 12]),
            row("20805", "行政事业单位养老支出 合计 项目支出", line: 13, cells: [16, 17]),
            row("", "项目支出", line: 18, cells: [19, 20]),
        ])], rejects: [])
        let result = ReadingOrderHeaderRepeats.rejectingMovedRows(reading, headerWords: headerWords, repeatLines: [5, 6, 7])
        XCTAssertEqual(result.sections[0].rows.map(\.cells.count), [2, 0, 2, 0, 0])
        XCTAssertEqual(result.rejects.map(\.text), ["8.00", "9.00", "16.00", "17.00", "19.00", "20.00"])
        XCTAssertTrue(result.rejects.allSatisfy { $0.reason == .rowAcrossHeaderRepeat })
    }

    /// A header word of one character (`码`, a wrapped piece) is found in many names: not asked.
    func testOneCharacterHeaderWordIsNotSought() {
        XCTAssertFalse(ReadingOrderHeaderRepeats.holdsHeaderWord("编码规则事务", ["码"]))
        XCTAssertTrue(ReadingOrderHeaderRepeats.holdsHeaderWord("其他 项目支出", ["项目支出"]))
    }
}
