import XCTest
@testable import BudgetETL

/// Numbers written straight into the output bytes read as their `description` always did, and
/// CSV integers as `String(_:)` writes them.
final class ExactDecimalTextTests: XCTestCase {
    /// The text as written before: digits, zeros up to one before the point, the point.
    private static func reference(_ value: ExactDecimal) -> String {
        var digits = Array(String(value.mantissa.magnitude).reversed())
        while digits.count <= value.scale { digits.append("0") }
        var out = value.mantissa < 0 ? "-" : ""
        for i in stride(from: digits.count - 1, through: 0, by: -1) {
            if i == value.scale - 1 { out.append(".") }
            out.append(digits[i])
        }
        return out
    }

    func testTextEqualsTheReference() {
        var generator = SystemRandomNumberGenerator()
        var values = [Int64.min, Int64.max, -1, 0, 1, 10, 100, 5, -5, 123_456_789]
        for _ in 0..<2000 { values.append(Int64.random(in: Int64.min...Int64.max, using: &generator) >> Int64.random(in: 0...62)) }
        for mantissa in values {
            for scale in [0, 1, 2, 3, 4, 9, 18, 19, 25] {
                let value = ExactDecimal(mantissa: mantissa, scale: scale)
                XCTAssertEqual(value.description, Self.reference(value), "\(mantissa) \(scale)")
            }
        }
        XCTAssertEqual(ExactDecimal(mantissa: -50, scale: 2).description, "-0.50")
        XCTAssertEqual(ExactDecimal(mantissa: 842_480_000, scale: 2).description, "8424800.00")
    }

    func testCSVNumbers() {
        var csv = CSVBuffer(byteOrderMark: false)
        csv.append(Int.min)
        csv.append(0)
        csv.append(-7)
        csv.append(ExactDecimal(mantissa: -5, scale: 3))
        csv.append(Optional<ExactDecimal>.none)
        csv.append(FieldValue.decimal(ExactDecimal(mantissa: 12, scale: 1)))
        csv.endRow()
        XCTAssertEqual(String(decoding: csv.bytes, as: UTF8.self), "\(Int.min),0,-7,-0.005,,1.2\n")
    }
}
