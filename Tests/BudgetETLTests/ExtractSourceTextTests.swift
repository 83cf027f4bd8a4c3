import XCTest
import Foundation
import CoreFoundation
@testable import BudgetETL

/// Layer 1: bytes → lines. UTF-8 with or without BOM, GB18030 fallback, CRLF/CR/LF, form feeds.
final class ExtractSourceTextTests: XCTestCase {
    static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(
        CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    private func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }
    private func gb(_ s: String) throws -> [UInt8] {
        [UInt8](try XCTUnwrap(s.data(using: Self.gb18030), "GB18030 encoding of \(s)"))
    }

    private let sample = "2023年度部门决算\n收入支出决算总表\n单位：万元\n项目\t行次\t金额\n一、一般公共预算财政拨款收入\t1\t100.00\n"
    private let sampleLines = ["2023年度部门决算", "收入支出决算总表", "单位：万元", "项目\t行次\t金额",
                               "一、一般公共预算财政拨款收入\t1\t100.00"]

    func testUTF8WithAndWithoutBOM() {
        XCTAssertEqual(SourceText(bytes: utf8(sample)).lines, sampleLines)
        XCTAssertEqual(SourceText(bytes: [0xEF, 0xBB, 0xBF] + utf8(sample)).lines, sampleLines)
        XCTAssertEqual(SourceText(bytes: [0xEF, 0xBB, 0xBF] + utf8("合计")).lines.first?.unicodeScalars.first, "合")
    }

    func testGB18030DecodesToTheSameLines() throws {
        let bytes = try gb(sample)
        XCTAssertNotEqual(bytes, utf8(sample), "the GB18030 bytes differ from UTF-8")
        XCTAssertNil(String(validating: bytes, as: UTF8.self), "the GB18030 bytes are not valid UTF-8")
        XCTAssertEqual(SourceText(bytes: bytes).lines, sampleLines)
        XCTAssertEqual(SourceText(bytes: try gb("一般公共预算财政拨款“三公”经费支出决算表\r\n单位：元\r\n")).lines,
                       ["一般公共预算财政拨款“三公”经费支出决算表", "单位：元"])
    }

    func testLineEnds() {
        XCTAssertEqual(SourceText(bytes: utf8("a\r\nb\rc\nd")).lines, ["a", "b", "c", "d"])
        XCTAssertEqual(SourceText(bytes: utf8("a\r\n\r\nb")).lines, ["a", "", "b"])
        XCTAssertEqual(SourceText(bytes: utf8("a\n\nb\n")).lines, ["a", "", "b"])
        XCTAssertEqual(SourceText(bytes: utf8("a\r\r\nb")).lines, ["a", "", "b"])
        XCTAssertEqual(SourceText(bytes: utf8("a\n")).lines, ["a"])
        XCTAssertEqual(SourceText(bytes: utf8("\na")).lines, ["", "a"])
        XCTAssertEqual(SourceText(bytes: []).lines, [])
    }

    func testFormFeedsAreNotContent() {
        XCTAssertEqual(SourceText(bytes: utf8("第一页\n\u{0C}第二页\n")).lines, ["第一页", "第二页"])
        XCTAssertEqual(SourceText(bytes: utf8("a\u{0C}\nb\n\u{0C}")).lines, ["a", "b"])
        XCTAssertEqual(SourceText(bytes: utf8("a\r\n\u{0C}b")).lines, ["a", "b"])
    }

    func testLineNumbersAreIndexesPlusOne() {
        // a blank line keeps its place so later line numbers match the file
        let lines = SourceText(bytes: utf8("标题\n\n合计 1.00")).lines
        XCTAssertEqual(lines.count, 3)
        XCTAssertEqual(lines[2], "合计 1.00")
    }

    func testTabsAndSpacesKept() {
        XCTAssertEqual(SourceText(bytes: utf8("合计\t\t1.00  \n")).lines, ["合计\t\t1.00  "])
    }

