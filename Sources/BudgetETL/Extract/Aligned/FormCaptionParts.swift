/// The national “三公” form's merged cell 公务用车购置及运行费 stands over its parts (小计,
/// 公务用车购置费, 公务用车运行费). pdftotext -layout prints each CJK character in one column
/// though it is twice as wide, so the caption's printed extent ends short of its last part and
/// the tree leaves that part a column of its own beside the group. A part of the car group that
/// stands right after the caption, on a line below it, belongs under it.
enum FormCaptionParts {
    static func completed(_ roots: [AlignedHeader.Node]) -> [AlignedHeader.Node] {
        guard roots.count >= 2, roots.contains(where: { !$0.isLeaf && TextRepair.compact($0.text) == caption }) else { return roots }
        var out: [AlignedHeader.Node] = []
        for node in roots {
            if var group = out.last, !group.isLeaf, TextRepair.compact(group.text) == caption,
               node.isLeaf, node.firstLine > group.lastLine, parts.contains(TextRepair.compact(node.text)),
               !group.children.contains(where: { TextRepair.compact($0.text) == TextRepair.compact(node.text) }),
               group.children.allSatisfy({ $0.isLeaf && parts.contains(TextRepair.compact($0.text)) }) {
                group.children.append(node)
                out[out.count - 1] = group
            } else {
                out.append(node)
            }
        }
        return out
    }

    private static let caption = "公务用车购置及运行费"
    private static let parts: Set<String> = ["小计", "公务用车购置费", "公务用车运行费", "公务用车运行维护费"]
}
