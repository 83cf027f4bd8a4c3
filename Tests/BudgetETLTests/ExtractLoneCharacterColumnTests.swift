import XCTest
@testable import BudgetETL

/// A value column named by one character is a wrapped piece taken for a column, whether or not
/// the header reads more value columns than the rows fill.
final class ExtractLoneCharacterColumnTests: XCTestCase {
    private func header(_ words: [(String, Double)]) -> [AlignedHeader.Section] {
        let leaves = [AlignedHeader.Leaf(path: ["项目"], role: .label, anchor: 10)]
            + words.map { AlignedHeader.Leaf(path: [$0.0], role: .value, anchor: $0.1) }
        return [AlignedHeader.Section(name: "", leaves: leaves)]
    }

    private let spans = [[(28.0, 34.0), (36.0, 42.0), (44.0, 50.0)].map { WrappedHeaderPieces.ColumnSpan(lower: $0.0, upper: $0.1) }]

    /// `事业收经营收` over `入  入`: two neighbouring cells joined, one piece named a column of its own,
    /// as many columns as the rows fill.
    func testLoneCharacterAmongFilledColumnsIsAFragment() {
        XCTAssertTrue(AlignedGridReader.takesFragmentForColumn(header([("合计", 31), ("事业收经营收入", 39), ("入", 47)]), columns: spans))
    }

    func testWholeWordsOrALoneCharacterPastTheFilledColumnsAreNot() {
        XCTAssertFalse(AlignedGridReader.takesFragmentForColumn(header([("合计", 31), ("事业收入", 39), ("经营收入", 47)]), columns: spans))
        XCTAssertFalse(AlignedGridReader.takesFragmentForColumn(header([("合计", 31), ("事业收入", 39), ("经营收入", 47), ("入", 55)]), columns: spans))
    }
}
