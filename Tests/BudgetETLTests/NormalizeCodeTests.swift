import XCTest
@testable import BudgetETL

final class NormalizeCodeTests: XCTestCase {
    private func c(_ code: String) -> ClassificationCode { CodeClassifier.classify(code: code) }

    func testFunction() {
        XCTAssertEqual(c("2080505"), ClassificationCode(code: "2080505", scheme: .function, level: 3, parent: "20805"))
        XCTAssertEqual(c("20805"), ClassificationCode(code: "20805", scheme: .function, level: 2, parent: "208"))
        XCTAssertEqual(c("208"), ClassificationCode(code: "208", scheme: .function, level: 1, parent: nil))
        XCTAssertEqual(CodeClassifier.classify(parts: ["208", "05", "05"]),
                       ClassificationCode(code: "2080505", scheme: .function, level: 3, parent: "20805"))
        XCTAssertEqual(CodeClassifier.classify(parts: ["208", "05"])?.parent, "208")
        XCTAssertEqual(CodeClassifier.classify(parts: ["２０８", " 05"])?.code, "20805")
    }

    func testEconomic() {
        XCTAssertEqual(c("30101"), ClassificationCode(code: "30101", scheme: .economicDept, level: 2, parent: "301"))
        XCTAssertEqual(c("301"), ClassificationCode(code: "301", scheme: .economicDept, level: 1, parent: nil))
        XCTAssertEqual(c("313").scheme, .economicDept)
        XCTAssertEqual(c("399").scheme, .economicDept)
        XCTAssertEqual(c("39999"), ClassificationCode(code: "39999", scheme: .economicDept, level: 2, parent: "399"))
        XCTAssertEqual(c("50101"), ClassificationCode(code: "50101", scheme: .economicGov, level: 2, parent: "501"))
        XCTAssertEqual(c("599"), ClassificationCode(code: "599", scheme: .economicGov, level: 1, parent: nil))
    }

    func testAgencyAndOthers() {
        XCTAssertEqual(c("313002"), ClassificationCode(code: "313002", scheme: .agency, level: nil, parent: nil))
        XCTAssertEqual(c("309201").scheme, .agency)
        XCTAssertEqual(c("110101210000000123456").scheme, .agency)   // 21-digit project code
        XCTAssertEqual(c("11010121T000000123456").scheme, .agency)
        XCTAssertEqual(c("320").scheme, CodeScheme.none)
        XCTAssertEqual(c("1").scheme, CodeScheme.none)
        XCTAssertEqual(c("2080").scheme, CodeScheme.none)
        XCTAssertEqual(c("40101").scheme, CodeScheme.none)
        XCTAssertEqual(c("20a").scheme, CodeScheme.none)
        XCTAssertEqual(c("20a").code, "20a")
        XCTAssertNil(CodeClassifier.classify(parts: []))
        XCTAssertNil(CodeClassifier.classify(parts: ["", " "]))
    }
}
