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

    /// A whole code alone on the line right above a row that prints a name and values but no
    /// code is that row's code, its cell printed above the number line (`2101101` / `行政单位医疗
    /// 782,855.28`), when the row before it has its own code or is a total (or there is none):
    /// no other row can take it.
    static func movedDown(_ rows: [ExtractedRow]) -> [ExtractedRow] {
        var out = rows, k = 0
        while k + 1 < out.count {
            let (row, next) = (out[k], out[k + 1])
            guard row.label.isEmpty, let code = codePiece(row), Token.wholeCodeLengths.contains(code.count),
                  next.line == row.line + 1, next.codeParts.isEmpty, !next.cells.isEmpty, !next.label.isEmpty,
                  k == 0 || !out[k - 1].codeParts.isEmpty || AlignedRows.isTotal(out[k - 1].label) else { k += 1; continue }
            out[k + 1].codeParts = [code]
            out.remove(at: k)
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
