import XCTest
@testable import BudgetETL

/// Layer 2: a line → tokens with their texts, source line and character columns.
final class ExtractTokenizerTests: XCTestCase {
    private func t(_ text: String, _ line: Int, _ column: Int) -> Token { Token(text: text, line: line, column: column) }

    // MARK: tab separated

    func testTabCellsKeepBlanksAndColumns() {
        XCTAssertEqual(Tokenizer.tabTokens("项目\t\t100.00\t\t50.00", number: 7),
                       [t("项目", 7, 0), t("", 7, 3), t("100.00", 7, 4), t("", 7, 11), t("50.00", 7, 12)])
    }

    func testTabTrailingBlanksDropped() {
        XCTAssertEqual(Tokenizer.tabTokens("合计\t1.00\t\t\t", number: 2), [t("合计", 2, 0), t("1.00", 2, 3)])
        XCTAssertEqual(Tokenizer.tabTokens("\t\t", number: 1), [])
    }

    func testTabLeadingBlankKept() {
        XCTAssertEqual(Tokenizer.tabTokens("\t行政运行\t3.00", number: 4),
                       [t("", 4, 0), t("行政运行", 4, 1), t("3.00", 4, 6)])
    }

    func testTabCellsAreTrimmedButInnerSpacesStay() {
        let tokens = Tokenizer.tabTokens(" 208 社会保障和就业支出 \t 12.00 ", number: 3)
        XCTAssertEqual(tokens.map(\.text), ["208 社会保障和就业支出", "12.00"])
        XCTAssertEqual(tokens.map(\.line), [3, 3])
    }

    func testDispatchByTabPresence() {
        XCTAssertEqual(Tokenizer.tokens(of: "一般 公共\t1.00", number: 1).map(\.text), ["一般 公共", "1.00"])
        XCTAssertEqual(Tokenizer.tokens(of: "一般 公共 1.00", number: 1).map(\.text), ["一般", "公共", "1.00"])
    }

    // MARK: space separated

    func testSingleSpaceSeparates() {
        XCTAssertEqual(Tokenizer.spaceTokens("合计 100.00 60.00", number: 9),
                       [t("合计", 9, 0), t("100.00", 9, 3), t("60.00", 9, 10)])
    }

    func testRunOfNSpacesIsNMinusOneBlankCells() {
        // two spaces: one blank cell
        XCTAssertEqual(Tokenizer.spaceTokens("a  b", number: 1), [t("a", 1, 0), t("", 1, 2), t("b", 1, 3)])
        // four spaces: three blank cells
        XCTAssertEqual(Tokenizer.spaceTokens("合计    5.00", number: 1),
                       [t("合计", 1, 0), t("", 1, 3), t("", 1, 4), t("", 1, 5), t("5.00", 1, 6)])
    }

    func testSpaceTrailingBlanksDroppedLeadingKept() {
        XCTAssertEqual(Tokenizer.spaceTokens("合计 1.00   ", number: 1), [t("合计", 1, 0), t("1.00", 1, 3)])
        XCTAssertEqual(Tokenizer.spaceTokens(" 1.00", number: 1), [t("", 1, 0), t("1.00", 1, 1)])
        XCTAssertEqual(Tokenizer.spaceTokens("", number: 1), [])
        XCTAssertEqual(Tokenizer.spaceTokens("    ", number: 1), [])
    }

    func testFullWidthAndNoBreakSpacesSeparate() {
        XCTAssertEqual(Tokenizer.spaceTokens("合计\u{3000}1.00\u{A0}2.00", number: 5),
                       [t("合计", 5, 0), t("1.00", 5, 3), t("2.00", 5, 8)])
        XCTAssertEqual(Tokenizer.spaceTokens("合计\u{3000}\u{3000}2.00", number: 5),
                       [t("合计", 5, 0), t("", 5, 3), t("2.00", 5, 4)])
    }

    func testColumnsCountCharactersNotBytes() {
        // CJK characters are one column each.
        let tokens = Tokenizer.spaceTokens("一般公共服务支出 201 1.00", number: 1)
        XCTAssertEqual(tokens.map(\.column), [0, 9, 13])
    }

    // MARK: token kinds

    func testKinds() {
        let cases: [(String, TokenKind)] = [
            ("", .blank),
            ("1,234.56", .amount), ("12.5%", .amount), ("-3.00", .amount), ("(3.00)", .amount),
            ("１２．００", .amount), ("1,000", .amount),
            ("208", .integer), ("2080505", .integer), ("２０８", .integer), ("1", .integer),
            ("-", .placeholder), ("—", .placeholder), ("──", .placeholder), ("/", .placeholder), ("－", .placeholder),
            ("合计", .text), ("12.30万", .text), ("2080505机关", .text), (".", .text), ("一、", .text),
        ]
        for (text, kind) in cases { XCTAssertEqual(TokenKind.of(text), kind, text) }
        XCTAssertEqual(Token(text: "12.00", line: 1, column: 0).kind, .amount)
        XCTAssertTrue(Token(text: "", line: 1, column: 0).isBlank)
        XCTAssertTrue(TokenKind.integer.isNumeric)
        XCTAssertFalse(TokenKind.placeholder.isNumeric)
        XCTAssertTrue(TokenKind.placeholder.isValueLike)
        XCTAssertFalse(TokenKind.text.isValueLike)
    }
}
