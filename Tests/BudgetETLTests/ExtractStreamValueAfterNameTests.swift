import XCTest
@testable import BudgetETL

/// Single-space rows of a name and one whole number: a number of three digits that ends the
/// line of its row's name is that row's value, not the code of the row named on the next line
/// (a code stands before its name, on its line).
final class ExtractStreamValueAfterNameTests: XCTestCase {
    func testThreeDigitValueAfterItsNameIsTheRowsValue() throws {
        let document = FamilyFixture.extract([
            "某某资金分配表",
            "单位：万元",
            "项目 资金分配额",
            "合计 4310",
            "甲区 819",
            "乙区 305",
            "丙县 3186",
        ])
        let section = try XCTUnwrap(document.tables.first?.sections.first)
        XCTAssertEqual(section.rows.map { "\($0.codeParts.joined())|\($0.label)=\($0.cells.map(\.text).joined(separator: ","))" },
                       ["|合计=4310", "|甲区=819", "|乙区=305", "|丙县=3186"])
    }
}

/// A word processor's narrow two-column table: the header padded after its name column's word,
/// the rows one space between name and value. The padding is no empty header cell.
final class ExtractStreamPaddedNameHeaderTests: XCTestCase {
    func testPaddingAfterTheNameWordIsNoColumn() throws {
        let document = FamilyFixture.extract([
            "某某资金分配表",
            "单位：万元",
            "项目   资金分配额(万元)",
            "合计   4310",
            "甲区 819",
            "乙区 305",
            "丙县 3186",
        ])
        let section = try XCTUnwrap(document.tables.first?.sections.first)
        XCTAssertEqual(section.columns.map(\.joined), ["资金分配额(万元)"])
        XCTAssertEqual(section.rows.map { "\($0.label)=\($0.cells.map(\.text).joined(separator: ","))" },
                       ["合计=4310", "甲区=819", "乙区=305", "丙县=3186"])
    }

    func testRowsNumberedByTheirLineAreNoRowsOfOneValue() {
        // 行次 5, 6 and blank amounts: the blank header cell after 项目 is the 行次 column's.
        let region = { (lines: [String]) in TableRegion(key: "k", title: "t", titleIndex: 0, body: 1..<lines.count, unitText: nil, statedEmpty: false) }
        let numbered = ["二、机关运行经费", "项目  统计数", "(一)行政单位 5", "(二)参照公务员法管理事业单位 6", "(三)其他事业单位 7"]
        XCTAssertFalse(StreamReader.holdsOneValuePerRow(TableLines(lines: numbered, region: region(numbered), titleLine: numbered[0])))
        let valued = ["某某资金分配表", "项目  资金分配额", "甲区 819", "乙区 305", "丙县 3186"]
        XCTAssertTrue(StreamReader.holdsOneValuePerRow(TableLines(lines: valued, region: region(valued), titleLine: valued[0])))
    }

    func testABlankAfterTheNameWordOverRowsOfTwoNumbersStaysAColumn() {
        let line = TableLines.prepare("项目   金额", number: 1, tab: false, mangled: false, aligned: false)
        let columns = { (one: Bool) in SequentialHeader(header: [line], columnNumbers: nil, oneValueRows: one).sections.first?.paths.count ?? 0 }
        XCTAssertEqual(columns(true), 1)
        XCTAssertGreaterThan(columns(false), 1, "rows of a 行次 and an amount: the blank header cell is the 行次 column's")
    }
}
