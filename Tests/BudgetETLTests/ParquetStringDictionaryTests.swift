import XCTest
@testable import BudgetETL

final class ParquetStringDictionaryTests: XCTestCase {
    func testValuesAreNumberedInFirstSeenOrder() {
        var dictionary = StringDictionary()
        ["一般公共预算", "合计", "一般公共预算", "", "合计", ""].forEach { dictionary.append($0) }
        XCTAssertEqual(dictionary.values, ["一般公共预算", "合计", ""])
        XCTAssertEqual(dictionary.indices, [0, 1, 0, 2, 1, 2])
        XCTAssertEqual(dictionary.byteSize, (4 + 18) + (4 + 6) + 4)
    }

    /// The file stores bytes: canonically equivalent texts with different bytes are different values
    /// (one entry for both would write the first one's bytes for the second).
    func testCanonicallyEquivalentTextsWithDifferentBytesStayApart() {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        XCTAssertEqual(composed, decomposed)   // String's own equality
        var dictionary = StringDictionary()
        [composed, decomposed, composed].forEach { dictionary.append($0) }
        XCTAssertEqual(dictionary.values.map { Array($0.utf8) }, [Array(composed.utf8), Array(decomposed.utf8)])
        XCTAssertEqual(dictionary.indices, [0, 1, 0])
    }

    /// Runs of one value (the last value's fast path) and values seen before a run.
    func testRepeatedRunsKeepTheirNumbers() {
        var dictionary = StringDictionary()
        ["甲", "甲", "乙", "乙", "乙", "甲", "甲", "丙", "乙"].forEach { dictionary.append($0) }
        XCTAssertEqual(dictionary.values, ["甲", "乙", "丙"])
        XCTAssertEqual(dictionary.indices, [0, 0, 1, 1, 1, 0, 0, 2, 1])
        XCTAssertEqual(dictionary.byteSize, 3 * (4 + 3))
    }

    func testLongAndSharedTextsAreFoundAgain() {
        let long = String(repeating: "项目支出", count: 40)
        var dictionary = StringDictionary()
        [long, long + "x", Substring(long + "x").dropLast().description].forEach { dictionary.append($0) }
        XCTAssertEqual(dictionary.indices, [0, 1, 0])
    }

    func testBoundsAreInUnsignedByteOrder() {
        var dictionary = StringDictionary()
        XCTAssertNil(dictionary.byteOrderBounds)
        // "Z" < "a" < "é" (0xC3 0xA9) < "合" (0xE5 …) by bytes.
        ["a", "合", "Z", "é"].forEach { dictionary.append($0) }
        XCTAssertEqual(dictionary.byteOrderBounds?.min, "Z")
        XCTAssertEqual(dictionary.byteOrderBounds?.max, "合")
    }
}
