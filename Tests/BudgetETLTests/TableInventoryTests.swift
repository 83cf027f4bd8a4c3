import Foundation
import XCTest
@testable import BudgetETL

/// Every table of every document in the repository is found as its own table: for the samples
/// (input/), the PDF texts (Tests/Fixtures/pdf) and the real documents (Tests/Fixtures/real),
/// Tests/Fixtures/table-inventory.tsv lists each table's title line, title and kind as read by
/// hand from the text, and the line of its last row. A table dropped, split, merged into the one
/// before it, or given rows of the table after it changes one of these.
///
/// `TABLE_INVENTORY_RECORD=1 swift test --filter TableInventoryTests` rewrites the file from what
/// the extractor finds; check its diff by reading the texts before committing it.
final class TableInventoryTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let inventory = repository.appendingPathComponent("Tests/Fixtures/table-inventory.tsv")
    static let folders = ["input", "Tests/Fixtures/pdf", "Tests/Fixtures/real"]

    func testEveryTableOfEveryDocumentIsFoundAsItsOwnTable() throws {
        let found = try Self.foundTables()
        if ProcessInfo.processInfo.environment["TABLE_INVENTORY_RECORD"] == "1" {
            let text = (["document\ttitle_line\tlast_row_line\ttable_key\ttitle"] + found.map(\.tsv)).joined(separator: "\n") + "\n"
            try text.write(to: Self.inventory, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: Self.inventory, encoding: .utf8)
            .split(separator: "\n").dropFirst().map(String.init)
        XCTAssertFalse(expected.isEmpty)
        let documents = Set(found.map(\.document))
        XCTAssertEqual(documents, Set(expected.map { String($0.prefix { $0 != "\t" }) }), "documents listed")
        for document in documents.sorted() {
            XCTAssertEqual(found.filter { $0.document == document }.map(\.tsv),
                           expected.filter { $0.hasPrefix(document + "\t") }, document)
        }
    }

    struct FoundTable {
        var document: String
        var titleLine: Int
        var lastRowLine: Int?
        var key: String
        var title: String
        var tsv: String { [document, String(titleLine), lastRowLine.map(String.init) ?? "", key, title].joined(separator: "\t") }
    }

    /// The tables the extractor finds in every text document of the folders, with the
    /// repository's catalog.
    static func foundTables() throws -> [FoundTable] {
        let config = try PipelineConfigLoader.load(file: repository.appendingPathComponent("pipeline.yaml"))
        let extractor = Extractor(catalog: config.catalog)
        var found: [FoundTable] = []
        for folder in folders {
            let url = repository.appendingPathComponent(folder)
            let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted()
            for name in names {
                let bytes = try Array(Data(contentsOf: url.appendingPathComponent(name)))
                let document = extractor.extract(bytes: bytes, sourceFile: name, sha256: "inventory")
                // A document where no table is found yet (a known limit, README) is listed as such,
                // so that a table found or lost there changes the inventory too.
                if document.tables.isEmpty {
                    found.append(FoundTable(document: "\(folder)/\(name)", titleLine: 0, lastRowLine: nil, key: "no_tables", title: ""))
                }
                for table in document.tables {
                    let rows = table.sections.flatMap(\.rows).map(\.line)
                    found.append(FoundTable(document: "\(folder)/\(name)", titleLine: table.titleLine, lastRowLine: rows.max(),
                                            key: table.tableKey, title: table.title))
                }
            }
        }
        return found
    }
}
