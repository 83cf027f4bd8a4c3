import XCTest
@testable import BudgetETL

/// Amounts a ruled-table converter cut at a grid line (`CutAmounts`): the digits left in the next
/// cell go back to the amount where that cell shows them to be a piece.
final class ExtractCutAmountsTests: XCTestCase {
    private func line(_ text: String, _ number: Int) -> TableLines.Line {
        TableLines.prepare(text, number: number, tab: true, mangled: false)
    }

    private func cells(_ texts: [String]) -> [[String]] {
        let body = texts.enumerated().map { line($1, $0 + 1) }
        let places = CutAmounts.printedPlaces(body) ?? 0
        return body.map { line in
            var tokens = line.tokens.map(\.text)
            for cut in CutAmounts.cuts(in: line, places: places) where cut.rest != nil {
                tokens[cut.amount] += cut.digits
                tokens[cut.piece] = cut.rest!
            }
            return tokens
        }
    }

    /// The cut digit before a space and the next cell's own amount: back to the amount.
    func testDigitsBeforeTheNextCellsValueGoBack() {
        XCTAssertEqual(cells(["合计\t842.4\t8 842.48\t0.00", "甲项\t10.00\t10.00\t0.00"]),
                       [["合计", "842.48", "842.48", "0.00"], ["甲项", "10.00", "10.00", "0.00"]])
        // Each cell taken as a piece is read with its rest for the next cut.
        XCTAssertEqual(cells(["甲项\t55.0\t0 55.0\t0 1.00", "乙项\t10.00\t10.00\t1.00"]).first,
                       ["甲项", "55.00", "55.00", "1.00"])
    }

    /// A later page on narrower columns cuts every amount it holds: the cut ones are most, the
    /// table's places still those its whole amounts print.
    func testPlacesAreThoseOfTheWholeAmounts() {
        let body = ["甲项\t120.00\t120.00", "乙项\t47.00\t47.00", "丙项\t55.0\t0 55.0\t0", "丁项\t60.0\t0 60.0\t0",
                    "戊项\t10.0\t0 10.0\t0"].enumerated().map { line($1, $0 + 1) }
        XCTAssertEqual(CutAmounts.printedPlaces(body), 2)
        XCTAssertEqual(CutAmounts.joined(body).body.dropFirst(2).map { $0.tokens.map(\.text) },
                       [["丙项", "55.00", "55.00", ""], ["丁项", "60.00", "60.00", ""], ["戊项", "10.00", "10.00", ""]])
    }

    /// A rate whose percent sign went into the next cell, before that cell's own rate.
    func testAPercentSignBeforeTheNextCellsRateGoesBack() {
        XCTAssertEqual(cells(["甲项\t96%\t100\t% 100%\t98.78", "乙项\t93%\t100%\t100%\t98.06"]).first,
                       ["甲项", "96%", "100%", "100%", "98.78"])
    }

    /// A table of one-decimal amounts cuts nothing: its amounts lack no digit.
    func testAmountsOfTheTablesOwnPlacesAreWhole() {
        let body = ["甲项\t5.5\t3 个", "乙项\t4.5\t2.5"].enumerated().map { line($1, $0 + 1) }
        XCTAssertEqual(CutAmounts.printedPlaces(body), 1)
        XCTAssertTrue(CutAmounts.cuts(in: body[0], places: 1).isEmpty)
    }

    private func read(_ body: [String]) -> [String] {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元"] + body)
        return doc.tables.first?.sections.flatMap(\.rows).map { row in
            "\(row.label) " + row.cells.map { "\($0.column)=\($0.text)" }.joined(separator: " ")
        } ?? []
    }

    /// Lone digits in a column of nothing but such pieces go back; the column left blank is no
    /// column of the table.
    func testAColumnOfLonePiecesGoesBack() {
        XCTAssertEqual(read([
            "项目\t合计\t\t基本支出\t",
            "合计\t130,701.8\t4\t130,701.84\t",
            "甲项\t120.00\t\t120.00\t",
            "乙项\t47.0\t0\t47.00\t",
        ]), ["合计 0=130,701.84 1=130,701.84", "甲项 0=120.00 1=120.00", "乙项 0=47.00 1=47.00"])
    }

    /// Lone digits in a column that holds counts elsewhere are that column's values.
    func testLoneDigitsInAColumnOfCountsStay() {
        let body = ["甲\t10.00\t12.5\t3", "乙\t20.00\t8.25\t15"].enumerated().map { line($1, $0 + 1) }
        XCTAssertEqual(CutAmounts.joined(body).body.map { $0.tokens.map(\.text) }, [["甲", "10.00", "12.5", "3"], ["乙", "20.00", "8.25", "15"]])
    }

    /// Where the table shows amounts cut for certain, a short amount before a lone number in a
    /// column that prints other cells too is a cut or two cells: neither is certain.
    func testALonePieceBesideOtherCellsIsRejectedWhereCutsAreShown() {
        let body = ["甲\t1,213.24\t79.0\t1 8.78", "乙\t1,081.03\t79.0\t3", "丙\t0.00\t\t0", "丁\t4.28\t73.\t6"]
            .enumerated().map { line($1, $0 + 1) }
        let read = CutAmounts.joined(body)
        XCTAssertEqual(read.body.map { $0.tokens.map(\.text) },
                       [["甲", "1,213.24", "79.01", "8.78"], ["乙", "1,081.03", "", ""], ["丙", "0.00", "", "0"], ["丁", "4.28", "", ""]])
        XCTAssertEqual(read.rejects.map(\.text), ["79.0", "3", "73.", "6"])
        XCTAssertTrue(read.rejects.allSatisfy { $0.reason == .amountCutUncertain })
    }
}
