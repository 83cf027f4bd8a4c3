/// The four stages, in order. extract, normalize and validate work on one document at a time and
/// store one result per document; load renders each document's part of the output files (also
/// stored per document) and combines all of them into the output folder.
public enum Stage: String, Sendable, CaseIterable, Comparable, Codable {
    case extract
    case normalize
    case validate
    case load

    public var index: Int { Stage.allCases.firstIndex(of: self)! }

    public static func < (a: Stage, b: Stage) -> Bool { a.index < b.index }

    /// The stage whose stored result this one reads; nil for extract (it reads the input file).
    public var upstream: Stage? { index == 0 ? nil : Stage.allCases[index - 1] }

    /// Stages from this one to load.
    public var andLater: [Stage] { Array(Stage.allCases[index...]) }
}

/// The tool's version. Every stored stage result carries it (through the stage's fingerprint), so
/// results of another version are never reused.
public enum BudgetETLVersion {
    /// Bump when the logic of a stage changes. The probes in `ToolFingerprints` catch many such
    /// changes by themselves (they run each stage on a small built-in document), but not all.
    public static let current = "0.7.0"

    /// Version of the state folder's file layout (`StateFile`, `StateManifest`, the stage results' `StateCodable` layout).
    /// 6: the normalize result is stored without the narrative (the extract result holds it).
    /// 7: the index keeps, per document, the key under which its records were last found fresh.
    static let stateFormat = 7
}
