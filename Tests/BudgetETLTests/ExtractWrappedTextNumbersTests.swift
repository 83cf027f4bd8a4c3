import XCTest
@testable import BudgetETL

/// A number inside a form's text cell the converter wrapped: its cell goes on, on the next line,
/// with the number's sign or unit and more of a sentence. It is blanked and rejected, never read
/// as the value of the row beside it; a value whose next line is a value or a bare rate stays.
final class ExtractWrappedTextNumbersTests: XCTestCase {
    private func line(_ text: String, _ number: Int) -> TableLines.Line {
        TableLines.prepare(text, number: number, tab: true, mangled: false)
    }

    func testANumberWhoseCellGoesOnInASentenceIsCut() {
        let body = [line("\t目标1\t\t\t完成率", 1), line("\t草全市\t\t\t79.01", 2), line("\t险、生育\t\t\t%。", 3),
                    line("\t督管理\t\t\t5.31", 4), line("\t市医疗\t\t\t 万元,", 5)]
        let cut = WrappedTextNumbers.cut(body)
        XCTAssertEqual(cut.rejects, [ReaderReject(line: 2, text: "79.01", reason: .numberInWrappedText),
                                     ReaderReject(line: 4, text: "5.31", reason: .numberInWrappedText)])
        XCTAssertTrue(cut.body[1].tokens[4].isBlank)
        XCTAssertEqual(cut.body[1].tokens[1].text, "草全市")
    }

    func testANumberWrappedInTwoPiecesInsideASentenceIsCutWhole() {
        let body = [line("\t施。目标\t\t\t预算金额", 1), line("\t2: 监\t\t\t 108", 2), line("\t督管理全\t\t\t5.31", 3),
                    line("\t市医疗保\t\t\t 万元,", 4)]
        let cut = WrappedTextNumbers.cut(body)
        XCTAssertEqual(cut.rejects, [ReaderReject(line: 2, text: "108", reason: .numberInWrappedText),
                                     ReaderReject(line: 3, text: "5.31", reason: .numberInWrappedText)])
        XCTAssertTrue(cut.body[1].tokens[4].isBlank)
    }

    func testAValueOverAQuotedNumberStaysWithoutASentenceAbove() {
        let body = [line("一、收入\t12.00", 1), line("\t108", 2), line("\t5.31", 3), line("\t万元,已完成", 4)]
        let cut = WrappedTextNumbers.cut(body)
        XCTAssertEqual(cut.rejects, [ReaderReject(line: 3, text: "5.31", reason: .numberInWrappedText)])
        XCTAssertEqual(cut.body[1].tokens[1].text, "108")
    }

    func testValuesOverValuesOrABareRateStay() {
        let body = [line("一、收入\t12.00\t30", 1), line("二、支出\t5.00\t%", 2), line("三、结余\t7.00\t万元", 3),
                    line("四、其他\t1.00\t", 5), line("%。", 6)]
        let cut = WrappedTextNumbers.cut(body)
        XCTAssertEqual(cut.rejects, [])
        XCTAssertEqual(cut.body.map { $0.tokens.map(\.text) }, body.map { $0.tokens.map(\.text) })
    }
}
