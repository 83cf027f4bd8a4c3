/// A “三公” form whose run's 小计 is printed without a value (公务用车购置及运行费 over 小计 ·
/// 公务用车购置费 · 公务用车运行费, the 小计 cell blank and dropped by the stream): the header's
/// words count out to one column more than the row's values, and every reading that drops no word
/// places values under wrong columns.
///
/// The run (小计 and the parts after it) ends at the form's next top column (公务接待费 …), which
/// the form never prints under another column. Its spanning word is the one top word that the
/// first part's name is a piece of (公务用车购置 in 公务用车购置及运行维护). Which column lacks
/// its value is the row's sums' to say: the first column a total, and with exactly one column
/// taken blank — the 小计 — the total is the sum of the top columns and a printed 小计 the sum of
/// its parts. Anything else is left to the caller.
enum BlankSubtotal {
    static func paths(_ flat: [String], values: [Token]) -> [HeaderPath]? {
        guard let subtotal = flat.lastIndex(of: "小计"), subtotal >= 2, HeaderWords.isTotal(flat[0]) else { return nil }
        let end = flat[(subtotal + 1)...].firstIndex(where: isTopColumn) ?? flat.count
        let parts = Array(flat[(subtotal + 1)..<end])
        guard let first = parts.first else { return nil }
        let stem = first.hasSuffix("费") ? String(first.dropLast()) : first
        let parents = (1..<subtotal).filter { flat[$0] != first && flat[$0].contains(stem) }
        guard parents.count == 1, let parent = parents.first else { return nil }
        let group = flat[subtotal..<end].map { HeaderPath([flat[parent], $0]) }
        let leaves = flat[..<parent].map { HeaderPath([$0]) } + group + flat[(parent + 1)..<subtotal].map { HeaderPath([$0]) }
            + flat[end...].map { HeaderPath([$0]) }
        let numbers = values.map { ExactDecimal.parse($0.text) }
        guard leaves.count == values.count + 1, numbers.allSatisfy({ $0 != nil }) else { return nil }
        let start = parent, partCount = parts.count
        let blanks = leaves.indices.filter { blank in
            sumsHold(numbers.map { $0! }, blank: blank, group: start...(start + partCount), leaves: leaves.count)
        }
        guard blanks == [start] else { return nil }
        return Array(leaves[..<start]) + leaves[(start + 1)...]
    }

    /// With the leaf `blank` printed without a value (the values fill the other leaves in order):
    /// the first leaf, not zero, is the sum of the other top leaves and the group's subtotal (or its
    /// parts where the subtotal is the blank one), and a printed subtotal is the sum of its parts.
    static func sumsHold(_ numbers: [ExactDecimal], blank: Int, group: ClosedRange<Int>, leaves: Int) -> Bool {
        let value = { (leaf: Int) -> ExactDecimal? in leaf == blank ? nil : numbers[leaf < blank ? leaf : leaf - 1] }
        guard let total = value(0), !total.isZero else { return false }
        let parts = group.dropFirst().reduce(ExactDecimal.zero) { $0 + (value($1) ?? .zero) }
        if let subtotal = value(group.lowerBound), subtotal != parts { return false }
        let top = (1..<leaves).filter { !group.contains($0) }.reduce(ExactDecimal.zero) { $0 + (value($1) ?? .zero) }
        return top + (value(group.lowerBound) ?? parts) == total
    }

    /// A top column of the “三公” form: never one of another column's parts.
    static func isTopColumn(_ word: String) -> Bool { topColumns.contains(word) }
    private static let topColumns: Set<String> = ["因公出国(境)费", "因公出国（境）费", "因公出国", "公务接待费"]
}
