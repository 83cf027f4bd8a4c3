import XCTest
@testable import BudgetETL

/// One cell per paragraph, an empty cell printed as one more empty line (`BlankLineCells`).
final class ExtractBlankLineCellsTests: XCTestCase {
    /// Cells joined by one empty line; `nil` stands for an empty cell (one more empty line).
    private func paragraphs(_ cells: [String?]) -> [String] {
        var lines: [String] = []
        for cell in cells {
            if let cell { lines += [cell, ""] } else { lines.append("") }
        }
        return lines
    }

    private let twoSided: [String?] = [
        "收入支出决算总表", "单位:万元", "收入", "支出", "项目", "行次", "决算数", "项目", "行次", "决算数",
        "一、财政拨款收入", "1", "479.01", "一、一般公共服务支出", "35", nil,
        "二、上级补助收入", "2", nil, "二、教育支出", "36", "409.52",
        nil, "3", nil, "三、住房保障支出", "37", "12.00",
    ]

    func testTwoSidedFormFoldsIntoTabRowsWithBlanksInTheirColumns() {
        let folded = BlankLineCells.folded(paragraphs(twoSided)).filter { !$0.isEmpty }
        XCTAssertEqual(folded, [
            "收入支出决算总表", "单位:万元",
            "收入\t\t\t支出\t\t",
            "项目\t行次\t决算数\t项目\t行次\t决算数",
            "一、财政拨款收入\t1\t479.01\t一、一般公共服务支出\t35\t",
            "二、上级补助收入\t2\t\t二、教育支出\t36\t409.52",
            "\t3\t\t三、住房保障支出\t37\t12.00",
        ])
    }

    func testValuesLandUnderTheirSideAndColumn() {
        let catalog = Catalog(kinds: [TableKind(key: "income_expenditure_total", titlePatterns: ["收入支出决算总表"])])
        let text = paragraphs(twoSided).joined(separator: "\n") + "\n"
        let doc = Extractor(catalog: catalog).extract(bytes: Array(text.utf8), sourceFile: "a.txt", sha256: "x")
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.rejects.isEmpty)
        let sections = doc.tables[0].sections
        XCTAssertEqual(sections.map(\.name), ["收入", "支出"])
        let income = sections[0].rows.map { [$0.label] + $0.cells.map(\.text) }
        let spending = sections[1].rows.map { [$0.label] + $0.cells.map(\.text) }
        // The row without a name keeps its 行次 and nothing else (its amount is blank).
        XCTAssertEqual(income, [["一、财政拨款收入", "1", "479.01"], ["二、上级补助收入", "2"], ["", "3"]])
        XCTAssertEqual(spending, [["一、一般公共服务支出", "35"], ["二、教育支出", "36", "409.52"], ["三、住房保障支出", "37", "12.00"]])
        XCTAssertEqual(sections[1].rows[1].cells.map(\.column), [0, 1])
    }

    /// A cell the converter did not print (36): the row's tail shifts left (409.52 under 行次),
    /// seen only where the next row's name should stand; neither row is folded.
    func testRowThatLostACellIsNotFoldedNorTheRowItShifts() {
        var cells = twoSided
        cells.remove(at: cells.firstIndex(of: "36")!)
        cells += ["四、其他收入", "4", "1.00", "四、其他支出", "38", nil]
        XCTAssertEqual(BlankLineCells.folded(paragraphs(cells)), paragraphs(cells))
        var early = twoSided
        early.insert(contentsOf: ["二、事业收入", "2", "3.00", "二、外交支出", "36", "4.00"], at: early.firstIndex(of: "二、上级补助收入")!)
        early.remove(at: early.lastIndex(of: "36")!)
        early += ["四、其他收入", "4", "1.00", "四、其他支出", "38", nil]
        let folded = BlankLineCells.folded(paragraphs(early)).filter { !$0.isEmpty }
        XCTAssertTrue(folded.contains("二、事业收入\t2\t3.00\t二、外交支出\t36\t4.00"))
        XCTAssertFalse(folded.contains { $0.hasPrefix("二、上级补助收入\t") })
        XCTAssertTrue(folded.contains("二、上级补助收入"))
    }

    /// Every value row full: nothing needs folding, the lines stay as printed.
    func testRowsWithoutBlanksStayAsPrinted() {
        let full: [String?] = ["项目", "行次", "金额", "一、财政拨款收入", "1", "10.00", "二、事业收入", "2", "5.00",
                               "三、其他收入", "3", "1.00"]
        XCTAssertEqual(BlankLineCells.folded(paragraphs(full)), paragraphs(full))
        // The 栏次 row's blank under 行次 alone does not make the rows need folding.
        let numbered: [String?] = ["项目", "行次", "金额", "栏次", nil, "1"] + full.dropFirst(3)
        XCTAssertEqual(BlankLineCells.folded(paragraphs(numbered)), paragraphs(numbered))
    }

    /// The 栏次 row keeps its blank under 行次, and indented cells are read without their spaces.
    func testColumnNumberRowAndIndentedCells() {
        let cells: [String?] = ["项目", "行次", "金额", "栏次", nil, "1", "一、财政拨款收入", "1", "5,604,878.83",
                                "二、事业收入", "2", nil, "三、其他收入", "3", "84,730.40"]
        let lines = paragraphs(cells).map { $0.isEmpty ? $0 : "    " + $0 }
        XCTAssertEqual(BlankLineCells.folded(lines).filter { !$0.isEmpty }, [
            "项目\t行次\t金额", "栏次\t\t1", "一、财政拨款收入\t1\t5,604,878.83", "二、事业收入\t2\t", "三、其他收入\t3\t84,730.40",
        ])
    }
}
