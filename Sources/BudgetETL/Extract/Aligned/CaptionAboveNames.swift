/// A header whose code and name columns' words stand between its top and bottom lines has cells
/// centred vertically: a top-level column's cell spans the header's full height and prints its
/// words across the line of those one-line names. A top-level value column whose words all
/// stand above that line (`本年收入` on the top line, `公用经` / `费` over `科目编码  科目名称  合计`)
/// is no such cell: it is a caption whose columns under it were not found (pdftotext set them
/// off its span), so the header names a column the body does not have, and no value's column is
/// certain in its section (`captionOverNoColumn`). (Where the names stand on the bottom line, the header is
/// set at its cells' bottoms, and a word above them is a caption other rules place.)
enum CaptionAboveNames {
    typealias Node = AlignedHeader.Node

    /// The sections (side by side, each its own grid) that read such a caption as a column.
    static func sectionsTakingCaptionForColumn(_ header: AlignedHeader) -> Set<Int> {
        let names = header.roots.filter { $0.isLeaf && $0.structural }
        guard let namesLine = names.map(\.firstLine).min(), let top = header.roots.map(\.firstLine).min(),
              let bottom = header.roots.map(lastLine).max(), namesLine > top, namesLine < bottom else { return [] }
        // Only a column of its own (a side's caption over its code, name and values is no column),
        // heading no other (a caption over its group's total column as well as its parts was found).
        let values = header.sections.flatMap(\.values)
        let captions = Set(values.filter { $0.path.count > 1 }.map(\.path[0]))
        let columns = Set(values.filter { $0.path.count == 1 }.map(\.path[0])).subtracting(captions)
        let above = Set(header.roots.filter { $0.isLeaf && !$0.structural && $0.lastLine < namesLine }.map(\.text)).intersection(columns)
        return Set(header.sections.indices.filter { n in header.sections[n].values.contains { $0.path.count == 1 && above.contains($0.path[0]) } })
    }

    /// The last header line the node or a node under it stands on.
    static func lastLine(_ node: Node) -> Int {
        max(node.lastLine, node.children.map(lastLine).max() ?? node.lastLine)
    }
}
