import Foundation
import XCTest
@testable import BudgetETL

/// budget.xlsx: read back with openpyxl and compared with the CSV files cell by cell.
final class WorkbookTests: XCTestCase {
    private func workbook(_ ws: Workspace) -> URL { ws.output.appendingPathComponent(WorkbookWriter.fileName) }

    private func check(_ ws: Workspace, _ xlsx: URL? = nil, mode: String = "full") throws -> (sheets: Int, cells: Int) {
        let out = try PythonCheck.run(WorkbookCheck.script, [(xlsx ?? workbook(ws)).path, ws.output.path, mode])
        let numbers = out.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        XCTAssertEqual(numbers.count, 2, out)
        return (numbers.first ?? 0, numbers.last ?? 0)
    }

    func testSamplesWorkbookEqualsTheCSVFilesCellByCell() throws {
        let ws = try Workspace(self)
        try ws.copySamples()
        try ws.run()
        let result = try check(ws)
        let wideFiles = try FileManager.default.contentsOfDirectory(atPath: ws.output.appendingPathComponent("wide").path)
        XCTAssertEqual(result.sheets, 4 + wideFiles.filter { $0.hasSuffix(".csv") }.count)
        let longLines = try String(contentsOf: ws.output.appendingPathComponent("long.csv"), encoding: .utf8)
            .split(separator: "\n").count - 1
        XCTAssertGreaterThan(result.cells, longLines * 10, "every field of long alone is more cells than this")
    }

    func testGeneratedCorpusWorkbookEqualsTheCSVFiles() throws {
        let ws = try Workspace(self)
        try ws.makeCorpus(count: 12)
        try ws.run()
        XCTAssertGreaterThan(try check(ws).cells, 10_000)
    }

    /// LibreOffice opens the workbook and saves it again; the values read back are the CSV files'.
    func testLibreOfficeReadsTheWorkbookBack() throws {
        let office = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let office else {
            if ProcessInfo.processInfo.environment["CI"] != nil {
                XCTFail("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui")
            }
            throw XCTSkip("LibreOffice is not installed")
        }
        let ws = try Workspace(self)
        try ws.copySamples()
        try ws.run()
        let converted = ws.root.appendingPathComponent("converted")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: office)
        process.arguments = ["-env:UserInstallation=file://\(ws.root.path)/lo-profile", "--headless",
                             "--convert-to", "xlsx", "--outdir", converted.path, workbook(ws).path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0)
        let result = try check(ws, converted.appendingPathComponent(WorkbookWriter.fileName), mode: "values")
        XCTAssertGreaterThan(result.cells, 1000)
    }

    func testWorkbookIsRewrittenOnlyWhenAnOutputChangedAndRemovedWhenNotAskedForOrCleaned() throws {
        let ws = try Workspace(self)
        try ws.copySamples()
        try ws.run()
        try PipelineClean.clean(ws.config())
        XCTAssertFalse(FileManager.default.fileExists(atPath: workbook(ws).path), "clean removes the workbook")
        try ws.run()
        let first = try XCTUnwrap(FileStat.of(workbook(ws).path))
        try ws.run()
        XCTAssertEqual(FileStat.of(workbook(ws).path), first, "nothing changed: the workbook stays as written")

        try ws.editDocument(ws.inputNames[0])
        try ws.run()
        XCTAssertNotEqual(FileStat.of(workbook(ws).path)?.inode, first.inode, "a changed document rewrites it")
        _ = try check(ws)

        try ws.editConfig("formats: [csv, parquet, xlsx]", "formats: [csv, parquet]")
        try ws.run()
        XCTAssertFalse(FileManager.default.fileExists(atPath: workbook(ws).path))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: ws.output.path).filter { $0.contains(".tmp-") }, [])
    }

    /// Two runs over the same input give the same workbook, but for the run time in `about`.
    func testSameOutputsGiveTheSameSheets() throws {
        let ws = try Workspace(self)
        try ws.copySamples()
        try ws.run()
        let again = ws.root.appendingPathComponent("again")
        try ws.run(RunOptions(force: true), output: again)
        let out = try PythonCheck.run(#"""
import sys, zipfile
a, b = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2])
assert a.namelist() == b.namelist(), (a.namelist(), b.namelist())
same = [n for n in a.namelist() if n != "xl/worksheets/sheet1.xml"]
assert a.namelist()[-1] == "xl/worksheets/sheet1.xml", a.namelist()
for name in same:
    assert a.read(name) == b.read(name), name
