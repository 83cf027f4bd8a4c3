/// Files that are not text at all, recognized by their first bytes, with what to do about them.
enum BinaryKind {
    case pdf, zip, png, jpeg, gif, gzip, ole, other

    static func of(_ bytes: [UInt8]) -> BinaryKind? {
        func starts(_ magic: [UInt8]) -> Bool { bytes.starts(with: magic) }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return .zip }
        if starts([0x89, 0x50, 0x4E, 0x47]) { return .png }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts(Array("GIF8".utf8)) { return .gif }
        if starts([0x1F, 0x8B]) { return .gzip }
        if starts([0xD0, 0xCF, 0x11, 0xE0]) { return .ole }
        // Text in any of the supported encodings has no NUL byte outside UTF-16 (which has a BOM).
        let head = bytes.prefix(4096)
        if !starts([0xFF, 0xFE]), !starts([0xFE, 0xFF]), head.contains(0) { return .other }
        return nil
    }

    var advice: String {
        switch self {
        case .pdf: return "binary file: a PDF; give it a .pdf name so it is converted to text"
        case .zip: return "binary file: a ZIP archive (an .xlsx or .docx?); export the tables as text or PDF"
        case .png, .jpeg, .gif: return "binary file: a picture; these tables need OCR to text first"
        case .gzip: return "binary file: gzip-compressed; name it .txt.gz so it is decompressed"
        case .ole: return "binary file: an old Office document (.xls/.doc); export the tables as text or PDF"
        case .other: return "binary file: not text in UTF-8, UTF-16 or GB18030"
        }
    }
}
