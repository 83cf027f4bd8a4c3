/// A money unit a row's name states at its end ("门诊次均费用(元)", "医疗收入(万元)"): the row's
/// amounts are in it, whatever unit the table states. A table whose rows state different units
/// (万元 in one, 元 in another) states none for the others: a row without its own takes the unit
/// of the heading row over it that states one (a row without values, "单病种均费用(元)" over
/// 肝炎), and is otherwise of unknown unit.
enum RowUnit {
    /// The unit in the name's last bracket, when the name ends with it.
    static func stated(in label: String) -> MoneyUnit? {
        guard let last = label.last, last == ")" || last == "）",
              let open = label.lastIndex(where: { $0 == "(" || $0 == "（" }) else { return nil }
        return HeaderUnit.find(in: String(label[open...]))
    }

    /// Each row's unit: its own, else (where the rows state several) its heading's, else nil
    /// (the table's unit when the rows state at most one, `unknown` when they state several).
    static func units(labels: [String], hasValues: [Bool]) -> (units: [MoneyUnit?], unknown: Set<Int>) {
        let own = labels.map(stated)
        guard Set(own.compactMap { $0 }).count >= 2 else { return (own, []) }
        var units: [MoneyUnit?] = []
        var unknown = Set<Int>()
        var heading: MoneyUnit?
        for (i, unit) in own.enumerated() {
            if !hasValues[i] { heading = unit }
            let resolved = unit ?? heading
            if resolved == nil, hasValues[i] { unknown.insert(i) }
            units.append(resolved)
        }
        return (units, unknown)
    }

    /// A measure's unit other than money a name states in its last bracket (`人口(万人)`, `货运量(万吨)`,
    /// `进出口总额(万美元)`): its values are kept in it, never converted as money. A row without its
    /// own (and without a money unit of its own) takes its heading's: the row without values over it
    /// (`人口(万人)` over 总人口); a heading stating none (`宏观经济`) ends the one before. An index's
    /// base (`(上年=100)`) states values of no unit.
    static func keptUnits(labels: [String], hasValues: [Bool]) -> [String?] {
        var heading: String?
        return labels.indices.map { i in
            // Asked of every row: most names end otherwise than in ")" (29) or "）" (EF BC 89).
            let last = labels[i].utf8.last
            let own = last == 0x29 || last == 0x89 ? ColumnRules.statedMeasureUnit(labels[i]) ?? indexBase(labels[i]) : nil
            if !hasValues[i] { heading = own; return own }
            return own ?? heading.flatMap { stated(in: labels[i]) == nil ? $0 : nil }
        }
    }

    /// An index's base in the name's last bracket (`价格指数(上年=100)`): its values are index numbers,
    /// of no unit (kept as "", never converted as money).
    static func indexBase(_ label: String) -> String? {
        ByteSearch.hasSuffix(label, "=100)") || ByteSearch.hasSuffix(label, "=100）") ? "" : nil
    }
}

/// The unit a row states in a unit column (`UnitColumn`): a money unit converts its amounts to the
/// output unit as any amount; % marks rates; any other (人, 元/张, 万人次) is kept as the values'
/// own unit, never converted as money.
enum StatedRowUnit: Equatable {
    case money(MoneyUnit)
    case percent
    case other(String)

    init(_ text: String) {
        if let money = MoneyUnit(rawValue: text) { self = .money(money) }
        else if text == "%" || text == "％" { self = .percent }
        else { self = .other(text) }
    }

    var money: MoneyUnit? { if case .money(let unit) = self { return unit } else { return nil } }

    /// The unit kept as the values' own: neither money nor %.
    var kept: String? { if case .other(let unit) = self { return unit } else { return nil } }

    /// Whether a section's rows state units in a unit column: then a row whose cell there is blank
    /// has values of unknown unit (the column's units differ from row to row), unless its name
    /// states a money unit.
    static func statedInColumn(_ section: ExtractedSection) -> Bool { section.rows.contains { $0.unit != nil } }
}
