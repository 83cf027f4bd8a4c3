import XCTest
@testable import BudgetETL

/// Single-space rows with blank cells dropped (pdfplumber's text), side by side: names of rows
/// whose cells are blank printed between totals, a line of totals after a code row without
/// values, a side's code after the other side's name.
final class ExtractBlankRowNamesTests: XCTestCase {
    private func rows(_ doc: ExtractedDocument) -> [String] {
        doc.tables.flatMap(\.sections).flatMap(FamilyFixture.rows).filter { !$0.hasSuffix("→ ") }
    }

    func testNamesOfBlankRowsBetweenTotalsNameNoTotal() {
        // 使用…结余 · 结余分配 and 年初… · 年末… are rows of their own, their cells blank: neither
        // the rest of 本年支出合计 nor the heads of the 总计 under them.
        let doc = FamilyFixture.extract([
            "收入支出决算总表",
            "单位：万元",
            "收入 支出",
            "项目 决算数 项目 决算数",
            "一、财政拨款收入 100.00 一、一般公共服务支出 60.00",
            "二、上级补助收入 二、外交支出",
            "三、教育支出 40.00",
            "四、科学技术支出",
            "五、住房保障支出",
            "本年收入合计 100.00 本年支出合计 100.00",
            "使用非财政拨款结余 结余分配",
            "年初结转和结余 年末结转和结余",
            "总计 100.00 总计 100.00",
        ])
        XCTAssertEqual(doc.tables.count, 1)
        XCTAssertEqual(rows(doc), [
            "L5 |一、财政拨款收入 → 决算数=100.00@5", "L10 |本年收入合计 → 决算数=100.00@10", "L13 |总计 → 决算数=100.00@13",
            "L5 |一、一般公共服务支出 → 决算数=60.00@5", "L7 |三、教育支出 → 决算数=40.00@7",
            "L10 |本年支出合计 → 决算数=100.00@10", "L13 |总计 → 决算数=100.00@13",
        ])
    }

    func testNamesOfBlankRowsOverAValuedRowAreNoPartOfItsName() {
        // 使用非财政拨款结余 · 结余分配 print no value: 年初结转和结余 is named alone, not with both
        // sides' blank rows' names run into it.
        let doc = FamilyFixture.extract([
            "收入支出决算总表",
            "单位：万元",
            "收入 支出",
            "项目 决算数 项目 决算数",
            "一、财政拨款收入 30.00 一、一般公共服务支出 20.00",
            "二、其他收入 二、教育支出 10.00",
            "三、灾害防治及应急管理支",
            "出",
            "本年收入合计 30.00 本年支出合计 30.00",
            "使用非财政拨款结余 结余分配",
            "年初结转和结余 5.00 年末结转和结余 5.00",
            "总计 35.00 总计 35.00",
        ])
        XCTAssertEqual(rows(doc), [
            "L5 |一、财政拨款收入 → 决算数=30.00@5", "L9 |本年收入合计 → 决算数=30.00@9",
            "L11 |年初结转和结余 → 决算数=5.00@11", "L12 |总计 → 决算数=35.00@12",
            "L5 |一、一般公共服务支出 → 决算数=20.00@5", "L6 |二、教育支出 → 决算数=10.00@6",
            "L9 |本年支出合计 → 决算数=30.00@9", "L11 |年末结转和结余 → 决算数=5.00@11", "L12 |总计 → 决算数=35.00@12",
        ])
    }

    func testTotalAfterAListedBlankRowStartsItsRow() {
        let doc = FamilyFixture.extract([
            "财政拨款收入支出决算总表",
            "单位：万元",
            "收入 支出",
            "项目 决算数 项目 决算数",
            "一、甲类拨款 100.00 一、一般公共服务支出 60.00",
            "二、乙类拨款 二、外交支出",
            "三、教育支出 40.00",
            "四、科学技术支出",
            "五、住房保障支出",
            "本年收入合计 100.00 本年支出合计 100.00",
            "年初结转和结余 年末结转和结余",
            "一、甲类拨款",
            "二、乙类拨款",
            "总计 100.00 总计 100.00",
        ])
        XCTAssertEqual(rows(doc), [
            "L5 |一、甲类拨款 → 决算数=100.00@5", "L10 |本年收入合计 → 决算数=100.00@10", "L14 |总计 → 决算数=100.00@14",
            "L5 |一、一般公共服务支出 → 决算数=60.00@5", "L7 |三、教育支出 → 决算数=40.00@7",
            "L10 |本年支出合计 → 决算数=100.00@10", "L14 |总计 → 决算数=100.00@14",
        ])
    }

    func testLineOfTotalsAfterACodeRowWithoutValues() {
        // 31099's name is on its line: 人员经费合计 is a row of its own, not the rest of that name.
        let doc = FamilyFixture.extract([
            "基本支出决算表",
            "单位：万元",
            "科目编码 科目名称 决算数 科目编码 科目名称 决算数",
            "301 工资福利支出 80.00 302 商品和服务支出 20.00",
            "30101 基本工资 80.00 30201 办公费 20.00",
            "310 资本性支出",
            "31099 其他资本性支出",
            "人员经费合计 80.00 公用经费合计 20.00",
        ])
        XCTAssertEqual(rows(doc), [
            "L4 301|工资福利支出 → 决算数=80.00@4", "L5 30101|基本工资 → 决算数=80.00@5", "L8 |人员经费合计 → 决算数=80.00@8",
            "L4 302|商品和服务支出 → 决算数=20.00@4", "L5 30201|办公费 → 决算数=20.00@5", "L8 |公用经费合计 → 决算数=20.00@8",
        ])
    }

