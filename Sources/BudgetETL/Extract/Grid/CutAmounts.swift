/// Amounts a ruled-table converter cut where a grid line crosses them: it splits a page's text
/// by the rulings it finds, and an amount printed over one (a sheet's cell wider than its column)
/// leaves its last digits in the next cell (`842.4 ⇥ 8 842.48`, `130,701.8 ⇥ 4`), a rate its
/// percent sign (`100 ⇥ % 100%`). A number followed by a cell that opens on exactly what it lacks
/// (the decimals short of those the table's amounts print, the percent sign) gets it back: where
/// the piece stands before a space and the cell's own text (no cell of a table prints a lone digit
/// or sign before its value), or where it is the whole cell and every filled cell at that index
/// opens on such a piece (a column of pieces, no column of counts; a later page on its own grid
/// may print them before its cells' own text there). In a table where some amount was cut for
/// certain, a lone piece in a column that prints other cells too (`79.0 ⇥ 3` beside `⇥ 0`: the 3
/// a cut amount's last digit or a score of its own) is no certain cell either way: the amount and
/// the piece are rejected (`amountCutUncertain`).
enum CutAmounts {
    static func joined(_ table: TableLines) -> (table: TableLines, rejects: [ReaderReject]) {
        var out = table
        let read = joined(table.body)
        out.body = read.body
        return (out, read.rejects)
    }

    static func joined(_ body: [TableLines.Line]) -> (body: [TableLines.Line], rejects: [ReaderReject]) {
        let places = printedPlaces(body)
        let cuts = body.indices.flatMap { n in self.cuts(in: body[n], places: places).map { (line: n, cut: $0) } }
        guard !cuts.isEmpty else { return (body, []) }
        // Indices whose every filled cell is a lone piece of a cut amount.
        let lonePieces = Set(cuts.filter { $0.cut.rest == nil }.map(\.cut.piece))
        let pieceColumns = lonePieces.filter { j in
            body.indices.allSatisfy { n in
                let tokens = body[n].tokens
                return j >= tokens.count || tokens[j].isBlank || cuts.contains { $0.line == n && $0.cut.piece == j }
            }
        }
        // A table where the converter cut some amount for certain: a short amount before a lone
        // number elsewhere may be cut too (in other tables it is a cell of a count or score column).
        let cutsShown = cuts.contains { $0.cut.rest != nil } || !pieceColumns.isEmpty
        var out = body
        var rejects: [ReaderReject] = []
        for (n, cut) in cuts {
            if cut.rest != nil || pieceColumns.contains(cut.piece) {
                out[n].tokens[cut.amount].text += cut.digits
                out[n].tokens[cut.piece].text = cut.rest ?? ""
            } else if cutsShown, cut.certainlyShort {
                for k in [cut.amount, cut.piece] {
                    let token = out[n].tokens[k]
                    rejects.append(ReaderReject(line: token.line, text: token.text, reason: .amountCutUncertain))
                    out[n].tokens[k].text = ""
                }
            }
        }
        return (out, rejects)
    }

    struct Cut {
        var amount: Int
        var piece: Int
        /// What goes back: the digits the amount lacks, or its percent sign.
        var digits: String
        /// The piece cell's own text after the digits and a space; nil where the digits are all of it.
        var rest: String?
        /// The amount is short of the table's decimals (not a rate without its sign, which a
        /// column of rates printed apart from their signs may be): it lost digits somewhere.
        var certainlyShort = true
    }

