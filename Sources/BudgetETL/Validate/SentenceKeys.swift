import Foundation

/// What every match of a phrase holds, for choosing the sentences a phrase is searched in
/// (`NarrativeSentences`): each key is a choice of texts, one of which every match holds. Like
/// `RequiredText`, a run of literal characters at the pattern's top level is a key (of one text),
/// and so is a top-level group that is a choice of literals (`(?<dir>增加|减少)`,
/// `(?:\(类\)支出|支出\(类\))`). A sentence is searched only when it holds every key: "," alone is in
/// nearly every sentence, "," and "增加" or "减少" in few. Keys come longest first (by their shortest
/// text); none for a top-level `|` or inline options.
enum SentenceKeys {
    static func of(_ pattern: String) -> [[[UInt8]]] {
        guard !pattern.contains("\\Q") else { return [] }   // quoting: metacharacters read as text
        var scanner = Scanner(scalars: Array(pattern.unicodeScalars))
        // Longest shortest text first: likely the rarest, looked for over the whole text.
        return (scanner.candidates() ?? []).enumerated().sorted { a, b in
            let (x, y) = (a.element.map(\.count).min() ?? 0, b.element.map(\.count).min() ?? 0)
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    private struct Scanner: PatternScanning {
        let scalars: [Unicode.Scalar]
        var position = 0
        var found: [[[UInt8]]] = []
        var run = ""

        /// Every candidate; nil when the pattern has a top-level `|` or inline options.
        mutating func candidates() -> [[[UInt8]]]? {
            while let c = next() {
                switch c {
                case "|": return nil
                case "\\":
                    if let literal = escapedPunctuation() { run.unicodeScalars.append(literal) } else { endRun() }
                case "(":
                    endRun()
                    if peek() == "?", let kind = peek(1), kind != ":", kind != "<" || !(peek(2)?.properties.isAlphabetic ?? false) {
                        if kind.properties.isAlphabetic || kind == "-" { return nil }   // inline options
                        _ = groupBody()   // a look-around or atomic group: holds no key
                        continue
                    }
                    skipGroupName()
                    let choices = groupBody()
                    if let choices, !optionalFollows() { found.append(choices) }
                case "[":
                    endRun()
                    skipClass()
                case "?", "*", "{":
                    if !run.isEmpty { run.unicodeScalars.removeLast() }
                    endRun()
                    if c == "{" { while let d = next(), d != "}" {} }
                case "+", ".", "^", "$", ")", "]", "}": endRun()
                default: run.unicodeScalars.append(c)
                }
            }
            endRun()
            return found
        }

        private mutating func endRun() {
            if !run.isEmpty { found.append([Array(run.utf8)]) }
            run = ""
        }

        private mutating func escapedPunctuation() -> Unicode.Scalar? {
            guard let c = next() else { return nil }
            guard c.isASCII, !c.properties.isAlphabetic, !("0"..."9").contains(c) else {
                if (c == "p" || c == "P" || c == "N"), peek() == "{" { while let d = next(), d != "}" {} }
                return nil
            }
            return c
        }

        /// Past `?:` or `?<name>` of a group just opened.
        private mutating func skipGroupName() {
            guard peek() == "?" else { return }
            if peek(1) == ":" { position += 2; return }
            while let c = next(), c != ">" {}
        }

        /// Reads the group up to its `)`: its alternatives when each is a non-empty run of literal
        /// characters, else nil.
        private mutating func groupBody() -> [[UInt8]]? {
            var choices: [[UInt8]] = []
            var current = ""
            var plain = true
            var depth = 1
            while let c = next() {
                switch c {
                case "(":
                    depth += 1
                    plain = false
                case ")":
                    depth -= 1
                    if depth == 0 {
                        choices.append(Array(current.utf8))
                        return plain && !choices.contains { $0.isEmpty } ? choices : nil
                    }
                case "[":
                    skipClass()
                    plain = false
                case "\\":
                    if let literal = escapedPunctuation() { current.unicodeScalars.append(literal) } else { plain = false }
                case "|" where depth == 1:
                    choices.append(Array(current.utf8))
                    current = ""
                case "?", "*", "+", "{", "}", ".", "^", "$", "|", "]": plain = false
                default: current.unicodeScalars.append(c)
                }
            }
            return nil   // unclosed
        }

        /// A repeat after a group that lets it be absent.
        private func optionalFollows() -> Bool {
            guard let c = peek() else { return false }
            return c == "?" || c == "*" || c == "{"
        }

        private mutating func skipClass() {
            var depth = 1
            if peek() == "^" { position += 1 }
            if peek() == "]" { position += 1 }
            while depth > 0, let c = next() {
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
