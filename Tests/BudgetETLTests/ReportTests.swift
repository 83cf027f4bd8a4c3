import Foundation
import XCTest
@testable import BudgetETL

/// output/report/: valid HTML, every number equal to the CSV outputs, written incrementally.
final class ReportTests: XCTestCase {
    func testWriterEscapesAndClosesEveryElement() {
        let html = HTMLWriter.document(language: "zh-CN") { html in
            html.element("body") {
                html.element("p", ["title": "a\"b<c>", "hidden": nil], text: "<script>&'x'")
                html.void("br")
            }
        }
        XCTAssertEqual(html, "<!DOCTYPE html>\n<html lang=\"zh-CN\"><body><p title=\"a&quot;b&lt;c&gt;\">"
                       + "&lt;script&gt;&amp;&#39;x&#39;</p><br></body></html>\n")
        XCTAssertEqual(StrictHTML.problems(html), [])
    }

    /// An attribute written in pieces equals the same text written whole: the escapes are per byte.
    func testAttributeInPiecesEqualsTheWholeText() {
        let pieces = ["原文 ", "1,2<3>", "万元", " · 第", "\"7\"", "行\n", "a&b 'c'"]
        let value = ExactDecimal(mantissa: -123456789, scale: 2)
        let whole = HTMLWriter.document(language: "zh-CN") { html in
            html.element("td", ["class": "n", "hidden": nil, "title": pieces.joined() + "42"]) {
                html.element("span", ["class": "v"], text: value.description)
            }
        }
        let inPieces = HTMLWriter.document(language: "zh-CN") { html in
            html.withBytes { out in
                out.element("td", ["class": "n", "hidden": nil], "title", value: { title in
                    pieces.forEach { title.text($0) }
                    title.number(42)
                }) { out in
                    out.element("span", ["class": "v"], decimal: value)
                }
            }
        }
        XCTAssertEqual(inPieces, whole)
        XCTAssertTrue(whole.contains("<span class=\"v\">-1234567.89</span>"), whole)
        XCTAssertEqual(StrictHTML.problems(inPieces), [])
    }

    /// The elements written through `HTMLBytes` (a page's data rows) equal `HTMLWriter`'s, and the
    /// writer's own elements before and after them stay in place.
    func testBytesWriteTheWritersElements() {
        let texts = ["a\"b<c>", "", "行 & 'x'"]
        let expected = HTMLWriter.document(language: "zh-CN") { html in
            html.element("tbody") {
                for (n, text) in texts.enumerated() {
                    html.element("tr", ["data-line": String(n - 1)]) {
                        html.element("td", ["class": "n"], text: String(-42 * n))
                        html.element("td", ["class": text, "hidden": nil], text: text)
                        html.element("td")
                    }
                }
            }
            html.element("p", text: "after")
        }
        let written = HTMLWriter.document(language: "zh-CN") { html in
            html.element("tbody") {
                html.withBytes { out in
                    for (n, text) in texts.enumerated() {
                        out.element("tr", "data-line", number: n - 1) { out in
                            out.element("td", ["class": "n"]) { $0.number(-42 * n) }
                            out.element("td", ["class": text, "hidden": nil], text: text)
                            out.element("td")
                        }
                    }
                }
            }
            html.element("p", text: "after")
        }
        XCTAssertEqual(written, expected)
        XCTAssertTrue(written.contains("<tr data-line=\"-1\"><td class=\"n\">0</td>"), written)
        XCTAssertEqual(StrictHTML.problems(written), [])
    }

    /// A data row as in the wide view: a later cell in a column replaces an earlier one, a column
    /// without a cell is an empty cell, and a cell past the section's columns follows them (a
    /// column past them without a cell is left out).
    func testDataRowPlacesCellsByColumn() {
        func cell(_ column: Int, _ value: Int64) -> NormalizedCell {
            NormalizedCell(column: column, value: ExactDecimal(mantissa: value * 100, scale: 2), unit: "元",
                           sourceValue: String(value), sourceUnit: "元", line: 9)
        }
        let section = NormalizedSection(
            name: "", columns: ["科目名称", "合计", "基本支出"], moneyColumns: [false, true, true],
            rows: [NormalizedRow(rowNumber: 1, code: nil, label: "合 计", line: 9, cells: [cell(1, 1), cell(4, 3), cell(1, 2)])])
        let table = NormalizedTable(tableKey: "expenditure", title: "支出表", titleLine: 5, sourceUnit: "元", statedEmpty: false,
                                    sections: [section])
        let document = NormalizedDocument(documentId: "d1", sourceFile: "a.txt", sha256: "",
                                          metadata: DocumentMetadata(agency: "某局", fiscalYear: 2024, kind: .budget),
                                          sourceUnit: "元", tables: [table], rejects: [], status: .ok)
        let html = DocumentPage(document: document, findings: [], unit: "元", fingerprint: "f").render()
        XCTAssertTrue(html.contains("<tbody><tr data-line=\"9\"><td class=\"n\">1</td><td></td><td>合 计</td>"
                                    + "<td></td><td class=\"n\" title=\"原文 2元 · 第9行\"><span class=\"v\">2.00</span></td>"
                                    + "<td></td><td class=\"n\" title=\"原文 3元 · 第9行\"><span class=\"v\">3.00</span></td></tr></tbody>"),
                      html)
        XCTAssertEqual(StrictHTML.problems(html), [])
    }

