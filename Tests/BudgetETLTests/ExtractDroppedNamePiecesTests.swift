import XCTest
@testable import BudgetETL

/// A tab table whose blank cells are dropped keeps only its full lines: a name's piece printed
/// short on a line of its own joins no name, and a row beside it whose name may go on into it
/// has its values rejected (`namePieceDropped`) rather than kept under a name cut short.
final class ExtractDroppedNamePiecesTests: XCTestCase {
    private func line(_ text: String, _ number: Int) -> TableLines.Line {
        TableLines.prepare(text, number: number, tab: true, mangled: false)
    }

    private func row(_ line: Int, _ label: String, _ value: String?, code: [String] = []) -> ExtractedRow {
        ExtractedRow(line: line, codeParts: code, label: label, cells: value.map { [RawCell(column: 0, text: $0, line: line)] } ?? [])
    }

    private func kept(_ body: [TableLines.Line], _ rows: [ExtractedRow]) -> (labels: [String], rejected: [Int]) {
        let short = body.filter { $0.tokens.count < (body.map(\.tokens.count).max() ?? 0) }
        let settled = DroppedNamePieces.settled(rows, pieces: DroppedNamePieces.pieces(short), body: body)
        XCTAssertTrue(settled.rejects.allSatisfy { $0.reason == .namePieceDropped })
        return (settled.rows.map(\.label), settled.rejects.map(\.line))
    }

    func testAPieceUnderARowThatBeginsNoNameMakesItsNameUncertain() {
        let body = [line("\t1、资金来源\t8488.17\t\t", 1), line("\t：(1)政府", 2), line("\t预算资金", 3),
                    line("\t(2)财政专户管理资金", 4), line("\t2、资金结构\t611.17\t\t", 5)]
        let result = kept(body, [row(1, "1、资金来源", "8488.17"), row(5, "2、资金结构", "611.17")])
        XCTAssertEqual(result.rejected, [1])
        XCTAssertEqual(result.labels, ["2、资金结构"])
    }

    func testAPieceThatBeginsANameOrFollowsATotalLeavesTheRowAlone() {
        let body = [line("\t资金来源：(1)政府预算资金\t8488.17\t\t", 1), line("\t(2)财政专户管理资金", 2),
                    line("本年收入合计\t8488.17\t\t\t", 3), line("上年结转结余", 4)]
        let result = kept(body, [row(1, "资金来源：(1)政府预算资金", "8488.17"), row(3, "本年收入合计", "8488.17")])
        XCTAssertEqual(result.rejected, [])
    }

    func testAPieceOverARowWhoseNameBeginsNoneMakesItUncertainUnlessACodeNamesIt() {
        let body = [line("\t部门预算", 1), line("\t总额(万元)\t8488.17\t\t", 2),
                    line("\t单位", 3), line("\t资金\t12.00\t\t", 4), line("\t（三）其他", 5), line("301\t商品\t3.00\t\t", 6)]
        let result = kept(body, [row(2, "总额(万元)", "8488.17"), row(4, "一、资金", "12.00"), row(6, "商品", "3.00", code: ["301"])])
        XCTAssertEqual(result.rejected, [2])
        XCTAssertEqual(result.labels, ["一、资金", "商品"])
    }

    func testAFormsSentenceIsNoPieceAndAPieceOutsideTheRowsNameCellsIsNone() {
        let body = [line("积极探索长期护理保险\t针对年老，结合实际", 1), line("预算情况\t部门预算总额(万元)\t8488.17\t\t", 2),
                    line("产出指标\t重点工作\t推进\t时限", 3), line("\t履职目标\t100%\t\t\t", 4)]
        let result = kept(body, [row(2, "预算情况 部门预算总额(万元)", "8488.17"), row(4, "履职目标", "100%")])
        XCTAssertEqual(result.rejected, [])
    }

    /// A line of words printed with blank cells after them (a `|` row padded to the table's width)
    /// is a row whose values are blank, not a wrapped name's piece: the rows beside it keep their values.
    func testALinePrintedWithBlankCellsAfterItsWordsIsNoPiece() {
        let body = [line("公共安全支出\t\t\t\t", 1), line("社会保障和就业支出\t8.54\t8.54\t\t", 2), line("社会保险基金支出\t\t\t\t", 3),
                    line("合计\t8.54\t8.54\t\t", 4)]
        let result = kept(body, [row(2, "社会保障和就业支出", "8.54")])
        XCTAssertEqual(result.rejected, [])
        let printedShort = [line("公共安全支出", 1), line("社会保障和就业支出\t8.54\t8.54\t\t", 2), line("社会保险基金支出", 3),
                            line("合计\t8.54\t8.54\t\t", 4)]
        XCTAssertEqual(kept(printedShort, [row(2, "社会保障和就业支出", "8.54")]).rejected, [2])
    }

    /// A total's word alone under a piece (`收入` / `总计`) may be that piece's end: uncertain; a
    /// total named whole (`本年收入合计`) is not.
    func testABareTotalUnderAPieceIsUncertain() {
        let body = [line("资金\t91.00\t二、", 1), line("收入", 2), line("总计\t91.00\t三、", 3), line("结余", 4),
                    line("本年收入合计\t91.00\t三、", 5)]
        let result = kept(body, [row(1, "资金", "91.00"), row(3, "总计", "91.00"), row(5, "本年收入合计", "91.00")])
        XCTAssertEqual(result.rejected, [1, 3])
        XCTAssertEqual(result.labels, ["本年收入合计"])
    }
}

/// The rows read from short lines (values in order, or one run per side) meet the same check as
/// the full lines' rows: a dropped piece beside one makes its name uncertain.
final class ExtractDroppedNamePiecesShortRowsTests: XCTestCase {
    func testAShortRowBesideADroppedPieceHasItsValuesRejected() {
        let doc = FamilyFixture.extract(["部门收入预算表", "单位：万元", "项目\t预算数\t执行数",
                                         "一、上年结转\t100.00\t200.00", "资金来源\t50.00", "政府预算资金",
                                         "二、本年收入\t300.00\t400.00"])
        guard let section = doc.tables.first?.sections.first else { return XCTFail("no table") }
        XCTAssertEqual(section.rows.map(\.label), ["一、上年结转", "二、本年收入"])
        XCTAssertEqual(doc.rejects.filter { $0.text == "50.00" }.map(\.reason), [RejectReason.namePieceDropped.description])
    }

}
