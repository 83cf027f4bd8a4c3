import BudgetETL
import XCTest

/// The generality suite of issue 9: every sample (input/ and the pdftotext texts of
/// Tests/Fixtures/pdf) rewritten into each layout family, read by extract + normalize, and
/// compared with the original's reading. A variant passes when it gives the original's facts
/// (table kind, row code or label, column path, exact value), or rejects with a reason what it
/// cannot place; a value in another row, column or table fails it. One test per family, so that
/// each can be run alone: `swift test --filter GeneralitySuiteTests/testWrappedLabels`.
final class GeneralitySuiteTests: XCTestCase {
    func testWrappedLabels() throws { try check(WrappedLabelVariants.make) }
    func testWrappedHeaderWords() throws { try check(WrappedHeaderVariants.make) }
    func testPageFurniture() throws { try check(PageFurnitureVariants.make) }
    func testOneLinePerTable() throws { try check(RenderedTableVariants.oneLinePerTable) }
    func testOneCellPerLine() throws { try check(RenderedTableVariants.oneCellPerLine) }
    func testBlankCellsDropped() throws { try check(RenderedTableVariants.blankCellsDropped) }
    func testRenamedAndMarkedTitles() throws { try check(TitleVariants.make) }
    func testMovedUnits() throws { try check(UnitVariants.make) }

    /// The base of every comparison: each original gives facts and its tables are found.
    func testOriginalsAreRead() throws {
        let corpus = try GeneralityCorpus.shared.get()
        XCTAssertEqual(corpus.samples.count, 9)
        for sample in corpus.samples {
            XCTAssertGreaterThan(sample.facts.count, 100, sample.name)
            XCTAssertGreaterThanOrEqual(sample.tables.count, 7, sample.name)
        }
    }

    /// Reads every variant the family makes of every sample; one failure per variant that loses
    /// or misplaces facts, with the diff. Variants identical to their original are not counted.
    private func check(_ family: (SampleDocument) -> [Variant], line: UInt = #line) throws {
        let corpus = try GeneralityCorpus.shared.get()
        var tried = 0
        for sample in corpus.samples {
            for variant in family(sample) where variant.text != sample.lines.joined(separator: "\n") {
                tried += 1
                let reading = corpus.read(variant.text, name: variant.sample)
                let diff = FactDiff(original: sample.facts, variant: Fact.of(reading.normalized),
                                    variantRejects: reading.normalized.rejects)
                let verdict = diff.holds ? "ok" : "FAIL"
                print("generality \(name) \(sample.name) [\(variant.name)]: \(verdict) \(diff.report(limit: 0).split(separator: "\n")[0])")
                if !diff.holds {
                    XCTFail("\(sample.name) [\(variant.name)], status \(reading.normalized.status.text):\n\(diff.report())", line: line)
                }
            }
        }
        XCTAssertGreaterThan(tried, 0, "the family made no variant of any sample", line: line)
    }
}
