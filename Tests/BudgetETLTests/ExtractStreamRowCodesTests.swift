import XCTest
@testable import BudgetETL

/// Reading order (pdftotext -raw, plain pdftotext): rows rebuilt from codes and names, values
/// placed by the header's column count only where that count is certain.
final class ExtractStreamRowCodesTests: XCTestCase {
    func testCodeLongerThanAnyAmountIsTheRowsCode() {
        // A project's code of 21 digits before its name, on the name's line or alone above it:
        // no amount has that many digits, so it is the row's code, not a value of the row before.
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "项目编码 项目名称 资金总额 财政拨款",
            "900.00 900.00",
            "730100250000000001234 道路养护补助 600.00 600.00",
            "730100250000000005678",
            "设备购置经费",
            "300.00 300.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables.first.map { $0.sections.flatMap { FamilyFixture.rows($0) } }, [
            "L4 | → 资金总额=900.00@4 财政拨款=900.00@4",
            "L5 730100250000000001234|道路养护补助 → 资金总额=600.00@5 财政拨款=600.00@5",
            "L6 730100250000000005678|设备购置经费 → 资金总额=300.00@8 财政拨款=300.00@8",
        ])
        XCTAssertTrue(doc.rejects.isEmpty, "\(doc.rejects)")
    }

    func testLoneLongerRowDoesNotSetTheWidthWhereMostRowsAgree() {
        // One cell per line: the header's words read flat make four columns, but every full row
        // holds three values and 合计 = 人员经费 + 公用经费: the top word heads the three. The
        // short row's missing value was printed after the last row, which then holds four.
        let doc = FamilyFixture.extract([
            "部门支出预算表", "单位：元",
            "科目编码", "科目名称", "基本支出", "合计", "人员经费", "公用经费",
            "301", "工资福利支出", "500", "500", "0",
            "30101", "基本工资", "300",
            "30102", "津贴补贴", "200", "200", "0",
            "302", "商品和服务支出", "80", "0", "80",
            "合计", "580", "500", "80", "300",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(doc.tables.first.map { $0.sections.flatMap { FamilyFixture.rows($0) } }, [
            "L9 301|工资福利支出 → 基本支出 / 合计=500@11 基本支出 / 人员经费=500@12 基本支出 / 公用经费=0@13",
            "L14 30101|基本工资 → ",
            "L17 30102|津贴补贴 → 基本支出 / 合计=200@19 基本支出 / 人员经费=200@20 基本支出 / 公用经费=0@21",
            "L22 302|商品和服务支出 → 基本支出 / 合计=80@24 基本支出 / 人员经费=0@25 基本支出 / 公用经费=80@26",
            "L27 |合计 → ",
        ])
        // The short row's one value and the last row's four are rejected, none placed.
        XCTAssertEqual(doc.rejects.map(\.text), ["300", "580", "500", "80", "300"])
        XCTAssertEqual(doc.rejects.last?.reason, RejectReason.moreValuesThanColumns.description)
    }

    func testHeaderWordOverTheLastOnALineAboveHeadsIt() {
        // Content-stream order: 本年拨款 spans 一般公共预算 below it and stands on a line of its own
        // above it; every row holds two values, so the header's three words make two columns.
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "科目编码 科目名称 合计",
            "本年拨款",
            "一般公共预算",
            "合计 30.00 30.00",
            "301 工资福利支出 20.00 20.00",
            "302 商品和服务支出 10.00 10.00",
        ])
        XCTAssertEqual(doc.tables.first.map { $0.sections.flatMap { FamilyFixture.rows($0) } }, [
            "L6 |合计 → 合计=30.00@6 本年拨款 / 一般公共预算=30.00@6",
            "L7 301|工资福利支出 → 合计=20.00@7 本年拨款 / 一般公共预算=20.00@7",
            "L8 302|商品和服务支出 → 合计=10.00@8 本年拨款 / 一般公共预算=10.00@8",
        ])
    }

    func testHeaderWordsOfOneLineAreSiblingsNotParentAndChild() {
        // 一般公共预算 and 政府性基金预算 on one line are one header row: a column left blank in
        // every row, not a parent over its child; the two values per row stay unplaced.
        let doc = FamilyFixture.extract([
            "部门支出预算表",
            "单位：万元",
            "科目编码 科目名称 合计",
            "一般公共预算 政府性基金预算",
            "合计 30.00 30.00",
            "301 工资福利支出 20.00 20.00",
            "302 商品和服务支出 10.00 10.00",
        ])
        let columns = doc.tables.first?.sections.first?.columns.map(\.joined)
        XCTAssertEqual(columns, ["合计", "一般公共预算", "政府性基金预算"])
        XCTAssertTrue(doc.tables.first?.sections.first?.rows.allSatisfy { $0.cells.allSatisfy(\.guessed) } ?? false)
        // The same words on lines of their own, one above the other, make the tree.
        func line(_ number: Int, _ words: [String]) -> TableLines.Line {
            TableLines.Line(number: number, tokens: words.map { Token(text: $0, line: number, column: 0) }, compact: words.joined())
        }
        let paths = ["合计", "一般公共预算", "政府性基金预算"].map { HeaderPath([$0]) }
        XCTAssertNil(StreamHeader.parentOverLastWord(paths, header: [line(3, ["合计"]), line(4, ["一般公共预算", "政府性基金预算"])],
                                                     valueCounts: [2, 2, 2]))
        XCTAssertEqual(StreamHeader.parentOverLastWord(paths, header: [line(3, ["合计"]), line(4, ["一般公共预算"]), line(5, ["政府性基金预算"])],
                                                       valueCounts: [2, 2, 2])?.map(\.joined), ["合计", "一般公共预算 / 政府性基金预算"])
        // Not when a row holds as many values as the flat header has columns.
        XCTAssertNil(StreamHeader.parentOverLastWord(paths, header: [line(3, ["合计"]), line(4, ["一般公共预算"]), line(5, ["政府性基金预算"])],
                                                     valueCounts: [2, 3, 2]))
    }

    func testTopWordOverATotalAndItsPartsHeadsThemWhereEveryRowHoldsThem() {
        // Content-stream order, the header's cells one a line: read flat they make four columns,
        // but every row holds three values whose first is the sum of the other two: 基本支出 is
        // the top cell over 合计, 人员经费 and 公用经费.
        let doc = FamilyFixture.extract([
            "部门支出预算表", "单位：元",
            "科目编码", "科目名称", "基本支出", "合计", "人员经费", "公用经费",
            "301 工资福利支出 500 500 0",
            "302 商品和服务支出 80 0 80",
            "合计 580 500 80",
        ])
        XCTAssertEqual(doc.tables.first.map { $0.sections.flatMap { FamilyFixture.rows($0) } }, [
            "L9 301|工资福利支出 → 基本支出 / 合计=500@9 基本支出 / 人员经费=500@9 基本支出 / 公用经费=0@9",
            "L10 302|商品和服务支出 → 基本支出 / 合计=80@10 基本支出 / 人员经费=0@10 基本支出 / 公用经费=80@10",
            "L11 |合计 → 基本支出 / 合计=580@11 基本支出 / 人员经费=500@11 基本支出 / 公用经费=80@11",
        ])
        XCTAssertTrue(doc.tables.first?.sections.first?.rows.allSatisfy { $0.cells.allSatisfy { !$0.guessed } } ?? false)
    }

    func testTopWordOverATotalAndItsPartsWhereFullRowsAgreeAndOthersAreShort() {
        // Blank cells dropped: two full rows of three values, the sum of the last two in the
        // first, make the tree; the short rows are left to the table's sums under its columns.
        let doc = FamilyFixture.extract([
            "部门支出预算表", "单位：元",
            "科目编码", "科目名称", "基本支出", "合计", "人员经费", "公用经费",
            "301 工资福利支出 500 500",
            "30102 津贴补贴 200 200 0",
            "302 商品和服务支出 80 80",
            "合计 580 500 80",
        ])
        XCTAssertEqual(doc.tables.first?.sections.first?.columns.map(\.joined),
                       ["基本支出 / 合计", "基本支出 / 人员经费", "基本支出 / 公用经费"])
        XCTAssertEqual(doc.tables.first.map { $0.sections.flatMap { FamilyFixture.rows($0) } }?.last,
                       "L12 |合计 → 基本支出 / 合计=580@12 基本支出 / 人员经费=500@12 基本支出 / 公用经费=80@12")
    }
}
