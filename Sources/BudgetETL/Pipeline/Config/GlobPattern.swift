/// A file name pattern from `input.patterns`, matched against '/'-separated paths below the input
/// folder.
///
/// - A pattern without '/' matches the file name at any depth: "*.txt" finds a/b/c.txt too,
///   since the input folder is searched recursively.
/// - A pattern with '/' matches the whole relative path; a "**" component stands for any number
///   of folders (none included): "2023/**/*.txt".
/// - `*` is any run of characters except '/', `?` one character except '/'; everything else is
///   literal (no [classes], so file names with brackets need no escaping).
struct GlobPattern: Sendable {
    let text: String
    private let components: [[Character]]
    private let matchesFileNameOnly: Bool
    /// The literal after the one `*` of a file-name pattern such as `*.txt`: a name matches when it
    /// ends in it, which its last Characters tell (asked of every input file on every run).
    private let anyNameEndingIn: String?

    init(_ text: String) {
        self.text = text
        matchesFileNameOnly = !text.contains("/")
        components = text.split(separator: "/", omittingEmptySubsequences: true).map(Array.init)
        if matchesFileNameOnly, let name = components.first, name.first == "*", !name.dropFirst().contains(where: { $0 == "*" || $0 == "?" }) {
            anyNameEndingIn = String(name.dropFirst())
        } else {
            anyNameEndingIn = nil
        }
    }

    /// Rejects patterns that could never match a path below the input folder.
    static func check(_ pattern: String, file: String, line: Int?) throws {
        let problem: String?
        if pattern.isEmpty {
            problem = "an input pattern is empty"
        } else if pattern.hasPrefix("/") {
            problem = "input pattern '\(pattern)' must be relative to input.folder, not start with '/'"
        } else if pattern.split(separator: "/").contains("..") {
            problem = "input pattern '\(pattern)' must not leave input.folder with '..'"
        } else {
            problem = nil
        }
        if let problem { throw ConfigError(file: file, line: line, message: problem) }
    }

    func matches(relativePath path: String) -> Bool {
        // The path's last Characters are its file name's unless it ends on a '/'.
        if let suffix = anyNameEndingIn, let last = path.utf8.last, last != UInt8(ascii: "/") {
            return UTF8Text.hasSuffix(path, suffix)
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(Array.init)
        guard let last = parts.last else { return false }
        if matchesFileNameOnly { return Self.matchComponent(components.first ?? [], last[...]) }
        return Self.matchPath(components[...], parts[...])
    }

    private static func matchPath(_ pattern: ArraySlice<[Character]>, _ path: ArraySlice<[Character]>) -> Bool {
        guard let first = pattern.first else { return path.isEmpty }
        if first == ["*", "*"] {
            // "**" takes none, one, two … leading folders.
            var rest = path
            while true {
                if matchPath(pattern.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        guard let head = path.first, matchComponent(first, head[...]) else { return false }
        return matchPath(pattern.dropFirst(), path.dropFirst())
    }

    /// Matches one path component (no '/' in either).
    private static func matchComponent(_ pattern: [Character], _ name: ArraySlice<Character>) -> Bool {
        matchComponent(pattern[...], name)
    }

    private static func matchComponent(_ pattern: ArraySlice<Character>, _ name: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return name.isEmpty }
        switch first {
        case "*":
            var rest = name
            while true {
                if matchComponent(pattern.dropFirst(), rest) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        case "?":
            return !name.isEmpty && matchComponent(pattern.dropFirst(), name.dropFirst())
        default:
            return name.first == first && matchComponent(pattern.dropFirst(), name.dropFirst())
        }
    }
}
