import Foundation

/// Narrative: the amounts the explanatory text states agree with the tables, and the rates it states
/// (占 80.59%, 完成年初预算的 110.27%, 增长 5.64%) agree with the amounts they are computed from.
struct NarrativeCheck {
    let rule: NarrativeRule
    let expanded: NarrativePattern.Expanded
    /// `expanded.pattern`, compiled (as `SegmentStart.searchPattern` gives it).
    let regex: NSRegularExpression
    let locator: CellLocator

    /// One match of the phrase: its part of the narrative, the ranges of its groups.
    struct Match {
        var part: NarrativeText.Part
        /// Found in the run of `part` starting at UTF-16 unit `offset` (its ranges count from there).
        var result: NSTextCheckingResult
        var offset: Int
        var captures: [String: String]

        /// The whole match's range in the part's text.
        var range: NSRange { inPart(result.range) }
        func range(_ name: String) -> NSRange { inPart(result.range(withName: name)) }
        func line(_ name: String) -> Int { part.line(at: range(name).location) }

        private func inPart(_ range: NSRange) -> NSRange {
            range.location == NSNotFound ? range : NSRange(location: range.location + offset, length: range.length)
        }
    }

    func run(_ scopes: NarrativeText.Scopes, _ report: Report) {
        if let kind = rule.documentKind, report.document.metadata.kind != kind { return }
        for part in scopes.parts(within: rule.within) where ByteSearch.contains(part.text, expanded.requiredText) {
            for run in part.searchRuns(expanded) {
                let text = part.text(of: run)
                for result in regex.matches(in: text, range: NSRange(location: 0, length: run.units.count)) {
                    var captures: [String: String] = [:]
                    for name in expanded.groups {
                        let range = result.range(withName: name)   // a look-up by name: asked once
                        if range.location != NSNotFound { captures[name] = NarrativeText.Part.substring(text, range) }
                    }
                    let match = Match(part: part, result: result, offset: run.units.lowerBound, captures: captures)
                    for amount in rule.amounts { checkAmount(amount, match, report) }
                    if let ratio = rule.ratio { NarrativeRatioCheck(locator: locator).check(ratio, match, self, report) }
                    if let change = rule.change { NarrativeRatioCheck(locator: locator).check(change, match, self, report) }
                }
            }
        }
    }

    /// The amount captured as `name`, in the output unit.
    func captured(_ name: String, _ match: Match, outputUnit: MoneyUnit) -> Figure? {
        guard let number = match.captures[name], let value = ExactDecimal.parse(number),
              let unit = match.captures[NarrativePattern.unitGroup(name)].flatMap(MoneyUnit.init(rawValue:))
        else { return nil }
        let figure = Figure(value: value, unit: unit, ulp: Exact.ulp(scale: value.scale), sourcePower: unit.powerOfTen,
                            summands: 1, line: match.line(name), name: number + unit.rawValue,
                            phrase: number + unit.rawValue, tableKey: "", tableTitle: "")
        return figure.converted(to: outputUnit)
    }

    /// The first of `refs` the document has, with `{name}` placeholders filled from the match.
    func table(_ refs: [CellRef], _ match: Match) -> Figure? {
        for ref in refs {
            if let f = locator.figure(ref, table: nil, column: nil, captures: match.captures) { return f }
        }
        return nil
    }

    private func checkAmount(_ amount: NarrativeAmount, _ match: Match, _ report: Report) {
        guard let table = table(amount.refs, match),
              let stated = captured(amount.capture, match, outputUnit: table.unit) else { return }
        // Equal at the coarser of the two written precisions ("1807.3万元" states 18072958.00 元).
        let precision = max(stated.ulp, table.ulp)
        if let a = Exact.round(stated.value, toMultipleOf: precision), let b = Exact.round(table.value, toMultipleOf: precision),
           a == b {
            report.count(held: true)
            return
        }
        let snippet = Self.snippet(match.part.substring(match.range))
        let line = stated.line
        report.compare(rule: .narrative, tableKey: table.tableKey, subject: table.name, actual: stated.value,
                       expected: table.value, summands: 1, sourcePower: max(stated.sourcePower, table.sourcePower),
                       line: line, derived: table.derived) { a, e, d in
            "正文第\(line)行“\(snippet)”所写金额为\(a)，而「\(table.tableTitle)」\(table.phrase)为\(e)，相差\(d)"
        }
    }

    /// The matched text, shortened for a message.
    static func snippet(_ text: String) -> String {
        text.count <= 40 ? text : String(text.prefix(18)) + "…" + String(text.suffix(18))
    }
}
