/// A code too long for its cell wraps like a name (a project's 21-digit code, `410800220000000` /
/// `014330`). Centred vertically, its first piece prints on the line right above the row's number
/// line and its last piece right under it: each is read as a row of its own with a code and no
/// values, and the number line as a row without a code, whose values then stand under no code.
/// The pieces joined are that row's code (a wrapped cell fills its first line, so the first piece
/// is at least as long as the last). Two whole classification codes (类, 款 or 项: 3, 5 or 7 digits)
/// are no pieces of one: a code wrapped in its cell is longer than any of them, and each is the
/// code of a row whose code cell printed above its number line (`2101101` / name and amounts /
/// `2101102`).
enum AlignedWrappedCodes {
    static func joined(_ rows: [ExtractedRow]) -> [ExtractedRow] {
        var out = rows, k = 1
        while k + 1 < out.count {
            let (above, row, below) = (out[k - 1], out[k], out[k + 1])
            guard row.codeParts.isEmpty, !row.cells.isEmpty, above.line == row.line - 1, below.line == row.line + 1,
                  let first = codePiece(above), let last = codePiece(below), last.count <= first.count,
                  !(Token.wholeCodeLengths.contains(first.count) && Token.wholeCodeLengths.contains(last.count)) else { k += 1; continue }
            out[k].codeParts = [first + last]
            out[k].label = [above.label, row.label, below.label].filter { !$0.isEmpty }.joined(separator: " ")
            out.remove(at: k + 1)
            out.remove(at: k - 1)
        }
        return out
    }

    /// The code of a row that prints nothing but a code and name pieces: one run of digits.
    static func codePiece(_ row: ExtractedRow) -> String? {
        guard row.cells.isEmpty, row.ordinal == nil, row.codeParts.count == 1, let code = row.codeParts.first,
              !code.isEmpty, code.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return code
    }
}
