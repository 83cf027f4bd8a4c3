/// Builds RFC 4180 CSV text as UTF-8 bytes.
///
/// Why bytes: output files hold one line per cell, and appending UTF-8 bytes to one growing array is
/// far cheaper than concatenating Strings in that loop; the array is written to disk as it is.
/// Rows end with LF (RFC 4180 says CRLF; every CSV reader we target accepts LF, and LF keeps the
/// files diff-friendly). A field is quoted only when it holds a comma, a quote, CR or LF; quotes
/// inside a quoted field are doubled.
struct CSVBuffer {
    private(set) var bytes: [UInt8] = []
    /// False at the start of a row, so the first field gets no separator.
    private var rowHasFields = false

    /// `byteOrderMark`: start with the UTF-8 BOM, which Excel needs to read the file as UTF-8.
    init(byteOrderMark: Bool, reservingCapacity capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
        if byteOrderMark { bytes.append(contentsOf: [0xEF, 0xBB, 0xBF]) }
    }

    /// Renders rows straight after what `bytes` holds, without a buffer of their own to copy.
    static func append(to bytes: inout [UInt8], _ render: (inout CSVBuffer) -> Void) {
        var csv = CSVBuffer(byteOrderMark: false)
        swap(&csv.bytes, &bytes)
        render(&csv)
        swap(&csv.bytes, &bytes)
    }

    mutating func append(_ field: String) {
        separate()
        // Over the contiguous bytes: scanning `String.UTF8View` goes through its index per byte.
        var field = field
        field.withUTF8 { utf8 in
            guard utf8.contains(where: CSVBuffer.needsQuoting) else {
                bytes.append(contentsOf: utf8)
                return
            }
            bytes.append(Self.quote)
            for byte in utf8 {
                if byte == Self.quote { bytes.append(Self.quote) }
                bytes.append(byte)
            }
            bytes.append(Self.quote)
        }
    }

    mutating func append(_ field: Int) {
        separate()
        if field < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDigits(field.magnitude)
    }

    /// A number's text (`description`); it never needs quotes.
    mutating func append(_ field: ExactDecimal) {
        separate()
        field.appendText(to: &bytes)
    }

    /// nil is written as an empty field.
    mutating func append(_ field: ExactDecimal?) {
        if let field { append(field) } else { append("") }
    }

    /// nil is written as an empty field.
    mutating func append(_ field: Int?) {
        if let field { append(field) } else { append("") }
    }

    /// nil is written as an empty field.
    mutating func append(_ field: String?) {
        append(field ?? "")
    }

    mutating func appendRow(_ fields: [String]) {
        for field in fields { append(field) }
        endRow()
    }

    mutating func endRow() {
        bytes.append(Self.lineFeed)
        rowHasFields = false
    }

    private mutating func separate() {
        if rowHasFields { bytes.append(Self.comma) }
        rowHasFields = true
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private static func needsQuoting(_ byte: UInt8) -> Bool {
        byte == comma || byte == quote || byte == lineFeed || byte == carriageReturn
    }
}

extension Array where Element == UInt8 {
    /// The decimal digits of `value`, without a String (CSV fields, workbook cells).
    mutating func appendDigits(_ value: UInt) {
        if value >= 10 { appendDigits(value / 10) }
        append(UInt8(value % 10) + 0x30)
    }
}
