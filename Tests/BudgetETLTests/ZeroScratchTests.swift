import XCTest
@testable import BudgetETL

final class ZeroScratchTests: XCTestCase {
    func testScratch() {
        let lines = [
            "                                        比上年增、减情况",
            "     项目       2023 年预算数 2024 年预算数",
            "                                    增、减金额 增、减幅度",
        ]
        let header = lines.enumerated().map { n, text in TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true) }
        for l in header { print("TOK", l.tokens.map { "\($0.text)@\($0.column)-\($0.end)" }) }
        let h = AlignedHeader(header: header)
        for s in h.sections { print("SEC", s.name, s.leaves.map { $0.path.joined(separator: "/") }) }
    }
}
