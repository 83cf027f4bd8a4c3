import Foundation

/// Codes: a child code begins with the code of the row above it of a lower level, one code has one
/// name within a document, and a 类-level function code carries its class's name (where the
/// configuration names the class).
struct CodeCheck {
    let rules: CodeRules
    let regexes: RegexCache
    /// Class codes in code order, each with its name as a whole-name pattern.
    private let classes: [(code: String, pattern: String)]
    /// Class code by name, for names seen before in this document (the same names recur from table to table).
    private let classByName = ClassNames()

    private final class ClassNames {
        var known: [String: String?] = [:]
    }

    init(rules: CodeRules, regexes: RegexCache) {
        self.rules = rules
        self.regexes = regexes
        classes = rules.functionClasses.keys.sorted().map { ($0, Self.wholeName(rules.functionClasses[$0]!)) }
    }

    private static func wholeName(_ pattern: String) -> String { "^(?:\(pattern))$" }

    private static let levelled: Set<CodeScheme> = [.function, .economicDept, .economicGov]

    func run(_ report: Report) {
        var names: [String: (name: String, line: Int, table: NormalizedTable)] = [:]
        for table in report.document.tables {
            for section in table.sections {
                checkNesting(section, table, report)
                for row in section.rows {
                    guard let code = row.code, Self.levelled.contains(code.scheme) else { continue }
                    let name = Self.name(row.label)
                    if name.isEmpty { continue }
                    checkClass(code, name, row, table, report)
                    let key = code.scheme.rawValue + ":" + code.code
                    if let first = names[key] {
                        if first.name != name {
                            add(report, table, subject: code.code, expected: first.name, actual: name, line: row.line,
                                "科目代码\(code.code)在「\(first.table.title)」（第\(first.line)行）名为“\(first.name)”，在「\(table.title)」名为“\(name)”：同一代码应只有一个名称")
                        }
                    } else {
                        names[key] = (name, row.line, table)
                    }
                }
            }
        }
    }

    /// A coded row must begin with the code of the nearest row printed above it with a lower level.
    /// Reported once per such parent (at its first misplaced child): one misread parent code would
    /// otherwise give a finding for every row below it.
    private func checkNesting(_ section: NormalizedSection, _ table: NormalizedTable, _ report: Report) {
        var above: [NormalizedRow] = []
        var misplaced: [(parent: NormalizedRow, children: [NormalizedRow])] = []
        for row in section.rows {
            guard let code = row.code, Self.levelled.contains(code.scheme), let level = code.level else { continue }
            if level > 1, let parent = above.last(where: { ($0.code?.level ?? 0) < level && $0.code?.scheme == code.scheme }),
               let parentCode = parent.code?.code, !code.code.hasPrefix(parentCode) {
                if let i = misplaced.firstIndex(where: { $0.parent.line == parent.line && $0.parent.code == parent.code }) {
                    misplaced[i].children.append(row)
                } else {
                    misplaced.append((parent, [row]))
                }
            }
            above.append(row)
        }
        for (parent, children) in misplaced {
            let first = children[0], parentCode = parent.code!.code
            let more = children.count > 1 ? "等\(children.count)个科目" : ""
            add(report, table, subject: "\(first.code!.code) \(Self.name(first.label))", expected: parentCode + "…",
                actual: first.code!.code, line: first.line,
                "「\(table.title)」科目\(first.code!.code)\(more)排在上级科目\(parentCode) \(Self.name(parent.label))之下，但代码不以\(parentCode)开头")
        }
    }

    /// A 类 (3-digit) function code's name matches its configured class name; a 款 or 项 does not carry
    /// the name of a 类 (a sign that the code or the name slipped a row). Names starting with 其他 are
    /// left alone: 2299999 其他支出 legitimately repeats its class's name.
    private func checkClass(_ code: ClassificationCode, _ name: String, _ row: NormalizedRow, _ table: NormalizedTable,
                            _ report: Report) {
        guard code.scheme == .function, code.code.count >= 3 else { return }
        let isClass = { (pattern: String) in self.regexes.matches(Self.wholeName(pattern), name) }
        if code.level == 1, let pattern = rules.functionClasses[code.code], !isClass(pattern) {
            add(report, table, subject: "\(code.code) \(name)", expected: pattern, actual: name, line: row.line,
                "「\(table.title)」类级科目\(code.code)的名称应为“\(pattern)”，文中为“\(name)”")
        } else if (code.level ?? 1) > 1, !name.hasPrefix("其他"), let classCode = classNamed(name) {
            add(report, table, subject: "\(code.code) \(name)", expected: "", actual: name, line: row.line,
                "「\(table.title)」\(code.code)是款级或项级科目，名称却是类级科目\(classCode)的“\(name)”")
        }
    }

    /// The first class code (in code order) whose configured name `name` is.
    private func classNamed(_ name: String) -> String? {
        if let known = classByName.known[name] { return known }
        let code = classes.first { regexes.regex($0.pattern).map { Self.wholeMatch($0, name) } ?? false }?.code
        classByName.known[name] = code
        return code
    }

    private static func wholeMatch(_ regex: NSRegularExpression, _ name: String) -> Bool {
        regex.firstMatch(in: name, range: NSRange(name.startIndex..., in: name)) != nil
    }

    private func add(_ report: Report, _ table: NormalizedTable, subject: String, expected: String, actual: String,
                     line: Int, _ message: String) {
        report.add(Finding(documentId: report.document.documentId, sourceFile: report.document.sourceFile,
                           tableKey: table.tableKey, rule: .codes, severity: .error, subject: subject,
                           expected: expected, actual: actual, difference: "", unit: "", sourceLine: line,
                           message: message + "。"))
    }

    /// The name as compared: without a trailing bracketed second code ("… [50102 社会保障缴费]"),
    /// a "(类)/(款)/(项)" marker or spaces.
    static func name(_ label: String) -> String {
        // Most labels have nothing to remove: no bracket, marker or whitespace (a Character is
        // whitespace exactly when its first scalar is). Checked on bytes and scalar values: a label
        // whose last character merely ends in "]" takes the exact way below.
        if !ByteSearch.hasSuffix(label, "]"), !label.utf8.contains(UInt8(ascii: "(")),
           !label.unicodeScalars.contains(where: LabelCleaner.isWhiteSpace) {
            return label
        }
        var s = label
        if let bracket = s.range(of: " [", options: .backwards), s.hasSuffix("]") { s = String(s[..<bracket.lowerBound]) }
        for marker in ["(类)", "(款)", "(项)"] { s = s.replacingOccurrences(of: marker, with: "") }
        return s.filter { !$0.isWhitespace }
    }
}
