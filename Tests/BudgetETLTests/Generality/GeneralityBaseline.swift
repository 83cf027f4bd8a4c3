import Foundation

/// What each variant of the generality suite gives today, kept in GeneralityBaseline.tsv beside this
/// file: a ratchet. A variant that gives its original's facts must keep doing so; one that does not
/// yet (its family is not read in full, see README "Known limits") may not keep fewer facts nor put
/// more values at a wrong place than recorded. A variant not recorded must give its original's
/// facts. `GENERALITY_RECORD=1 swift test --filter GeneralitySuiteTests` writes the file anew after
/// an improvement.
struct GeneralityBaseline {
    struct Entry: Equatable {
        var holds: Bool
        var kept: Int
        /// Values at a place the original does not have them (moved or extra).
        var wrong: Int
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("GeneralityBaseline.tsv")
    private static let lock = NSLock()

    var entries: [String: Entry]

    static func key(_ family: String, _ outcome: Outcome) -> String {
        "\(family)\t\(outcome.variant.sample)\t\(outcome.variant.name)"
    }

    static func entry(_ outcome: Outcome) -> Entry {
        Entry(holds: outcome.diff.holds, kept: outcome.diff.kept, wrong: outcome.diff.extra.count)
    }

    static func load() throws -> GeneralityBaseline {
        let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        var entries: [String: Entry] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 6, let kept = Int(fields[4]), let wrong = Int(fields[5]) else { continue }
            entries[fields[0...2].joined(separator: "\t")] = Entry(holds: fields[3] == "ok", kept: kept, wrong: wrong)
        }
        return GeneralityBaseline(entries: entries)
    }

    /// Why the outcome is worse than recorded; nil when it is not.
    func regression(of outcome: Outcome, family: String) -> String? {
        let now = Self.entry(outcome)
        guard let then = entries[Self.key(family, outcome)] else {
            return now.holds ? nil : "a variant not in GeneralityBaseline.tsv must give its original's facts"
        }
        if then.holds && !now.holds { return "this variant gave its original's facts before" }
        if now.kept < then.kept { return "kept \(now.kept) facts, \(then.kept) before" }
        if now.wrong > then.wrong { return "\(now.wrong) values at a wrong place, \(then.wrong) before" }
        return nil
    }

    /// Replaces the family's lines of the file with the outcomes of this run.
    static func record(_ outcomes: [Outcome], family: String) throws {
        lock.lock()
        defer { lock.unlock() }
        let old = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        var lines = old.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") && !$0.hasPrefix(family + "\t") }
        for outcome in outcomes {
            let e = entry(outcome)
            lines.append("\(key(family, outcome))\t\(e.holds ? "ok" : "fails")\t\(e.kept)\t\(e.wrong)")
        }
        let header = "# family\tsample\tvariant\tholds\tkept facts\tvalues at a wrong place (see GeneralityBaseline.swift)"
        try ([header] + lines.sorted()).joined(separator: "\n").appending("\n").write(to: file, atomically: true, encoding: .utf8)
    }
}
