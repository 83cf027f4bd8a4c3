import Foundation
import XCTest
@testable import BudgetETL

/// The state keeps each document's load summary only (the fragment is made again from the normalize
/// and validate results when a file renders it), so the summary made from the document alone must be
/// the fragment's own.
final class LoadSummaryTests: XCTestCase {
    func testTheSummaryOfADocumentIsItsFragments() throws {
        var documents = [LoadFixtures.finalAccount, LoadFixtures.budget, LoadFixtures.failed]
        // A cell past its section's columns gets a positional name, in a part of a kind seen before.
        var pastColumns = LoadFixtures.budget
        pastColumns.tables.append(pastColumns.tables[0])
        pastColumns.tables[1].sections[0].rows[0].cells.append(LoadFixtures.money(6, 1, line: 9, source: "0.01"))
        documents.append(pastColumns)
        let config = try PipelineConfigLoader.load(file: Workspace.repository.appendingPathComponent("pipeline.yaml"))
        let processor = DocumentProcessor(catalog: config.catalog, outputUnit: config.outputUnit,
                                          placement: PlacementRules(config.validation))
        let files = try InputScanner(folder: Workspace.repository.appendingPathComponent("input"), patterns: ["*.txt"]).scan()
        documents += files.map(processor.process)
        let validator = Validator(config: config.validation)
        for document in documents {
            let fragment = LoadFragment(document, validation: validator.check(document))
            let summary = LoadFragment.Summary(document)
            XCTAssertEqual(summary.columns.map(\.tableKey), fragment.wide.map(\.tableKey), document.sourceFile)
            XCTAssertEqual(summary.columns.map(\.columns), fragment.wide.map(\.columns), document.sourceFile)
            XCTAssertEqual(summary.fiscalYear, fragment.fiscalYear, document.sourceFile)
            XCTAssertEqual(summary.longRows, fragment.long.count, document.sourceFile)
        }
        XCTAssertEqual(LoadFragment.Summary(pastColumns).columns.last?.columns, ["基本支出", "项目支出", "column_3", "基本支出 #2", "column_7"])
        XCTAssertGreaterThan(files.count, 3)
    }

    func testASummaryRoundTripsAndRejectsDamage() throws {
        let summary = LoadFragment.Summary(LoadFixtures.finalAccount)
        let bytes = summary.encoded()
        let decoded = try LoadFragment.Summary(decoding: bytes)
        XCTAssertEqual(decoded.columns.map(\.tableKey), ["income_expenditure_final", "expenditure_final"])
        XCTAssertEqual(decoded.columns.map(\.columns), [["行次", "决算数"], ["本年支出合计", "基本支出"]])
        XCTAssertEqual(decoded.fiscalYear, 2023)
        XCTAssertEqual(decoded.longRows, 5)
        XCTAssertNil(try LoadFragment.Summary(decoding: LoadFragment.Summary(LoadFixtures.budget).encoded()).fiscalYear)
        for cut in 0..<bytes.count {
            XCTAssertThrowsError(try LoadFragment.Summary(decoding: Array(bytes.prefix(cut))), "cut at \(cut)")
        }
        XCTAssertThrowsError(try LoadFragment.Summary(decoding: bytes + [0]), "a byte past its end")
    }

    func testSummariesDecodedWithAMemoEqualThoseWithout() throws {
        let memo = LoadFragment.Summary.ColumnsMemo()
        let summary = LoadFragment.Summary(columns: [("income_final", ["本年收入", "上年结转"]), ("expenditure_final", ["合计"])],
                                           fiscalYear: 2023, longRows: 7)
        var sameColumns = summary
        sameColumns.fiscalYear = nil
        sameColumns.longRows = 3
        let other = LoadFragment.Summary(columns: [("income_final", ["本年收入"])], fiscalYear: 2022, longRows: 1)
        for value in [summary, sameColumns, other, summary, other] {
            let bytes = value.encoded()
            let plain = try LoadFragment.Summary(decoding: bytes)
            let memoized = try LoadFragment.Summary(decoding: bytes, memo: memo)
            XCTAssertEqual(memoized.columns.map(\.tableKey), plain.columns.map(\.tableKey))
            XCTAssertEqual(memoized.columns.map(\.columns), plain.columns.map(\.columns))
            XCTAssertEqual(memoized.fiscalYear, plain.fiscalYear)
            XCTAssertEqual(memoized.longRows, plain.longRows)
            for cut in 0..<bytes.count {
                XCTAssertThrowsError(try LoadFragment.Summary(decoding: Array(bytes.prefix(cut)), memo: memo), "cut at \(cut)")
            }
            XCTAssertThrowsError(try LoadFragment.Summary(decoding: bytes + [0], memo: memo), "a byte past its end")
        }
    }
}

