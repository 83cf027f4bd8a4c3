import Foundation

/// Narrative phrases searched sentence by sentence. ICU copies the text it searches to UTF-16 and
/// tries every position of it, so matching each phrase over a document's whole narrative was the
/// largest cost of validation. A phrase that can match no "。" has every match inside one sentence,
/// and when it also has no anchors, look-arounds or word boundaries (which see past the searched
/// range), searching only the sentences that hold its keys (`SentenceKeys`) finds the same matches,
/// at the same places, as searching the whole text.
enum SentenceEnd {
    static let mark: Unicode.Scalar = "。"
    static let markBytes: [UInt8] = Array("。".utf8)

    /// Whether no match of `pattern` can contain the mark or depend on text outside the range
    /// searched. Conservative: anything not understood (`.`, `\d`, `\p{…}`, nested classes, inline
    /// options, look-arounds, anchors) answers false, and the phrase is searched over the whole text.
    static func confines(_ pattern: String) -> Bool {
        var scanner = Scanner(scalars: Array(pattern.unicodeScalars))
        return scanner.confined()
    }

    private struct Scanner: PatternScanning {
        let scalars: [Unicode.Scalar]
        var position = 0

        mutating func confined() -> Bool {
            while let c = next() {
                switch c {
                case "\\": guard escapedPunctuation() != nil else { return false }
                case "[": guard classExcludesMark() else { return false }
                case "(": guard plainGroup() else { return false }
                case ".", "^", "$", SentenceEnd.mark: return false
                default: continue   // literals, `)`, `|`, repeats (`{2,3}` holds digits and commas only)
                }
            }
            return true
        }

        /// `\(`, `\.`: an escaped ASCII punctuation mark is itself. Letters and digits escape
        /// classes, anchors, code points or back references: not understood here.
        private mutating func escapedPunctuation() -> Unicode.Scalar? {
            guard let c = next(), c.isASCII, !c.properties.isAlphabetic, !("0"..."9").contains(c) else { return nil }
            return c
        }

        /// A capturing group, `(?:` or `(?<name>`; not look-arounds (`(?=`, `(?<=`…), atomic groups,
        /// comments or inline options.
        private mutating func plainGroup() -> Bool {
            guard peek() == "?" else { return true }
            if peek(1) == ":" {
                position += 2
                return true
            }
            if peek(1) == "<", let first = peek(2), first.properties.isAlphabetic {
                position += 2   // the name and its `>` are read as literals: none is the mark
                return true
            }
            return false
        }

        /// Reads a class up to its `]`: whether it can never match the mark. Members are single
        /// characters, escaped punctuation and ranges (`0-9`); nested classes and set operations
        /// are not understood.
        private mutating func classExcludesMark() -> Bool {
            let negated = peek() == "^"
            if negated { position += 1 }
            var holdsMark = false
            var first = true
            var previous: Unicode.Scalar?
            while let c = next() {
                if c == "]" && !first { return negated ? holdsMark : !holdsMark }
                first = false
                var member = c
                if c == "[" || c == "&" { return false }
                if c == "\\" {
                    guard let escaped = escapedPunctuation() else { return false }
                    member = escaped
                } else if c == "-", let low = previous, let high = peek(), high != "]" {
                    position += 1
                    guard high != "\\", high != "[" else { return false }
                    if low.value <= SentenceEnd.mark.value && SentenceEnd.mark.value <= high.value { holdsMark = true }
                    previous = nil
                    continue
                }
                if member == SentenceEnd.mark { holdsMark = true }
                previous = member
            }
            return false   // unclosed
        }
    }
}

extension NarrativeText.Part {
    /// A sentence of the text, without its "。": its UTF-8 bytes and its UTF-16 units.
    struct Sentence: Equatable {
        var bytes: Range<Int>
        var units: Range<Int>
    }

    /// The text's sentences, split at every "。", in one pass over its bytes.
    static func sentences(of text: String) -> [Sentence] {
        var text = text
        return text.withUTF8 { bytes in
            var sentences: [Sentence] = []
            var start = 0, startUnit = 0, unit = 0, i = 0
            let mark = SentenceEnd.markBytes
            while i < bytes.count {
                let b = bytes[i]
                if b == mark[0], i + 2 < bytes.count, bytes[i + 1] == mark[1], bytes[i + 2] == mark[2] {
                    sentences.append(Sentence(bytes: start..<i, units: startUnit..<unit))
                    i += 3
                    unit += 1
                    start = i
                    startUnit = unit
                    continue
                }
                if b & 0xC0 != 0x80 { unit += b >= 0xF0 ? 2 : 1 }   // a lead byte: one character
                i += 1
            }
            sentences.append(Sentence(bytes: start..<bytes.count, units: startUnit..<unit))
            return sentences
        }
    }

