/// Where the declared rules apply in one section: which columns a row-total rule names, which rows a
/// hierarchy rule adds up. Validate checks these relations; normalize's placement step uses the same
/// ones to decide where a number belongs, so both read a rule the same way. Worked out once: what
/// placement found is handed to validate in the same run (`DocumentRelations`).

/// Where the rules that apply to a section's table apply in it, by the rule's index among
/// `PlacementRules.rowTotals` / `.hierarchy` (a rule that does not apply has no entry).
struct SectionRelations {
    /// `RowTotalRule.columns`: nil when the rule names no total or no part here.
    var rowTotals: [Int: (total: Int, parts: [Int])?] = [:]
    /// `HierarchyRule.rowSums`.
    var rowSums: [Int: [RowSum]] = [:]

    init() {}

    init(_ section: NormalizedSection, tableKey: String, rules: PlacementRules, regexes: RegexCache) {
        for (n, rule) in rules.rowTotals.enumerated() where rule.tables.contains(tableKey) {
            rowTotals[n] = .some(rule.columns(in: section, regexes: regexes))
        }
        for (n, rule) in rules.hierarchy.enumerated() where rule.tables.contains(tableKey) {
            rowSums[n] = rule.rowSums(in: section.rows, regexes: regexes)
        }
    }
}

/// The relations normalize worked out for each section of a document (by table, then section, in
/// the document's order), under `rules`. Placement moves cells between columns and changes their
/// confidence, never a section's columns, rows, codes or labels, which is all the relations read;
/// so validate, given the same rules, reads them instead of working them out again. Not stored:
/// validate run from a stored normalize result works them out itself.
public struct DocumentRelations: Sendable {
    let rules: PlacementRules
    var sections: [[SectionRelations]]

    /// These relations when they were worked out under `rules` for a document of `document`'s
    /// tables and sections; nil otherwise.
    func usable(for document: NormalizedDocument, under rules: PlacementRules) -> DocumentRelations? {
        guard self.rules == rules, sections.count == document.tables.count,
              zip(sections, document.tables).allSatisfy({ $0.count == $1.sections.count }) else { return nil }
        return self
    }
}

extension RowTotalRule {
    /// The total column and the part columns among the section's money columns; nil when the rule
    /// names no total or no part here.
    func columns(in section: NormalizedSection, regexes: RegexCache) -> (total: Int, parts: [Int])? {
        let money = section.moneyColumnIndices
        // Each pattern looked up once, not once per column.
        let totalPattern = regexes.pattern(self.total)
        guard let total = money.first(where: { totalPattern.matches(section.columns[$0]) }) else { return nil }
        var parts: [Int] = []
        for alternatives in self.parts {
            // The first alternative naming a column of this section stands for the part.
            for alternative in alternatives {
                let pattern = regexes.pattern(alternative)
                let found = money.filter { $0 != total && pattern.matches(section.columns[$0]) }
                if found.isEmpty { continue }
                parts += found.filter { !parts.contains($0) }
                break
            }
        }
        return parts.isEmpty ? nil : (total, parts)
    }
}

/// A row that equals the sum of other rows in every money column.
struct RowSum: Equatable {
    var total: Int
    var parts: [Int]
    /// A 合计/总计 row over the top-level rows (not a coded parent over its children).
    var isTotalRow: Bool
}

extension HierarchyRule {
    private static let schemes: Set<CodeScheme> = [.function, .economicDept, .economicGov, .agency]

