import Foundation

/// Why the load stage could not write the output.
public enum LoadError: LocalizedError, CustomStringConvertible {
    case cannotRename(from: String, to: String, errno: Int32)

    public var description: String {
        switch self {
        case let .cannotRename(from, to, code):
            return "cannot rename \(from) to \(to): \(String(cString: strerror(code)))"
        }
    }

    public var errorDescription: String? { description }
}
