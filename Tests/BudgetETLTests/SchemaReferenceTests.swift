import Foundation
import XCTest
@testable import BudgetETL

/// The README's column reference is the schema's: rendered from `OutputSchema`, never edited by hand.
final class SchemaReferenceTests: XCTestCase {
    func testREADMEColumnReferenceEqualsTheSchema() throws {
        let readme = try String(contentsOf: Workspace.repository.appendingPathComponent("README.md"), encoding: .utf8)
        let rendered = SchemaReference.markdown()
        guard let start = readme.range(of: SchemaReference.begin), let end = readme.range(of: SchemaReference.end) else {
            return XCTFail("README.md has no generated column reference; paste this in:\n\(rendered)")
        }
        XCTAssertEqual(String(readme[start.lowerBound..<end.upperBound]), rendered,
                       "README.md's column reference differs from the schema; replace it with:\n\(rendered)")
    }

    func testEveryCSVHeaderIsItsSchema() {
        XCTAssertEqual(LongCSV.header, OutputSchema.long.header)
        XCTAssertEqual(OutputSchema.long.header.count, 21)
        XCTAssertEqual(OutputSchema.longPartition.header.count, 20)
        XCTAssertFalse(OutputSchema.longPartition.header.contains("fiscal_year"))
        XCTAssertEqual(OutputSchema.wide(tableKey: "k", valueColumns: ["a", "b"]).header.suffix(3), ["unit", "a", "b"])
        XCTAssertEqual(OutputSchema.long.columns.first { $0.name == "value" }?.type, .decimal(precision: 38, scale: 18))
    }
}
