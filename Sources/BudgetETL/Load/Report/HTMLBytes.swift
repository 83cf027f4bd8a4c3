/// The elements of `HTMLWriter` written into a buffer held by value: the writer keeps its page
/// in one, and hands it out whole for a page's data tables (`HTMLWriter.withBytes`), which are
/// most of its elements: every append to a class's stored property is a run-time exclusivity
/// check (about a fifth of a page). The same rules hold: every element is opened and closed by one
/// call, tag and attribute names are compile-time constants, every text and attribute value is
/// escaped.
struct HTMLBytes {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

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
        text.withUTF8 { HTMLBytes.appendEscaped($0, to: &bytes) }
    }

    /// An integer's digits (what `String(number)` gives).
    mutating func number(_ number: Int) {
        if number < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDigits(number.magnitude)
    }

    mutating func open(_ tag: StaticString, _ attributes: KeyValuePairs<StaticString, String?>) {
        append("<")
        append(tag)
        appendAttributes(attributes)
        append(">")
    }

    mutating func close(_ tag: StaticString) {
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

    /// A constant of the tool written as it is (markup, or the report's own trusted code).
    mutating func append(_ constant: StaticString) {
        constant.withUTF8Buffer { bytes.append(contentsOf: $0) }
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