    /// The cuts of one line: each amount short of `places` decimals and the next filled cell opening
    /// on the digits it lacks. A cell taken as a piece is read with its rest for the next cut
    /// (`55.0 ⇥ 0 55.0 ⇥ 0`).
    static func cuts(in line: TableLines.Line, places: Int?) -> [Cut] {
        var texts = line.tokens.map(\.text)
        var found: [Cut] = []
        for i in texts.indices {
            guard let j = texts.indices.dropFirst(i + 1).first(where: { !texts[$0].isEmpty }),
                  let digits = piece(cutFrom: texts[i], openingOn: texts[j], places: places) else { continue }
            let after = texts[j].dropFirst(digits.count)
            let rest = UTF8Text.trimmingWhitespace(String(after))
            if after.isEmpty {
                found.append(Cut(amount: i, piece: j, digits: String(digits), rest: nil, certainlyShort: digits != "%"))
                texts[j] = ""
            } else if after.first == " ", !rest.isEmpty {
                found.append(Cut(amount: i, piece: j, digits: String(digits), rest: rest))
                texts[j] = rest
            }
        }
        return found
    }

    /// What `next` opens on that `cell` lacks: the decimals an amount short of `places` lacks, or
    /// the percent sign a rate lost (`100 ⇥ % 100%`); nil where `next` opens on neither.
    static func piece(cutFrom cell: String, openingOn next: String, places: Int?) -> Substring? {
        // Asked of every pair of cells: every piece opens on an ASCII digit or `%`, so most pairs
        // are answered by the next cell's first byte.
        guard let first = next.utf8.first, isDigit(first) || first == 0x25 else { return nil }
        if let places, let short = decimals(cell), short >= 1, short < places {
            let digits = leadingDigits(next)
            return digits.count == places - short ? digits : nil
        }
        // `73.`: cut right after its point (no amount is printed so), its decimals as many as it printed.
        if pointOnly(cell) {
            let digits = leadingDigits(next)
            return (1...max(places ?? 2, 1)).contains(digits.count) ? digits : nil
        }
        // A percent sign: only after a next cell opening on its byte.
        guard first == 0x25 else { return nil }
        let kind = TokenKind.of(cell)
        guard kind == .integer || kind == .amount, !cell.contains("%"), next.hasPrefix("%") else { return nil }
        return next.prefix(1)
    }

    /// The decimals the body's whole amounts print: the most that some of them print (a later page
    /// on narrower columns may cut every amount it holds, so the cut ones can be most).
    static func printedPlaces(_ body: [TableLines.Line]) -> Int? {
        var counts: [Int: Int] = [:]
        for line in body {
            for token in line.tokens where token.kind == .amount { if let d = decimals(token.text) { counts[d, default: 0] += 1 } }
        }
        return counts.filter { $0.value >= Thresholds.wholeAmountsPrintingPlaces }.keys.max()
    }

    /// A whole number printed with its point and no digit after it (`73.`), over its bytes: ASCII
    /// digits and a point are Characters of their own.
    static func pointOnly(_ text: String) -> Bool {
        let utf8 = text.utf8
        guard utf8.count >= 2, utf8.last == 0x2E else { return false }
        return utf8.dropLast().allSatisfy(isDigit)
    }

    /// Digits after the point of an amount printed with one (`842.4` → 1); nil for other cells.
    /// Over the bytes: a tail of ASCII digits after the last point byte is the tail after the last
    /// point Character (a digit joins no point before it), counted alike in bytes and Characters.
    static func decimals(_ text: String) -> Int? {
        var digits = 0
        for byte in text.utf8.reversed() {
            if isDigit(byte) { digits += 1; continue }
            guard byte == 0x2E, digits > 0 else { return nil }
            return TokenKind.of(text) == .amount ? digits : nil
        }
        return nil
    }

    /// The ASCII digits `text` opens on (`text.prefix { $0.isASCII && $0.isNumber }`), found over
    /// its bytes; by Characters where a non-ASCII scalar follows them (it may join the last digit).
    static func leadingDigits(_ text: String) -> Substring {
        let utf8 = text.utf8
        var end = utf8.startIndex
        while end < utf8.endIndex, isDigit(utf8[end]) { end = utf8.index(after: end) }
        if end < utf8.endIndex, utf8[end] >= 0x80 { return text.prefix { $0.isASCII && $0.isNumber } }
        return text[..<end]
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
