/// `report/index.html`: the run at a glance (when, which version, documents by status, numbers
/// found / loaded / rejected, findings by rule and severity), a trend chart per agency with several
/// years or kinds, and every document in a table that sorts by a column and filters by words.
struct IndexPage {
    let run: RunReport
    let entries: [ReportEntry]
    let unit: String

    static let fileName = "index.html"

    func render() -> String {
        HTMLWriter.document(language: "zh-CN") { html in
            ReportPageHead.write(html, title: "budget-etl 报告", fingerprint: nil)
            html.element("body") {
                html.element("h1", text: "budget-etl 报告")
                writeRun(html)
                writeFindings(html)
                writeLowConsistency(html)
                writeTrends(html)
                writeDocuments(html)
                html.element("script") { html.trusted(ReportAssets.script) }
            }
        }
    }

    private func writeRun(_ html: HTMLWriter) {
        html.element("dl", ["class": "meta", "id": "run"]) {
            for (name, value) in [("started", run.started), ("ended", run.ended), ("tool_version", run.toolVersion),
                                  ("exit_status", String(run.exitStatus)), ("command", run.command)] {
                html.element("dt", text: name)
                html.element("dd", ["data-field": name], text: value)
            }
        }
        let statuses = ["ok", "no_tables", "failed"].map { word in (word, entries.filter { $0.statusWord == word }.count) }
        html.element("h2", text: "文件与数字")
        html.element("div", ["class": "cards", "id": "counts"]) {
            card(html, "documents", entries.count)
            for (word, count) in statuses { card(html, word, count) }
            card(html, "numbers_found", entries.reduce(0) { $0 + $1.numbersFound })
            card(html, "loaded", entries.reduce(0) { $0 + $1.cells })
            card(html, "rejected", entries.reduce(0) { $0 + $1.rejects })
            card(html, "errors", entries.reduce(0) { $0 + $1.errors })
            card(html, "warnings", entries.reduce(0) { $0 + $1.warnings })
        }
    }

    private func card(_ html: HTMLWriter, _ name: String, _ count: Int) {
        html.element("div", ["class": "card", "data-count": name]) {
            html.element("b", text: String(count))
            html.text(name)
        }
    }

    private func writeFindings(_ html: HTMLWriter) {
        var totals: [String: Int] = [:]
        for entry in entries { totals.merge(entry.findingCounts, uniquingKeysWith: +) }
        html.element("h2", text: "校验发现：按规则与严重程度")
        html.element("table", ["id": "findings-by-rule"]) {
            html.element("thead") {
                html.element("tr") { for name in ["rule", "error", "warning"] { html.element("th", text: name) } }
            }
            html.element("tbody") {
                for rule in RuleKind.allCases {
                    html.element("tr", ["data-rule": rule.rawValue]) {
                        html.element("td", text: rule.rawValue)
                        for severity in [Severity.error, .warning] {
                            html.element("td", ["class": "n"], text: String(totals[ReportEntry.key(rule, severity)] ?? 0))
                        }
                    }
                }
            }
        }
    }

    /// Below this share of declared relations holding, a document's reading should be looked at.
    static let lowConsistency = ExactDecimal(mantissa: 95, scale: 2)

    /// Documents whose declared relations hold least, lowest first: where a reading (or the
    /// document) needs a look.
    private func writeLowConsistency(_ html: HTMLWriter) {
        var low: [(entry: ReportEntry, share: ExactDecimal)] = []
        for entry in entries {
            if let share = entry.consistency, share < Self.lowConsistency { low.append((entry, share)) }
        }
        low.sort { a, b in a.share < b.share || (a.share == b.share && a.entry.sourceFile < b.entry.sourceFile) }
        html.element("h2", text: "一致性较低的文件（成立的勾稽关系少于95%）")
        if low.isEmpty { return html.element("p", ["id": "low-consistency"], text: "没有。") }
        html.element("table", ["id": "low-consistency"]) {
            html.element("thead") {
                html.element("tr") { for name in ["document", "consistency", "errors"] { html.element("th", text: name) } }
            }
            html.element("tbody") {
                for (entry, share) in low {
                    html.element("tr", ["data-document-id": entry.documentId]) {
                        html.element("td") { html.element("a", ["href": DocumentPage.fileName(entry.documentId)], text: entry.sourceFile) }
                        html.element("td", ["class": "n"], text: share.description)
                        html.element("td", ["class": "n"], text: String(entry.errors))
                    }
                }
            }
        }
    }

    /// Per agency with more than one document printing a total expenditure: the totals by year,
    /// budget and final account side by side.
    private func writeTrends(_ html: HTMLWriter) {
        let byAgency = Dictionary(grouping: entries.filter { !$0.agency.isEmpty && $0.totalExpenditure != nil }, by: \.agency)
        let agencies = byAgency.filter { $0.value.count > 1 }.keys.sorted()
        guard !agencies.isEmpty else { return }
        html.element("h2", ["id": "trends"], text: "各部门支出总额的变化")
        html.element("div", ["class": "charts"]) {
            for agency in agencies { trendChart(agency, byAgency[agency]!).write(to: html) }
        }
    }

    private func trendChart(_ agency: String, _ documents: [ReportEntry]) -> BarChart {
        let kinds: [DocumentKind] = [.budget, .finalAccount, .unknown].filter { kind in documents.contains { $0.kind == kind } }
        let years = Set(documents.map(\.fiscalYear)).sorted()
        let groups = years.map { year in
            BarChart.Group(label: year.isEmpty ? "?" : "\(year)年", values: kinds.map { kind in
                documents.first { $0.fiscalYear == year && $0.kind == kind }?.totalExpenditure
            })
        }
        return BarChart(title: "\(agency)：支出合计", series: kinds.map { ReportText.kind($0) ?? "其他" }, groups: groups, unit: unit)
    }

    private func writeDocuments(_ html: HTMLWriter) {
        html.element("h2", text: "文件")
        html.element("p") {
            html.void("input", ["type": "search", "id": "filter", "placeholder": "筛选：部门、年份、类型、状态…",
                                "aria-label": "筛选文件"])
            html.text(" 显示 ")
            html.element("span", ["id": "shown"], text: String(entries.count))
            html.text(" / \(entries.count)")
        }
        let columns: [(String, Bool)] = [("agency", false), ("fiscal_year", true), ("document_kind", false), ("tables", true),
                                         ("cells", true), ("rejects", true), ("errors", true), ("warnings", true),
                                         ("status", false), ("source_file", false)]
        html.element("div", ["class": "scroll"]) {
            html.element("table", ["id": "documents"]) {
                html.element("thead") {
                    html.element("tr") {
                        for (name, numeric) in columns { html.element("th", ["data-type": numeric ? "number" : "text"], text: name) }
                    }
                }
                html.element("tbody") { for entry in entries { writeDocument(entry, html) } }
            }
        }
    }

    private func writeDocument(_ entry: ReportEntry, _ html: HTMLWriter) {
        html.element("tr", ["data-document-id": entry.documentId]) {
            html.element("td") {
                html.element("a", ["href": DocumentPage.fileName(entry.documentId)], text: entry.agency.isEmpty ? "—" : entry.agency)
            }
            html.element("td", ["class": "n"], text: entry.fiscalYear)
            html.element("td", text: entry.kind.rawValue)
            for count in [entry.tables, entry.cells, entry.rejects, entry.errors, entry.warnings] {
                html.element("td", ["class": "n"], text: String(count))
            }
            html.element("td", text: entry.status)
            html.element("td") { html.element("a", ["href": DocumentPage.fileName(entry.documentId)], text: entry.sourceFile) }
        }
    }
}
