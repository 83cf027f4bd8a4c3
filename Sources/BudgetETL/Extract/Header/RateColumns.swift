/// Whether a column of a table holds rates of two others: in every row its value is a/b×100 (a
/// share, 占调整预算%) or (a−b)/b×100 (a change, 比上年增长%) for one pair of columns (a, b), rounded to
/// the decimals printed. The table's arithmetic, not the words, tells a rate column.
enum RateColumns {
    /// `rows[r][c]`: the number in row r, column c, nil where the cell holds none. `operands`: the
    /// columns of amounts (a rate of a rate, 金额 ÷ 100%, proves nothing).
    static func isRateColumn(_ column: Int, in rows: [[ExactDecimal?]], operands: [Int]) -> Bool {
        for a in operands where a != column {
            for b in operands where b != column && b != a {
                if holds(column, a, b, rows, change: false) || holds(column, a, b, rows, change: true) { return true }
            }
        }
        return false
    }

    /// Whether column `c` holds a/b×100 of columns `a` and `b` (a share) in every row printing the
    /// three as positive numbers, `minimumRows` rows at least. The amounts are taken as rounded to
    /// their last printed digit (a rate worked out from the unrounded amounts: `500` over `11`
    /// printed `4550.0%`, 500.5 over 11): the rate holds where some amounts within half a unit of
    /// those printed give it, rounded as printed.
    static func isShare(_ c: Int, of a: Int, over b: Int, in rows: [[ExactDecimal?]], minimumRows: Int) -> Bool {
        var compared = 0
        for row in rows {
            guard c < row.count, a < row.count, b < row.count, let rate = row[c], let x = row[a], let y = row[b],
                  rate.mantissa > 0, x.mantissa > 0, y.mantissa > 0, let power = ExactDecimal.powerOfTen(rate.scale) else { continue }
            let (ints, _) = Exact.integers([x, y])
            let (x2, y2, r2) = (2 * ints[0], 2 * ints[1], 2 * Int128(rate.mantissa))
            // 100·x'/y' within [r − ½, r + ½] for some x' in x ± ½, y' in y ± ½ (all doubled).
            let scale = 200 * Int128(power)
            guard scale * (x2 - 1) <= (r2 + 1) * (y2 + 1), scale * (x2 + 1) >= (r2 - 1) * (y2 - 1) else { return false }
            compared += 1
        }
        return compared >= minimumRows
    }

    private static func holds(_ c: Int, _ a: Int, _ b: Int, _ rows: [[ExactDecimal?]], change: Bool) -> Bool {
        var compared = 0
        for row in rows {
            guard c < row.count, a < row.count, b < row.count,
                  let rate = row[c], let x = row[a], let y = row[b] else { continue }
            let (ints, _) = Exact.integers([x, y])
            let num = change ? ints[0] - ints[1] : ints[0], den = ints[1]
            guard den > 0, let power = ExactDecimal.powerOfTen(rate.scale) else { continue }
            let scaled = 2 * num.magnitude * UInt128(power) * 100
            // Rounded half away from zero, as printed rates are.
            let rounded = Int128((scaled + UInt128(den)) / (2 * UInt128(den)))
            if (num < 0 ? -rounded : rounded) != Int128(rate.mantissa) { return false }
            compared += 1
        }
        return compared >= 1
    }

    /// The numbers of a grid's body lines by column ("1,234.50" and "7.48%" read as numbers).
    static func numbers(_ body: [TableLines.Line]) -> [[ExactDecimal?]] {
        body.map { line in
            line.tokens.map { token in
                token.isBlank ? nil : ExactDecimal.parse(token.text.filter { $0 != "," && $0 != "%" && $0 != "％" })
            }
        }
    }

    /// A header word that names a rate: 占调整预算%, 增长率.
    static func namesRate(_ text: String) -> Bool {
        UTF8Text.hasSuffix(text, "%") || UTF8Text.hasSuffix(text, "％") || UTF8Text.hasSuffix(text, "率")
    }
}
