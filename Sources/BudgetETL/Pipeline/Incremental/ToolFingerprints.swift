import Foundation

/// What each stage's code is, as fingerprints: the tool version, the executable itself (its size and
/// modification time: a rebuilt or reinstalled tool may read documents differently in ways no probe
/// shows, so its results are not reused), the shape of the records the stage writes, and the
/// stage's result on a small built-in document (a probe). Computed once per process (about a
/// millisecond).
struct ToolFingerprints: Sendable {
    let extract: String
    let normalize: String
    let validate: String
    let load: String

    subscript(stage: Stage) -> String {
        switch stage {
        case .extract: return extract
        case .normalize: return normalize
        case .validate: return validate
        case .load: return load
        }
    }

    static let current = ToolFingerprints.compute()

    /// The key under which the state's index keeps the executable stamp the stored fingerprints
    /// were computed by (beside the four stages' keys).
    static let executableKey = "executable"

    /// The fingerprints as a state index stores them: the four stages' and, where the executable
    /// is known by its file, its stamp (so the next run of the same executable can reuse them).
    var stored: [String: String] {
        var stored = Dictionary(uniqueKeysWithValues: Stage.allCases.map { ($0.rawValue, self[$0]) })
        if Self.stampIsTheFile { stored[Self.executableKey] = Self.executableStamp }
        return stored
    }

    /// `current`, or the fingerprints a state index holds when the same executable wrote them: the
    /// probe is a pure function of the executable, so its answer for the same file is the stored
    /// one (a no-op run spared reading the probe documents). Under `BUDGET_ETL_TOOL_STAMP`, which
    /// names builds that may differ, the probe is always read.
    static func current(reusing stored: [String: String]) -> ToolFingerprints {
        guard stampIsTheFile, stored[executableKey] == executableStamp,
              let extract = stored[Stage.extract.rawValue], let normalize = stored[Stage.normalize.rawValue],
              let validate = stored[Stage.validate.rawValue], let load = stored[Stage.load.rawValue]
        else { return current }
        return ToolFingerprints(extract: extract, normalize: normalize, validate: validate, load: load)
    }

    /// True when `executableStamp` is the executable file's size and time (not set by the
    /// environment, and known).
    static var stampIsTheFile: Bool {
        ProcessInfo.processInfo.environment[toolStampVariable] == nil && !executableStamp.isEmpty
    }

    static let toolStampVariable = "BUDGET_ETL_TOOL_STAMP"

    /// The tool's identity: `BUDGET_ETL_TOOL_STAMP` when set (builds known to be equivalent may
    /// share stored results; the tests give the binary they start the stamp of their own process),
    /// else the running executable's size and modification time ("" where it cannot be told).
    static let executableStamp: String = {
        if let stamp = ProcessInfo.processInfo.environment[toolStampVariable] { return stamp }
        let manager = FileManager.default
        // /proc/self/exe is a link whose own time is the process's start: the file it names is meant.
        let path = (try? manager.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        guard let attributes = try? manager.attributesOfItem(atPath: path),
              let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date else { return "" }
        return "\(size)-\(modified.timeIntervalSince1970)"
    }()

    private static func compute() -> ToolFingerprints {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        func json<T: Encodable>(_ value: T) -> String {
            (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "unencodable"
        }
        func stage(_ name: String, _ probe: String) -> String {
            var f = Fingerprint("tool.\(name)")
            f.add("version", BudgetETLVersion.current)
            f.add("executable", executableStamp)
            f.add("state", String(BudgetETLVersion.stateFormat))
            f.add("probe", probe)
            return f.hex
        }
        let catalog = Probe.catalog
        let extracted = Probe.texts.map { name, text in
            Extractor(catalog: catalog).extract(bytes: Array(text.utf8), sourceFile: name, sha256: Fingerprint.of("probe", text))
        }
        let normalized = extracted.map {
            Normalizer(catalog: catalog, outputUnit: .wanYuan, placement: PlacementRules(Probe.validation)).normalize($0)
        }
        let findings = normalized.map { Validator(config: Probe.validation).check($0) }
        var rendered = ""
        for (document, found) in zip(normalized, findings) {
            // The stored summary and the fragment's CSV lines: what the load keeps and writes.
            let fragment = LoadFragment(document, validation: found)
            var bytes = fragment.summary.encoded()
            for records in [fragment.long, fragment.rejects, fragment.validation, fragment.documents] {
                records.appendCSVLines(to: &bytes)
            }
            for part in fragment.wide {
                let columns = WideCSV.ColumnUnion()
                columns.add(part.columns)
                WideCSV.appendRows(of: part, columns: columns, to: &bytes)
            }
            rendered += Fingerprint.of("fragment", String(decoding: bytes, as: UTF8.self))
        }
        rendered += String(decoding: OutputHeaders(byteOrderMark: true).all, as: UTF8.self)
        return ToolFingerprints(extract: stage("extract", json(extracted)),
                                normalize: stage("normalize", json(normalized)),
                                validate: stage("validate", json(findings)),
                                load: stage("load", rendered))
    }
}

/// The built-in probe: two small documents in the two most common layouts (tab-separated and
/// space-separated), a catalog and rules for them.
enum Probe {
    static let catalog = Catalog(
        kinds: [TableKind(key: "income_final", titlePatterns: ["收入决算表"]),
                TableKind(key: "expenditure_final", titlePatterns: ["支出决算表"], nonMoneyColumns: ["栏次"],
                          columnAliases: ["功能分类科目编码": "科目编码"])],
        columnAliases: ["科目代码": "科目编码"], nonMoneyColumns: ["行次", "%"])

    static let validation = ValidationConfig(
        hierarchy: [HierarchyRule(tables: ["income_final", "expenditure_final"])],
        rowTotals: [RowTotalRule(tables: ["expenditure_final"], total: "^本年支出合计$", parts: [["^基本支出$"], ["^项目支出$"]])],
        codes: CodeRules(functionClasses: ["208": "社会保障和就业(支出)?"]))

    static let texts: [(String, String)] = [
        ("probe/tabs.txt", """
            一、收入决算表
            部门：某某局
            金额单位：万元
            项目\t\t本年收入合计\t财政拨款收入\t其他收入
            科目代码\t科目名称\t\t\t
            栏次\t\t1\t2\t3
            合计\t\t858.63\t854.34\t4.29
            208\t社会保障和就业支出\t304.36\t300.88\t3.47
            20801\t人力资源和社会保障管理事务\t269.94\t266.47\t3.47
            2080109\t社会保险经办机构\t269.94\t266.47\t3.47
            20805\t行政事业单位养老支出\t34.42\t34.41\t
            210\t卫生健康支出\t554.27\t553.46\t0.81
            注：本表反映部门本年度取得的各项收入情况。
            二、情况说明
            2023年度收入合计858.63万元，比上年增加12.00万元，增长1.42%。其中：财政拨款收入854.34万元，占99.50%。

            """),
        ("probe/spaces.txt", """
            支出决算表
            公开03表
            单位：元
            项目
            本年支出合计 基本支出 项目支出
            功能分类科目编码 科目名称
            栏次 1 2 3
            合计 842.51 646.12 196.39
            206 科学技术支出 32.48 0.00 32.48
            20699 其他科学技术支出 32.48 0.00 32.48
            208 社会保障和就业支出 678.95 605.97 72.98
            20801 人力资源和社会保障管理事务 606.64 540.37 6x.26
            注：本表反映部门本年度各项支出情况。

            """),
    ]
}
