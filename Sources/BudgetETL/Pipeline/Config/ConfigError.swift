/// A mistake in the pipeline configuration, reported as `file:line: message` (the form compilers
/// use, so editors and terminals can jump to it).
public struct ConfigError: Error, Equatable, CustomStringConvertible {
    public var file: String
    /// 1-based line in `file`; nil when the mistake has no single line (unreadable file, or a
    /// folder given on the command line).
    public var line: Int?
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
