import Foundation
import XCTest
@testable import BudgetETL

/// Extraction round 12 (docs/performance.md): a title line read once per normalized text, so that
/// the same title printed with another year, marker or list number is not matched again. Each
/// answer is the reading of the line on its own, which the test keeps as its reference.
final class ExtractSpeedRound12Tests: XCTestCase {
    private let leads = ["", "", "## ", "- ", "1.", "三、", "三、 ", "(一)", "公开05表", "表三", "附表2：", "表3-1 ", "附件2 ", "7-1  ",
                         "2023年", "2024年度", "某某局", "某某县2019年", "某某中心", "  ", "\t"]
    private let words = ["部门收支预算表", "一般公共预算支出决算表", "财政拨款“三公”经费支出决算表", "三公经费支出情况", "资金分配情况",
                         "收入支出决算总表", "项目支出表", "部门", "收入", "支出", "预算", "经费", "表", "情况", " ", "\t", "，",
                         "12", "2022年", "(续)", "续表", "单位：万元", "(按功能分类)", "(2023年度)", "本表", "详见", "表五"]

    /// The reading of a line before: the catalog's match, else the title by its shape.
    private func reference(_ line: String, afterMarker: Bool, _ matcher: TitleMatcher) -> TitleMatcher.Match? {
        guard line.utf8.count <= 400, afterMarker || line.contains("表") || line.contains("经") else { return nil }
        if let known = matcher.match(line) { return TitleMatcher.Match(key: known.key, title: known.title) }
        return TitleMatcher.shapedTitle(line, afterMarker: afterMarker).map { TitleMatcher.Match(key: nil, title: $0) }
    }

    func testTitlesReadByTheirNormalizedTextAsByTheirLine() throws {
        let config = try PipelineConfigLoader.load(file: Self.repository.appendingPathComponent("pipeline.yaml"))
        let remembering = TitleMatcher(catalog: config.catalog), plain = TitleMatcher(catalog: config.catalog)
        var random = SplitMix64(seed: 12)
        var lines: [String] = []
        for _ in 0..<3_000 {
            let lead = leads.randomElement(using: &random)!
            let body = (0..<Int.random(in: 1...3, using: &random)).map { _ in words.randomElement(using: &random)! }.joined()
            lines.append(lead + body)
        }
        var titles = 0, kinds = 0
        // Each line twice and in both readings, so that remembered answers are asked of other lines.
        for line in lines + lines.shuffled(using: &random) {
            for afterMarker in [false, true] {
                let expected = reference(line, afterMarker: afterMarker, plain)
                XCTAssertEqual(remembering.title(line, afterMarker: afterMarker), expected, "\(line) \(afterMarker)")
                if expected != nil { titles += 1 }
                if expected?.key != nil { kinds += 1 }
            }
        }
        // The lines hold titles of both kinds and lines that are none.
        XCTAssertGreaterThan(titles, 1_000)
        XCTAssertGreaterThan(kinds, 300)
        XCTAssertLessThan(titles, 12_000)
        // A title with another year and marker is the same title; one after an agency keeps its reading.
        XCTAssertEqual(remembering.title("公开05表2023年部门收支预算表")?.title, remembering.title("2024年部门收支预算表")?.title)
        XCTAssertNil(remembering.title("三公经费支出情况"))
        XCTAssertEqual(remembering.title("三公经费支出情况", afterMarker: true)?.title, "三公经费支出情况")
        XCTAssertNil(remembering.title("三公 经费支出情况", afterMarker: true))
    }

    /// An agency's line ending in the unit, refused by its first scalar before the prefix tests:
    /// the same answers as the prefix tests give, a combining mark after the label's first
    /// ideograph included.
    func testAgencyAndUnitLineByItsFirstScalar() {
        XCTAssertTrue(UntitledGrid.isLaidOutUnitLine("编制单位：某某局          单位：万元", over: nil))
        XCTAssertTrue(UntitledGrid.isLaidOutUnitLine("  填报单位:某某中心 单位:元", over: nil))
        XCTAssertTrue(UntitledGrid.isLaidOutUnitLine("预算单位：某某局    单位：千元", over: nil))
        XCTAssertFalse(UntitledGrid.isLaidOutUnitLine("编\u{301}制单位：某某局          单位：万元", over: nil))
        XCTAssertFalse(UntitledGrid.isLaidOutUnitLine("预算收入：某某局    单位：千元", over: nil))
        XCTAssertFalse(UntitledGrid.isLaidOutUnitLine("项目名称：某某局    单位：万元", over: nil))
        XCTAssertFalse(UntitledGrid.isLaidOutUnitLine("编制单位：某某局\t单位：万元", over: nil))
    }

    /// A header row's pieces between two spaces, as `split(separator: "  ")` cuts them: runs of
    /// two, three and more spaces, a space with a combining mark, ideographic spaces, tabs.
    func testPiecesBetweenTwoSpacesAsSplit() {
        let pieces = [" ", "  ", "   ", "单位", "项目", "12.5", "\u{3000}", " \u{301}", "e\u{301}", "\t", "计量单位", "\r\n"]
        var random = SplitMix64(seed: 4)
        var cut = 0
        for _ in 0..<4_000 {
            let line = (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let expected = line.split(separator: "  ")
            XCTAssertEqual(UnitColumn.piecesBetweenTwoSpaces(line), expected, line.debugDescription)
            if expected.count > 1 { cut += 1 }
        }
        XCTAssertGreaterThan(cut, 1_000)
        XCTAssertEqual(UnitColumn.piecesBetweenTwoSpaces("项目   单位 \u{301} 数额"), ["项目", " 单位 \u{301} 数额"])
    }

    private static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
}
