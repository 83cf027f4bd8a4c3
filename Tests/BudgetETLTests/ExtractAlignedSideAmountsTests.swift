import XCTest
@testable import BudgetETL

/// A two-sided column-aligned table without a code column: a whole amount of a code's length
/// (5 or 7 digits) printed one space before the other side's name is the first side's last
/// value, not a classification code opening the other side's row.
final class ExtractAlignedSideAmountsTests: XCTestCase {
    private let extractor = Extractor(catalog: Catalog(kinds: [
        TableKind(key: "balance", titlePatterns: ["一般公共预算收支决算平衡表"]),
    ]))

    private func rows(_ section: ExtractedSection) -> [String] {
        section.rows.map { row in "\(TextRepair.compact(row.label)) \(row.cells.map(\.text).joined(separator: " "))" }
    }

    func testWholeAmountBeforeTheOtherSidesNameIsTheFirstSidesValue() {
        let doc = extractor.extract(bytes: Array([
            "                一般公共预算收支决算平衡表",
            "单位：万元",
            "       项目    执行数      决算数            项目       执行数       决算数",
            "收入总计        1381129 1381612 支出总计          1381129 1381612",
            "一、税收收入    671163    671163   一、一般公共服务支出 935723     935721",
            "调入资金        92000    92000    结转下年        118583    115204",
        ].joined(separator: "\n").utf8), sourceFile: "t.txt", sha256: "")
        XCTAssertEqual(doc.tables.count, 1)
        let sections = doc.tables.first?.sections ?? []
        XCTAssertEqual(sections.count, 2)
        XCTAssertEqual(sections.first.map(rows), ["收入总计 1381129 1381612", "一、税收收入 671163 671163", "调入资金 92000 92000"])
        XCTAssertEqual(sections.last.map(rows), ["支出总计 1381129 1381612", "一、一般公共服务支出 935723 935721", "结转下年 118583 115204"])
        XCTAssertTrue(sections.flatMap(\.rows).allSatisfy { $0.codeParts.isEmpty })
    }
}
