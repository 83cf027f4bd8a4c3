/// The workbook's shared string table (xl/sharedStrings.xml): each distinct text once, cells
/// referring to it by index. Codes, ids and labels repeat on thousands of rows; sharing them keeps
/// the sheets small and is how Excel itself stores text.
///
/// Memory is bounded: once the distinct strings take `byteBudget` bytes, texts not yet in the table
/// are written into their cells instead (inline strings). Which texts those are depends only on
/// the order of the rows, so the same outputs give the same workbook.
final class SharedStrings {
    private var index: [String: Int] = [:]
    private var strings: [String] = []
    private var storedBytes = 0
    private let byteBudget: Int
    private(set) var references = 0

    init(byteBudget: Int = 64 << 20) {
        self.byteBudget = byteBudget
    }

    /// The text's index, or nil when the table is full and it must be written inline.
    func index(of text: String) -> Int? {
        if let existing = index[text] {
            references += 1
            return existing
        }
        guard storedBytes + text.utf8.count <= byteBudget else { return nil }
        let new = strings.count
        index[text] = new
        strings.append(text)
        storedBytes += text.utf8.count
        references += 1
        return new
    }

    /// Writes xl/sharedStrings.xml.
    func write(to stream: DeflateStream) throws {
        try stream.write(WorkbookXML.declaration
            + "<sst xmlns=\"\(WorkbookXML.mainNamespace)\" count=\"\(references)\" uniqueCount=\"\(strings.count)\">")
        var bytes: [UInt8] = []
        for text in strings {
            bytes += Array("<si>".utf8)
            WorkbookXML.appendTextElement(text, to: &bytes)
            bytes += Array("</si>".utf8)
            if bytes.count > 1 << 16 {
                try stream.write(bytes)
                bytes.removeAll(keepingCapacity: true)
            }
        }
        try stream.write(bytes + Array("</sst>".utf8))
    }
}
