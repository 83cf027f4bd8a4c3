import Foundation
import XCTest
@testable import BudgetETL

/// Validate reads where the row totals and hierarchies apply as normalize's placement found them
/// (`DocumentRelations`), not working them out again, but only when they were found under its own rules.
final class ValidateSharedRelationsTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private func samples() throws -> (PipelineConfig, [ExtractedDocument]) {
        let config = try PipelineConfigLoader.load(file: Self.repository.appendingPathComponent("pipeline.yaml"))
        let folder = Self.repository.appendingPathComponent("input")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let extractor = Extractor(catalog: config.catalog)
        return (config, try names.map { name in
            extractor.extract(bytes: Array(try Data(contentsOf: folder.appendingPathComponent(name))), sourceFile: name, sha256: "00")
        })
    }

    func testSharedRelationsGiveTheFindingsValidateWorksOut() throws {
        let (config, documents) = try samples()
        let normalizer = Normalizer(catalog: config.catalog, outputUnit: config.outputUnit, placement: PlacementRules(config.validation))
        let validator = Validator(config: config.validation)
        var hierarchies = 0, rowTotals = 0
        for extracted in documents {
            let (document, relations) = normalizer.normalizeWithRelations(extracted)
            XCTAssertEqual(document, normalizer.normalize(extracted))
            XCTAssertEqual(relations.sections.map(\.count), document.tables.map(\.sections.count))
            for section in relations.sections.joined() {
                hierarchies += section.rowSums.values.filter { !$0.isEmpty }.count
                rowTotals += section.rowTotals.values.filter { $0 != nil }.count
            }
            XCTAssertEqual(validator.check(document, relations: relations), validator.check(document), extracted.sourceFile)
        }
        XCTAssertGreaterThan(hierarchies, 10)
        XCTAssertGreaterThan(rowTotals, 3)
    }

    func testRelationsAreReadOnlyUnderTheRulesTheyWereFoundBy() throws {
        let (config, documents) = try samples()
        let normalizer = Normalizer(catalog: config.catalog, outputUnit: config.outputUnit, placement: PlacementRules(config.validation))
        let hierarchyFindings = { (result: ValidationResult) in result.findings.filter { $0.rule == .hierarchy }.count }
        var checked = 0
        for extracted in documents {
            var (document, relations) = normalizer.normalizeWithRelations(extracted)
            let plain = Validator(config: config.validation).check(document)
            guard hierarchyFindings(plain) > 0 else { continue }
            // No parent found anywhere: the hierarchy compares nothing, which shows the relations are read.
            for t in relations.sections.indices {
                for s in relations.sections[t].indices {
                    for key in relations.sections[t][s].rowSums.keys { relations.sections[t][s].rowSums[key] = [] }
                }
            }
            XCTAssertEqual(hierarchyFindings(Validator(config: config.validation).check(document, relations: relations)), 0)
            // Other rules (or another document's shape): worked out again.
            var other = config.validation
            other.tolerancePerSummand = ExactDecimal(mantissa: 2, scale: 2)
            XCTAssertEqual(Validator(config: other).check(document, relations: relations), Validator(config: other).check(document))
            document.tables.removeLast()
            XCTAssertEqual(Validator(config: config.validation).check(document, relations: relations),
                           Validator(config: config.validation).check(document))
            checked += 1
        }
        XCTAssertGreaterThan(checked, 0)
    }
}
