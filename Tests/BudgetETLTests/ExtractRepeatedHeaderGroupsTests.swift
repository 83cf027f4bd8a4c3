import XCTest
@testable import BudgetETL

/// Columns printed twice under two captions, and a name column printed one character per line.
final class ExtractRepeatedHeaderGroupsTests: XCTestCase {
    private func header(_ lines: [String]) -> AlignedHeader {
        AlignedHeader(header: lines.enumerated().map { n, text in
            TableLines.prepare(text, number: n + 1, tab: false, mangled: false, aligned: true)
        })
    }

    /// Made up after a Chromium page of pdftotext -layout: 上年数 and 本年数 are centred over the
    /// middle of their copies only, and the second copy's group caption reaches over its last
    /// column (会议接待费), which the first copy shows standing alone.
    private let twoCopies = [
            "                      上年数                                    本年数",
            "项               办公设备购置及运行维护费                      办公设备购置及运行维护费",
            "     出差培训(外)                   会议接待    出差培训(外)                   会议接待",
            "目 合计            办公设备购置 办公设备运行维      合计            办公设备购置 办公设备运行维",
            "       费     小计                 费        费     小计                  费",
            "                   费      护费                         费     护费",
    ]

    func testEachCaptionTakesItsWholeCopyOfTheRepeatedColumns() {
        let h = header(twoCopies)
        XCTAssertEqual(h.sections.count, 1)
        XCTAssertEqual(h.sections[0].name, "")
        XCTAssertEqual(h.sections[0].identifying.map { $0.path.joined() }, ["项目"])
        let copy = ["合计", "出差培训(外)费", "办公设备购置及运行维护费 / 小计", "办公设备购置及运行维护费 / 办公设备购置费",
                    "办公设备购置及运行维护费 / 办公设备运行维护费", "会议接待费"]
        XCTAssertEqual(h.sections[0].values.map { $0.path.joined(separator: " / ") },
                       copy.map { "上年数 / " + $0 } + copy.map { "本年数 / " + $0 })
    }

    func testCopiesWhoseBottomWordsDifferKeepTheirOwnCaptions() {
        // The second copy has no 小计: the runs are not repeats, the tree is left as it stands.
        let lines = twoCopies.map { $0.replacingOccurrences(of: "小计                  费", with: "                      费") }
        let h = header(lines)
        XCTAssertFalse(h.sections.flatMap(\.values).contains { $0.path.first == "本年数" && $0.path.last == "合计" })
    }

    func testStackedCharactersThatAreNoNameWordStayApart() {
        let roots = [AlignedHeader.Node(text: "合", start: 0, end: 1, firstLine: 1, lastLine: 1),
                     AlignedHeader.Node(text: "计", start: 0, end: 1, firstLine: 3, lastLine: 3)]
        XCTAssertEqual(HeaderRepeatedGroups.stackedName(roots).map(\.text), ["合", "计"])
        let name = [AlignedHeader.Node(text: "目", start: 0, end: 1, firstLine: 3, lastLine: 3),
                    AlignedHeader.Node(text: "项", start: 0, end: 1, firstLine: 1, lastLine: 1)]
        XCTAssertEqual(HeaderRepeatedGroups.stackedName(name).map(\.text), ["项目"])
    }
}
