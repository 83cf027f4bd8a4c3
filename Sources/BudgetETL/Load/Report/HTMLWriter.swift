/// Builds an HTML document in which every element is closed: an element is written by one call
/// that opens it, runs the body and closes it, so no path through the code can leave one open.
/// Tag and attribute names are compile-time constants (never data); every text and attribute value
/// is escaped. Only the report's own style sheet and script go in unescaped (`trusted`). The
/// elements themselves are `HTMLBytes`'s, the page held by value.
///
/// The page is built as UTF-8 bytes, made a `String` once at the end: appending interpolated
/// `String`s cost about 6,000 instructions per element (pages hold thousands of cells).
final class HTMLWriter {
    private var page = HTMLBytes(capacity: 64 * 1024)

    /// The document so far.
    var html: String { String(decoding: page.bytes, as: UTF8.self) }

    /// `<!DOCTYPE html>` and the `<html>` element around `body`.
    static func document(language: String, _ body: (HTMLWriter) -> Void) -> String {
        String(decoding: documentBytes(language: language, body), as: UTF8.self)
    }

    /// The same document as UTF-8 bytes, for writing to a file (no `String` made and taken apart again).
    static func documentBytes(language: String, _ body: (HTMLWriter) -> Void) -> [UInt8] {
        let writer = HTMLWriter()
        writer.page.append("<!DOCTYPE html>\n")
        writer.element("html", ["lang": language]) { body(writer) }
        writer.page.append("\n")
        return writer.page.bytes
    }

    /// `<tag attributes>body</tag>`. Attributes with a nil value are left out.
    func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
                 _ body: () -> Void = {}) {
        page.open(tag, attributes)
        body()
        page.close(tag)
    }

    /// An element holding only `text`.
    func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String) {
        page.element(tag, attributes, text: text)
    }

    /// A void element (`meta`, `br`): no content and no end tag.
    func void(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:]) {
        page.open(tag, attributes)
    }

    func text(_ text: String) {
        page.text(text)
    }

    /// The report's own style sheet or script, a constant of the tool; it must not end its
    /// element early.
    func trusted(_ code: StaticString) {
        code.withUTF8Buffer { code in
            precondition(!zip(code, code.dropFirst()).contains { $0 == UInt8(ascii: "<") && $1 == UInt8(ascii: "/") },
                         "a trusted block must not contain an end tag")
        }
        page.append(code)
    }

    /// Runs `body` on the page so far, held by value (one exclusive access for all its elements),
    /// and keeps what it appended.
    func withBytes(_ body: (inout HTMLBytes) -> Void) {
        var held = HTMLBytes()
        swap(&held, &page)
        body(&held)
        swap(&held, &page)
    }

    /// Escapes the five characters that could end a text or an attribute value or start markup.
    static func escape(_ text: String) -> String {
        var text = text
        var bytes: [UInt8] = []
        text.withUTF8 { HTMLBytes.appendEscaped($0, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }
}
