/// A header whose code and name columns' words stand below its top line has cells centred
/// vertically (or set at their bottom): a top-level column's cell spans the header's full height
/// and prints its words across the line of those one-line names, or down to it. A top-level value
/// column whose words all stand above that line (`本年收入` on the top line, `公用经` / `费` over
/// `科目编码  科目名称  合计`) is no such cell: it is a caption whose columns under it were not
/// found (pdftotext set them off its span), so the header names a column the body does not have,
/// and no value's column is certain (`captionOverNoColumn`).
enum CaptionAboveNames {
    static func leavesCaptionAsColumn(_ header: AlignedHeader) -> Bool {
        let names = header.roots.filter { $0.isLeaf && $0.structural }
        guard let namesLine = names.map(\.firstLine).min(),
              let top = header.roots.map(\.firstLine).min(), namesLine > top else { return false }
        // Only a column of its own (a side's caption over its code, name and values is no column).
        let columns = Set(header.sections.flatMap(\.values).filter { $0.path.count == 1 }.map(\.path[0]))
        return header.roots.contains { $0.isLeaf && !$0.structural && $0.lastLine < namesLine && columns.contains($0.text) }
    }
}
