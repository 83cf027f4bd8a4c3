import Foundation

/// `report/<document_id>.html`: one document as loaded. Its metadata and counts, charts of its
/// printed figures, its validation findings, every table with its rows as in the wide view (values
/// in the output unit, exactly as in the CSV files; flagged cells highlighted and linked to their
/// finding) and its rejected lines with their source text.
struct DocumentPage {
    let document: NormalizedDocument
    let findings: [Finding]
    /// The output money unit (元 / 万元), in which the values are shown.
    let unit: String
    /// Written into the page so a later run can tell whether it is up to date without reading more.
    let fingerprint: String

    static func fileName(_ documentId: String) -> String { "\(documentId).html" }

    func render() -> String { String(decoding: renderBytes(), as: UTF8.self) }

    /// The page as UTF-8 bytes, as it is written to its file.
    func renderBytes() -> [UInt8] {
        let findings = findings.sorted(by: Finding.precedes)
        let flags = CellFlags(findings)
        return HTMLWriter.documentBytes(language: "zh-CN") { html in
            ReportPageHead.write(html, title: title, fingerprint: fingerprint)
            html.element("body") {
                html.element("nav") { html.element("a", ["href": "index.html"], text: "← 全部文件 (index)") }
                html.element("h1", text: title)
                writeMetadata(html)
                writeCharts(html)
                writeFindings(findings, html)
                for (index, table) in document.tables.enumerated() {
                    writeTable(table, index: index, flags: flags, html)
                }
                writeRejects(html)
            }
        }
    }

    private var title: String {
        let metadata = document.metadata
        let parts = [metadata.agency, metadata.fiscalYear.map { "\($0)年" }, ReportText.kind(metadata.kind)]
        let title = parts.compactMap { $0 }.joined(separator: " ")
        return title.isEmpty ? document.sourceFile : title
    }

    private func writeMetadata(_ html: HTMLWriter) {
        let metadata = document.metadata
        let errors = findings.filter { $0.severity == .error }.count
        let rows: [(String, String)] = [
            ("source_file", document.sourceFile), ("document_id", document.documentId), ("sha256", document.sha256),
            ("agency", metadata.agency ?? ""), ("fiscal_year", metadata.fiscalYear.map(String.init) ?? ""),
            ("document_kind", metadata.kind.rawValue), ("source_unit", document.sourceUnit),
            ("status", document.status.text), ("tables", String(document.tables.count)),
            ("numbers_found", String(document.numbersFound)), ("cells", String(document.cellCount)),
            ("rejects", String(document.rejects.count)), ("errors", String(errors)),
            ("warnings", String(findings.count - errors)), ("values shown in", unit),
        ]
        html.element("dl", ["class": "meta", "id": "metadata"]) {
            for (name, value) in rows {
                html.element("dt", text: name)
                html.element("dd", ["data-field": name], text: value)
            }
        }
    }

    private func writeCharts(_ html: HTMLWriter) {
        let figures = DocumentFigures(document)
        var charts: [BarChart] = []
        let level = ["类", "款", "项"][min(max(figures.functionLevel, 1), 3) - 1]
        charts.append(BarChart(title: "按功能分类（\(level)）的支出", series: ["支出"],
                               groups: figures.functionClasses.map { .init(label: $0.label, values: [$0.value]) }, unit: unit))
        charts.append(BarChart(title: "基本支出与项目支出", series: ["支出"],
                               groups: [.init(label: "基本支出", values: [figures.basic]),
                                        .init(label: "项目支出", values: [figures.project])], unit: unit))
        charts.append(BarChart(title: "预算与决算：\(figures.budgetVersusFinalTable)", series: ["预算", "决算"],
                               groups: figures.budgetVersusFinal.map { .init(label: $0.label, values: [$0.budget, $0.final]) },
                               unit: unit))
        let shown = charts.filter { !$0.isEmpty }
        guard !shown.isEmpty else { return }
        html.element("h2", ["id": "charts"], text: "图表")
        html.element("div", ["class": "charts"]) {
            for chart in shown { chart.write(to: html) }
        }
    }

    private func writeFindings(_ findings: [Finding], _ html: HTMLWriter) {
        html.element("h2", ["id": "findings"], text: "校验发现 (validation) — \(findings.count)")
        guard !findings.isEmpty else { return html.element("p", text: "没有发现问题。") }
        html.element("div", ["class": "scroll"]) {
            html.element("table", ["class": "findings"]) {
                html.element("thead") {
                    html.element("tr") {
                        for name in ["severity", "rule", "table_key", "subject", "expected", "actual", "difference",
                                     "unit", "source_line", "message"] {
                            html.element("th", text: name)
                        }
                    }
                }
                html.element("tbody") {
                    for (index, finding) in findings.enumerated() { writeFinding(finding, id: index, html) }
                }
            }
        }
    }

    private func writeFinding(_ finding: Finding, id: Int, _ html: HTMLWriter) {
        html.element("tr", ["id": CellFlags.anchor(id), "class": finding.severity.rawValue]) {
            html.element("td", text: finding.severity.rawValue)
            html.element("td", text: finding.rule.rawValue)
            html.element("td", text: finding.tableKey)
            html.element("td", text: finding.subject)
            html.element("td", ["class": "n"], text: finding.expected)
            html.element("td", ["class": "n"], text: finding.actual)
            html.element("td", ["class": "n"], text: finding.difference)
            html.element("td", text: finding.unit)
            html.element("td", ["class": "n"], text: finding.sourceLine.map(String.init) ?? "")
            html.element("td", text: finding.message)
        }
    }

