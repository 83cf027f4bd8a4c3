import Foundation
import XCTest
@testable import BudgetETL

/// A strict check of the report's HTML: every element closed in order (void elements never),
/// attributes quoted, no raw `<` or `>` in text or values, only the entities the writer makes,
/// script and style bodies without an end tag inside. Returns the problems found (empty: valid).
enum StrictHTML {
    static let voidElements: Set<String> = ["meta", "input", "br", "img", "link", "hr"]

    static func problems(_ html: String) -> [String] {
        var problems: [String] = []
        var open: [String] = []
        let s = Array(html.unicodeScalars)
        var i = 0
        let doctype = Array("<!DOCTYPE html>".unicodeScalars)
        if Array(s.prefix(doctype.count)) == doctype { i = doctype.count } else { problems.append("no <!DOCTYPE html>") }
        while i < s.count {
            if s[i] == "<" {
                guard let end = s[i...].firstIndex(of: ">") else { problems.append("unterminated tag at \(i)"); break }
                let tag = String(String.UnicodeScalarView(s[(i + 1)..<end]))
                i = end + 1
                if tag.hasPrefix("/") {
                    let name = String(tag.dropFirst())
                    if open.last == name { open.removeLast() } else { problems.append("</\(name)> closes <\(open.last ?? "nothing")>") }
                    continue
                }
                guard let name = checkStartTag(tag, &problems) else { continue }
                if name == "script" || name == "style" {
                    let close = Array("</\(name)>".unicodeScalars)
                    guard let body = findSequence(close, in: s, from: i) else { problems.append("<\(name)> never closed"); break }
                    if String(String.UnicodeScalarView(s[i..<body])).contains("</") { problems.append("end tag inside <\(name)>") }
                    i = body + close.count
                } else if !voidElements.contains(name) {
                    open.append(name)
                }
            } else {
                if s[i] == ">" { problems.append("raw > in text at \(i)") }
                if s[i] == "&" && !entityAt(s, i) { problems.append("bad entity at \(i)") }
                i += 1
            }
        }
        if !open.isEmpty { problems.append("unclosed: \(open)") }
        return problems
    }

