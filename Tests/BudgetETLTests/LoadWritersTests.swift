import Foundation
import XCTest
@testable import BudgetETL

final class LoadWritersTests: XCTestCase {
    private typealias F = LoadFixtures
    private func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    func testLongCSVHasOneLinePerCellInPrintOrder() {
        let doc = "d0000000001,b/final.txt,焦作市社会医疗保险中心,2023,final_account"
        XCTAssertEqual(text(LongCSV.render([F.finalAccount], byteOrderMark: false)), """
            document_id,source_file,agency,fiscal_year,document_kind,table_key,table_title,section,row_number,\
            row_code,code_scheme,code_level,parent_code,row_label,column_label,value,unit,source_value,source_unit,source_line,confidence
            \(doc),income_expenditure_final,收入支出决算总表,收入,1,,,,,一、一般公共预算财政拨款收入,行次,1,,1,,50,certain
            \(doc),income_expenditure_final,收入支出决算总表,收入,1,,,,,一、一般公共预算财政拨款收入,决算数,8424800.00,元,842.48,万元,50,certain
            \(doc),income_expenditure_final,收入支出决算总表,支出,1,,,,,"科学技术支出, 其他",决算数,32480.00,元,32.48,万元,60,certain
            \(doc),expenditure_final,支出决算表,,1,20801,function,2,208,人力资源和社会保障管理事务,本年支出合计,269940.00,元,269.94,万元,190,certain
            \(doc),expenditure_final,支出决算表,,1,20801,function,2,208,人力资源和社会保障管理事务,基本支出,215560.00,元,215.56,万元,190,certain

            """)
    }

    func testWideCSVUnionsColumnsInFirstSeenOrderAndNamesEmptyAndRepeatedLabels() {
        let files = WideCSV.render([F.budget, F.finalAccount], byteOrderMark: false)
        XCTAssertEqual(files.map(\.tableKey), ["expenditure_final", "income_expenditure_final"])
        let identity = "document_id,source_file,agency,fiscal_year,document_kind,table_title,section,row_number,"
            + "row_code,code_scheme,code_level,parent_code,row_label,unit"
        let doc = "d0000000001,b/final.txt,焦作市社会医疗保险中心,2023,final_account"
        XCTAssertEqual(text(files[0].bytes), """
            \(identity),基本支出,项目支出,column_3,基本支出 #2,本年支出合计
            d0000000002,a/budget.txt,,,budget,支出决算表,,1,,,,,合计,元,,5,6,7,
            \(doc),支出决算表,,1,20801,function,2,208,人力资源和社会保障管理事务,元,215560.00,,,,269940.00
            \(doc),支出决算表,,2,,,,,说明行,,,,,,

            """)
        XCTAssertEqual(text(files[1].bytes), """
            \(identity),行次,决算数
            \(doc),收入支出决算总表,收入,1,,,,,一、一般公共预算财政拨款收入,元,1,8424800.00
            \(doc),收入支出决算总表,支出,1,,,,,"科学技术支出, 其他",元,,32480.00

            """)
    }

    func testDocumentsCSVListsEveryDocumentWithStatus() {
        XCTAssertEqual(text(DocumentsCSV.render([F.budget, F.finalAccount, F.failed], consistency: ["d0000000001": ExactDecimal(mantissa: 9500, scale: 4)],
                                                byteOrderMark: false)), """
            document_id,source_file,sha256,agency,fiscal_year,document_kind,source_unit,tables,numbers_found,cells,rejects,errors,warnings,consistency,status
            d0000000002,a/budget.txt,cd34,,,budget,元,1,0,3,0,0,0,,ok
            d0000000001,b/final.txt,ab12,焦作市社会医疗保险中心,2023,final_account,万元,2,0,5,1,0,0,0.9500,ok
            d0000000003,c/broken.txt,,,,unknown,,0,0,0,0,0,0,,failed: cannot read the file

            """)
    }

    func testRejectsCSVQuotesTheRejectedText() {
        XCTAssertEqual(text(RejectsCSV.render([F.budget, F.finalAccount], byteOrderMark: false)), """
            source_file,source_line,table_title,text,reason
            b/final.txt,200,支出决算表,"合计 ""x"", 1",unreadable amount

            """)
    }

    func testOutputWriterWritesAllFilesSortedBySourceFileAndRemovesStaleWideFiles() throws {
        let folder = try temporaryFolder()
        let wide = folder.appendingPathComponent("wide")
        try FileManager.default.createDirectory(at: wide, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: wide.appendingPathComponent("gone_kind.csv"))
        try Data("keep".utf8).write(to: wide.appendingPathComponent("notes.txt"))

        let writer = OutputWriter(folder: folder, byteOrderMark: false)
        try writer.write([F.failed, F.finalAccount, F.budget])

        XCTAssertEqual(try listing(folder), ["documents.csv", "long.csv", "rejects.csv", "validation.csv", "wide",
                                             "wide/expenditure_final.csv", "wide/income_expenditure_final.csv",
                                             "wide/notes.txt"])
        let documents = try String(contentsOf: folder.appendingPathComponent("documents.csv"), encoding: .utf8)
        XCTAssertEqual(documents.split(separator: "\n").dropFirst().map { $0.split(separator: ",")[1] },
                       ["a/budget.txt", "b/final.txt", "c/broken.txt"])
        let before = try contents(folder)
        try writer.write([F.budget, F.finalAccount, F.failed])
        XCTAssertEqual(try contents(folder), before, "same documents must give byte-identical files")
    }