/// `ReadAhead`: values in order, each made once when asked for in a row.
final class ReadAheadTests: XCTestCase {
    private final class Calls: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [Int] = []
        func add(_ index: Int) { lock.lock(); made.append(index); lock.unlock() }
        var all: [Int] { lock.lock(); defer { lock.unlock() }; return made.sorted() }
    }

    func testValuesInARowAreMadeOnceAndAhead() throws {
        let calls = Calls()
        let reader = ReadAhead(count: 10) { n -> Int in
            calls.add(n)
            return n * n
        }
        for n in 0..<5 { XCTAssertEqual(try reader.value(n), n * n) }
        reader.finish()
        XCTAssertEqual(calls.all, [0, 1, 2, 3, 4, 5], "the one after the row is made in vain, nothing else")
    }

    func testScatteredValuesAndTheLastOneAreMadeOnDemand() throws {
        let calls = Calls()
        let reader = ReadAhead(count: 10) { n -> Int in
            calls.add(n)
            return -n
        }
        for n in [3, 7, 8, 9, 2] { XCTAssertEqual(try reader.value(n), -n) }
        reader.finish()
        XCTAssertEqual(calls.all, [2, 3, 7, 8, 9], "nothing past the last index, nothing ahead of a single one")
    }

    func testWithoutReadingAheadNothingIsMadeInVain() throws {
        let calls = Calls()
        let reader = ReadAhead(count: 10, ahead: false) { n -> Int in
            calls.add(n)
            return n
        }
        for n in 0..<4 { XCTAssertEqual(try reader.value(n), n) }
        reader.finish()
        XCTAssertEqual(calls.all, [0, 1, 2, 3])
    }

    func testAFailureMadeAheadIsThrownWhenItsValueIsAskedFor() throws {
        struct Broken: Error {}
        let reader = ReadAhead(count: 4) { n -> Int in
            if n == 2 { throw Broken() }
            return n
        }
        XCTAssertEqual(try reader.value(0), 0)
        XCTAssertEqual(try reader.value(1), 1)
        XCTAssertThrowsError(try reader.value(2)) { XCTAssertTrue($0 is Broken) }
        XCTAssertEqual(try reader.value(3), 3)
        reader.finish()
    }
}

/// The report's index entries, kept between runs in the state folder (`ReportCache`).
final class ReportCacheTests: XCTestCase {
    func testTheCacheRoundTripsAndADamagedOneReadsAsEmpty() throws {
        var entry = ReportEntry(LoadFixtures.finalAccount, findings: [], consistency: ExactDecimal(mantissa: 975, scale: 3))
        entry.findingCounts = ["row_total error": 2, "hierarchy warning": 1]
        entry.totalExpenditure = ExactDecimal(mantissa: -26_994_000, scale: 2)
        var cache = ReportCache()
        cache.documents["b/final.txt"] = .init(fingerprint: "f1", entry: entry)
        cache.documents["子目录/budget.txt"] = .init(fingerprint: "f2", entry: ReportEntry(LoadFixtures.budget, findings: []))
        XCTAssertNil(cache.documents["子目录/budget.txt"]!.entry.consistency)

        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("report-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(ReportWriter.cacheName)
        let bytes = cache.encoded()
        try Data(bytes).write(to: url)
        XCTAssertEqual(ReportCache.read(url), cache)
        XCTAssertEqual(try ReportCache(stateBytes: cache.stateBytes()), cache)

        var damaged = bytes
        damaged[damaged.count - 3] ^= 0x01
        try Data(damaged).write(to: url)
        XCTAssertEqual(ReportCache.read(url), ReportCache(), "a damaged cache renders every page again")
        try Data("{\"documents\":{}}".utf8).write(to: url)
        XCTAssertEqual(ReportCache.read(url), ReportCache(), "not a state file")
        let payload = cache.stateBytes()
        for cut in 0..<payload.count {
            XCTAssertThrowsError(try ReportCache(stateBytes: Array(payload.prefix(cut))), "cut at \(cut)")
        }
    }
}
