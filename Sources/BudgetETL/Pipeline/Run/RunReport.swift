import Foundation

/// `output/run.json`: what the last run did, for monitoring (written at the end of every run that
/// got the lock, also of one that stopped early).
public struct RunReport: Codable, Sendable {
    public static let fileName = "run.json"

    public var toolVersion = BudgetETLVersion.current
    /// Fingerprint of the whole configuration (every part a stage reads, and input.patterns).
    public var configFingerprint = ""
    public var command = ""
    public var started = ""
    public var ended = ""
    public var durationSeconds = 0.0
    public var exitStatus: Int32 = 0
    /// Why the run stopped early; nil when it did not.
    public var message: String?
    public var documents = Documents()
    public var stages = Stages()
    public var findings = Findings()
    public var numbers = Numbers()
    public var outputs = Outputs()

    public struct Documents: Codable, Sendable, Equatable {
        /// Input files found (after --only).
        public var total = 0
        public var selected = 0
        public var ok = 0
        public var noTables = 0
        public var failed = 0
        /// Documents that left the input folder since the last run (dropped from every output).
        public var removed = 0

        enum CodingKeys: String, CodingKey {
            case total, selected, ok, noTables = "no_tables", failed, removed
        }
    }

    public struct StageCounts: Codable, Sendable, Equatable {
        /// Documents whose result of this stage was computed in this run.
        public var processed = 0
        /// Documents whose stored result was fresh and reused (or that the run did not select).
        public var skipped = 0
        /// Documents that failed in this stage (counted in processed too).
        public var failed = 0
        /// Time spent in the stage, summed over parallel jobs; for load, also putting the outputs
        /// together.
        public var durationSeconds = 0.0

        enum CodingKeys: String, CodingKey {
            case processed, skipped, failed, durationSeconds = "duration_seconds"
        }
    }

    public struct Stages: Codable, Sendable, Equatable {
        public var extract = StageCounts()
        public var normalize = StageCounts()
        public var validate = StageCounts()
        public var load = StageCounts()

        public subscript(stage: Stage) -> StageCounts {
            get {
                switch stage {
                case .extract: return extract
                case .normalize: return normalize
                case .validate: return validate
                case .load: return load
                }
            }
            set {
                switch stage {
                case .extract: extract = newValue
                case .normalize: normalize = newValue
                case .validate: validate = newValue
                case .load: load = newValue
                }
            }
        }
    }

    public struct Findings: Codable, Sendable, Equatable {
        public var error = 0
        public var warning = 0
    }

    /// Numbers inside table regions: found = loaded (long.csv) + rejected (rejects.csv).
    public struct Numbers: Codable, Sendable, Equatable {
        public var found = 0
        public var loaded = 0
        public var rejected = 0
    }

    public struct Outputs: Codable, Sendable, Equatable {
        /// Whether this run wrote the output files (false: they were up to date, or the run does not
        /// load).
        public var written = false
        public var files = 0
    }

    enum CodingKeys: String, CodingKey {
        case toolVersion = "tool_version", configFingerprint = "config_fingerprint", command, started, ended,
             durationSeconds = "duration_seconds", exitStatus = "exit_status", message, documents, stages, findings,
             numbers, outputs
    }

    public init() {}

    func encoded() -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return Array((try? encoder.encode(self)) ?? Data()) + [UInt8(ascii: "\n")]
    }

    /// Reads an output folder's run.json.
    public static func read(from outputFolder: URL) throws -> RunReport {
        try JSONDecoder().decode(RunReport.self, from: Data(contentsOf: outputFolder.appendingPathComponent(fileName)))
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