    func testStrictCheckFindsBrokenHTML() {
        XCTAssertFalse(StrictHTML.problems("<!DOCTYPE html><html><body><p></body></html>").isEmpty)
        XCTAssertFalse(StrictHTML.problems("<!DOCTYPE html><html><p>a & b</p></html>").isEmpty)
        XCTAssertFalse(StrictHTML.problems("<!DOCTYPE html><html><p class=x>a</p></html>").isEmpty)
    }

    func testChartLabelsAreExactDecimals() {
        let html = HTMLWriter()
        BarChart(title: "t", series: ["a"], groups: [.init(label: "x", values: [ExactDecimal(mantissa: 12345678901234567, scale: 2)])],
                 unit: "元").write(to: html)
        XCTAssertEqual(texts(in: html.html, after: "<text class=\"value\""), ["123456789012345.67"])
    }

    func testPagesAreValidAndShowTheNumbersOfTheCSVFiles() throws {
        let workspace = try Workspace(self, name: "report")
        try workspace.copySamples()
        try workspace.run()
        let output = workspace.output
        let report = output.appendingPathComponent("report")
        let documents = try ReportCSV.records(output.appendingPathComponent("documents.csv"))
        XCTAssertEqual(documents.count, 5)
        let long = try ReportCSV.records(output.appendingPathComponent("long.csv"))
        let validation = try ReportCSV.records(output.appendingPathComponent("validation.csv"))
        let wide = try wideValues(output.appendingPathComponent("wide"))

        let index = try String(contentsOf: report.appendingPathComponent("index.html"), encoding: .utf8)
        XCTAssertEqual(StrictHTML.problems(index), [], "index.html")
        checkIndex(index, documents: documents, validation: validation)

        for document in documents {
            let id = document["document_id"]!
            let page = try String(contentsOf: report.appendingPathComponent("\(id).html"), encoding: .utf8)
            XCTAssertEqual(StrictHTML.problems(page), [], "\(id).html")
            for field in ["sha256", "agency", "fiscal_year", "document_kind", "source_unit", "tables", "numbers_found",
                          "cells", "rejects", "errors", "warnings", "status"] {
                XCTAssertEqual(texts(in: page, after: "<dd data-field=\"\(field)\"").first, document[field], "\(id) \(field)")
            }
            let values = texts(in: page, after: "<span class=\"v\"")
            XCTAssertEqual(values.sorted(), (wide[id] ?? []).sorted(), "\(id): table values = wide/*.csv values")
            let longValues = Set(long.filter { $0["document_id"] == id }.map { $0["value"]! })
            let charted = texts(in: page, after: "<text class=\"value\"")
            XCTAssertFalse(charted.isEmpty, "\(id) has charts")
            for value in charted { XCTAssertTrue(longValues.contains(value), "\(id): chart label \(value) is in long.csv") }
            let findings = validation.filter { $0["document_id"] == id }
            XCTAssertEqual(page.components(separatedBy: "<tr id=\"f").count - 1, findings.count, "\(id) findings")
            for finding in findings {
                let cells = ["expected", "actual", "difference"].map { "<td class=\"n\">\(finding[$0]!)</td>" }.joined()
                XCTAssertTrue(page.contains(cells), "\(id): finding \(finding["subject"]!) shown with its figures")
                XCTAssertTrue(page.contains(HTMLWriter.escape(finding["message"]!)), "\(id): finding message")
            }
        }
    }

