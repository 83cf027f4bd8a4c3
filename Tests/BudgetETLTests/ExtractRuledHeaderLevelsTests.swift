import XCTest
@testable import BudgetETL

/// A ruled-table converter prints each header row on a line of its own: a line that is the level
/// under the line above keeps its words as names of their own (a caption over one column, a
/// caption over two columns at the line's end), and a one-page sheet's `Page 1` footer is no row's
/// name.
final class ExtractRuledHeaderLevelsTests: XCTestCase {
    private func section(_ lines: [String]) -> ExtractedSection? {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：元"] + lines)
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables.first?.sections.count, 1)
        return doc.tables.first?.sections.first
    }

    private func paths(_ lines: [String]) -> [String] { section(lines)?.columns.map(\.joined) ?? [] }

    /// 人员经费 over two columns makes the line under it its level: 公用经费, one column wide,
    /// is the caption over 商品和服务支出, not its wrapped top.
    func testACaptionOverOneColumnBesideAGroupIsNoWrappedWord() {
        XCTAssertEqual(paths([
            "项目\t合计\t人员经费\t\t公用经费\t项目支出",
            "\t\t工资福利支出\t对个人和家庭的补助\t商品和服务支出\t",
            "合计\t10.00\t4.00\t1.00\t2.00\t3.00",
        ]), ["合计", "人员经费 / 工资福利支出", "人员经费 / 对个人和家庭的补助", "公用经费 / 商品和服务支出", "项目支出"])
    }

    /// A word one column wide with the next line no level under it stays a wrapped cell.
    func testAOneColumnWordOverItsEndStaysWrapped() {
        XCTAssertEqual(paths([
            "项目\t资金\t政府预\t单位",
            "\t总额\t算资金\t资金",
            "合计\t10.00\t6.00\t4.00",
        ]), ["资金总额", "政府预算资金", "单位资金"])
    }

    /// A caption over the line's last two cells, printed once over both (blank after it): the
    /// line under it, all inside its span, is its row of columns, however its last word ends.
    func testACaptionOverTheLastTwoColumnsHeadsBoth() {
        XCTAssertEqual(paths([
            "项目\t上年数\t本年数\t本年比上年增减\t",
            "\t\t\t增减额\t增减率",
            "收入合计\t10.00\t12.00\t2.00\t20.00%",
        ]), ["上年数", "本年数", "本年比上年增减 / 增减额", "本年比上年增减 / 增减率"])
    }

    /// A cell wrapped at its index, with short cells of its header row printed lower beside it
    /// and outside its span: its line is no row of its columns.
    func testAWrappedCellsLineWithCellsOutsideItsSpanIsNoCaptionsRow() {
        let lines = ["\t本年支\t\t", "项目\t出合计\t上年数\t其他"].enumerated().map {
            TableLines.prepare($1, number: $0 + 1, tab: true, mangled: false)
        }
        XCTAssertFalse(WrappedGridCells.isCaptionsOwnRow(lines, 0, 1, width: 4))
        let captioned = ["项目\t上年数\t本年比上年增减\t", "\t\t增减额\t增减率"].enumerated().map {
            TableLines.prepare($1, number: $0 + 1, tab: true, mangled: false)
        }
        XCTAssertTrue(WrappedGridCells.isCaptionsOwnRow(captioned, 0, 1, width: 4))
    }

    /// A one-page sheet's footer after the last row is no piece of its name.
    func testAPageCounterAfterTheLastRowIsNoName() {
        let rows = section([
            "项目\t合计\t其他",
            "甲项\t1.00\t2.00",
            "乙项\t3.00\t4.00",
            "Page 1",
        ])?.rows.map(\.label)
        XCTAssertEqual(rows, ["甲项", "乙项"])
    }

    /// A form printed as parts, each a two-cell header (`项目 ⇥ 指标值`) under its caption line:
    /// each part is named by its caption.
    func testTwoCellHeadersUnderCaptionsStartNamedParts() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元", "年度主要任务", "项目\t主要内容", "部门预算总额\t100.00",
                                         "基本支出\t60.00", "一级指标", "项目\t指标值", "检查覆盖率\t100%"])
        let sections = doc.tables.flatMap(\.sections)
        XCTAssertEqual(sections.map(\.name), ["年度主要任务", "一级指标"])
        XCTAssertEqual(sections.map { $0.rows.map(\.label) }, [["部门预算总额", "基本支出"], ["检查覆盖率"]])
    }

    /// A table cut at the page's right edge: its last column's amount printed short (`1,10`), its
    /// header word maybe cut too (`特定目`): the column's numbers are rejected, with the reason.
    func testALastColumnCutAtThePageEdgeIsRejected() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元", "项目\t合计\t其他运转类\t特定目",
                                         "合计\t1,300.00\t200.00\t1,10", "甲项\t120.00\t\t120.00"])
        let rows = doc.tables.first?.sections.first.map { section in
            section.rows.map { "\($0.label) " + $0.cells.map { "\(section.columns[$0.column].joined)=\($0.text)" }.joined(separator: " ") }
        }
        XCTAssertEqual(rows, ["合计 合计=1,300.00 其他运转类=200.00", "甲项 合计=120.00"])
        XCTAssertTrue(doc.rejects.contains { $0.text == "120.00" && $0.reason == RejectReason.cutAtPageEdge.description })
        XCTAssertTrue(PageEdgeCuts.isCutAmount("130,47"))
        XCTAssertTrue(PageEdgeCuts.isCutAmount("-1,234,5"))
        XCTAssertFalse(PageEdgeCuts.isCutAmount("130,473"))
        XCTAssertFalse(PageEdgeCuts.isCutAmount("130,473.14"))
        XCTAssertFalse(PageEdgeCuts.isCutAmount("1234,47"))
    }

    /// A header broken over lines where its rows are not (a converter that drops blank cells prints
    /// no whole row to join it by): most rows print numbers past its last column, and none of
    /// their values has a certain column.
    func testAHeaderNarrowerThanMostRowsPlacesNoValue() {
        let doc = FamilyFixture.extract(["部门支出预算表", "单位：万元", "项目\t上年预算", "数\t本年预算", "数\t增减",
                                         "合计\t10.00\t12.00\t2.00", "甲项\t4.00\t5.00\t1.00"])
        XCTAssertEqual(doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells).count, 0)
        XCTAssertTrue(doc.rejects.contains { $0.text == "10.00" && $0.reason == RejectReason.headerNarrowerThanRows.description })
    }

    func testPageCountersAreToldFromWords() {
        XCTAssertTrue(TableLines.isPageCounter("Page 1"))
        XCTAssertTrue(TableLines.isPageCounter("  page 12 of 30"))
        XCTAssertFalse(TableLines.isPageCounter("Page one"))
        XCTAssertFalse(TableLines.isPageCounter("Page 1\t2.00"))
        XCTAssertFalse(TableLines.isPageCounter("Pages 1"))
        XCTAssertFalse(TableLines.isPageCounter("Page 1234"))
    }
}