    func testInvalidInBothDecodesLossily() {
        // 0xFF is neither UTF-8 nor a GB18030 lead byte.
        let lines = SourceText(bytes: [0x41, 0xFF, 0x42]).lines
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].hasPrefix("A"))
        XCTAssertTrue(lines[0].hasSuffix("B"))
    }

    func testInitFromLines() {
        XCTAssertEqual(SourceText(lines: ["a", "b"]).lines, ["a", "b"])
    }

    /// A browser's and a spreadsheet's page headers and footers (digits changing from page to page)
    /// are blanked at the pages' edges; a title, marker or unit line at a page top stays, and so
    /// does a line that is not at an edge.
    func testRunningHeadersAndFootersAtPageEdgesAreBlanked() {
        let text = [
            "11/26/26, 6:25 PM        某某局", "表1 收入支出总表", "单位：万元", "合计 10.00", "file:///doc.html   1/3",
            "\u{0C}11/26/26, 6:25 PM        某某局", "合计 20.00", "Page 2", "file:///doc.html   2/3",
            "\u{0C}11/26/26, 6:25 PM        某某局", "表2 支出总表", "Page 2", "file:///doc.html   3/3",
        ].joined(separator: "\n")
        let lines = SourceText(bytes: Array(text.utf8)).lines
        XCTAssertEqual(lines, ["", "表1 收入支出总表", "单位：万元", "合计 10.00", "",
                               "", "合计 20.00", "Page 2", "",
                               "", "表2 支出总表", "Page 2", ""])
    }

    /// A spreadsheet's `Page N` footer at the foot of most pages, printed on one page a line above
    /// the page's last line (the bottom of a row cut by the page), is that page's footer too.
    func testRunningFooterOneLineInFromThePageEdgeIsBlanked() {
        let text = [
            "Sheet1", "表1 支出表", "合计 10.00", "Page 1",
            "\u{0C}Sheet1", "项目 合计", "Page 2", "科目编码 合计",
            "\u{0C}Sheet1", "合计 20.00", "Page 3",
        ].joined(separator: "\n")
        XCTAssertEqual(SourceText(bytes: Array(text.utf8)).lines,
                       ["", "表1 支出表", "合计 10.00", "", "", "项目 合计", "", "科目编码 合计", "", "合计 20.00", ""])
    }

    /// A spreadsheet's page counter under its sheet name (`Sheet1` / `Page 3`) reaches the page's
    /// edge once the sheet name is blank: it is furniture too. A header printed under the running
    /// line on every page, the same each time (`项目 2023年`), counts nothing: it stays.
    func testPageCounterUnderARunningLineIsBlanked() {
        let counted = [
            "Sheet1", "Page 1", "表1 支出表", "合计 10.00",
            "\u{0C}Sheet1", "Page 2", "甲 20.00",
            "\u{0C}Sheet1", "Page 3", "乙 30.00",
        ].joined(separator: "\n")
        XCTAssertEqual(SourceText(bytes: Array(counted.utf8)).lines,
                       ["", "", "表1 支出表", "合计 10.00", "", "", "甲 20.00", "", "", "乙 30.00"])
        let repeated = [
            "Sheet1", "项目 2023年", "甲 10.00",
            "\u{0C}Sheet1", "项目 2023年", "乙 20.00",
            "\u{0C}Sheet1", "项目 2023年", "丙 30.00",
        ].joined(separator: "\n")
        XCTAssertEqual(SourceText(bytes: Array(repeated.utf8)).lines,
                       ["", "项目 2023年", "甲 10.00", "", "项目 2023年", "乙 20.00", "", "项目 2023年", "丙 30.00"])
    }

    /// Without page breaks nothing is taken for furniture; two pages whose edges differ keep them.
    func testNoPageBreaksOrDifferentEdgesKeepEveryLine() {
        XCTAssertEqual(SourceText(bytes: Array("Sheet1\n合计 1.00\nSheet1".utf8)).lines, ["Sheet1", "合计 1.00", "Sheet1"])
        XCTAssertEqual(SourceText(bytes: Array("A1 合计 1.00\n\u{0C}B2 合计 2.00".utf8)).lines, ["A1 合计 1.00", "B2 合计 2.00"])
    }

    /// A number alone at the end of pages counts them when two share their difference to the page's
    /// index, or when the next page starts with a running header; a lone value ending one page stays.
    func testPageNumbersAtPageEdges() {
        let counted = SourceText(bytes: Array("合计 1.00\n- 1 -\n\u{0C}合计 2.00\n- 2 -\n\u{0C}合计 3.00".utf8)).lines
        XCTAssertEqual(counted, ["合计 1.00", "", "合计 2.00", "", "合计 3.00"])
        let lone = SourceText(bytes: Array("合计\n7\n\u{0C}支出 2.00".utf8)).lines
        XCTAssertEqual(lone, ["合计", "7", "支出 2.00"])
    }
}