    /// Coded parents over the rows directly below them, then total rows over the top-level rows (one
    /// relation per code scheme).
    ///
    /// "Directly below" is decided by code prefix among the rows the section prints, not by the code's
    /// nominal parent: a table that prints 208 and 2080505 but not 20805 still nests 2080505 under 208,
    /// and a table printing only 项 rows has them all at the top.
    func rowSums(in rows: [NormalizedRow], regexes: RegexCache) -> [RowSum] {
        let coded = rows.indices.filter { i in
            rows[i].code.map { Self.schemes.contains($0.scheme) && !$0.code.isEmpty } ?? false
        }
        // Rows by (scheme, code), in print order: an ancestor is found by looking up the prefixes of
        // a code, longest first, instead of comparing it with every coded row. Only where every
        // code is ASCII (as classified codes are, but for agency codes kept as written): there a
        // prefix of bytes is a prefix of characters, and equal bytes are equal text.
        let ascii = coded.allSatisfy { rows[$0].code!.code.utf8.allSatisfy { $0 < 0x80 } }
        var byCode: [SchemeCode: [Int]] = [:]
        if ascii { byCode.reserveCapacity(coded.count); for i in coded { byCode[SchemeCode(rows[i].code!), default: []].append(i) } }
        var children: [Int: [Int]] = [:]
        var roots: [CodeScheme: [Int]] = [:]
        for i in coded {
            let ancestor = ascii ? Self.nearestAncestor(of: i, in: rows, byCode: byCode)
                : Self.nearestAncestor(of: i, among: coded, in: rows)
            if let parent = ancestor {
                children[parent, default: []].append(i)
            } else {
                roots[rows[i].code!.scheme, default: []].append(i)
            }
        }
        var sums = coded.compactMap { parent in children[parent].map { RowSum(total: parent, parts: $0, isTotalRow: false) } }
        let totalPattern = regexes.pattern(totalRow)
        for (i, row) in rows.enumerated() where row.code == nil && totalPattern.matches(row.label) {
            for scheme in roots.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
                sums.append(RowSum(total: i, parts: roots[scheme]!, isTotalRow: true))
            }
        }
        return sums
    }

    /// The row with the longest code that is a proper prefix of row `i`'s code (same scheme); among
    /// rows with that code, the nearest one printed before `i`. Codes of these schemes are ASCII
    /// (`CodeClassifier`), so a prefix of bytes is a prefix of characters.
    private static func nearestAncestor(of i: Int, in rows: [NormalizedRow], byCode: [SchemeCode: [Int]]) -> Int? {
        let code = SchemeCode(rows[i].code!)
        let utf8 = code.code.utf8
        var end = utf8.index(before: utf8.endIndex)
        var length = code.length - 1
        while length > 0 {
            if let best = byCode[code.prefix(length, end: end)] {
                return best.last(where: { $0 < i }) ?? best.first
            }
            end = utf8.index(before: end)
            length -= 1
        }
        return nil
    }

    /// As above, comparing with every coded row (codes with non-ASCII characters).
    private static func nearestAncestor(of i: Int, among coded: [Int], in rows: [NormalizedRow]) -> Int? {
        let code = rows[i].code!
        let candidates = coded.filter { j in
            guard j != i, let other = rows[j].code, other.scheme == code.scheme else { return false }
            return other.code.count < code.code.count && code.code.hasPrefix(other.code)
        }
        guard let longest = candidates.map({ rows[$0].code!.code.count }).max() else { return nil }
        let best = candidates.filter { rows[$0].code!.code.count == longest }
        return best.last(where: { $0 < i }) ?? best.first
    }

    /// A code within its scheme. A prefix is a `Substring` of the code (no bytes copied per prefix
    /// tried); used only where every code is ASCII, so equal text is equal bytes. Hashed by its
    /// length and first eight bytes, held in one integer (a prefix's by masking the code's): a
    /// `Substring` key hashed its text's normalized form, about 760 instructions a look-up, made
    /// for every prefix of every coded row in normalize and again in validate. Codes longer than
    /// eight bytes that agree on those are told apart by their text.
    private struct SchemeCode: Hashable {
        var scheme: CodeScheme
        var code: Substring
        var length: Int
        /// The code's first eight bytes, the first in the lowest.
        var head: UInt64

        init(scheme: CodeScheme, code: Substring, length: Int, head: UInt64) {
            self.scheme = scheme
            self.code = code
            self.length = length
            self.head = head
        }

        init(_ code: ClassificationCode) {
            var head: UInt64 = 0, length = 0
            for byte in code.code.utf8 {
                if length < 8 { head |= UInt64(byte) << (8 * UInt64(length)) }
                length += 1
            }
            self.init(scheme: code.scheme, code: code.code[...], length: length, head: head)
        }

        /// The code's first `length` bytes (`end`: where they end in its UTF-8).
        func prefix(_ length: Int, end: Substring.UTF8View.Index) -> SchemeCode {
            let head = length >= 8 ? self.head : self.head & ((1 << (8 * UInt64(length))) - 1)
            return SchemeCode(scheme: scheme, code: code[..<end], length: length, head: head)
        }

        static func == (a: SchemeCode, b: SchemeCode) -> Bool {
            a.scheme == b.scheme && a.length == b.length && a.head == b.head && (a.length <= 8 || a.code == b.code)
        }

        /// Not the scheme: an enum with raw values hashes its raw `String`. Codes of two schemes
        /// alike only share a bucket.
        func hash(into hasher: inout Hasher) {
            hasher.combine(length)
            hasher.combine(head)
        }
    }
}

extension NormalizedSection {
    /// The key under which an identity about `column` of row `row` is recorded in
    /// `placementIdentities` (rule and validation.csv subject).
    func identityKey(_ rule: RuleKind, row: Int, column: Int) -> String {
        "\(rule.rawValue)|\(CellLocator.rowName(rows[row])) | \(columns[column])"
    }
}
