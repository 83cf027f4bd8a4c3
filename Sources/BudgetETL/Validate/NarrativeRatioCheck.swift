import Foundation

/// Rates stated in the narrative, checked with exact integer arithmetic at the precision written:
/// the stated rate must be the computed one rounded to as many decimals as it is written with. When
/// it is not, but some values within the rounding of the amounts (half a unit in their last written
/// place) give the stated rate, the finding is a warning ("rounding"); otherwise an error.
struct NarrativeRatioCheck {
    let locator: CellLocator

    func check(_ ratio: NarrativeRatio, _ match: NarrativeCheck.Match, _ narrative: NarrativeCheck, _ report: Report) {
        guard let numerator = operand(ratio.numerator, match, narrative, report),
              let denominator = operand(ratio.denominator, match, narrative, report) else { return }
        compare(percent: ratio.percent, numerator, denominator, match, report,
                how: "按\(numerator.name)÷\(denominator.name)计算")
    }

    func check(_ change: NarrativeChange, _ match: NarrativeCheck.Match, _ narrative: NarrativeCheck, _ report: Report) {
        guard let current = operand(change.current, match, narrative, report),
              let delta = narrative.captured(change.change, match, outputUnit: current.unit),
              let direction = match.captures[change.direction] else { return }
        let decrease = direction.contains("减") || direction.contains("降") || direction.contains("少")
        // Last year's amount: current − change after an increase, current + change after a decrease.
        guard let base = decrease ? current.value.adding(delta.value) : current.value.subtracting(delta.value),
              let ulp = current.ulp.adding(delta.ulp) else { return }
        var last = current
        last.value = base
        last.ulp = ulp
        last.name = "上年数" + report.show(base, power: max(current.sourcePower, delta.sourcePower))
        var changed = delta
        changed.name = "变动额" + delta.name
        compare(percent: change.percent, changed, last, match, report, how: "按\(changed.name)÷\(last.name)计算")
    }

    private func operand(_ operand: Operand, _ match: NarrativeCheck.Match, _ narrative: NarrativeCheck,
                         _ report: Report) -> Figure? {
        switch operand {
        case .capture(let name): return narrative.captured(name, match, outputUnit: report.outputUnit)
        case .cells(let refs):
            guard var f = narrative.table(refs, match)?.converted(to: report.outputUnit) else { return nil }
            f.name = "「\(f.tableTitle)」\(f.phrase)" + report.show(f.value, power: f.sourcePower)
            return f
        }
    }

    private func compare(percent name: String, _ n: Figure, _ d: Figure, _ match: NarrativeCheck.Match,
                         _ report: Report, how: String) {
        guard let text = match.captures[name], let stated = ExactDecimal.parse(text) else { return }
        let decimals = stated.scale
        let (ints, _) = Exact.integers([n.value, d.value, n.ulp, d.ulp])
        let (num, den, numUlp, denUlp) = (ints[0], ints[1], ints[2], ints[3])
        guard num >= 0, den > 0, stated.mantissa >= 0 else { return }
        let scale = Int128(pow10(decimals)) * 100          // percent with `decimals` decimals
        let computed = (2 * num * scale + den) / (2 * den)   // rounded half up
        let p = Int128(stated.mantissa)
        guard computed <= Int128(Int64.max) else { return }   // a rate no document states
        if computed == p {
            report.count(held: true)
            return
        }
        // Interval of rates the rounded amounts allow (×2 keeps half-units integral).
        let numLow = 2 * num - numUlp, numHigh = 2 * num + numUlp
        let denLow = 2 * den - denUlp, denHigh = 2 * den + denUlp
        let withinRounding = denLow > 0 && (2 * p - 1) * denLow <= 2 * scale * numHigh
            && (2 * p + 1) * denHigh >= 2 * scale * numLow
        let expected = ExactDecimal(mantissa: Int64(computed), scale: decimals)
        let difference = stated.subtracting(expected) ?? .zero
        let range = match.range(name)
        let subject = clause(ending: NSMaxRange(range), in: match)
        let line = match.part.line(at: range.location)
        let severity: Severity = withinRounding ? .warning : .error
        report.count(held: withinRounding)
        report.add(Finding(documentId: report.document.documentId, sourceFile: report.document.sourceFile,
                           tableKey: "", rule: .narrativeRatio, severity: severity,
                           detail: withinRounding ? "rounding" : nil, subject: subject,
                           expected: expected.description, actual: stated.description,
                           difference: difference.description, unit: "%", sourceLine: line,
                           message: "正文第\(line)行写“\(subject)”，\(how)应为\(expected)%，相差\(difference)个百分点"
                               + (withinRounding ? Report.roundingNote : "") + "。"))
    }

    /// The clause the rate ends ("完成年初预算的110.27%"): from the last separator before it within the
    /// match, up to and including the "%".
    private func clause(ending end: Int, in match: NarrativeCheck.Match) -> String {
        let start = match.range.location
        let text = match.part.substring(NSRange(location: start, length: end + 1 - start))
        let separators: Set<Character> = [",", ";", "。", ":", "、"]
        if let cut = text.lastIndex(where: { separators.contains($0) }) {
            return String(text[text.index(after: cut)...])
        }
        return text
    }

    private func pow10(_ n: Int) -> Int64 { ExactDecimal.powerOfTen(n) ?? 1 }
}
