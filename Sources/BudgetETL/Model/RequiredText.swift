/// The longest text every match of a regular expression contains: a run of literal characters at
/// the pattern's top level, outside groups, classes and repeats. A text without it cannot match, so
/// the narrative phrases are searched with ICU only in the parts that contain it (ICU copies every
/// text it searches to UTF-16 first). Empty when the pattern names no such text, or when it has a
/// top-level alternative or inline options (`(?i)`, `(?x)`), which change what a literal means.
enum RequiredText {
    static func of(_ pattern: String) -> [UInt8] {
        // `\Q…\E` quotes metacharacters the scanner would read as groups or alternatives.
        guard !pattern.contains("\\Q") else { return [] }
        var scanner = Scanner(scalars: Array(pattern.unicodeScalars))
        guard let runs = scanner.literalRuns() else { return [] }
        let best = runs.max { $0.utf8.count < $1.utf8.count } ?? ""
        return Array(best.utf8)
    }

    private struct Scanner {
        let scalars: [Unicode.Scalar]
        var position = 0
        var runs: [String] = []
        var run = String.UnicodeScalarView()

        /// The top-level literal runs; nil when the pattern has a top-level `|` or inline options.
        mutating func literalRuns() -> [String]? {
            while position < scalars.count {
                let c = scalars[position]
                position += 1
                switch c {
                case "|": return nil
                case "\\": escape()
                case "(":
                    if optionGroup() { return nil }
                    endRun()
                    skipGroup()
                case "[":
                    endRun()
                    skipClass()
                case "?", "*":
                    dropLast()
                case "{":
                    dropLast()
                    while position < scalars.count && scalars[position] != "}" { position += 1 }
                    position += 1
                case "+", ".", "^", "$", ")", "]", "}":
                    endRun()
                default:
                    run.append(c)
                }
            }
            endRun()
            return runs
        }

        private mutating func endRun() {
            if !run.isEmpty { runs.append(String(run)) }
            run = String.UnicodeScalarView()
        }

        /// A repeat that may take the last character zero times: it is not required.
        private mutating func dropLast() {
            if !run.isEmpty { run.removeLast() }
            endRun()
        }

        /// `\.` is a literal `.`; `\d`, `\p{…}`, `\1` and the like are not literals.
        private mutating func escape() {
            guard position < scalars.count else { return endRun() }
            let c = scalars[position]
            position += 1
            if c.isASCII && !c.properties.isAlphabetic && !("0"..."9").contains(c) {
                run.append(c)
                return
            }
            endRun()
            if (c == "p" || c == "P" || c == "N"), position < scalars.count, scalars[position] == "{" {
                while position < scalars.count && scalars[position] != "}" { position += 1 }
                position += 1
            }
        }

        /// `(?i)`, `(?x:` …: options that change the meaning of what follows.
        private func optionGroup() -> Bool {
            guard position + 1 < scalars.count, scalars[position] == "?" else { return false }
            let next = scalars[position + 1]
            return next == "-" || next.properties.isAlphabetic
        }

        /// Skips to after the `)` closing the group just opened.
        private mutating func skipGroup() {
            var depth = 1
            while position < scalars.count && depth > 0 {
                let c = scalars[position]
                position += 1
                switch c {
                case "\\": position += 1
                case "[": skipClass()
                case "(": depth += 1
                case ")": depth -= 1
                default: continue
                }
            }
        }

        /// Skips to after the `]` closing the class just opened (classes nest in ICU).
        private mutating func skipClass() {
            var depth = 1
            if position < scalars.count && scalars[position] == "^" { position += 1 }
            if position < scalars.count && scalars[position] == "]" { position += 1 }   // a leading ] is literal
            while position < scalars.count && depth > 0 {
                let c = scalars[position]
                position += 1
                switch c {
                case "\\": position += 1
                case "[": depth += 1
                case "]": depth -= 1
                default: continue
                }
            }
        }
    }
}
