/// The elements of `HTMLWriter` written into a buffer held by value (`HTMLWriter.withBytes`):
/// a page's data tables are most of its elements, and the writer's buffer is a class's stored
/// property, so every append to it was a run-time exclusivity check (about a fifth of a page).
/// The same rules hold: every element is opened and closed by one call, tag and attribute names
/// are compile-time constants, every text and attribute value is escaped.
struct HTMLBytes {
    fileprivate(set) var bytes: [UInt8]

    /// `<tag attributes>body</tag>`. Attributes with a nil value are left out.
    mutating func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:],
                          _ body: (inout HTMLBytes) -> Void = { _ in }) {
        open(tag, attributes)
        body(&self)
        close(tag)
    }

    /// An element holding only `text`.
    mutating func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?> = [:], text: String) {
        open(tag, attributes)
        self.text(text)
        close(tag)
    }

    /// `<tag name="number">body</tag>`: digits and a sign need no escaping.
    mutating func element(_ tag: StaticString, _ name: StaticString, number: Int, _ body: (inout HTMLBytes) -> Void) {
        append("<")
        append(tag)
        append(" ")
        append(name)
        append("=\"")
        self.number(number)
        append("\">")
        body(&self)
        close(tag)
    }

    /// `<tag attributes name="value">body</tag>`, the last attribute's value written in pieces
    /// (each escaped), as `HTMLWriter`'s.
    mutating func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?>,
                          _ name: StaticString, value: (inout HTMLBytes) -> Void, _ body: (inout HTMLBytes) -> Void) {
        append("<")
        append(tag)
        appendAttributes(attributes)
        append(" ")
        append(name)
        append("=\"")
        value(&self)
        append("\">")
        body(&self)
        close(tag)
    }

    /// `<tag attributes>` around the decimal's text (`ExactDecimal.description`).
    mutating func element(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?>, decimal: ExactDecimal) {
        open(tag, attributes)
        decimal.appendText(to: &bytes)
        close(tag)
    }

    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { HTMLWriter.appendEscaped($0, to: &bytes) }
    }

    /// An integer's digits (what `String(number)` gives).
    mutating func number(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDigits(number.magnitude)
    }

    private mutating func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?>) {
        append("<")
        append(tag)
        appendAttributes(attributes)
        append(">")
    }

    private mutating func close(_ tag: StaticString) {
        append("</")
        append(tag)
        append(">")
    }

    private mutating func appendAttributes(_ attributes: KeyValuePairs<StaticString, String?>) {
        for (name, value) in attributes {
            guard let value else { continue }
            append(" ")
            append(name)
            append("=\"")
            text(value)
            append("\"")
        }
    }

    private mutating func append(_ constant: StaticString) {
        constant.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}

extension HTMLWriter {
    /// Runs `body` on the page's bytes so far, held by value, and keeps what it appended.
    func withBytes(_ body: (inout HTMLBytes) -> Void) {
        var held = HTMLBytes(bytes: [])
        swapBytes(&held.bytes)
        body(&held)
        swapBytes(&held.bytes)
    }
}
