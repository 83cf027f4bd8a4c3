import XCTest
@testable import BudgetETL

final class LoadCSVBufferTests: XCTestCase {
    private func text(_ csv: CSVBuffer) -> String { String(decoding: csv.bytes, as: UTF8.self) }

    func testPlainFieldsAreNotQuoted() {
        var csv = CSVBuffer(byteOrderMark: false)
        csv.appendRow(["a", "收入决算表", "8424800.00", ""])
        XCTAssertEqual(text(csv), "a,收入决算表,8424800.00,\n")
    }

    func testFieldsWithCommaQuoteCROrLFAreQuotedAndQuotesDoubled() {
        var csv = CSVBuffer(byteOrderMark: false)
        csv.appendRow(["1,2", "say \"hi\"", "two\nlines", "cr\rhere", "crlf\r\n", "\""])
        XCTAssertEqual(text(csv), "\"1,2\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\"crlf\r\n\",\"\"\"\"\n")
    }

    func testLeadingSpacesAndOtherPunctuationAreKeptAsIs() {
        var csv = CSVBuffer(byteOrderMark: false)
        csv.appendRow([" 合计 ", "“三公”经费", "a;b\tc"])
        XCTAssertEqual(text(csv), " 合计 ,“三公”经费,a;b\tc\n")
    }

    func testIntegersAndNilFields() {
        var csv = CSVBuffer(byteOrderMark: false)
        csv.append(42)
        csv.append(nil as Int?)
        csv.append(-7)
        csv.append(nil as String?)
        csv.endRow()
        XCTAssertEqual(text(csv), "42,,-7,\n")
    }

    func testByteOrderMarkComesFirstOnce() {
        var csv = CSVBuffer(byteOrderMark: true)
        csv.appendRow(["a"])
        csv.appendRow(["b"])
        XCTAssertEqual(Array(csv.bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: csv.bytes.dropFirst(3), as: UTF8.self), "a\nb\n")
    }

    func testEmptyRowIsJustALineEnd() {
        var csv = CSVBuffer(byteOrderMark: false)
        csv.endRow()
        csv.appendRow(["x", "y"])
        XCTAssertEqual(text(csv), "\nx,y\n")
    }

    /// Short texts are stored inside the String, long ones in a buffer: both are scanned by bytes.
    func testShortAndLongTextsAreQuotedAlike() {
        let long = String(repeating: "基本支出", count: 8) + ",\"" + String(repeating: "x", count: 30)
        var csv = CSVBuffer(byteOrderMark: false)
        csv.appendRow(["a,b", long, String(long.dropFirst(4)), String(repeating: "项", count: 20)])
        let quoted = String(repeating: "基本支出", count: 8) + ",\"\"" + String(repeating: "x", count: 30)
        XCTAssertEqual(text(csv), "\"a,b\",\"\(quoted)\",\"\(quoted.dropFirst(4))\",\(String(repeating: "项", count: 20))\n")
    }
}