    /// A stretch of the text searched at once: its UTF-8 bytes and its UTF-16 units.
    struct Run: Equatable {
        var bytes: Range<Int>
        var units: Range<Int>
    }

    /// Where the phrase is searched: the runs of sentences holding all its keys when no match can
    /// leave a sentence (the same matches, without ICU copying and scanning the rest), else the whole text.
    func searchRuns(_ phrase: NarrativePattern.Expanded) -> [Run] {
        guard phrase.withinSentence, !phrase.sentenceKeys.isEmpty else {
            return [Run(bytes: 0..<text.utf8.count, units: 0..<text.utf16.count)]
        }
        return sentenceRuns(holdingAll: phrase.sentenceKeys)
    }

    /// The run's text on its own, to be searched instead of the whole text: ICU copies the text
    /// it is given to UTF-16 on every search, whatever the range searched. A run starts and ends
    /// at a character, and with the bounds NSRegularExpression sets by default (anchoring,
    /// opaque) a search of a range sees nothing outside it, so both searches find the same
    /// matches, `run.units.lowerBound` apart.
    func text(of run: Run) -> String {
        let utf8 = text.utf8
        guard run.bytes != 0..<utf8.count else { return text }
        let start = utf8.index(utf8.startIndex, offsetBy: run.bytes.lowerBound)
        return String(text[start..<utf8.index(start, offsetBy: run.bytes.count)])
    }

    /// The runs to search for a phrase confined to a sentence whose matches each hold, for
    /// every key, one of its texts: each run of consecutive sentences that do (the "。" between
    /// them can be in no match, so a run is searched at once). The first key is looked for over the
    /// whole text, the others only in the sentences that hold it (keys come longest first).
    func sentenceRuns(holdingAll keys: [[[UInt8]]]) -> [Run] {
        guard let first = keys.first else { return [] }
        var text = text
        let holding: [Bool] = text.withUTF8 { bytes in
            var holding = [Bool](repeating: false, count: sentences.count)
            for needle in first {
                var k = 0
                var at = Self.find(needle, in: bytes, from: 0, to: bytes.count)
                while let hit = at {
                    while sentences[k].bytes.upperBound < hit + needle.count { k += 1 }
                    holding[k] = true
                    at = Self.find(needle, in: bytes, from: sentences[k].bytes.upperBound, to: bytes.count)
                }
            }
            for key in keys.dropFirst() {
                for k in holding.indices where holding[k] {
                    let range = sentences[k].bytes
                    holding[k] = key.contains { Self.find($0, in: bytes, from: range.lowerBound, to: range.upperBound) != nil }
                }
            }
            return holding
        }
        var runs: [Run] = []
        for k in sentences.indices where holding[k] {
            let sentence = sentences[k]
            if k > 0, holding[k - 1], let run = runs.popLast() {
                runs.append(Run(bytes: run.bytes.lowerBound..<sentence.bytes.upperBound,
                                units: run.units.lowerBound..<sentence.units.upperBound))
            } else {
                runs.append(Run(bytes: sentence.bytes, units: sentence.units))
            }
        }
        return runs
    }

    /// The offset of the first occurrence of `needle` within `bytes[start..<end]`. `memchr` looks
    /// for the needle's last byte: a Chinese key's first byte (E4–E9) starts most characters of the
    /// text, its last (80–BF) ends few of them. Occurrences of one length end in the order they start.
    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard !needle.isEmpty, let base = bytes.baseAddress, end - start >= needle.count else { return nil }
        let length = needle.count, lastByte = Int32(needle[length - 1])
        var from = start + length - 1   // where the needle's last byte can first be
        return needle.withUnsafeBytes { n in
            while from < end, let hit = memchr(base + from, lastByte, end - from) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) - (length - 1)
                if memcmp(base + at, n.baseAddress!, length) == 0 { return at }
                from = at + length
            }
            return nil
        }
    }
}