    private func checkIndex(_ index: String, documents: [[String: String]], validation: [[String: String]]) {
        func sum(_ field: String) -> String { String(documents.reduce(0) { $0 + Int($1[field]!)! }) }
        for (card, field) in [("numbers_found", "numbers_found"), ("loaded", "cells"), ("rejected", "rejects"),
                              ("errors", "errors"), ("warnings", "warnings")] {
            XCTAssertEqual(texts(in: index, after: "<div class=\"card\" data-count=\"\(card)\"><b").first, sum(field), card)
        }
        XCTAssertEqual(texts(in: index, after: "<div class=\"card\" data-count=\"documents\"><b").first, String(documents.count))
        for rule in RuleKind.allCases {
            let counts = texts(in: index, after: "<tr data-rule=\"\(rule.rawValue)\"><td>[^<]*</td><td class=\"n\"")
                + texts(in: index, after: "<tr data-rule=\"\(rule.rawValue)\"><td>[^<]*</td><td class=\"n\">[^<]*</td><td class=\"n\"")
            let expected = ["error", "warning"].map { severity in
                String(validation.filter { $0["rule"] == rule.rawValue && $0["severity"] == severity }.count)
            }
            XCTAssertEqual(counts, expected, "findings of rule \(rule.rawValue)")
        }
        for document in documents {
            XCTAssertTrue(index.contains("<tr data-document-id=\"\(document["document_id"]!)\">"))
        }
    }

    /// Non-empty value cells of each document's rows in every wide file, by document id.
    private func wideValues(_ folder: URL) throws -> [String: [String]] {
        var values: [String: [String]] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".csv") {
            let rows = try ReportCSV.rows(folder.appendingPathComponent(name))
            let first = rows[0].firstIndex(of: "unit")! + 1
            for row in rows.dropFirst() {
                values[row[0], default: []] += row[first...].filter { !$0.isEmpty }
            }
        }
        return values
    }

    func testOnlyChangedDocumentsPagesAreRewritten() throws {
        let workspace = try Workspace(self, name: "report-incremental")
        try workspace.copySamples()
        try workspace.run()
        let report = workspace.output.appendingPathComponent("report")
        let before = try pageStats(report)
        XCTAssertEqual(before.count, 6, "index and five pages")

        try workspace.run()
        XCTAssertEqual(try pageStats(report), before, "a run that changes nothing writes no page")

        let names = workspace.inputNames
        try workspace.editDocument(names[0])
        try workspace.run()
        let after = try pageStats(report)
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        let edited = try ReportCSV.records(workspace.output.appendingPathComponent("documents.csv"))
            .first { $0["source_file"] == names[0] }!["document_id"]!
        XCTAssertEqual(changed, ["index.html", "\(edited).html"])

        try FileManager.default.removeItem(at: report.appendingPathComponent("\(edited).html"))
        try workspace.run()
        XCTAssertNotNil(try pageStats(report)["\(edited).html"], "a deleted page is written again")

        try FileManager.default.removeItem(at: workspace.input.appendingPathComponent(names[0]))
        try workspace.run()
        XCTAssertNil(try pageStats(report)["\(edited).html"], "the page of a removed document is removed")
        XCTAssertEqual(try pageStats(report).count, 5)
    }

    /// A cold run renders every page during the assembly, from the results read for the document's
    /// fragment (`PagesAhead`); a run after pages were deleted makes no fragment (nothing changed)
    /// and renders them after the assembly. Both give the same bytes, and leave no temporary file.
    func testPagesRenderedDuringTheAssemblyEqualThoseRenderedAfterIt() throws {
        let workspace = try Workspace(self, name: "report-ahead")
        try workspace.copySamples()
        try workspace.run()
        let report = workspace.output.appendingPathComponent("report")
        let pages = try FileManager.default.contentsOfDirectory(atPath: report.path)
            .filter { $0.hasSuffix(".html") && $0 != "index.html" }
        XCTAssertEqual(pages.count, 5)
        var ahead: [String: Data] = [:]
        for page in pages {
            ahead[page] = try Data(contentsOf: report.appendingPathComponent(page))
            try FileManager.default.removeItem(at: report.appendingPathComponent(page))
        }
        try workspace.run()
        for page in pages {
            XCTAssertEqual(try Data(contentsOf: report.appendingPathComponent(page)), ahead[page], page)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: report.path).filter { $0.hasPrefix(".") }, [])
    }

    private func pageStats(_ folder: URL) throws -> [String: FileStat] {
        var stats: [String: FileStat] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            stats[name] = FileStat.of(folder.appendingPathComponent(name).path)
        }
        return stats
    }

    func testReportOffWritesNoReport() throws {
        let workspace = try Workspace(self, name: "report-off")
        try workspace.copySamples()
        try workspace.editConfig("report: true", "report: false")
        try workspace.run()
        XCTAssertFalse(FileManager.default.fileExists(atPath: workspace.output.appendingPathComponent("report").path))
    }
}

