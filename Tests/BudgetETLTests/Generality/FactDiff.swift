import BudgetETL

/// The difference between the facts of an original and of a variant, as multisets (a row may
/// print the same fact twice). A fact missing from the variant is excused when the variant
/// rejects its printed number with a reason; a fact the variant adds is never excused, since it
/// means a value landed in another row, column or table.
struct FactDiff {
    /// Same place, same value in both.
    var kept = 0
    /// In the original only, and not rejected by the variant.
    var missing: [Fact] = []
    /// In the original only, and rejected by the variant (with the reason).
    var rejected: [(fact: Fact, reason: String)] = []
    /// In the variant only: a value at a place the original does not give it.
    var extra: [Fact] = []

    /// The variant gives the original's facts, or rejects what it cannot place.
    var holds: Bool { missing.isEmpty && extra.isEmpty }

    init(original: [Fact], variant: [Fact], variantRejects: [RejectedLine]) {
        var remaining = Dictionary(original.map { ($0, 1) }, uniquingKeysWith: +)
        for fact in variant {
            if let count = remaining[fact], count > 0 {
                remaining[fact] = count - 1
                kept += 1
            } else {
                extra.append(fact)
            }
        }
        var unusedRejects = variantRejects.filter { !$0.reason.isEmpty }
        for (fact, count) in remaining.sorted(by: { $0.key < $1.key }) where count > 0 {
            for _ in 0..<count {
                // A reject of the number alone first: one that holds it among other text may be
                // the only one left for another fact (100 in a rejected "100%").
                // Then the same number printed otherwise (a workbook drops trailing zeros: 0.0000 as 0).
                if let index = unusedRejects.firstIndex(where: { $0.text == fact.sourceValue })
                    ?? unusedRejects.firstIndex(where: { Self.sameNumber($0.text, fact.sourceValue) })
                    ?? unusedRejects.firstIndex(where: { Self.mentions($0.text, fact.sourceValue) }) {
                    rejected.append((fact, unusedRejects[index].reason))
                    unusedRejects.remove(at: index)
                } else {
                    missing.append(fact)
                }
            }
        }
        extra.sort()
    }

    /// Whether two printed numbers are one amount (`32.534` and `32.5340`, `1,200` and `1200`).
    static func sameNumber(_ a: String, _ b: String) -> Bool {
        guard let x = ExactDecimal.parse(a.replacingOccurrences(of: ",", with: "")),
              let y = ExactDecimal.parse(b.replacingOccurrences(of: ",", with: "")) else { return false }
        return x == y
    }

    /// Whether a rejected text holds the printed number as a whole token.
    static func mentions(_ text: String, _ number: String) -> Bool {
        guard !number.isEmpty else { return false }
        var rest = Substring(text)
        while let range = rest.range(of: number) {
            let before = range.lowerBound == rest.startIndex ? nil : rest[rest.index(before: range.lowerBound)]
            let after = range.upperBound == rest.endIndex ? nil : rest[range.upperBound]
            if !Self.isNumberCharacter(before), !Self.isNumberCharacter(after) { return true }
            rest = rest[range.upperBound...]
        }
        return false
    }

    private static func isNumberCharacter(_ c: Character?) -> Bool {
        guard let c else { return false }
        return c.isASCII && (c.isNumber || c == "." || c == ",")
    }

    /// Extra facts whose value is missing elsewhere in the variant: the value moved to another place.
    /// A missing fact of the same row is taken first, then one of the same table, then any.
    var moved: [(from: Fact, to: Fact)] {
        var pool = Dictionary(grouping: missing, by: \.value)
        return extra.compactMap { to in
            guard var candidates = pool[to.value], !candidates.isEmpty else { return nil }
            let index = candidates.firstIndex { $0.tableKey == to.tableKey && $0.row == to.row }
                ?? candidates.firstIndex { $0.tableKey == to.tableKey } ?? 0
            let from = candidates.remove(at: index)
            pool[to.value] = candidates
            return (from, to)
        }
    }

    /// Facts per table where the counts differ ("expenditure_budget 60→95"): shows tables lost or merged.
    func tableCounts(original: [Fact], variant: [Fact]) -> String {
        let before = Dictionary(original.map { ($0.tableKey, 1) }, uniquingKeysWith: +)
        let after = Dictionary(variant.map { ($0.tableKey, 1) }, uniquingKeysWith: +)
        return Set(before.keys).union(after.keys).sorted().compactMap { key in
            before[key] == after[key] ? nil : "\(key) \(before[key] ?? 0)→\(after[key] ?? 0)"
        }.joined(separator: ", ")
    }

    /// A short readable report: counts, then up to `limit` lines of each kind.
    func report(limit: Int = 8) -> String {
        let moves = moved
        let movedFrom = Set(moves.map(\.from.description)), movedTo = Set(moves.map(\.to.description))
        let lost = missing.filter { !movedFrom.contains($0.description) }
        let added = extra.filter { !movedTo.contains($0.description) }
        var lines = ["kept \(kept), rejected \(rejected.count), missing \(lost.count), extra \(added.count), moved \(moves.count)"]
        func section<T>(_ title: String, _ items: [T], _ text: (T) -> String) {
            guard !items.isEmpty else { return }
            lines.append("  \(title):")
            lines += items.prefix(limit).map { "    " + text($0) }
            if items.count > limit { lines.append("    … \(items.count - limit) more") }
        }
        section("moved", moves) { "\($0.from.value): \($0.from.place)  →  \($0.to.place)" }
        section("missing", lost) { $0.description }
        section("extra", added) { $0.description }
        return lines.joined(separator: "\n")
    }
}
