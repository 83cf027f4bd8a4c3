/// A figure taking part in a check: its exact value, the precision it was published with and where
/// it is. All arithmetic is on `ExactDecimal`; no binary floating point touches a published number.
struct Figure {
    /// Value in `unit`.
    var value: ExactDecimal
    var unit: MoneyUnit
    /// One unit in the last written place, in `unit` (for a sum: the sum of its summands').
    var ulp: ExactDecimal
    /// Power of ten of the coarsest source unit involved (万元 = 4): rounding is admitted in it.
    var sourcePower: Int
    /// Non-zero amounts added up: each may carry rounding.
    var summands: Int
    /// 1-based source line of the published figure.
    var line: Int
    /// "收入 总计 | 决算数", for subjects.
    var name: String {
        get { givenName ?? naming.names.name }
        set { givenName = newValue }
    }
    /// "收入 总计 的“决算数”", for messages.
    var phrase: String {
        get { givenPhrase ?? naming.names.phrase }
        set { givenPhrase = newValue }
    }
    var tableKey: String
    var tableTitle: String
    /// A cell of it was placed by the table's sums (`CellConfidence.derived`).
    var derived = false
    private var naming: Naming
    private var givenName: String?
    private var givenPhrase: String?

    /// `names` is called at most once, when a name is first asked for: most figures take part in
    /// relations that hold, and are never named.
    init(value: ExactDecimal, unit: MoneyUnit, ulp: ExactDecimal, sourcePower: Int, summands: Int, line: Int,
         names: @escaping () -> (name: String, phrase: String), tableKey: String, tableTitle: String,
         derived: Bool = false) {
        self.value = value
        self.unit = unit
        self.ulp = ulp
        self.sourcePower = sourcePower
        self.summands = summands
        self.line = line
        self.naming = Naming(names)
        self.tableKey = tableKey
        self.tableTitle = tableTitle
        self.derived = derived
    }

    init(value: ExactDecimal, unit: MoneyUnit, ulp: ExactDecimal, sourcePower: Int, summands: Int, line: Int,
         name: String, phrase: String, tableKey: String, tableTitle: String, derived: Bool = false) {
        self.init(value: value, unit: unit, ulp: ulp, sourcePower: sourcePower, summands: summands, line: line,
                  names: { (name, phrase) }, tableKey: tableKey, tableTitle: tableTitle, derived: derived)
    }

    /// A figure's names, made on first use and then kept.
    private final class Naming {
        private let make: () -> (name: String, phrase: String)
        lazy var names: (name: String, phrase: String) = make()

        init(_ make: @escaping () -> (name: String, phrase: String)) { self.make = make }
    }

    /// The figure in another unit (exact; nil on overflow).
    func converted(to target: MoneyUnit) -> Figure? {
        guard let v = value.converted(from: unit, to: target), let u = ulp.converted(from: unit, to: target) else {
            return nil
        }
        var copy = self
        copy.value = v
        copy.ulp = u
        copy.unit = target
        return copy
    }
}

enum Exact {
    /// Σ values; nil on overflow.
    static func sum(_ values: [ExactDecimal]) -> ExactDecimal? {
        var total = ExactDecimal.zero
        for v in values {
            guard let next = total.adding(v) else { return nil }
            total = next
        }
        return total
    }

    /// `amount` of `from` expressed in `to` (10^power scaling, exact).
    static func convert(_ amount: ExactDecimal, fromPower: Int, toPower: Int) -> ExactDecimal? {
        amount.scaled(byPowerOfTen: fromPower - toPower)
    }

    /// 10^-scale: one unit in the last place of a number written with `scale` decimals.
    static func ulp(scale: Int) -> ExactDecimal { ExactDecimal(mantissa: 1, scale: max(0, scale)) }

    /// Number of decimals written in a published text ("1,213.24" → 2), 2 when unreadable.
    static func writtenScale(_ text: String) -> Int { ExactDecimal.parse(text)?.scale ?? 2 }

    /// Text for a message: `value` (in the unit of power `fromPower`) shown in the unit of power
    /// `toPower` with at least two decimals, e.g. 8424800.00 元 → "842.48".
    static func display(_ value: ExactDecimal, fromPower: Int, toPower: Int) -> String {
        guard let v = convert(value, fromPower: fromPower, toPower: toPower) else { return value.description }
        return money(v.trimmingTrailingZeros(minimumScale: 2))
    }

    /// An amount as written in validation.csv: at least two decimals ("0" → "0.00"), like published money.
    static func money(_ value: ExactDecimal) -> String {
        (value.scale >= 2 ? value : value.rescaled(to: 2) ?? value).description
    }

    /// Both values on one scale as 128-bit integers (ratios multiply amounts, so 64 bits may not do).
    static func integers(_ values: [ExactDecimal]) -> (values: [Int128], scale: Int) {
        let scale = values.map(\.scale).max() ?? 0
        let ints = values.map { v -> Int128 in
            var m = Int128(v.mantissa)
            for _ in 0..<(scale - v.scale) { m *= 10 }
            return m
        }
        return (ints, scale)
    }
}

extension Exact {
    /// `value` rounded half away from zero to a multiple of `unit`, a power of ten (0.01, 1, 100 …).
    static func round(_ value: ExactDecimal, toMultipleOf unit: ExactDecimal) -> ExactDecimal? {
        let exponent = String(unit.mantissa.magnitude).count - 1 - unit.scale   // unit = 10^exponent
        guard let shifted = value.scaled(byPowerOfTen: -exponent), let whole = shifted.rescaled(to: 0) else { return nil }
        return whole.scaled(byPowerOfTen: exponent)
    }
}

extension NormalizedSection {
    /// Indices of the columns holding money (a shorter `moneyColumns` list counts as "not money").
    var moneyColumnIndices: [Int] {
        columns.indices.filter { moneyColumns.indices.contains($0) && moneyColumns[$0] }
    }
}
