/// A table wider than its page, cut at the page's right edge (a word processor prints what fits
/// and a ruled-table converter reads the page): the last column's amounts end where the edge cut
/// them (`130,47` for `130,473.14`), and its header words may be cut alike (`特定目` for `特定目标类`),
/// so the column's name is not certain: its numbers are rejected (`cutAtPageEdge`).
enum PageEdgeCuts {
    /// The table's last column (`width` cells wide) where some body line ends a grouped amount
    /// short there.
    static func cutColumn(_ body: [TableLines.Line], width: Int) -> Int? {
        let last = width - 1
        guard last >= 0 else { return nil }
        return body.contains { last < $0.tokens.count && isCutAmount($0.tokens[last].text) } ? last : nil
    }

    /// Digits in comma groups whose last group is short of three (`130,47`): no amount is printed
    /// so, it is one whose end was cut off.
    static func isCutAmount(_ text: String) -> Bool {
        UTF8Text.withBytes(UTF8Text.trimmingWhitespace(text)) { b in
            var groups: [Int] = [0]
            for (k, byte) in b.enumerated() {
                if byte == 0x2D, k == 0 { continue }
                if byte == 0x2C { groups.append(0); continue }
                guard byte >= 0x30 && byte <= 0x39 else { return false }
                groups[groups.count - 1] += 1
            }
            guard groups.count >= 2, let first = groups.first, let last = groups.last else { return false }
            return (1...3).contains(first) && groups.dropFirst().dropLast().allSatisfy { $0 == 3 } && (1...2).contains(last)
        }
    }
}
