/// Whether a column-aligned section prints its wrapped names with the numbers on the name's last
/// line, as a spreadsheet bottom-aligns its cells ("在职人员定额公用经费(行" / "政)   6.02"). Told by
/// the pieces themselves, never by adjacency: a number line whose own name closes a bracket it
/// never opened, or is one character, ends a name that began on the piece just above it; a
/// number line whose name leaves a bracket open, or a piece under a number line that closes one
/// or is one character, shows names going on below their numbers instead. Only a section with
/// the first kind of evidence and none of the second is told; there every name piece alone on its
/// line begins the row below it. Sides share their lines, printed from one sheet that aligns every
/// cell alike: evidence on one side and none against it on any tells every side.
enum AlignedBottomNames {
    static func sections(_ segments: [AlignedGridReader.Segment], count: Int) -> [Bool] {
        var bottom = Array(repeating: false, count: count), below = Array(repeating: false, count: count)
        for (i, segment) in segments.enumerated() {
            let n = segment.section
            guard let previous = segments[..<i].last(where: { $0.section == n }), segment.line - previous.line == 1 else { continue }
            let text = TextRepair.compact(segment.labels.map(\.text).joined())
            if isNumberLine(segment), isBare(previous), !text.isEmpty, endsName(text) { bottom[n] = true }
            if isBare(segment), isNumberLine(previous), endsName(text) { below[n] = true }
            if isNumberLine(previous), isBare(segment), brackets(TextRepair.compact(previous.labels.map(\.text).joined())).leftOpen {
                below[n] = true
            }
        }
        return below.contains(true) ? zip(bottom, below).map { $0 && !$1 } : Array(repeating: bottom.contains(true), count: count)
    }

    static func isNumberLine(_ s: AlignedGridReader.Segment) -> Bool { !s.values.isEmpty || !s.codes.isEmpty }

    static func isBare(_ s: AlignedGridReader.Segment) -> Bool { s.values.isEmpty && s.codes.isEmpty && !s.labels.isEmpty }

    /// Text that can only be the last piece of a wrapped name: it closes a bracket it did not
    /// open ("政)", "社会保障缴费]"), or it is one character ("出"), or a percent sign alone (a
    /// rate's name ending in its unit, "药占比(不含中药饮片)" / "%").
    static func endsName(_ text: String) -> Bool {
        brackets(text).closesUnopened || (text.count == 1 && text.unicodeScalars.allSatisfy(AlignedText.isWide)) || WrappedPercentSigns.isBareSign(text)
    }

    static func brackets(_ text: String) -> (closesUnopened: Bool, leftOpen: Bool) {
        var depth = 0, closesUnopened = false
        for c in text {
            if "(（[【".contains(c) { depth += 1 } else if ")）]】".contains(c) {
                if depth == 0 { closesUnopened = true } else { depth -= 1 }
            }
        }
        return (closesUnopened, depth > 0)
    }
}
