import XCTest
@testable import BudgetETL

/// A cell that prints its amount with its money unit (“20万元”, “1.5亿元”) is an amount in that unit,
/// converted exactly whatever the table states; words around the unit make it text.
final class NormalizeAmountWithUnitTests: XCTestCase {
    func testAnAmountWithItsUnitIsSplitAndReadsAsAnAmount() {
        XCTAssertEqual(AmountWithUnit.split("20万元")?.number, "20")
        XCTAssertEqual(AmountWithUnit.split("20万元")?.unit, .wanYuan)
        XCTAssertEqual(AmountWithUnit.split("1.5亿元")?.unit, .yiYuan)
        XCTAssertEqual(AmountWithUnit.split("3,200 千元")?.number, "3,200")
        XCTAssertEqual(AmountWithUnit.split("300元")?.unit, .yuan)
        XCTAssertNil(AmountWithUnit.split("万元"))
        XCTAssertNil(AmountWithUnit.split("20万元左右"))
        XCTAssertEqual(TokenKind.of("20万元"), .amount)
        XCTAssertEqual(TokenKind.of("73.5万元"), .amount)
        XCTAssertEqual(TokenKind.of("约20万元"), .text)
        XCTAssertEqual(TokenKind.of("万元"), .text)
        XCTAssertEqual(TokenKind.of("-万元"), .text)
    }

    func testEachCellIsConvertedFromItsOwnUnit() {
        let normalizer = Normalizer(catalog: Catalog(kinds: []), outputUnit: .yuan)
        let section = ExtractedSection(name: "", columns: [HeaderPath(["投资规模"]), HeaderPath(["人数(人)"])], rows: [
            ExtractedRow(line: 2, label: "甲项目", cells: [RawCell(column: 0, text: "73.5万元", line: 2)]),
            ExtractedRow(line: 3, label: "乙项目", cells: [RawCell(column: 0, text: "1.5亿元", line: 3)]),
            ExtractedRow(line: 4, label: "丙项目", cells: [RawCell(column: 0, text: "12", line: 4),
                                                          RawCell(column: 1, text: "5万元", line: 4)]),
            ExtractedRow(line: 5, label: "丁项目", cells: [RawCell(column: 0, text: "约3万元", line: 5)]),
        ])
        let table = ExtractedTable(tableKey: "t", naming: .title, title: "", titleLine: 1, unitText: "千元", statedEmpty: false,
                                   sections: [section])
        let doc = normalizer.normalize(ExtractedDocument(sourceFile: "t.txt", sha256: "", metadata: DocumentMetadata(),
                                                         tables: [table], rejects: [], status: .ok))
        let cells = doc.tables.flatMap(\.sections).flatMap(\.rows).map { row in
            row.cells.map { "\(row.label)=\($0.value) \($0.unit) from \($0.sourceUnit)" }
        }
        XCTAssertEqual(cells, [["甲项目=735000.0 元 from 万元"], ["乙项目=150000000.0 元 from 亿元"], ["丙项目=12000 元 from 千元"], []])
        // A money unit in a column of counts, and words around an amount: rejected, never guessed.
        XCTAssertEqual(doc.rejects.map(\.text), ["5万元", "约3万元"])
        XCTAssertEqual(doc.rejects.map(\.reason), [Normalizer.cellUnitConflictReason, Normalizer.notANumberReason])
    }
}

/// One cell per line, sentences recurring at one stride are a text column's cells (建设内容), a
/// sentence's inner spaces part its words, and the amounts after them are read; a sentence off
/// the stride is the prose after the table.
final class ExtractSentenceCellsTests: XCTestCase {
    func testATextColumnOfSentencesKeepsTheRowsAfterIt() {
        let doc = FamilyFixture.extract([
            "某区2018年专项扶贫资金分配表 |", "|||||", "序号 |", "项目名称 |", "建设地点 |", "建设内容 |", "投资 规模 |", "责任 单位 |",
            "1 |", "甲村道路硬化项目 |", "甲村 |", "硬化路面596平方米。 |", "20万元 |", "甲办事处 |",
            "2 |", "乙村饮水工程项目 |", "乙村 |", "新建主管道2300米,支管道3000米。 |", "20万元 |", "乙办事处 |",
            "3 |", "丙镇道路建设项目 |", "丙村 |", "270米×4米, 1216米×5米。 |", "73.5万元 |", "丙镇 |",
            "|", "|", "备注:每个项目由责任单位另行公示。",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        let section = doc.tables[0].sections[0]
        XCTAssertEqual(section.columns.map(\.joined), ["投资规模"])
        XCTAssertEqual(section.rows.filter { !$0.cells.isEmpty }.map { "\($0.label)=\($0.cells.map(\.text))" },
                       ["甲村道路硬化项目=[\"20万元\"]", "乙村饮水工程项目=[\"20万元\"]", "丙镇道路建设项目=[\"73.5万元\"]"])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testOneSentenceIsTheProseAfterTheTable() {
        let line = { (n: Int, text: String) in
            TableLines.Line(number: n, tokens: [Token(text: text, line: n, column: 0)], compact: text)
        }
        let body = [line(5, "合计"), line(6, "30"), line(7, "本单位预算为30万元。"), line(8, "12")]
        XCTAssertEqual(SentenceCells.bodyBeforeProse(body).map(\.number), [5, 6])
        let column = [line(5, "甲"), line(6, "修路。"), line(7, "20"), line(8, "乙"), line(9, "建桥。"), line(10, "30"),
                      line(11, "说明:另行公示。")]
        XCTAssertEqual(SentenceCells.bodyBeforeProse(column).map(\.number), [5, 6, 7, 8, 9, 10])
    }
}
