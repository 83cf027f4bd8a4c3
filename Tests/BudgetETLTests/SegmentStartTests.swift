import Foundation
import XCTest
@testable import BudgetETL

/// `SegmentStart`: a phrase starting with a lazy negated class searched from segment starts only
/// finds exactly what ICU finds with the phrase as written.
final class SegmentStartTests: XCTestCase {
    private let phrases = [
        "(?<label>[^,:;。、()]+?)(?:\\(类\\)支出|支出\\(类\\))(?<amount>[0-9]+(?:\\.[0-9]+)?)(?<amountUnit>万元|元)",
        "(?<label>[^,:;。、()0-9]+?)支出(?<amount>[0-9]+)万元,占(?<rate>[0-9.]+)%",
        "(?<label>[^,:;。、()]+?)\\(项\\)[。.]?年初预算(?:数)?为?(?<budget>[0-9]+)元",
        "(?<label>[^。]+?)(?=支出)",
    ]

    func testOnlyPhrasesStartingWithALazyNegatedClassAreRewritten() {
        XCTAssertEqual(SegmentStart.searchPattern("(?<label>[^,:;。、()]+?)支出"),
                       "(?:(?<![^,:;。、()])|\\G)(?<label>[^,:;。、()]+?)支出")
        for kept in ["收入总计(?<amount>[0-9]+)", "[0-9]+、(?<label>[^,:;。、()]+?)支出", "(?<label>[^,]+)支出",
                     "(?<label>[^,]+?)支出\\k<label>", "(?<label>[^,]+?)(支出)\\1", "(?<label>[^\\],]+?)支出"] {
            XCTAssertEqual(SegmentStart.searchPattern(kept), kept)
        }
    }

    /// Every match (its range and every group's) over made-up texts, whole and from inside a
    /// segment, with matches that end inside a segment (the search resumes there), adjacent
    /// separators, and characters outside the BMP.
    func testSameMatchesAsThePhraseAsWritten() throws {
        let pieces = ["甲", "乙项", "支出", "(类)", "支出(类)", "(项)", "年初预算为", "12", "3.5", "万元", "元", ",",
                      "、", "。", "(", ")", "占", "40.5%", "𠀀", "a", ":"]
        var generator = SystemRandomNumberGenerator()
        var texts = ["甲(类)支出12万元乙(类)支出3.5元", "乙项支出12万元,占40.5%甲支出12万元,占40.5%",
                     "𠀀甲(项)年初预算为12元、(项)年初预算为3.5元", ",,(类)支出12万元。甲乙项支出(类)12元"]
        for _ in 0..<400 {
            texts.append((0..<Int.random(in: 1...24, using: &generator))
                .map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        var compared = 0
        for phrase in phrases {
            let written = try NSRegularExpression(pattern: phrase)
            let searched = try NSRegularExpression(pattern: SegmentStart.searchPattern(phrase))
            XCTAssertNotEqual(searched.pattern, written.pattern)
            for text in texts {
                let units = text.utf16.count
                for start in Set([0, units / 3, units / 2]) {
                    let range = NSRange(location: start, length: units - start)
                    let expected = written.matches(in: text, range: range).map { ranges($0) }
                    XCTAssertEqual(searched.matches(in: text, range: range).map { ranges($0) }, expected,
                                   "\(phrase) over \(text) from \(start)")
                    compared += expected.count
                }
            }
        }
        XCTAssertGreaterThan(compared, 100)   // the texts do hold matches
    }

    private func ranges(_ result: NSTextCheckingResult) -> [NSRange] {
        (0..<result.numberOfRanges).map { result.range(at: $0) }
    }
}
