/// Builds an HTML document in which every element is closed: an element is written by one call
/// that opens it, runs the body and closes it, so no path through the code can leave one open.
/// Tag and attribute names are compile-time constants (never data); every text and attribute value
/// is escaped. Only the report's own style sheet and script go in unescaped (`trusted`).
final class HTMLWriter {
    private(set) var html = ""

    init() {
        html.reserveCapacity(64 * 1024)
    }

    /// `<!DOCTYPE html>` and the `<html>` element around `body`.
    static func document(language: String, _ body: (HTMLWriter) -> Void) -> String {
        let writer = HTMLWriter()
        writer.html += "<!DOCTYPE html>\n"
        writer.element("html", ["lang": language]) { body(writer) }
        writer.html += "\n"
        return writer.html
    }

    /// `<tag attributes>body</tag>`. Attributes with a nil value are left out.
    func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
                 _ body: () -> Void = {}) {
        open(tag, attributes)
        body()
        html += "</\(tag)>"
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
        html += Self.escape(text)
    }

    /// The report's own style sheet or script, a constant of the tool; it must not end its
    /// element early.
    func trusted(_ code: StaticString) {
        let text = code.description
        precondition(!text.contains("</"), "a trusted block must not contain an end tag")
        html += text
    }

    private func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?>) {
        html += "<\(tag)"
        for (name, value) in attributes {
            guard let value else { continue }
            html += " \(name)=\"\(Self.escape(value))\""
        }
        html += ">"
    }

    /// Escapes the five characters that could end a text or an attribute value or start markup.
    /// Works on UTF-8 bytes: every one of them is ASCII, and pages hold hundreds of thousands of
    /// characters.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: isSpecial) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes += "&amp;".utf8
            case UInt8(ascii: "<"): bytes += "&lt;".utf8
            case UInt8(ascii: ">"): bytes += "&gt;".utf8
            case UInt8(ascii: "\""): bytes += "&quot;".utf8
            case UInt8(ascii: "'"): bytes += "&#39;".utf8
            default: bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
