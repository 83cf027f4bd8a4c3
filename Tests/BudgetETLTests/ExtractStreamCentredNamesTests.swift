import XCTest
@testable import BudgetETL

/// Row names of a single-space table centred on their number lines (`StreamCentredNames`).
final class ExtractStreamCentredNamesTests: XCTestCase {
    private func line(_ n: Int, _ text: String) -> TableLines.Line {
        var column = 0
        let tokens = text.split(separator: " ").map { word -> Token in
            defer { column += word.count + 1 }
            return Token(text: String(word), line: n, column: column)
        }
        return TableLines.Line(number: n, tokens: tokens, compact: text.replacingOccurrences(of: " ", with: ""))
    }

    func testPiecesShareOutAroundNamelessAndMiddleNumberLines() {
        let body = [line(1, "税收收入 100.5"), line(2, "非税收入中的专"), line(3, "-12.5"), line(4, "项收入"),
                    line(5, "调入资金项目"), line(6, "收入预算结转 30.2"), line(7, "结余"), line(8, "其他收入 4.1")]
        let joined = WrappedStreamNames.joined(body)
        XCTAssertEqual(joined.map { $0.tokens.map(\.text) }, [
            ["税收收入", "100.5"],
            // two pieces: one above and one under the name-less number line
            ["非税收入中的专项收入", "-12.5"],
            // three: the middle one on the number line
            ["调入资金项目收入预算结转结余", "30.2"],
            ["其他收入", "4.1"],
        ])
        XCTAssertEqual(joined.map(\.number), [1, 3, 6, 8])
        XCTAssertEqual(joined[1].compact, "非税收入中的专项收入-12.5")
        XCTAssertTrue(StreamCentredNames.unshared(body).isEmpty)
    }

    func testPiecesThatDoNotShareOutLeaveTheirRunsRowsUncertain() {
        // 其他收入 would take one piece above it and has none under it.
        let body = [line(1, "税收收入 100.5"), line(2, "非税收"), line(3, "-12.5"), line(4, "入"),
                    line(5, "专项"), line(6, "其他收入 4.1")]
        XCTAssertEqual(StreamCentredNames.unshared(body), [1, 3, 6])
        XCTAssertNil(StreamCentredNames.shares(StreamCentredNames.runs(body)[0], body))
        // A piece that starts a row ends no name above it.
        let listed = [line(1, "税收收入 100.5"), line(2, "非税收"), line(3, "-12.5"), line(4, "入"),
                      line(5, "专项"), line(6, "3.0"), line(7, "二、其他")]
        XCTAssertNil(StreamCentredNames.shares(StreamCentredNames.runs(listed)[0], listed))
        XCTAssertEqual(WrappedStreamNames.uncertainRows(WrappedStreamNames.joined(body), printed: body).intersection([1, 3, 6]), [1, 3, 6])
    }

    func testNoNamelessNumberLineBetweenPiecesLeavesTheOtherRulesToRead() {
        // Names wrapped downward from their number lines: no run of centred names.
        let body = [line(1, "一般公共预算拨 100.5"), line(2, "款收入"), line(3, "其他收入 4.1")]
        XCTAssertTrue(StreamCentredNames.runs(body).isEmpty)
        // A table with codes begins its rows there.
        let coded = [line(1, "201 一般公共服务 100.5"), line(2, "非税收入中的专"), line(3, "-12.5"), line(4, "项收入")]
        XCTAssertTrue(StreamCentredNames.runs(coded).isEmpty)
        // Cells in reading order, one a line: the piece under the value starts a row of its own.
        let cells = [line(1, "上年结转"), line(2, "14.54"), line(3, "十、卫生健康支出"), line(4, "21.53")]
        XCTAssertTrue(StreamCentredNames.runs(cells).isEmpty)
        XCTAssertEqual(WrappedStreamNames.joined(cells).count, 4)
        // Side by side, the pieces around a line may be the next side's name.
        let sides = [line(1, "一、税收 10.0 一、一般公共服务 8.0"), line(2, "二、非税收"), line(3, "2.0"), line(4, "入")]
        XCTAssertTrue(StreamCentredNames.runs(sides).isEmpty)
    }
}