    func testCodeOfTheOtherSidesClassAfterANameStartsThatSidesRow() {
        // (Its name's pieces over and under the line are its own: `WrappedStreamNames`.)
        // 30310's value is blank (dropped), 30231's name wrapped around the line: 30231 is the second
        // side's code, not 30310's value.
        let doc = FamilyFixture.extract([
            "基本支出决算表",
            "单位：万元",
            "科目编码 科目名称 决算数 科目编码 科目名称 决算数",
            "303 对个人和家庭的补助 5.25 302 商品和服务支出 26.50",
            "30309 奖励金 5.25 30229 福利费 20.00",
            "公务用车运行维",
            "30310 个人农业生产补贴 30231 6.50",
            "护费",
            "30399 其他补助 30239 其他交通费用 0.00",
        ])
        XCTAssertEqual(rows(doc), [
            "L4 303|对个人和家庭的补助 → 决算数=5.25@4", "L5 30309|奖励金 → 决算数=5.25@5",
            "L4 302|商品和服务支出 → 决算数=26.50@4", "L5 30229|福利费 → 决算数=20.00@5",
            "L7 30231|公务用车运行维护费 → 决算数=6.50@7", "L9 30239|其他交通费用 → 决算数=0.00@9",
        ])
    }

    func testSideNameWrappedAroundItsRowLine() {
        // The 支出 side's names wrapped in two lines, printed over and under the row's line: the
        // second side's name there (after the first side's one value), before the second side's
        // values alone, and not the rest of the first side's name (一、甲类拨款支出).
        let doc = FamilyFixture.extract([
            "财政拨款收支预算总表",
            "单位：元",
            "财政拨款收入 财政拨款支出",
            "项目 预算数 项目 合计 一般公共预算 政府性基金预算",
            "一、社会保障和就业",
            "一、甲类拨款 300.00 60.00 60.00 0.00",
            "支出",
            "二、乙类拨款 200.00 二、卫生健康支出 40.00 40.00 0.00",
            "三、资源勘探工业信",
            "400.00 200.00 200.00",
            "息等支出",
            "收入总计 500.00 支出总计 500.00 300.00 200.00",
        ])
        XCTAssertEqual(rows(doc), [
            "L6 |一、甲类拨款 → 预算数=300.00@6", "L8 |二、乙类拨款 → 预算数=200.00@8", "L12 |收入总计 → 预算数=500.00@12",
            "L6 |一、社会保障和就业支出 → 合计=60.00@6 一般公共预算=60.00@6 政府性基金预算=0.00@6",
            "L8 |二、卫生健康支出 → 合计=40.00@8 一般公共预算=40.00@8 政府性基金预算=0.00@8",
            "L10 |三、资源勘探工业信息等支出 → 合计=400.00@10 一般公共预算=200.00@10 政府性基金预算=200.00@10",
            "L12 |支出总计 → 合计=500.00@12 一般公共预算=300.00@12 政府性基金预算=200.00@12",
        ])
    }

    func testCodeWithoutANameTakesThePiecesAroundItsLine() {
        let doc = FamilyFixture.extract([
            "基本支出决算表",
            "单位：万元",
            "科目编码 科目名称 决算数 科目编码 科目名称 决算数",
            "301 工资福利支出 80.00 302 商品和服务支出 20.00",
            "30107 绩效工资 30.00 30205 水费 5.00",
            "机关事业单位基本养",
            "30108 50.00 30206 电费 15.00",
            "老保险缴费",
            "人员经费合计 80.00 公用经费合计 20.00",
        ])
        XCTAssertEqual(rows(doc), [
            "L4 301|工资福利支出 → 决算数=80.00@4", "L5 30107|绩效工资 → 决算数=30.00@5",
            "L7 30108|机关事业单位基本养老保险缴费 → 决算数=50.00@7", "L9 |人员经费合计 → 决算数=80.00@9",
            "L4 302|商品和服务支出 → 决算数=20.00@4", "L5 30205|水费 → 决算数=5.00@5", "L7 30206|电费 → 决算数=15.00@7",
            "L9 |公用经费合计 → 决算数=20.00@9",
        ])
    }

    func testPiecesOfACodeColumnsWrappedNameNameNoValueColumn() {
        // 经济分类科目编码 wrapped in both sides' cells (经济分 / 类科目 / 编码, 经济分 / 类 / 科目编 / 码):
        // each side has one value column, 决算数.
        XCTAssertTrue(HeaderWords.isCodeColumnPiece("类科目"))
        XCTAssertTrue(HeaderWords.isCodeColumnPiece("码"))
        XCTAssertFalse(HeaderWords.isCodeColumnPiece("决算数"))
        XCTAssertFalse(HeaderWords.isCodeColumnPiece("科目编码"))
        let doc = FamilyFixture.extract([
            "基本支出决算表",
            "单位：万元",
            "经济分",
            "经济分",
            "类",
            "类科目 科目名称 决算数 科目名称 决算数",
            "科目编",
            "编码",
            "码",
            "301 工资福利支出 80.00 302 商品和服务支出 20.00",
            "30101 基本工资 80.00 30201 办公费 20.00",
            "人员经费合计 80.00 公用经费合计 20.00",
        ])
        XCTAssertEqual(rows(doc), [
            "L10 301|工资福利支出 → 决算数=80.00@10", "L11 30101|基本工资 → 决算数=80.00@11", "L12 |人员经费合计 → 决算数=80.00@12",
            "L10 302|商品和服务支出 → 决算数=20.00@10", "L11 30201|办公费 → 决算数=20.00@11", "L12 |公用经费合计 → 决算数=20.00@12",
        ])
    }
}