print(len(same))
"""#, [workbook(ws).path, again.appendingPathComponent(WorkbookWriter.fileName).path])
        XCTAssertGreaterThan(Int(out.trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0, 30)
    }

    /// A table longer than a sheet is not cut short: its sheet says where the rows are.
    func testTableLongerThanASheetBecomesANote() throws {
        let ws = try Workspace(self)
        try FileManager.default.createDirectory(at: ws.output, withIntermediateDirectories: true)
        let about = WorkbookWriter.About(toolVersion: "t", configFingerprint: "f", runTime: "r", outputUnit: "元")
        let writer = try WorkbookWriter(folder: ws.output, wideColumns: [], about: about, rowLimit: 4)
        let record: Record = [.string("d1"), .string("a.txt"), .null, .integer(2023), .string("budget"), .string("k"),
                              .string("t"), .string(""), .integer(1), .string("05"), .string("function"), .integer(2), .null,
                              .string("label"), .string("c"), .decimal(ExactDecimal(mantissa: 150, scale: 2)), .string("元"),
                              .string("1.5"), .string("万元"), .integer(7), .string("certain")]
        XCTAssertEqual(record.count, OutputSchema.long.columns.count)
        try writer.add(LoadFragment(long: Array(repeating: record, count: 5), rejects: [], validation: [], documents: [], wide: []),
                       wideColumns: [:])
        let file = try writer.finish()
        try FileManager.default.moveItem(at: file.url, to: file.target)
        let out = try PythonCheck.run(#"""
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
assert wb.sheetnames == ["about", "documents", "validation", "rejects", "long"], wb.sheetnames
rows = list(wb["long"].iter_rows(values_only=True))
assert rows[0] == ("note",) and len(rows) == 2, rows
print(rows[1][0])
"""#, [file.target.path])
        XCTAssertTrue(out.contains(WorkbookWriter.overflowNote(rows: 5, columns: 21, csvFile: "long.csv", limit: 4)), out)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: ws.output.path).filter { $0.hasPrefix(".") }, [],
                       "spool files are removed")
    }

    func testFormatsAreCheckedWhenTheConfigurationIsRead() throws {
        let ws = try Workspace(self)
        XCTAssertEqual(try ws.config().formats, [.csv, .parquet, .xlsx])
        try ws.editConfig("formats: [csv, parquet, xlsx]", "formats: [csv, xls]")
        XCTAssertThrowsError(try ws.config()) { XCTAssertTrue("\($0)".contains("unknown format 'xls'"), "\($0)") }
        try ws.editConfig("formats: [csv, xls]", "formats: [xlsx]")
        XCTAssertThrowsError(try ws.config()) { XCTAssertTrue("\($0)".contains("must include csv"), "\($0)") }
    }

    /// Text is written into its cells (no shared strings), escaped, spaces kept; an empty cell
    /// before a filled one keeps the columns in place (cells carry no reference).
    func testTextAndEmptyCellsReadBack() throws {
        let ws = try Workspace(self)
        try FileManager.default.createDirectory(at: ws.output, withIntermediateDirectories: true)
        let about = WorkbookWriter.About(toolVersion: "t", configFingerprint: "f", runTime: "r", outputUnit: "元")
        let texts = ["05", " 前后有空格 ", "a&b<c>\"d\"", "一\n二", String(repeating: "长", count: 300), "05"]
        let writer = try WorkbookWriter(folder: ws.output, wideColumns: [], about: about)
        let records: [Record] = texts.enumerated().map { n, text in
            [.string("d1"), .string(text), .null, .string(""), .integer(n), .null, .null, .null, .null, .null, .null, .null, .null, .null]
        }
        try writer.add(LoadFragment(long: [], rejects: [], validation: [], documents: records, wide: []), wideColumns: [:])
        let file = try writer.finish()
        try FileManager.default.moveItem(at: file.url, to: file.target)
        let out = try PythonCheck.run(#"""
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps([[r[1], r[2], r[3], r[4]] for r in wb["documents"].iter_rows(min_row=2, values_only=True)]))
"""#, [file.target.path])
        let read = try JSONDecoder().decode([[Value]].self, from: Data(out.utf8))
        XCTAssertEqual(read, texts.enumerated().map { [.text($1), .none, .none, .number($0)] })
    }

    private enum Value: Decodable, Equatable {
        case text(String), number(Int), none

        init(from decoder: Decoder) throws {
            let value = try decoder.singleValueContainer()
            if value.decodeNil() { self = .none } else if let n = try? value.decode(Int.self) { self = .number(n) } else {
                self = .text(try value.decode(String.self))
            }
        }
    }

    func testSheetNamesFitExcelAndStayUnique() {
        var names = SheetNames()
        XCTAssertEqual(names.name(for: "about"), "about")
        XCTAssertEqual(names.name(for: "general_budget_basic_expenditure_final"), "general_budget_basic_expendit~1")
        XCTAssertEqual(names.name(for: "general_budget_basic_expenditure_budget"), "general_budget_basic_expendit~2")
        XCTAssertEqual(names.name(for: "ABOUT"), "ABOUT~2")
        XCTAssertEqual(names.name(for: "a/b[c]:d*e?f\\g"), "a_b_c__d_e_f_g")
        XCTAssertEqual(names.name(for: "'quoted'"), "_quoted_")
        XCTAssertEqual(names.name(for: "History"), "sheet_History")
        XCTAssertEqual(names.name(for: String(repeating: "表", count: 40)), String(repeating: "表", count: 29) + "~1")
    }

    func testCellText() {
        XCTAssertEqual([0, 25, 26, 701, 702].map(SheetWriter.columnName), ["A", "Z", "AA", "ZZ", "AAA"])
        XCTAssertEqual(SheetText.displayWidth("社会保险 ab（1）"), 8 + 3 + 2 + 1 + 2)
        XCTAssertEqual(SheetText.escaped("a<b & \"c\"\r\u{1}"), "a&lt;b &amp; &quot;c&quot;&#13;_x0001_")
        XCTAssertEqual(SheetText.fittingACell(String(repeating: "表", count: 40_000)).utf16.count, SheetText.cellCharacterLimit)
    }
}
