import XCTest
@testable import BudgetETL

/// Made-up inputs from a review of the stream readers, each a way a value could land at a wrong
/// place or scale.
final class ExtractReviewGuardTests: XCTestCase {
    /// A bare 万 is money only after a money word in the same clause: a population is a count.
    func testBareWanCountsAsMoneyOnlyAfterAMoneyWord() {
        XCTAssertNil(StatedUnit.quoted(["服务人口1200万，覆盖全县。"], in: 0..<1, values: ["1200"]))
        XCTAssertNil(StatedUnit.quoted(["全县支出增长，服务人口1200万。"], in: 0..<1, values: ["1200"]))
        XCTAssertEqual(StatedUnit.quoted(["安排专项资金1200万，用于道路。"], in: 0..<1, values: ["1200"]), "万元")
        XCTAssertEqual(StatedUnit.quoted(["服务人口1200万，共1200万元。"], in: 0..<1, values: ["1200"]), "万元")
    }

    /// A re-cut of a stream whose values were taken for codes holds one name per row: two names
    /// before one amount cannot tell whose it is.
    func testRecutRowsHoldOneNameEach() {
        let line = "某县资金分配表 单位名称 分配金额(万元) 乐都区 819 平安区 905 民和县 互助县 120 化隆县 770"
        let region = TableRegion(key: nil, title: "某县资金分配表", titleIndex: 1, body: 2..<3, unitText: nil, statedEmpty: false)
        let table = TableLines(lines: ["通知", line, "监督电话"], region: region, titleLine: line)
        let reading = table.layout.reader(for: table).read()
        let rows = reading.sections.flatMap(\.rows).map { "\($0.label)=\($0.cells.map(\.text).joined(separator: ","))" }
        XCTAssertFalse(rows.contains("民和县 互助县=120"), "\(rows)")
        XCTAssertFalse(rows.contains { $0.hasPrefix("民和县") && $0.hasSuffix("120") }, "\(rows)")
    }

    func testRecutChunksHoldOneNameEach() {
        let tokens = "乐都区 819 平安区 905 民和县 互助县 1200 化隆县 77".split(separator: " ").enumerated().map {
            Token(text: String($1), line: $0 + 1, column: 0)
        }
        let cut = RowStreamReader.fullRowChunks(tokens, first: RowStreamReader.chunks(tokens))
        let rows = cut?.chunks.map { "\($0.labels.map(\.text).joined(separator: " "))=\($0.values.map(\.text).joined(separator: ","))" }
        XCTAssertEqual(rows, ["乐都区=819", "平安区=905", "民和县 互助县=", "化隆县=77"])
        XCTAssertEqual(cut?.unsure.map(\.text), ["1200"])
        // One name per row: the cut stands whole.
        let single = "乐都区 819 平安区 905 民和县 1200 化隆县 77".split(separator: " ").enumerated().map {
            Token(text: String($1), line: $0 + 1, column: 0)
        }
        let whole = RowStreamReader.fullRowChunks(single, first: RowStreamReader.chunks(single))
        XCTAssertEqual(whole?.chunks.map { $0.values.map(\.text) }, [["819"], ["905"], ["1200"], ["77"]])
        XCTAssertEqual(whole?.unsure.count, 0)
    }

    /// A total confirms a grouping only when every telling row adds up, two rows at least.
    func testGroupingNeedsEveryTellingRowToAdd() {
        func row(_ values: [Int64]) -> [ExactDecimal?] { values.map { ExactDecimal($0) } }
        XCTAssertFalse(StreamHeaderLevels.adds([row([3, 1, 2])], total: 0, parts: [1, 2]))
        XCTAssertFalse(StreamHeaderLevels.adds([row([3, 1, 2]), row([5, 2, 3]), row([4, 1, 1])], total: 0, parts: [1, 2]))
        XCTAssertTrue(StreamHeaderLevels.adds([row([3, 1, 2]), row([5, 2, 3]), row([0, 0, 0])], total: 0, parts: [1, 2]))
    }
}