    /// The element name of a start tag, after checking its attributes (`name="value"`).
    private static func checkStartTag(_ tag: String, _ problems: inout [String]) -> String? {
        let name = String(tag.prefix { $0 != " " })
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber) }) else {
            problems.append("bad tag <\(tag.prefix(40))>")
            return nil
        }
        var rest = Substring(tag.dropFirst(name.count))
        while !rest.isEmpty {
            guard rest.first == " ", let equals = rest.firstIndex(of: "="),
                  rest[rest.index(after: equals)...].first == "\"" else {
                problems.append("bad attributes in <\(tag.prefix(60))>")
                return name
            }
            let attribute = rest[rest.index(after: rest.startIndex)..<equals]
            if !attribute.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) { problems.append("bad attribute \(attribute)") }
            let valueStart = rest.index(equals, offsetBy: 2)
            guard let valueEnd = rest[valueStart...].firstIndex(of: "\"") else {
                problems.append("unquoted value in <\(tag.prefix(60))>")
                return name
            }
            if rest[valueStart..<valueEnd].contains("<") { problems.append("raw < in an attribute value") }
            rest = rest[rest.index(after: valueEnd)...]
        }
        return name
    }

    private static func entityAt(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        let text = String(String.UnicodeScalarView(s[i..<min(s.count, i + 6)]))
        return ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].contains { text.hasPrefix($0) }
    }

    private static func findSequence(_ needle: [Unicode.Scalar], in s: [Unicode.Scalar], from start: Int) -> Int? {
        guard needle.count <= s.count else { return nil }
        var i = start
        while i + needle.count <= s.count {
            if s[i] == needle[0] && Array(s[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}

/// The pixels of a PNG screenshot (8-bit RGB or RGBA, as Chromium writes them).
struct PNGImage {
    var width = 0
    var height = 0
    var channels = 0
    var pixels: [UInt8] = []

    init(_ data: [UInt8]) throws {
        guard data.count > 8, data[0..<8].elementsEqual([137, 80, 78, 71, 13, 10, 26, 10]) else { throw Failure("not a PNG") }
        var offset = 8
        var compressed: [UInt8] = []
        func u32(_ at: Int) -> Int { data[at..<at + 4].reduce(0) { $0 << 8 | Int($1) } }
        while offset + 8 <= data.count {
            let length = u32(offset)
            let type = String(decoding: data[offset + 4..<offset + 8], as: UTF8.self)
            let body = data[offset + 8..<offset + 8 + length]
            if type == "IHDR" {
                width = u32(offset + 8)
                height = u32(offset + 12)
                guard body[body.startIndex + 8] == 8, [2, 6].contains(body[body.startIndex + 9]) else { throw Failure("not 8-bit RGB(A)") }
                channels = body[body.startIndex + 9] == 6 ? 4 : 3
            } else if type == "IDAT" {
                compressed += body
            }
            offset += 12 + length
        }
        let stride = width * channels
        let raw = try Zlib.uncompress(compressed, length: height * (stride + 1))
        pixels = try Self.unfilter(raw, height: height, stride: stride, channels: channels)
    }

    private static func unfilter(_ raw: [UInt8], height: Int, stride: Int, channels: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: height * stride)
        for y in 0..<height {
            let filter = raw[y * (stride + 1)]
            for x in 0..<stride {
                let value = Int(raw[y * (stride + 1) + 1 + x])
                let a = x >= channels ? Int(out[y * stride + x - channels]) : 0
                let b = y > 0 ? Int(out[(y - 1) * stride + x]) : 0
                let c = x >= channels && y > 0 ? Int(out[(y - 1) * stride + x - channels]) : 0
                let predictor: Int
                switch filter {
                case 0: predictor = 0
                case 1: predictor = a
                case 2: predictor = b
                case 3: predictor = (a + b) / 2
                case 4:
                    let p = a + b - c
                    let (pa, pb, pc) = (abs(p - a), abs(p - b), abs(p - c))
                    predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                default: throw Failure("bad PNG filter \(filter)")
                }
                out[y * stride + x] = UInt8((value + predictor) & 0xFF)
            }
        }
        return out
    }

    /// Share of pixels that are not white, and the number of distinct colours.
    var inkAndColours: (ink: Double, colours: Int) {
        var ink = 0
        var colours: Set<UInt32> = []
        for p in stride(from: 0, to: pixels.count, by: channels) {
            let (r, g, b) = (pixels[p], pixels[p + 1], pixels[p + 2])
            if r < 250 || g < 250 || b < 250 { ink += 1 }
            if colours.count < 10_000 { colours.insert(UInt32(r) << 16 | UInt32(g) << 8 | UInt32(b)) }
        }
        return (Double(ink) / Double(max(1, width * height)), colours.count)
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}

/// RFC 4180 CSV as the outputs write it (LF line ends, no byte order mark), as records by header.
enum ReportCSV {
    static func records(_ url: URL) throws -> [[String: String]] {
        let rows = parse(try String(contentsOf: url, encoding: .utf8))
        guard let header = rows.first else { return [] }
        return rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    static func rows(_ url: URL) throws -> [[String]] { parse(try String(contentsOf: url, encoding: .utf8)) }

    private static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = text.makeIterator()
        var pending: Character?
        while let c = pending ?? chars.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = chars.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" {
                row.append(field); field = ""
                rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        return rows
    }
}

/// Texts between a start tag matching `open` (a regular expression ending inside the tag) and the
/// next `<`, in page order.
func texts(in html: String, after open: String) -> [String] {
    let regex = try! Regex(open + "[^>]*>([^<]*)<")
    return html.matches(of: regex).map { String($0.output[1].substring ?? "") }
}
