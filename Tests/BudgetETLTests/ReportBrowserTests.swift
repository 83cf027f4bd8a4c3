import Foundation
import XCTest
@testable import BudgetETL

/// The report rendered by headless Chromium (Debian package `chromium`, with `fonts-wqy-zenhei` for
/// Chinese; .ci/run installs both). Skipped where Chromium is not installed.
final class ReportBrowserTests: XCTestCase {
    private static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    private var workspace: Workspace!
    private var report: URL { workspace.output.appendingPathComponent("report") }

    override func setUpWithError() throws {
        if Self.chromium == nil {
            // In CI .ci/run installs it: a missing browser there is a failure, not a skip.
            if ProcessInfo.processInfo.environment["CI"] != nil {
                XCTFail("chromium is not installed; .ci/run installs chromium and fonts-wqy-zenhei")
            }
            throw XCTSkip("chromium is not installed (apt-get install chromium fonts-wqy-zenhei)")
        }
        workspace = try Workspace(self, name: "report-browser")
        try workspace.copySamples()
        try workspace.run()
    }

    func testDOMShowsEveryDocumentItsTablesAndFindings() throws {
        let documents = try ReportCSV.records(workspace.output.appendingPathComponent("documents.csv"))
        let long = try ReportCSV.records(workspace.output.appendingPathComponent("long.csv"))
        let validation = try ReportCSV.records(workspace.output.appendingPathComponent("validation.csv"))
        let index = try dumpDOM(report.appendingPathComponent("index.html"))
        for document in documents {
            XCTAssertTrue(index.contains("<tr data-document-id=\"\(document["document_id"]!)\">"), "index row of \(document["source_file"]!)")
            XCTAssertTrue(index.contains(HTMLWriter.escape(document["agency"]!)))
        }
        for document in documents {
            let id = document["document_id"]!
            let page = try dumpDOM(report.appendingPathComponent("\(id).html"))
            for title in Set(long.filter { $0["document_id"] == id }.map { $0["table_title"]! }) {
                XCTAssertTrue(page.contains("<h2>\(domText(title))</h2>"), "\(id): table \(title)")
            }
            let findings = validation.filter { $0["document_id"] == id }
            for finding in findings {
                XCTAssertTrue(page.contains("<td>\(domText(finding["message"]!))</td>"), "\(id): finding \(finding["subject"]!)")
            }
            let flagged = page.components(separatedBy: "class=\"n error\"").count + page.components(separatedBy: "class=\"n warning\"").count - 2
            if findings.contains(where: { !$0["table_key"]!.isEmpty }) { XCTAssertGreaterThan(flagged, 0, "\(id): flagged cells") }
            XCTAssertTrue(page.contains("<svg"), "\(id): charts")
        }
    }

    func testIndexSortsAndFiltersInTheBrowser() throws {
        let documents = try ReportCSV.records(workspace.output.appendingPathComponent("documents.csv"))
        let page = try String(contentsOf: report.appendingPathComponent("index.html"), encoding: .utf8)
        // Click the `cells` header (sort ascending), then filter for final accounts.
        let driver = """
        <script>document.querySelectorAll("#documents th")[4].click();
        var f = document.getElementById("filter"); f.value = "final_account"; f.dispatchEvent(new Event("input"));</script>
        """
        let driven = report.appendingPathComponent("driven.html")
        try page.replacingOccurrences(of: "</body>", with: driver + "</body>").write(to: driven, atomically: true, encoding: .utf8)
        let dom = try dumpDOM(driven)
        let order = dom.matches(of: try Regex("<tr data-document-id=\"(d[0-9a-f]+)\"( hidden=\"\")?>")).map {
            (String($0.output[1].substring!), $0.output[2].substring != nil)
        }
        let expected = documents.sorted { Int($0["cells"]!)! < Int($1["cells"]!)! }
        XCTAssertEqual(order.map(\.0), expected.map { $0["document_id"]! }, "sorted by cells")
        XCTAssertEqual(order.map(\.1), expected.map { $0["document_kind"] != "final_account" }, "filtered to final accounts")
        XCTAssertTrue(dom.contains("<span id=\"shown\">\(expected.filter { $0["document_kind"] == "final_account" }.count)</span>"))
    }

    func testScreenshotsAreNotBlank() throws {
        let documents = try ReportCSV.records(workspace.output.appendingPathComponent("documents.csv"))
        let busiest = documents.max { Int($0["errors"]!)! + Int($0["warnings"]!)! < Int($1["errors"]!)! + Int($1["warnings"]!)! }!
        for page in ["index.html", "\(busiest["document_id"]!).html"] {
            let shot = workspace.root.appendingPathComponent("\(page).png")
            _ = try chromium(["--window-size=1280,900", "--screenshot=\(shot.path)", report.appendingPathComponent(page).absoluteString])
            let image = try PNGImage(Array(try Data(contentsOf: shot)))
            XCTAssertEqual(image.width, 1280)
            let (ink, colours) = image.inkAndColours
            XCTAssertGreaterThan(ink, 0.02, "\(page): share of non-white pixels")
            XCTAssertGreaterThan(colours, 50, "\(page): distinct colours (text, tables, bars)")
        }
    }

    /// Text as Chromium serializes it in the DOM (only &, < and > escaped).
    private func domText(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
    }

    private func dumpDOM(_ page: URL) throws -> String {
        try chromium(["--dump-dom", page.absoluteString])
    }

    /// Runs headless Chromium with its own profile folder; returns its stdout. Killed after 90 s.
    private func chromium(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.chromium!)
        let profile = workspace.root.appendingPathComponent("chromium-profile")
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
                             "--user-data-dir=\(profile.path)"] + arguments
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let watchdog = DispatchWorkItem { process.terminate() }
        DispatchQueue.global().asyncAfter(deadline: .now() + 90, execute: watchdog)
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        XCTAssertEqual(process.terminationStatus, 0, "chromium \(arguments)")
        return String(decoding: data, as: UTF8.self)
    }
}
