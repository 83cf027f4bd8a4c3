import XCTest
@testable import BudgetETL

/// Space-separated rows of a converter that prints each cell of the form apart (pdfplumber's
/// text): codes printed in their 类 / 款 / 项 parts, a side's amount run into the next side's name,
/// and sides whose rows differ in number.
final class ExtractPartedCodesTests: XCTestCase {
    private func rows(_ doc: ExtractedDocument) -> [String] {
        doc.tables.flatMap(\.sections).flatMap(FamilyFixture.rows)
    }

    func testCodePrintedInItsPartsIsTheRowsCode() {
        // 208 05 01 before the name: one code (the header names a 款 column), not three values
        // of a row without a name.
        let doc = FamilyFixture.extract([
            "部门支出预算总表",
            "单位：元",
            "项目 支出预算",
            "功能分类科目编码",
            "功能分类科目名称 合计 基本支出 项目支出",
            "类 款 项",
            "208 社会保障和就业支出 700 500 200",
            "208 05 行政事业单位养老支出 500 500 0",
            "208 05 01 行政单位离退休 300 300 0",
            "208 05 02 事业单位离退休 200 200 0",
            "208 08 抚恤 200 0 200",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(rows(doc).map { $0.components(separatedBy: " → ")[0] },
                       ["L7 208|社会保障和就业支出", "L8 20805|行政事业单位养老支出", "L9 2080501|行政单位离退休",
                        "L10 2080502|事业单位离退休", "L11 20808|抚恤"])
        XCTAssertFalse(doc.tables.flatMap(\.sections).flatMap(\.rows).flatMap(\.cells).contains { ["208", "05", "01"].contains($0.text) })
    }

    func testPartsWithoutACodeColumnStayValues() {
        // No 款 in the header: 300 05 01 may be counts, and are not joined.
        XCTAssertEqual(PartedCodes.joined([line("300 05 01 某某 12.00")], header: [line("项目 人数 班级 组 金额")])[0].tokens.map(\.text),
                       ["300", "05", "01", "某某", "12.00"])
        XCTAssertEqual(PartedCodes.joined([line("301 01 基本工资 405.36 302 01 办公费 92.11")], header: [line("类 款 类 款")])[0].tokens.map(\.text),
                       ["30101", "基本工资", "405.36", "30201", "办公费", "92.11"])
    }

    func testAmountRunIntoTheNextSidesNameIsTwoCells() {
        XCTAssertEqual(PartedCodes.joined([line("一、财政拨款收入 47,483,458一、社会保障和就业支出 6,397,096")], header: [])[0].tokens.map(\.text),
                       ["一、财政拨款收入", "47,483,458", "一、社会保障和就业支出", "6,397,096"])
        // A count or a code run into a name is no amount: left as printed.
        XCTAssertEqual(PartedCodes.joined([line("2019一、某某")], header: [])[0].tokens.map(\.text), ["2019一、某某"])
    }

    func testListNumbersTellTheSideOfRowsOfOneSide() {
        // The 收入 side ends at 三、; the 支出 side's 四、 and 五、 stand alone on their lines, a
        // blank 收入 value leaves two names on a line.
        let doc = FamilyFixture.extract([
            "收入支出决算总表",
            "单位：万元",
            "收入 支出",
            "项目 决算数 项目 决算数",
            "一、财政拨款收入 100.00 一、一般公共服务支出 10.00",
            "二、上级补助收入 二、教育支出 20.00",
            "三、其他收入 三、科学技术支出 30.00",
            "四、文化旅游体育与传",
            "媒支出",
            "五、住房保障支出 40.00",
            "本年收入合计 100.00 本年支出合计 100.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(rows(doc), [
            "L5 |一、财政拨款收入 → 决算数=100.00@5", "L6 |二、上级补助收入 → ", "L7 |三、其他收入 → ",
            "L11 |本年收入合计 → 决算数=100.00@11",
            "L5 |一、一般公共服务支出 → 决算数=10.00@5", "L6 |二、教育支出 → 决算数=20.00@6",
            "L7 |三、科学技术支出 → 决算数=30.00@7", "L8 |四、文化旅游体育与传 媒支出 → ",
            "L10 |五、住房保障支出 → 决算数=40.00@10", "L11 |本年支出合计 → 决算数=100.00@11",
        ])
    }

    private func line(_ text: String) -> TableLines.Line {
        var column = 0
        let tokens = text.split(separator: " ").map { word -> Token in
            defer { column += word.count + 1 }
            return Token(text: String(word), line: 1, column: column)
        }
        return TableLines.Line(number: 1, tokens: tokens, compact: text)
    }
}
