/// The workbook's shared string table (xl/sharedStrings.xml): each distinct text once, cells
/// referring to it by index. Codes, ids and labels repeat on thousands of rows; sharing them keeps
/// the sheets small and is how Excel itself stores text.
///
/// Memory is bounded: once the distinct strings take `byteBudget` bytes (texts and the table's own
/// overhead), texts not yet in the table are written into their cells instead (inline strings).
/// Which texts those are depends only on the order of the rows, so the same outputs give the same
/// workbook.
final class SharedStrings {
    /// A text's index in the table and its display width (measured once, when first seen).
    struct Entry {
        var index: Int
        var width: Int
    }

    private var entries: [Key: Entry] = [:]
    private var strings: [[UInt8]] = []
    private var storedBytes = 0
    private let byteBudget: Int

    /// Bytes an entry takes besides its text (array header, dictionary slot, entry), about.
    private static let entryOverhead = 80

    static let defaultBudget = 64 << 20

    init(byteBudget: Int = defaultBudget) {
        self.byteBudget = byteBudget
    }

    /// The text's entry, or nil when the table is full and it must be written inline.
    func entry(for text: ArraySlice<UInt8>) -> Entry? {
        let key = Key(bytes: Array(text))
        if let existing = entries[key] {
            return existing
        }
        let cost = text.count + Self.entryOverhead
        guard storedBytes + cost <= byteBudget else { return nil }
        let new = Entry(index: strings.count, width: SheetText.displayWidth(text))
        entries[key] = new
        strings.append(key.bytes)
        storedBytes += cost
        return new
    }

    /// Text as a dictionary key, hashed in one call over its bytes (an array of bytes as key is
    /// hashed byte by byte: the most of the workbook's time, before this).
    private struct Key: Hashable {
        var bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }

    /// Writes xl/sharedStrings.xml.
    func write(to stream: DeflateStream) throws {
        try stream.write(WorkbookXML.declaration
            + "<sst xmlns=\"\(WorkbookXML.mainNamespace)\" uniqueCount=\"\(strings.count)\">")
        var bytes: [UInt8] = []
        for text in strings {
            bytes += Array("<si>".utf8)
            WorkbookXML.appendTextElement(text[...], to: &bytes)
            bytes += Array("</si>".utf8)
            if bytes.count > 1 << 16 {
                try stream.write(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        try stream.write(bytes + Array("</sst>".utf8))
    }
}
