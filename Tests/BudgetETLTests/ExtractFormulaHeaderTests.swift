import XCTest
@testable import BudgetETL

/// A debt form printed one cell per line: its header ends in a 公式 row (A=B+C | B | C …) that
/// tells which columns are sums of which, so the flat header words fall into a certain tree.
final class ExtractFormulaHeaderTests: XCTestCase {
    private func words(_ texts: [String]) -> [SequentialHeader.Word] {
        texts.enumerated().map { SequentialHeader.Word(text: $0.element, line: $0.offset) }
    }

    func testFormulaRowPutsTheAddedColumnsUnderTheirSums() {
        let doc = FamilyFixture.extract([
            "某县2023年政府债务余额情况表 |", "单位:亿元 |", "区 域 |", "2022年余额执行数 |", "2023年余额预算数 |", "|",
            "一般 |", "专项 |", "|", "一般 |", "专项 |", "公 式 |", "A=B+C |", "B |", "C |", "D=E+F |", "E |", "F |",
            "甲县 |", "10.5 |", "4 |", "6.5 |", "12 |", "5 |", "7 |",
            "乙县 |", "3 |", "1 |", "2 |", "0 |", "0 |", "0 |",
        ])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.columns.map(\.joined), ["2022年余额执行数", "2022年余额执行数 / 一般", "2022年余额执行数 / 专项",
                                                       "2023年余额预算数", "2023年余额预算数 / 一般", "2023年余额预算数 / 专项"])
        XCTAssertEqual(section.rows.map(\.label), ["甲县", "乙县"])
        XCTAssertEqual(section.rows[0].cells.map(\.text), ["10.5", "4", "6.5", "12", "5", "7"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testFormulaTreeAfterTheNameColumnWord() {
        let tree = SequentialHeader.formulaTree(words(["项目", "限额", "一般", "专项", "公式", "A=B+C", "B", "C"]))
        XCTAssertEqual(tree?.map(\.joined), ["限额", "限额 / 一般", "限额 / 专项"])
    }

    func testWordsThatDoNotCountOutTheFormulasGiveNoTree() {
        // One word short: a blank corner or a word left blank alike, so which word is missing is not told.
        XCTAssertNil(SequentialHeader.formulaTree(words(["地区", "限额", "一般", "A=B+C", "B", "C"])))
        XCTAssertNil(SequentialHeader.formulaTree(words(["限额", "一般", "专项", "A=B+C", "B", "C"])))
        // A sum of a sum: two levels the words' order cannot tell.
        XCTAssertNil(SequentialHeader.formulaTree(words(["甲", "乙", "丙", "丁", "A=B+C", "B=C+D", "C", "D"])))
        // Letters without a formula are a row of letters, not sums.
        XCTAssertNil(SequentialHeader.formulaTree(words(["甲", "乙", "A", "B"])))
        // A letter the formulas add but the row does not print.
        XCTAssertNil(SequentialHeader.formulaTree(words(["甲", "乙", "A=B+C", "B"])))
    }

    func testBalanceFormulaGivesAFlatHeader() {
        // A balance (D=A+B-C) adds no column under another: each word heads its own column.
        let tree = SequentialHeader.formulaTree(words(["地区", "上年末余额", "本年新增", "本年偿还", "本年末余额", "A", "B", "C", "D=A+B-C"]))
        XCTAssertEqual(tree?.map(\.joined), ["上年末余额", "本年新增", "本年偿还", "本年末余额"])
        XCTAssertNil(SequentialHeader.formulaTree(words(["地区", "上年末余额", "本年新增", "本年末余额", "A", "B", "C", "D=A+B-C"])))
    }

    func testSumAfterItsPartsGivesAFlatHeader() {
        let tree = SequentialHeader.formulaTree(words(["地区", "一般债务", "专项债务", "合计", "A", "B", "C=A+B"]))
        XCTAssertEqual(tree?.map(\.joined), ["一般债务", "专项债务", "合计"])
        XCTAssertNil(SequentialHeader.formulaTree(words(["地区", "一般债务", "合计", "A", "B", "C=A+B"])))
    }
}
