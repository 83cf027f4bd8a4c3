import XCTest
@testable import BudgetETL

/// `HeaderRepeatedGroups.formNamesJoined`: a form column's name wrapped into a caption over its
/// rest is one cell; a real caption over the form's columns stays a caption.
final class ExtractHeaderRepeatedGroupsTests: XCTestCase {
    private typealias Node = AlignedHeader.Node

    private func leaf(_ text: String, _ start: Int) -> Node {
        Node(text: text, start: start, end: start + text.count, firstLine: 1, lastLine: 1)
    }

    private func shape(_ nodes: [Node]) -> [String] {
        nodes.map { $0.isLeaf ? $0.text : $0.text + "(" + shape($0.children).joined(separator: ",") + ")" }
    }

    func testAWrappedFormNameIsJoinedAndTheColumnBesideItFreed() {
        var caption = Node(text: "因公出", start: 10, end: 13, firstLine: 0, lastLine: 0)
        caption.children = [leaf("合计", 4), leaf("国(境)费", 10)]
        XCTAssertEqual(shape(HeaderRepeatedGroups.formNamesJoined([caption])), ["合计", "因公出国(境)费"])
    }

    /// “三公”经费 over 合计 spells the form's 三公经费合计, but it stands over the form's own
    /// columns (因公出国(境)费, 公务接待费): a caption, kept.
    func testACaptionOverTheFormsColumnsIsKept() {
        var caption = Node(text: "“三公”经费", start: 14, end: 20, firstLine: 0, lastLine: 0)
        caption.children = [leaf("合计", 4), leaf("因公出国(境)费", 12), leaf("公务接待费", 26)]
        XCTAssertEqual(shape(HeaderRepeatedGroups.formNamesJoined([caption])), ["“三公”经费(合计,因公出国(境)费,公务接待费)"])
    }
}
