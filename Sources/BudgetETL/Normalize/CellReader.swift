/// What a cell's text holds.
public enum CellReading: Sendable, Equatable {
    /// Empty, or a placeholder for "nothing here" ("-", "—", "－", "/", "──", …): not a value.
    case blank
    /// A number; `percent` when the text ended with "%" or "％" (the sign is not part of the value).
    case number(ExactDecimal, percent: Bool)
    /// Neither a number nor a blank placeholder.
    case invalid(ExactDecimal.ParseError)
}

/// Reads one cell's text from its UTF-8 bytes; no Double, no per-character String work.
public enum CellReader {
    public static func read(_ text: String) -> CellReading {
        var text = text
        return text.withUTF8 { read(utf8: $0) }
    }

    public static func read(utf8 bytes: UnsafeBufferPointer<UInt8>) -> CellReading {
        var start = 0
        var end = bytes.count
        while start < end, let w = spaceWidth(bytes, start, end) { start += w }
        while start < end, let w = spaceWidthBefore(bytes, start, end) { end -= w }
        if start == end { return .blank }

        let first = bytes[start]
        let startsLikeNumber = (first >= 0x30 && first <= 0x39)
        if !startsLikeNumber && isPlaceholder(bytes, start, end) { return .blank }

        var percent = false
        if bytes[end - 1] == 0x25 {                                          // %
            percent = true; end -= 1
        } else if end - start >= 3, bytes[end - 3] == 0xEF, bytes[end - 2] == 0xBC, bytes[end - 1] == 0x85 {  // ％
            percent = true; end -= 3
        }
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        switch ExactDecimal.parseResult(utf8: slice) {
        case .success(let v): return .number(v, percent: percent)
        case .failure(let e): return .invalid(e)
        }
    }

    /// A decimal or a rate with a leading zero before another digit (`085.31`, `00%`): no amount or
    /// rate is printed so; it is the end of a number a text cell wrapped (`预算金额 1` / `085.31`).
    /// A whole number with one (`05`, a code's part or a 行次) is no fragment.
    public static func isNumberFragment(_ text: String) -> Bool {
        let t = UTF8Text.trimmingWhitespace(text)
        let bytes = Array(t.utf8)
        guard bytes.count >= 3, bytes[0] == 0x30, bytes[1] >= 0x30, bytes[1] <= 0x39 else { return false }
        return (t.contains(".") || t.hasSuffix("%") || t.hasSuffix("％")) && !t.contains { !"0123456789.,%％".contains($0) }
    }

    /// True when every character in the range is a dash- or slash-like placeholder.
    static func isPlaceholder(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var i = start
        while i < end {
            let c = b[i]
            if c == 0x2D || c == 0x2F { i += 1; continue }                   // - /
            if let w = spaceWidth(b, i, end) { i += w; continue }                // inner space: "— —"
            guard i + 3 <= end else { return false }
            let s = (UInt32(c) << 16) | (UInt32(b[i + 1]) << 8) | UInt32(b[i + 2])
            switch s {
            case 0xE28090, 0xE28091, 0xE28092, 0xE28093, 0xE28094, 0xE28095,  // ‐ ‑ ‒ – — ―
                 0xE29480, 0xE29481,                                          // ─ ━
                 0xEFBC8D, 0xEFBC8F,                                          // － ／
                 0xEFB998, 0xEFB9A3:                                          // ﹘ ﹣
                i += 3
            default:
                return false
            }
        }
        return true
    }

    /// Width of a white-space or zero-width character at `i`, nil when none.
    @inline(__always)
    static func spaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ end: Int) -> Int? {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { return 1 }
        if c == 0xC2, i + 1 < end, b[i + 1] == 0xA0 { return 2 }                                   // NBSP
        if c == 0xE3, i + 2 < end, b[i + 1] == 0x80, b[i + 2] == 0x80 { return 3 }                 // U+3000
        if c == 0xE2, i + 2 < end, b[i + 1] == 0x80, b[i + 2] >= 0x8B && b[i + 2] <= 0x8D { return 3 }  // U+200B–D
        if c == 0xEF, i + 2 < end, b[i + 1] == 0xBB, b[i + 2] == 0xBF { return 3 }                 // U+FEFF
        return nil
    }

    @inline(__always)
    static func spaceWidthBefore(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        let c = b[end - 1]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { return 1 }
        if end - 2 >= start, b[end - 2] == 0xC2, c == 0xA0 { return 2 }
        if end - 3 >= start {
            let a = b[end - 3], m = b[end - 2]
            if a == 0xE3, m == 0x80, c == 0x80 { return 3 }
            if a == 0xE2, m == 0x80, c >= 0x8B && c <= 0x8D { return 3 }
            if a == 0xEF, m == 0xBB, c == 0xBF { return 3 }
        }
        return nil
    }
}