    private func writeTable(_ table: NormalizedTable, index: Int, flags: CellFlags, _ html: HTMLWriter) {
        html.element("section", ["class": "table", "id": "t\(index + 1)", "data-table-key": table.tableKey]) {
            html.element("h2", text: table.title)
            html.element("p", ["class": "note"],
                         text: "\(table.tableKey) · 第\(table.titleLine)行 · 原单位 \(table.sourceUnit) · 数值单位 \(unit)"
                             + (table.statedEmpty ? " · 本表无数据" : ""))
            for section in table.sections {
                if !section.name.isEmpty { html.element("h3", text: section.name) }
                writeSection(section, tableKey: table.tableKey, flags: flags, html)
            }
        }
    }

    private func writeSection(_ section: NormalizedSection, tableKey: String, flags: CellFlags, _ html: HTMLWriter) {
        let names = ColumnNames.of(section)
        html.element("div", ["class": "scroll"]) {
            html.element("table", ["class": "data"]) {
                html.element("thead") {
                    html.element("tr") {
                        for name in ["row_number", "row_code", "row_label"] + names { html.element("th", text: name) }
                    }
                }
                html.element("tbody") {
                    html.withBytes { out in
                        var cells: [NormalizedCell?] = []
                        for row in section.rows {
                            writeRow(row, names: names, tableKey: tableKey, flags: flags, cells: &cells, &out)
                        }
                    }
                }
            }
        }
    }

    /// One wide-view row: a later cell in the same column replaces an earlier one, as in wide/*.csv.
    /// `cells` is a buffer reused from row to row: the row's cells by column.
    private func writeRow(_ row: NormalizedRow, names: [String], tableKey: String, flags: CellFlags,
                          cells: inout [NormalizedCell?], _ out: inout HTMLBytes) {
        cells.removeAll(keepingCapacity: true)
        for cell in row.cells where cell.column >= 0 {
            if cell.column >= cells.count { cells += repeatElement(nil, count: cell.column + 1 - cells.count) }
            cells[cell.column] = cell
        }
        out.element("tr", "data-line", number: row.line) { out in
            out.element("td", ["class": "n"]) { $0.number(row.rowNumber) }
            out.element("td", text: row.code?.code ?? "")
            out.element("td", text: row.label)
            // The section's columns, then the cells past them (which the extractor should not make).
            for column in 0..<max(names.count, cells.count) {
                guard column < cells.count, let cell = cells[column] else {
                    if column < names.count { out.element("td") }
                    continue
                }
                let flagged = flags.findings(tableKey: tableKey, line: cell.line, column: ColumnNames.name(column, in: names))
                writeCell(cell, flagged: flagged, &out)
            }
        }
    }

    /// The cell's value, its source and findings as its title ("原文 <value><unit> · 第<line>行", the
    /// confidence when not certain, each finding's message on a line of its own), links to them.
    private func writeCell(_ cell: NormalizedCell, flagged: [(id: Int, finding: Finding)], _ out: inout HTMLBytes) {
        let severity = flagged.map(\.finding.severity).min()
        out.element("td", ["class": severity.map { "n \($0.rawValue)" } ?? "n"], "title", value: { title in
            title.text("原文 ")
            title.text(cell.sourceValue)
            title.text(cell.sourceUnit)
            title.text(" · 第")
            title.number(cell.line)
            title.text("行")
            if cell.confidence != .certain {
                title.text(" · ")
                title.text(cell.confidence.rawValue)
            }
            for (_, finding) in flagged {
                title.text("\n")
                title.text(finding.message)
            }
        }) { out in
            out.element("span", ["class": "v"], decimal: cell.value)
            for (id, _) in flagged {
                out.element("a", ["href": "#\(CellFlags.anchor(id))"], text: "\(id + 1)")
            }
        }
    }

    private func writeRejects(_ html: HTMLWriter) {
        html.element("h2", ["id": "rejects"], text: "未能读取的行 (rejects) — \(document.rejects.count)")
        guard !document.rejects.isEmpty else { return html.element("p", text: "没有。") }
        html.element("div", ["class": "scroll"]) {
            html.element("table", ["class": "rejects"]) {
                html.element("thead") {
                    html.element("tr") {
                        for name in ["source_line", "table_title", "text", "reason"] { html.element("th", text: name) }
                    }
                }
                html.element("tbody") {
                    for reject in document.rejects {
                        html.element("tr") {
                            html.element("td", ["class": "n"], text: String(reject.line))
                            html.element("td", text: reject.tableTitle)
                            html.element("td") { html.element("code", text: reject.text) }
                            html.element("td", text: reject.reason)
                        }
                    }
                }
            }
        }
    }
}

/// Which findings point at a cell: same table, same source line, and the column the subject
/// names after its last " | " (a subject without one flags every cell of the line). Looked up by
/// line first: most cells' lines have no finding, and then the cell's column name is not made.
struct CellFlags {
    private var byLine: [Int: [(id: Int, finding: Finding, column: String?)]] = [:]

    init(_ sortedFindings: [Finding]) {
        for (id, finding) in sortedFindings.enumerated() {
            guard let line = finding.sourceLine, !finding.tableKey.isEmpty else { continue }
            let column = finding.subject.range(of: " | ", options: .backwards).map { String(finding.subject[$0.upperBound...]) }
            byLine[line, default: []].append((id, finding, column))
        }
    }

    func findings(tableKey: String, line: Int, column: @autoclosure () -> String) -> [(id: Int, finding: Finding)] {
        guard let onLine = byLine[line] else { return [] }
        let column = column()
        return onLine.filter { $0.finding.tableKey == tableKey && ($0.column == nil || $0.column == column) }
            .map { ($0.id, $0.finding) }
    }

    static func anchor(_ id: Int) -> String { "f\(id + 1)" }
}
