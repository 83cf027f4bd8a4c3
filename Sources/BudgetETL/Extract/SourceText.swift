import Foundation
import CoreFoundation

/// Layer 1: bytes → lines. Decoding is detected, not configured: UTF-8 (with or without BOM)
/// first, GB18030 when the bytes are not UTF-8. Line ends CRLF, CR and LF are all accepted and
/// form feeds (page breaks) count as line breaks' neighbours, not content.
public struct SourceText: Sendable {
    /// Lines without their terminators; index 0 is source line 1.
    public let lines: [String]

    public init(lines: [String]) { self.lines = lines }

    public init(bytes: [UInt8]) {
        self.init(lines: SourceText.splitLines(SourceText.decode(bytes)))
    }

    static func decode(_ bytes: [UInt8]) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        if let text = String(data: Data(body), encoding: gb18030) { return text }
        return String(decoding: body, as: UTF8.self)
    }

    static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(
        CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                if !previousWasCR { lines.append(String(current)); current = .init() }
                previousWasCR = false
            case "\r":
                lines.append(String(current)); current = .init()
                previousWasCR = true
            case "\u{0C}":
                previousWasCR = false
            default:
                current.append(scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