    func testByteOrderMarkStartsEveryFileWhenAsked() throws {
        let folder = try temporaryFolder()
        try OutputWriter(folder: folder, byteOrderMark: true).write([F.finalAccount])
        for (name, bytes) in try contents(folder) {
            XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF], name)
        }
    }

    // MARK: - Helpers

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("load-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }

    /// Every entry below `folder`, hidden ones included (a leftover temporary file would show).
    private func listing(_ folder: URL) throws -> [String] {
        try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()
    }

    private func contents(_ folder: URL) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for path in try listing(folder) where path.hasSuffix(".csv") {
            result[path] = [UInt8](try Data(contentsOf: folder.appendingPathComponent(path)))
        }
        return result
    }
}

/// Small hand-made documents for the writer and runner tests.
enum LoadFixtures {
    static func money(_ column: Int, _ mantissa: Int64, line: Int, source: String) -> NormalizedCell {
        NormalizedCell(column: column, value: ExactDecimal(mantissa: mantissa, scale: 2), unit: "元",
                       sourceValue: source, sourceUnit: "万元", line: line)
    }

    /// Two tables: a two-sided 收入支出决算总表 and a 支出决算表 with codes.
    static let finalAccount = NormalizedDocument(
        documentId: "d0000000001", sourceFile: "b/final.txt", sha256: "ab12",
        metadata: DocumentMetadata(agency: "焦作市社会医疗保险中心", fiscalYear: 2023, kind: .finalAccount),
        sourceUnit: "万元",
        tables: [
            NormalizedTable(tableKey: "income_expenditure_final", title: "收入支出决算总表", titleLine: 40,
                            sourceUnit: "万元", statedEmpty: false, sections: [
                NormalizedSection(name: "收入", columns: ["行次", "决算数"], moneyColumns: [false, true], rows: [
                    NormalizedRow(rowNumber: 1, code: nil, label: "一、一般公共预算财政拨款收入", line: 50, cells: [
                        NormalizedCell(column: 0, value: ExactDecimal(mantissa: 1, scale: 0), unit: "",
                                       sourceValue: "1", sourceUnit: "", line: 50),
                        money(1, 842_480_000, line: 50, source: "842.48"),
                    ]),
                ]),
                NormalizedSection(name: "支出", columns: ["行次", "决算数"], moneyColumns: [false, true], rows: [
                    NormalizedRow(rowNumber: 1, code: nil, label: "科学技术支出, 其他", line: 60, cells: [
                        money(1, 3_248_000, line: 60, source: "32.48"),
                    ]),
                ]),
            ]),
            NormalizedTable(tableKey: "expenditure_final", title: "支出决算表", titleLine: 177, sourceUnit: "万元",
                            statedEmpty: false, sections: [
                NormalizedSection(name: "", columns: ["本年支出合计", "基本支出"], moneyColumns: [true, true], rows: [
                    NormalizedRow(rowNumber: 1,
                                  code: ClassificationCode(code: "20801", scheme: .function, level: 2, parent: "208"),
                                  label: "人力资源和社会保障管理事务", line: 190, cells: [
                        money(0, 26_994_000, line: 190, source: "269.94"),
                        money(1, 21_556_000, line: 190, source: "215.56"),
                    ]),
                    NormalizedRow(rowNumber: 2, code: nil, label: "说明行", line: 191, cells: []),
                ]),
            ]),
        ],
        rejects: [RejectedLine(line: 200, tableTitle: "支出决算表", text: "合计 \"x\", 1", reason: "unreadable amount")],
        status: .ok)

    /// A second document of another kind, sorting before `finalAccount` by source_file.
    static let budget = NormalizedDocument(
        documentId: "d0000000002", sourceFile: "a/budget.txt", sha256: "cd34",
        metadata: DocumentMetadata(agency: nil, fiscalYear: nil, kind: .budget), sourceUnit: "元",
        tables: [
            NormalizedTable(tableKey: "expenditure_final", title: "支出决算表", titleLine: 3, sourceUnit: "元",
                            statedEmpty: false, sections: [
                NormalizedSection(name: "", columns: ["基本支出", "项目支出", "", "基本支出"],
                                  moneyColumns: [true, true, true, true], rows: [
                    NormalizedRow(rowNumber: 1, code: nil, label: "合计", line: 9, cells: [
                        NormalizedCell(column: 1, value: ExactDecimal(mantissa: 5, scale: 0), unit: "元",
                                       sourceValue: "5", sourceUnit: "元", line: 9),
                        NormalizedCell(column: 2, value: ExactDecimal(mantissa: 6, scale: 0), unit: "元",
                                       sourceValue: "6", sourceUnit: "元", line: 9),
                        NormalizedCell(column: 3, value: ExactDecimal(mantissa: 7, scale: 0), unit: "元",
                                       sourceValue: "7", sourceUnit: "元", line: 9),
                    ]),
                ]),
            ]),
        ],
        rejects: [], status: .ok)

    static let failed = NormalizedDocument(
        documentId: "d0000000003", sourceFile: "c/broken.txt", sha256: "", metadata: DocumentMetadata(),
        sourceUnit: "", tables: [], rejects: [], status: .failed("cannot read the file"))
}
