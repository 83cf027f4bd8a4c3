import XCTest
@testable import BudgetETL

/// A word processor wraps a rate in a narrow cell after its number (`96.5` / `%`); with the row's
/// cells centred vertically, a two-line cell prints above and below the row's main line.
final class ExtractWrappedPercentSignsTests: XCTestCase {
    private func joined(_ lines: [String]) -> [[String]] {
        let prepared = lines.enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        }
        return WrappedPercentSigns.joined(prepared).map { $0.tokens.filter { !$0.isBlank }.map { "\($0.text)@\($0.line)" } }
    }

    func testSignUnderANumberOfTheMainLineCompletesIt() {
        XCTAssertEqual(joined([
            "101001 某某项目   12   12   100%  96.5  97.2  88.40",
            "       经费                     %     %",
        ]), [["101001@1", "某某项目@1", "12@1", "12@1", "100%@1", "96.5%@1", "97.2%@1", "88.40@1"], ["经费@2"]])
    }

    func testNumberAboveTheMainLineMovesDownToItsRow() {
        // 96.5 and 100 are the upper halves of two-line cells, their signs two lines down; the
        // main line between holds the row's one-line cells and nothing over those signs.
        XCTAssertEqual(joined([
            "       某某办公                   96.5              100",
            "101002        8    7.5 93.75%       98%   44%         87.10",
            "       费项目                    %                 %",
        ]), [["某某办公@1"], ["101002@2", "8@2", "7.5@2", "93.75%@2", "96.5%@1", "98%@2", "44%@2", "100%@1", "87.10@2"], ["费项目@3"]])
    }

    func testSignUnderTwoNumbersOrUnderTextStaysAsPrinted() {
        XCTAssertEqual(joined(["101003        5 6       77", "       某某      %"])[1], ["某某@2", "%@2"])
        // A name on the main line stands over the sign: the number two lines up is no rate of it.
        XCTAssertEqual(joined(["          40", "101006 某某某某某某 5", "          %"]),
                       [["40@1"], ["101006@2", "某某某某某某@2", "5@2"], ["%@3"]])
    }

    func testARateWithItsSignEndingBesideTheSignTakesNoSecondOne() {
        // 98.8% ends right where the second sign starts (cells set closer than a word processor
        // prints them): it is no rate waiting for a sign, so the 100 two lines up takes it.
        XCTAssertEqual(joined([
            "                      97.7       100",
            "101004 某某  1.5  92%         98.8%  98.47",
            "                      %          %",
        ]), [["101004@2", "某某@2", "1.5@2", "92%@2", "97.7%@1", "98.8%@2", "100%@1", "98.47@2"]])
        // A sign between a rate with its own sign, ending just before it, and a number starting
        // just after it: the number takes it.
        XCTAssertEqual(joined([
            "101005 某某  16.9  100% 98.33  96%",
            "       某某某           %",
        ]), [["101005@1", "某某@1", "16.9@1", "100%@1", "98.33%@1", "96%@1"], ["某某某@2"]])
    }

    func testSignsReachingTwoPushedNumbersPairWithThemInOrder() {
        // Each number pushed one column past the one before: the second and third signs stand under
        // the end of one number and the start of the next; three signs, three numbers, in order.
        XCTAssertEqual(joined([
            "       某某某            80.87 98.5 97.4",
            "101007      2.3  1.86                 100%  97.18",
            "       某某             %    %    %",
        ]), [["某某某@1"], ["101007@2", "2.3@2", "1.86@2", "80.87%@1", "98.5%@1", "97.4%@1", "100%@2", "97.18@2"], ["某某@3"]])
        // One sign between two numbers: which one it is, not told; left as printed.
        XCTAssertEqual(joined(["          5.5 6.5", "101008                   1", "             %"]).last, ["%@3"])
    }
}