/// The index's trend chart: an agency's printed total expenditure by year, budget beside final.
final class ReportTrendTests: XCTestCase {
    private func document(_ file: String, agency: String, year: Int, kind: DocumentKind, total: Int64) -> NormalizedDocument {
        func cell(_ column: Int, _ value: Int64) -> NormalizedCell {
            NormalizedCell(column: column, value: ExactDecimal(mantissa: value, scale: 2), unit: "元",
                           sourceValue: "", sourceUnit: "元", line: 9)
        }
        let section = NormalizedSection(
            name: "", columns: ["科目编码", "科目名称", "合计", "基本支出", "项目支出"], moneyColumns: [false, false, true, true, true],
            rows: [NormalizedRow(rowNumber: 1, code: nil, label: "合 计", line: 9, cells: [cell(2, total), cell(3, total - 100), cell(4, 100)]),
                   NormalizedRow(rowNumber: 2, code: ClassificationCode(code: "208", scheme: .function, level: 1, parent: nil),
                                 label: "社会保障和就业支出", line: 10, cells: [cell(2, total)])])
        let table = NormalizedTable(tableKey: "expenditure", title: "支出表", titleLine: 5, sourceUnit: "元", statedEmpty: false,
                                    sections: [section])
        return NormalizedDocument(documentId: "d" + file, sourceFile: file, sha256: "", metadata: DocumentMetadata(agency: agency, fiscalYear: year, kind: kind),
                                  sourceUnit: "元", tables: [table], rejects: [], status: .ok)
    }

    func testAgencyWithSeveralYearsGetsATrendChart() {
        let entries = [
            ReportEntry(document("a", agency: "某局", year: 2022, kind: .budget, total: 1_000_00), findings: []),
            ReportEntry(document("b", agency: "某局", year: 2022, kind: .finalAccount, total: 1_234_56), findings: []),
            ReportEntry(document("c", agency: "某局", year: 2023, kind: .budget, total: 2_000_00), findings: []),
            ReportEntry(document("d", agency: "另一局", year: 2023, kind: .budget, total: 5_00), findings: []),
        ]
        XCTAssertEqual(entries[1].totalExpenditure, ExactDecimal(mantissa: 1_234_56, scale: 2))
        let html = IndexPage(run: RunReport(), entries: entries, unit: "元").render()
        XCTAssertEqual(StrictHTML.problems(html), [])
        XCTAssertTrue(html.contains("某局：支出合计"))
        XCTAssertFalse(html.contains("另一局：支出合计"), "one document: no trend")
        XCTAssertEqual(texts(in: html, after: "<text class=\"value\""), ["1000.00", "1234.56", "2000.00"])
        XCTAssertEqual(texts(in: html, after: "<text class=\"label\""), ["2022年", "2023年"])
    }

    func testDocumentsWithLowConsistencyAreListedLowestFirst() {
        let share = { (m: Int64) in ExactDecimal(mantissa: m, scale: 4) }
        let entries = [
            ReportEntry(document("a", agency: "某局", year: 2022, kind: .budget, total: 1_00), findings: [], consistency: share(9_900)),
            ReportEntry(document("b", agency: "某局", year: 2023, kind: .budget, total: 1_00), findings: [], consistency: share(6_000)),
            ReportEntry(document("c", agency: "某局", year: 2024, kind: .budget, total: 1_00), findings: [], consistency: share(9_000)),
            ReportEntry(document("d", agency: "某局", year: 2025, kind: .budget, total: 1_00), findings: [], consistency: nil),
        ]
        let html = IndexPage(run: RunReport(), entries: entries, unit: "元").render()
        XCTAssertEqual(StrictHTML.problems(html), [])
        let start = html.range(of: "id=\"low-consistency\"")!.lowerBound
        let table = String(html[start..<html[start...].range(of: "</table>")!.upperBound])
        // consistency and errors of b (60%), then c (90%); a (99%) and d (nothing compared) are not listed
        XCTAssertEqual(texts(in: table, after: "<td class=\"n\""), ["0.6000", "0", "0.9000", "0"])
        XCTAssertEqual(texts(in: table, after: "<a "), ["b", "c"])
    }
}
