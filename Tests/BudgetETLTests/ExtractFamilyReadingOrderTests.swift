import XCTest
@testable import BudgetETL

/// Plain pdftotext (reading order): a row's cells on lines of their own, or joined where they sit
/// close, blank cells dropped. A value is placed only where its column is certain.
final class ExtractFamilyReadingOrderTests: XCTestCase {
    private func reasons(_ doc: ExtractedDocument) -> Set<String> { Set(doc.rejects.map(\.reason)) }

    func testRowWithNameAndEveryValueIsPlacedAndShortRowsAreRejected() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：元",
            "科目编码",
            "科目名称",
            "合计 基本支出 项目支出",
            "201 一般公共服务支出 300.00 100.00 200.00",
            "20103",
            "政府办公厅事务",
            "200.00",
            "200.00",
            "2010301 行政运行",
            "100.00",
            "100.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        // The short rows stay as names without values.
        XCTAssertEqual(doc.tables[0].sections.flatMap { FamilyFixture.rows($0) }, [
            "L6 201|一般公共服务支出 → 合计=300.00@6 基本支出=100.00@6 项目支出=200.00@6",
            "L7 20103|政府办公厅事务 → ",
            "L11 2010301|行政运行 → ",
        ])
        // The short rows' values (one per line, the blank cells dropped) are rejected, none placed:
        // gathered from lines of their own, they do not fill the row.
        XCTAssertEqual(doc.rejects.count, 4)
        XCTAssertEqual(reasons(doc), [RejectReason.valuesOffTheirRow.description])
    }

    func testHeaderWordsJoinedOverLinesPlaceNothing() {
        // 支出预算 heads the three columns below, or is the first line of 支出预算合计 wrapped:
        // with the cells off their lines the two cannot be told apart.
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：元",
            "科目编码",
            "科目名称",
            "支出预算",
            "合计",
            "基本支出",
            "项目支出",
            "201 一般公共服务支出 300.00 100.00 200.00",
            "20103",
            "政府办公厅事务",
            "200.00",
            "200.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) })
        XCTAssertEqual(doc.rejects.count, 5)
        // (The short row's values, gathered from lines of their own, are no row's for certain either.)
        XCTAssertEqual(reasons(doc), [RejectReason.headerCellsJoined.description, RejectReason.valuesOffTheirRow.description])
    }

    func testHeaderWordsResumingAmongRowsPlaceNothing() {
        // The header's first row (合计) was taken for the whole header; its second row stands
        // among the rows: each row's first value would be read as 合计 whatever column it is.
        let doc = FamilyFixture.extract([
            "部门支出决算表",
            "单位：元",
            "科目编码",
            "科目名称",
            "合计",
            "300.00",
            "本年支出合计 基本支出 项目支出",
            "201 一般公共服务支出",
            "300.00",
            "100.00",
            "200.00",
            "2010301 行政运行 100.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) })
        // 一般公共服务支出's values, carried over lines of their own, fail their row's proof first.
        XCTAssertEqual(reasons(doc), [RejectReason.headerResumed.description, RejectReason.valuesOffTheirRow.description])
        XCTAssertEqual(doc.rejects.count, 5)
    }

    func testSubtotalHeaderRowBelowFirstValuesPlacesNothing() {
        // The header's last row (小计 购置费 运行费, under 公务用车购置及运行费) stands after the
        // first values: read as rows, its group word would take the next values as a row's.
        let doc = FamilyFixture.extract([
            "部门三公经费预算表",
            "单位：万元",
            "合计 因公出国(境)费 公务接待费",
            "37.91 0 1.35",
            "公务用车购置及运行费",
            "小计 购置费 运行费",
            "36.56 15 21.56",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) })
        XCTAssertEqual(reasons(doc), [RejectReason.headerResumed.description])
    }

    func testSubtotalAloneBeforeHeaderWordsAmongRowsPlacesNothing() {
        // Side by side, the header's words one a line: 项目 合计 was taken for the whole header,
        // 一般公共预算 / 小计 / 其中:财政拨款 stand among the rows. 小计 followed by a word, not by
        // values, names a column: which column each value is under is not certain.
        let doc = FamilyFixture.extract([
            "部门收支预算表",
            "单位：万元",
            "项目",
            "金额",
            "项目",
            "合计",
            "120.00 一、本年支出",
            "一般公共预算",
            "小计",
            "其中:财政拨款",
            "120.00 120.00 120.00",
            "(一)一般公共预算拨款 120.00 (八)社会保障和就业支出 20.00",
            "20.00",
            "20.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) })
        XCTAssertEqual(reasons(doc), [RejectReason.headerResumed.description])
    }

    func testHeaderNamingNoColumnPlacesNothing() {
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：元",
            "科目编码",
            "201 一般公共服务支出",
            "300.00",
            "20103 政府办公厅事务",
            "200.00",
            "2010301 行政运行 100.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) })
        // Values carried over lines of their own after a named row fail its proof first.
        XCTAssertEqual(reasons(doc), [RejectReason.headerUnknown.description, RejectReason.valuesOffTheirRow.description])
    }

    func testReadingOrderIsToldByLoneValueLines() {
        func lines(_ texts: [String]) -> [TableLines.Line] {
            texts.enumerated().map { n, text in 
                TableLines.Line(number: n + 1, tokens: text.split(separator: " ").enumerated()
                    .map { Token(text: String($1), line: n + 1, column: $0) }, compact: text)
            }
        }
        XCTAssertTrue(StreamReadingOrder.isReadingOrder(lines(["201 一般公共服务支出", "300.00", "100.00", "20103 事务 200.00 200.00"])))
        XCTAssertFalse(StreamReadingOrder.isReadingOrder(lines(["201 一般公共服务支出 300.00 100.00", "20103 事务 200.00 200.00", "300.00"])))
    }

    func testSidesOfSeveralColumnsInReadingOrderPlaceNothing() {
        // 收入 and 支出 side by side, each with two value columns: a run of values on lines of their
        // own may be either side's.
        let doc = FamilyFixture.extract([
            "部门收支预算总表",
            "单位：元",
            "收入 支出",
            "项目 合计 一般公共预算 项目 合计 一般公共预算",
            "一、财政拨款 300.00",
            "300.00",
            "一、一般公共服务支出 300.00",
            "300.00",
            "收入总计",
            "300.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertTrue(doc.tables[0].sections.allSatisfy { $0.rows.allSatisfy(\.cells.isEmpty) })
        // (The last line's numbers under a name alone: their row is unknown too, `lastLineAfterName`.)
        XCTAssertEqual(reasons(doc), [RejectReason.sectionUnknown.description, RejectReason.rowNameUnknown.description])
    }
}
