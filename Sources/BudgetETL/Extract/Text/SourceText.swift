import Foundation
import CoreFoundation

/// Layer 1: bytes → lines. Decoding is detected, not configured: a byte-order mark (UTF-8,
/// UTF-16 LE/BE) decides; otherwise UTF-8 when the bytes are valid UTF-8, else GB18030 (which
/// also reads GBK). Line ends CRLF, CR and LF are all accepted; form feeds (page breaks) are
/// dropped, after the running headers and footers at the pages' edges are blanked (`PageEdges`);
/// zero-width characters are removed.
public struct SourceText: Sendable {
    /// Lines without their terminators; index 0 is source line 1.
    public let lines: [String]

    public init(lines: [String]) { self.lines = lines }

    /// Lenient: bytes that decode in no known encoding are read as UTF-8 with replacement characters.
    public init(bytes: [UInt8]) {
        let text = (try? SourceText.decode(bytes)) ?? String(decoding: bytes, as: UTF8.self)
        self.init(lines: SourceText.splitLines(text))
    }

    /// Strict: throws when the encoding cannot be decided, naming the byte offset where UTF-8 failed.
    public static func read(bytes: [UInt8]) throws -> SourceText {
        SourceText(lines: splitLines(try decode(bytes)))
    }

    public struct DecodingFailure: Error, CustomStringConvertible {
        public var description: String
    }

    static func decode(_ bytes: [UInt8]) throws -> String {
        if let kind = BinaryKind.of(bytes) { throw DecodingFailure(description: kind.advice) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw DecodingFailure(description: "UTF-8 byte-order mark but invalid UTF-8 at byte offset \(invalidUTF8Offset(bytes) ?? 0)")
            }
            return text
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let encoding: String.Encoding = bytes[0] == 0xFF ? .utf16LittleEndian : .utf16BigEndian
            guard let text = String(data: Data(bytes.dropFirst(2)), encoding: encoding) else {
                throw DecodingFailure(description: "UTF-16 byte-order mark but the bytes are not UTF-16")
            }
            return text
        }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if let text = String(data: Data(bytes), encoding: gb18030) { return text }
        throw DecodingFailure(description: "encoding not recognized: not UTF-8 (invalid byte at offset "
            + "\(invalidUTF8Offset(bytes) ?? 0)), not GB18030, no byte-order mark")
    }

    /// Offset of the first byte that breaks UTF-8, nil when all of it is valid.
    static func invalidUTF8Offset(_ bytes: [UInt8]) -> Int? {
        var offset = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while offset < bytes.count {
            let lead = bytes[offset]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            guard length > 0, offset + length <= bytes.count,
                  String(validating: bytes[offset..<offset + length], as: UTF8.self) != nil else { return offset }
            offset += length
        }
        return nil
    }

    static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(
        CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))

    /// Lines at LF, CR or CRLF; form feeds, zero-width spaces and joiners, word joiners and
    /// byte-order marks dropped. Scanned over the UTF-8 bytes, one String per line.
    static func splitLines(_ text: String) -> [String] {
        var (lines, pageStarts) = splitPages(text)
        PageEdges.blankRunning(&lines, pageStarts: pageStarts)
        return lines
    }

    /// The lines, and the indexes of the lines a form feed (a page break) starts.
    static func splitPages(_ text: String) -> (lines: [String], pageStarts: [Int]) {
        UTF8Text.withBytes(text) { b in
            var lines: [String] = []
            var pageStarts: [Int] = []
            // The line so far; bytes are copied in runs, up to each scalar dropped or line end.
            var current: [UInt8] = []
            // Where the byte after the last CR lies: an LF there ends no further line.
            var afterCR = -1
            var i = 0, run = 0
            while i < b.count {
                let byte = b[i]
                // Only these lead bytes start a scalar of interest: LF, CR, FF, E2 (U+200B–U+200D,
                // U+2060), EF (U+FEFF).
                guard byte == 0x0A || byte == 0x0D || byte == 0x0C || byte == 0xE2 || byte == 0xEF else { i += 1; continue }
                let (value, length) = UTF8Text.scalar(b, at: i)
                switch value {
                case 0x0A:
                    if i != afterCR { lines.append(line(current, b[run..<i])); current.removeAll(keepingCapacity: true) }
                case 0x0D:
                    lines.append(line(current, b[run..<i])); current.removeAll(keepingCapacity: true)
                    afterCR = i + 1
                case 0x0C, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF:
                    current.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
                    if value == 0x0C, pageStarts.last != lines.count { pageStarts.append(lines.count) }
                default:
                    i += length
                    continue
                }
                i += length
                run = i
            }
            current.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
            if !current.isEmpty { lines.append(String(decoding: current, as: UTF8.self)) }
            return (lines, pageStarts)
        }
    }

    /// A line's String: the bytes kept before a dropped scalar, then the run up to the line's end
    /// (read straight from the text when nothing was dropped, as on most lines).
    private static func line(_ kept: [UInt8], _ run: Slice<UnsafeBufferPointer<UInt8>>) -> String {
        if kept.isEmpty { return String(decoding: UnsafeBufferPointer(rebasing: run), as: UTF8.self) }
        return String(decoding: kept + UnsafeBufferPointer(rebasing: run), as: UTF8.self)
    }
}
