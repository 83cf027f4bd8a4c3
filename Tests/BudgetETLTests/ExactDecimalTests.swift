import XCTest
@testable import BudgetETL

final class ExactDecimalTests: XCTestCase {
    private func p(_ s: String) -> ExactDecimal? { ExactDecimal.parse(s) }
    private func text(_ s: String) -> String? { ExactDecimal.parse(s)?.description }

    func testFactsCommaCase() {
        // FACTS.md: Decimal(string: "131,792.35") gives 131. Ours reads the whole number.
        XCTAssertEqual(p("131,792.35"), ExactDecimal(mantissa: 13_179_235, scale: 2))
        XCTAssertEqual(text("131,792.35"), "131792.35")
    }

    func testAcceptedForms() {
        XCTAssertEqual(text("0"), "0")
        XCTAssertEqual(text("3"), "3")
        XCTAssertEqual(text("842.48"), "842.48")
        XCTAssertEqual(text("1,234,567.89"), "1234567.89")
        XCTAssertEqual(text("12,345"), "12345")
        XCTAssertEqual(text("１３１，７９２．３５"), "131792.35")
        XCTAssertEqual(text("1，234．50"), "1234.50")
        XCTAssertEqual(text("-0.50"), "-0.50")
        XCTAssertEqual(text("−12"), "-12")        // U+2212
        XCTAssertEqual(text("－1,234.5"), "-1234.5") // U+FF0D
        XCTAssertEqual(text("+5"), "5")
        XCTAssertEqual(text("(12.30)"), "-12.30")
        XCTAssertEqual(text("（12.30）"), "-12.30")
        XCTAssertEqual(text("(1,234.00)"), "-1234.00")
        XCTAssertEqual(text("（12)"), "-12")        // mixed widths: still one pair
        XCTAssertEqual(text("  3 "), "3")
        XCTAssertEqual(text("\t7\n"), "7")
        XCTAssertEqual(text("\u{3000}7\u{00A0}"), "7")
        XCTAssertEqual(text(".5"), "0.5")
        XCTAssertEqual(text("007"), "7")
        XCTAssertEqual(text("0.00"), "0.00")
        XCTAssertEqual(text("-0.00"), "0.00")
    }

    func testSubstring() {
        let s = "x131,792.35y"
        let sub = s.dropFirst().dropLast()
        XCTAssertEqual(ExactDecimal.parse(sub)?.description, "131792.35")
    }

    func testRejected() {
        for bad in ["", "   ", "12.3.4", "1,2,3", "1.2e5", "1E5", "abc", "12a", "12.30万", "12.30元", "1,23",
                    "1,2345", "12,345,67", ",123", "1,,234", "123,", "1.234,5", "5.", ".", "-", "--5", "+-5",
                    "(-12)", "(12", "12)", "()", "1 234", "- 5", "12-", "12%", "0x1F", "NaN", "∞", "1.2.",
                    "(12.30", "1_000"] {
            XCTAssertNil(p(bad), "should reject \(bad.debugDescription)")
        }
    }

    func testRejectReasons() {
        XCTAssertEqual(ExactDecimal.parseResult(""), .failure(.empty))
        XCTAssertEqual(ExactDecimal.parseResult("12.3.4"), .failure(.badPoint))
        XCTAssertEqual(ExactDecimal.parseResult("1,2,3"), .failure(.badGrouping))
        XCTAssertEqual(ExactDecimal.parseResult("1.2e5"), .failure(.invalidCharacter))
        XCTAssertEqual(ExactDecimal.parseResult("12.30万"), .failure(.invalidCharacter))
        XCTAssertEqual(ExactDecimal.parseResult("(-1)"), .failure(.badSign))
        XCTAssertEqual(ExactDecimal.parseResult("-"), .failure(.noDigits))
        XCTAssertEqual(ExactDecimal.parseResult("99999999999999999999"), .failure(.overflow))
    }

    func testOverflowChecked() {
        XCTAssertEqual(p("9223372036854775807")?.mantissa, Int64.max)
        XCTAssertEqual(p("-9223372036854775808")?.mantissa, Int64.min)
        XCTAssertNil(p("9223372036854775808"))
        XCTAssertNil(p("-9223372036854775809"))
        XCTAssertNil(p("9,223,372,036,854,775,808"))
        XCTAssertNil(p("0.0000000000000000001"))           // 19 decimals
        XCTAssertEqual(p("0.000000000000000001")?.scale, 18)
    }

    func testDescription() {
        XCTAssertEqual(ExactDecimal(mantissa: 842_480_000, scale: 2).description, "8424800.00")
        XCTAssertEqual(ExactDecimal(mantissa: -50, scale: 2).description, "-0.50")
        XCTAssertEqual(ExactDecimal(mantissa: 3, scale: 0).description, "3")
        XCTAssertEqual(ExactDecimal(mantissa: 5, scale: 3).description, "0.005")
        XCTAssertEqual(ExactDecimal(mantissa: 0, scale: 2).description, "0.00")
        XCTAssertEqual(ExactDecimal(mantissa: Int64.min, scale: 0).description, "-9223372036854775808")
        XCTAssertEqual(ExactDecimal(mantissa: 10_000_000_000_000, scale: 0).description, "10000000000000")
    }

