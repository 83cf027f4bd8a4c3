import BudgetETL
import Foundation
import XCTest

/// The generality suite of issue 9: every sample (input/ and the pdftotext texts of
/// Tests/Fixtures/pdf) rewritten into each layout family, read by extract + normalize, and
/// compared with the original's reading. A variant passes when it gives the original's facts
/// (table kind, row code or label, column path, exact value), or rejects with a reason what it
/// cannot place; a value in another row, column or table fails it. One test per family, so that
/// each can be run alone: `swift test --filter GeneralitySuiteTests/testWrappedLabels`.
final class GeneralitySuiteTests: XCTestCase {
    /// Not a family: the suite's line splitting and printing change nothing the reader sees.
    func testCellsPrintedBackReadTheSame() throws { try check(RoundTripVariants.make, keepingUnchanged: true) }
    func testWrappedLabels() throws { try check(WrappedLabelVariants.make) }
    func testWrappedHeaderWords() throws { try check(WrappedHeaderVariants.make) }
    func testPageFurniture() throws { try check(PageFurnitureVariants.make) }
    func testOneLinePerTable() throws { try check(RenderedTableVariants.oneLinePerTable) }
    func testOneCellPerLine() throws { try check(RenderedTableVariants.oneCellPerLine) }
    func testBlankCellsDropped() throws { try check(RenderedTableVariants.blankCellsDropped) }
    func testRenamedAndMarkedTitles() throws { try check(TitleVariants.make) }
    func testMovedUnits() throws { try check(UnitVariants.make) }
    func testRenderedThroughPDF() throws { try check(PDFRenderedVariants.make) }
    func testPagesPrintedBottomLineFirst() throws { try check(ConverterOrderVariants.bottomLineFirst) }
    func testCellsPartedByTwoSpaces() throws { try check(ConverterOrderVariants.twoSpaceCells) }
    /// The real documents' tables (Tests/Fixtures/real) printed to PDF as a workbook and a Word
    /// document would be, compared with the real page's own reading.
    func testRealPagesRenderedThroughPDF() throws {
        let corpus = try GeneralityCorpus.shared.get()
        try check(PDFRenderedVariants.makeReal, samples: PDFRenderedVariants.realSamples(corpus))
    }

    /// The base of every comparison: each original gives facts and its tables are found.
    func testOriginalsAreRead() throws {
        let corpus = try GeneralityCorpus.shared.get()
        XCTAssertGreaterThanOrEqual(corpus.samples.count, 9, "five texts in input/, four layout texts in Tests/Fixtures/pdf")
        for sample in corpus.samples {
            XCTAssertGreaterThan(sample.facts.count, 100, sample.name)
            XCTAssertGreaterThanOrEqual(sample.tables.count, 7, sample.name)
        }
    }

    /// Reads every variant the family makes of every sample (two at a time); one failure per variant
    /// that loses or misplaces facts, with the diff. Variants identical to their original are
    /// skipped unless `keepingUnchanged`.
    private func check(_ family: (SampleDocument) -> [Variant], samples: [SampleDocument]? = nil,
                       keepingUnchanged: Bool = false, line: UInt = #line) throws {
        let corpus = try GeneralityCorpus.shared.get()
        let cases = (samples ?? corpus.samples).flatMap { sample in
            family(sample).filter { keepingUnchanged || $0.text != sample.lines.joined(separator: "\n") }.map { (sample, $0) }
        }
        XCTAssertFalse(cases.isEmpty, "the family made no variant of any sample", line: line)
        let outcomes = VariantOutcomes(count: cases.count)
        DispatchQueue.concurrentPerform(iterations: cases.count) { index in
            let (sample, variant) = cases[index]
            let reading = corpus.read(variant.text, name: variant.sample)
            outcomes.set(index, Outcome(sample: sample, variant: variant, reading: reading))
        }
        let family = familyName
        if ProcessInfo.processInfo.environment["GENERALITY_RECORD"] != nil {
            // One style's reading would drop the family's other lines from the baseline.
            guard ProcessInfo.processInfo.environment["GENERALITY_STYLE"] == nil else {
                return XCTFail("GENERALITY_RECORD with GENERALITY_STYLE set: record the whole family", line: line)
            }
            try GeneralityBaseline.record(outcomes.all, family: family)
        } else {
            let baseline = try GeneralityBaseline.load()
            for outcome in outcomes.all {
                if let problem = baseline.regression(of: outcome, family: family) { XCTFail(problem + "\n" + outcome.failure, line: line) }
            }
        }
        try dump(outcomes.all)
    }

    /// "testWrappedLabels" for "-[GeneralitySuiteTests testWrappedLabels]" (and Linux's form).
    private var familyName: String {
        name.split { $0 == "." || $0 == " " }.last.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "]")) } ?? name
    }

    /// With GENERALITY_DUMP set to a folder, each variant's text is written there to be read by hand,
    /// with one summary line per variant in `<test>.summary.txt` and the diffs of those that fail in
    /// `<test>.failures.txt`.
    private func dump(_ outcomes: [Outcome]) throws {
        guard let folder = ProcessInfo.processInfo.environment["GENERALITY_DUMP"] else { return }
        let test = name.split { $0 == "." || $0 == " " }.last.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "]")) } ?? name
        for outcome in outcomes {
            let file = "\(test) \(outcome.variant.sample) [\(outcome.variant.name)].txt".replacingOccurrences(of: "/", with: "-")
            try outcome.variant.text.write(toFile: folder + "/" + file, atomically: true, encoding: .utf8)
            // What the variant lost or moved, to be read beside its text.
            try (outcome.status + "\n" + outcome.diff.report(limit: 60)).write(toFile: folder + "/" + file + ".diff", atomically: true, encoding: .utf8)
        }
        try outcomes.map { $0.summary + "\n" }.joined()
            .write(toFile: folder + "/\(test).summary.txt", atomically: true, encoding: .utf8)
        try outcomes.filter { !$0.diff.holds }.map { $0.failure(limit: .max) + "\n\n" }.joined()
            .write(toFile: folder + "/\(test).failures.txt", atomically: true, encoding: .utf8)
    }
}

/// A variant's reading compared with its original's.
struct Outcome {
    var variant: Variant
    var diff: FactDiff
    var status: String
    var tables: String

    init(sample: SampleDocument, variant: Variant, reading: Reading) {
        let facts = Fact.of(reading.normalized)
        let expected = variant.expectedFacts(of: sample)
        self.variant = variant
        diff = FactDiff(original: expected, variant: facts, variantRejects: reading.normalized.rejects)
        status = reading.normalized.status.text
        tables = diff.tableCounts(original: expected, variant: facts)
    }

    var summary: String {
        "\(variant.sample) [\(variant.name)]: \(diff.holds ? "ok" : "FAIL") \(diff.report(limit: 0).split(separator: "\n")[0])"
    }

    var failure: String { failure(limit: 8) }

    func failure(limit: Int) -> String {
        "\(variant.sample) [\(variant.name)], status \(status):\n\(diff.report(limit: limit))\n  facts per table: \(tables)"
    }
}

/// Outcomes filled in by concurrent readers, each at its own index.
final class VariantOutcomes: @unchecked Sendable {
    private var slots: [Outcome?]
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ outcome: Outcome) { lock.withLock { slots[index] = outcome } }
    var all: [Outcome] { lock.withLock { slots.compactMap { $0 } } }
}
