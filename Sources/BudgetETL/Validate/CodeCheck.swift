import Foundation

/// Codes: a child code begins with the code of the row above it of a lower level, one code has one
/// name within a document, and a 类-level function code carries its class's name (where the
/// configuration names the class).
struct CodeCheck {
    let rules: CodeRules
    let regexes: RegexCache
    /// Class codes in code order, each with its name as a whole-name pattern, compiled.
    private let classes: [(code: String, pattern: CompiledPattern)]
    /// The same by code (looked up per 类 row: no pattern text built or hashed per row).
    private let classByCode: [String: CompiledPattern]
    /// Class code by name, for names seen before in this document (the same names recur from table
    /// to table); keyed by the name's bytes, which hash far faster than a Chinese `String`.
    private let classByName = ClassNames()

    private final class ClassNames {
        var known: [[UInt8]: String?] = [:]
    }

    init(rules: CodeRules, regexes: RegexCache) {
        self.rules = rules
        self.regexes = regexes
        classes = rules.functionClasses.keys.sorted().map { ($0, regexes.pattern(Self.wholeName(rules.functionClasses[$0]!))) }
        classByCode = Dictionary(classes.map { ($0.code, $0.pattern) }, uniquingKeysWith: { first, _ in first })
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
        if code.level == 1, let pattern = rules.functionClasses[code.code], classByCode[code.code]?.matches(name) != true {
            add(report, table, subject: "\(code.code) \(name)", expected: pattern, actual: name, line: row.line,
                "「\(table.title)」类级科目\(code.code)的名称应为“\(pattern)”，文中为“\(name)”")
        } else if (code.level ?? 1) > 1, !name.hasPrefix("其他"), let classCode = classNamed(name) {
            add(report, table, subject: "\(code.code) \(name)", expected: "", actual: name, line: row.line,
                "「\(table.title)」\(code.code)是款级或项级科目，名称却是类级科目\(classCode)的“\(name)”")
        }
    }

    /// The first class code (in code order) whose configured name `name` is.
    private func classNamed(_ name: String) -> String? {
        let key = Array(name.utf8)
        if let known = classByName.known[key] { return known }
        let code = classes.first { $0.pattern.matches(name) }?.code
        classByName.known[key] = code
        return code
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
        if isPlainText(label) { return plainName(Array(label.utf8)) }
        var s = label
        if let bracket = s.range(of: " [", options: .backwards), s.hasSuffix("]") { s = String(s[..<bracket.lowerBound]) }
        for marker in ["(类)", "(款)", "(项)"] { s = s.replacingOccurrences(of: marker, with: "") }
        return s.filter { !$0.isWhitespace }
    }

    /// Whether every scalar is ASCII, a CJK ideograph, CJK punctuation or a full-width form, none
    /// of which combines with another or decomposes canonically: there every scalar is a Character
    /// (but CR LF, both white space) and Foundation's searches compare as bytes do.
    static func isPlainText(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            switch s.value {
            case 0x09...0x0D, 0x20...0x7E, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF,
                 0xFF01...0xFF65:
                return true
            default:
                return false
            }
        }
    }

    private static let markers: [[UInt8]] = ["(类)", "(款)", "(项)"].map { Array($0.utf8) }

    /// `name` over the bytes of plain text (`isPlainText`).
    private static func plainName(_ label: [UInt8]) -> String {
        var bytes = label
        if bytes.last == UInt8(ascii: "]"), let bracket = lastIndex(of: [0x20, 0x5B], in: bytes) {
            bytes.removeSubrange(bracket...)
        }
        for marker in markers { bytes = removing(marker, from: bytes) }
        let kept = String(decoding: bytes, as: UTF8.self)
        guard kept.unicodeScalars.contains(where: LabelCleaner.isWhiteSpace) else { return kept }
        var scalars = String.UnicodeScalarView()
        for s in kept.unicodeScalars where !LabelCleaner.isWhiteSpace(s) { scalars.append(s) }
        return String(scalars)
    }

    private static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var i = bytes.count - needle.count
        while i >= 0 {
            if bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i -= 1
        }
        return nil
    }

    /// Every occurrence of `needle`, left to right, removed (as `replacingOccurrences` with "").
    private static func removing(_ needle: [UInt8], from bytes: [UInt8]) -> [UInt8] {
        guard bytes.count >= needle.count else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if i + needle.count <= bytes.count, bytes[i..<(i + needle.count)].elementsEqual(needle) {
                i += needle.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }
}