    func testAddSubtract() {
        XCTAssertEqual((p("1.5")! + p("2.25")!).description, "3.75")
        XCTAssertEqual((p("1.50")! - p("2")!).description, "-0.50")
        XCTAssertEqual((p("131,792.35")! + p("0.65")!).description, "131793.00")
        XCTAssertNil(ExactDecimal(mantissa: Int64.max, scale: 0).adding(ExactDecimal(1)))
        XCTAssertNil(ExactDecimal(mantissa: Int64.min, scale: 0).subtracting(ExactDecimal(1)))
        XCTAssertNil(ExactDecimal(mantissa: Int64.max, scale: 0).adding(ExactDecimal(mantissa: 1, scale: 2)))
        var sum = ExactDecimal.zero
        for _ in 0..<10 { sum += p("0.1")! }
        XCTAssertEqual(sum.description, "1.0")   // exact, unlike Double
        XCTAssertEqual((-p("2.50")!).description, "-2.50")
    }

    func testScaledByPowerOfTen() {
        XCTAssertEqual(p("842.48")!.scaled(byPowerOfTen: 4)?.description, "8424800.00")
        XCTAssertEqual(p("3")!.scaled(byPowerOfTen: 4)?.description, "30000")
        XCTAssertEqual(p("8424800.00")!.scaled(byPowerOfTen: -4)?.description, "842.480000")
        XCTAssertEqual(p("1")!.scaled(byPowerOfTen: 0)?.description, "1")
        XCTAssertNil(ExactDecimal(mantissa: Int64.max / 10, scale: 0).scaled(byPowerOfTen: 2))
        XCTAssertNil(ExactDecimal(mantissa: 1, scale: 15).scaled(byPowerOfTen: -4))
        XCTAssertEqual(ExactDecimal(mantissa: 0, scale: 2).scaled(byPowerOfTen: 30)?.description, "0.00")
    }

    func testRescaled() {
        XCTAssertEqual(p("2.3")!.rescaled(to: 3)?.description, "2.300")
        XCTAssertEqual(p("2.345")!.rescaled(to: 2)?.description, "2.35")   // half up
        XCTAssertEqual(p("-2.345")!.rescaled(to: 2)?.description, "-2.35")  // half away from zero
        XCTAssertEqual(p("2.344")!.rescaled(to: 2)?.description, "2.34")
        XCTAssertEqual(p("2.3449")!.rescaled(to: 2)?.description, "2.34")
        XCTAssertEqual(p("0.5")!.rescaled(to: 0)?.description, "1")
        XCTAssertEqual(p("-0.4")!.rescaled(to: 0)?.description, "0")
        XCTAssertEqual(p("2.340")!.rescaled(to: 2, rounding: .exact)?.description, "2.34")
        XCTAssertNil(p("2.345")!.rescaled(to: 2, rounding: .exact))
        XCTAssertNil(ExactDecimal(mantissa: Int64.max, scale: 0).rescaled(to: 1))
        XCTAssertEqual(p("842.480000")!.trimmingTrailingZeros(minimumScale: 2).description, "842.48")
        XCTAssertEqual(p("1.0000")!.trimmingTrailingZeros(minimumScale: 2).description, "1.00")
        XCTAssertEqual(p("1.2300")!.trimmingTrailingZeros().description, "1.23")
        XCTAssertEqual(p("100")!.trimmingTrailingZeros().description, "100")
    }

    func testComparisonIsNumeric() {
        XCTAssertEqual(p("3"), p("3.00"))
        XCTAssertEqual(p("3")!.hashValue, p("3.00")!.hashValue)
        XCTAssertEqual(p("0")!.hashValue, p("0.000")!.hashValue)
        XCTAssertNotEqual(p("3"), p("3.01"))
        XCTAssertLessThan(p("-1")!, p("0.5")!)
        XCTAssertLessThan(p("1.99")!, p("2")!)
        XCTAssertGreaterThan(p("-1.99")!, p("-2")!)
        XCTAssertEqual(Set([p("1.0")!, p("1")!, p("1.00")!]).count, 1)
        // Alignment that would overflow still compares correctly.
        let huge = ExactDecimal(mantissa: Int64.max, scale: 0)
        let small = ExactDecimal(mantissa: Int64.max, scale: 18)
        XCTAssertGreaterThan(huge, small)
        XCTAssertLessThan(-huge, -small)
        XCTAssertTrue(ExactDecimal(mantissa: 0, scale: 2).isZero)
        XCTAssertFalse(p("0.01")!.isZero)
        XCTAssertEqual([p("2")!, p("-1")!, p("1.5")!].sorted().map(\.description), ["-1", "1.5", "2"])
    }

    func testCodableAsText() throws {
        let v = p("8424800.00")!
        let data = try JSONEncoder().encode([v])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), "[\"8424800.00\"]")
        let back = try JSONDecoder().decode([ExactDecimal].self, from: data)
        XCTAssertEqual(back[0].description, "8424800.00")
        let keyed = try JSONDecoder().decode(ExactDecimal.self, from: Data("{\"mantissa\":-5,\"scale\":1}".utf8))
        XCTAssertEqual(keyed.description, "-0.5")
        XCTAssertThrowsError(try JSONDecoder().decode([ExactDecimal].self, from: Data("[\"131,79.2\"]".utf8)))
    }
}
