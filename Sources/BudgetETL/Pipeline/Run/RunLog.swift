import Foundation
import Logging

/// What a run tells its operator, on stderr (stdout stays free for data).
///
/// - On a terminal: a progress bar with counts and the time left, redrawn in place, and the same
///   lines as below without timestamps.
/// - Otherwise (cron, a pipe, a file): plain lines, each with a UTC timestamp — one per stage, one
///   per failed document, and the outcome; what a cron mail should show.
/// - `quiet`: only warnings and errors (failed documents, a refused or aborted run): a cron job
///   that mails its output mails only when something is wrong. `verbose`: also one line per
///   document processed, saying what was done and why.
public final class RunLog: @unchecked Sendable {
    public enum Verbosity: Int, Sendable, Comparable {
        case quiet, normal, verbose
        public static func < (a: Verbosity, b: Verbosity) -> Bool { a.rawValue < b.rawValue }
    }

    public enum Style: Sendable {
        case plain, terminal
    }

    public let verbosity: Verbosity
    public let style: Style
    private let sink: (String) -> Void
    private let logger: Logger?
    private let lock = NSLock()
    private var bar = ""
    private var lastDraw = Date.distantPast
    private let timestamps = ISO8601DateFormatter()

    /// `sink` receives text ready to be written (lines end with "\n"); default: stderr.
    public init(verbosity: Verbosity = .normal, style: Style = .plain, sink: ((String) -> Void)? = nil) {
        self.verbosity = verbosity
        self.style = style
        self.sink = sink ?? { FileHandle.standardError.write(Data($0.utf8)) }
        self.logger = nil
    }

    /// Lines go to `logger` (info, debug, warning, error); no progress bar.
    public init(logger: Logger, verbosity: Verbosity = .normal) {
        self.verbosity = verbosity
        self.style = .plain
        self.sink = { _ in }
        self.logger = logger
    }

    /// stderr, with a progress bar when stderr is a terminal.
    public static func standardError(verbosity: Verbosity) -> RunLog {
        RunLog(verbosity: verbosity, style: isatty(STDERR_FILENO) == 1 ? .terminal : .plain)
    }

    /// A nothing-to-say log (tests, library use).
    public static let silent = RunLog(verbosity: .quiet, sink: { _ in })

    public func info(_ text: String) { if verbosity >= .normal { line(text, level: .info) } }
    public func detail(_ text: String) { if verbosity >= .verbose { line(text, level: .debug) } }
    public func warning(_ text: String) { line("warning: " + text, level: .warning) }
    public func error(_ text: String) { line("error: " + text, level: .error) }

    private func line(_ text: String, level: Logger.Level) {
        if let logger {
            logger.log(level: level, "\(text)")
            return
        }
        lock.lock()
        defer { lock.unlock() }
        switch style {
        case .plain:
            sink("\(timestamps.string(from: Date())) budget-etl: \(text)\n")
        case .terminal:
            // Clear the bar, write the line, draw the bar again below it.
            sink((bar.isEmpty ? "" : "\r\u{1B}[2K") + text + "\n" + bar)
        }
    }

    /// Redraws the progress bar (terminal only, at most ten times a second, and always at the end).
    func progress(_ label: String, done: Int, total: Int, since start: Date) {
        guard style == .terminal, verbosity >= .normal, logger == nil, total > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard done >= total || now.timeIntervalSince(lastDraw) >= 0.1 else { return }
        lastDraw = now
        let width = 30
        let filled = min(width, done * width / total)
        let elapsed = now.timeIntervalSince(start)
        var eta = ""
        if done > 0 && done < total {
            eta = " · ETA " + Self.clock(elapsed / Double(done) * Double(total - done))
        }
        bar = "\(label) [" + String(repeating: "#", count: filled) + String(repeating: "·", count: width - filled)
            + "] \(done)/\(total) · " + Self.clock(elapsed) + eta
        sink("\r\u{1B}[2K" + bar)
    }

    /// Removes the progress bar.
    func endProgress() {
        guard style == .terminal, logger == nil else { return }
        lock.lock()
        defer { lock.unlock() }
        if !bar.isEmpty { sink("\r\u{1B}[2K") }
        bar = ""
    }

    static func clock(_ seconds: Double) -> String {
        let s = max(0, Int(seconds.rounded()))
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
