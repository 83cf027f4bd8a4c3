/// Builds an HTML document in which every element is closed: an element is written by one call
/// that opens it, runs the body and closes it, so no path through the code can leave one open.
/// Tag and attribute names are compile-time constants (never data); every text and attribute value
/// is escaped. Only the report's own style sheet and script go in unescaped (`trusted`).
///
/// The page is built as UTF-8 bytes, made a `String` once at the end: appending interpolated
/// `String`s cost about 6,000 instructions per element (pages hold thousands of cells).
final class HTMLWriter {
    private var bytes: [UInt8] = []

    /// The document so far.
    var html: String { String(decoding: bytes, as: UTF8.self) }

    init() {
        bytes.reserveCapacity(64 * 1024)
    }

    /// `<!DOCTYPE html>` and the `<html>` element around `body`.
    static func document(language: String, _ body: (HTMLWriter) -> Void) -> String {
        String(decoding: documentBytes(language: language, body), as: UTF8.self)
    }

    /// The same document as UTF-8 bytes, for writing to a file (no `String` made and taken apart again).
    static func documentBytes(language: String, _ body: (HTMLWriter) -> Void) -> [UInt8] {
        let writer = HTMLWriter()
        writer.append("<!DOCTYPE html>\n")
        writer.element("html", ["lang": language]) { body(writer) }
        writer.append("\n")
        return writer.bytes
    }

    /// `<tag attributes>body</tag>`. Attributes with a nil value are left out.
    func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
                 _ body: () -> Void = {}) {
        open(tag, attributes)
        body()
        append("</")
        append(tag)
        append(">")
    }

    /// An element holding only `text`.
    func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String) {
        element(tag, attributes) { self.text(text) }
    }

    /// A void element (`meta`, `br`): no content and no end tag.
    func void(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:]) {
        open(tag, attributes)
    }

    func text(_ text: String) {
        var text = text
        text.withUTF8 { Self.appendEscaped($0, to: &bytes) }
    }

    /// The report's own style sheet or script, a constant of the tool; it must not end its
    /// element early.
    func trusted(_ code: StaticString) {
        code.withUTF8Buffer { code in
            precondition(!zip(code, code.dropFirst()).contains { $0 == UInt8(ascii: "<") && $1 == UInt8(ascii: "/") },
                         "a trusted block must not contain an end tag")
            bytes.append(contentsOf: code)
        }
    }

    private func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?>) {
        append("<")
        append(tag)
        appendAttributes(attributes)
        append(">")
    }

    private func appendAttributes(_ attributes: KeyValuePairs<StaticString, String?>) {
        for (name, value) in attributes {
            guard let value else { continue }
            append(" ")
            append(name)
            append("=\"")
            text(value)
            append("\"")
        }
    }

    /// Exchanges the document's bytes with `other` (`withBytes`).
    func swapBytes(_ other: inout [UInt8]) {
        swap(&bytes, &other)
    }

    private func append(_ constant: StaticString) {
        constant.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Escapes the five characters that could end a text or an attribute value or start markup.
    static func escape(_ text: String) -> String {
        var text = text
        var bytes: [UInt8] = []
        text.withUTF8 { appendEscaped($0, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` escaped, over its UTF-8 bytes: every character escaped is ASCII.
    static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to bytes: inout [UInt8]) {
        var start = 0
        for (i, byte) in text.enumerated() {
            let entity: StaticString
            switch byte {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<i]))
            entity.withUTF8Buffer { bytes.append(contentsOf: $0) }
            start = i + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
    }
}
