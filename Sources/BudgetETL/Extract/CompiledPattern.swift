import Foundation

/// A regular expression compiled once per run. `String.range(of:options: .regularExpression)`
/// compiles (or looks up) its pattern on every call, which cost more than the matching itself.
struct CompiledPattern: @unchecked Sendable {
    private let regex: NSRegularExpression

    init(_ pattern: String) { regex = try! NSRegularExpression(pattern: pattern) }

    /// The first match's range, searching the whole text as `range(of:options:)` does.
    func firstRange(in text: String) -> Range<String.Index>? {
        guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return Range(match.range, in: text)
    }

    func matches(_ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
