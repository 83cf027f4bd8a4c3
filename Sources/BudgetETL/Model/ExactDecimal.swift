/// An exact decimal number: `mantissa × 10^-scale`. Published amounts are parsed into this by a
/// strict parser (Foundation's `Decimal(string:)` silently truncates "131,792.35" to 131), and all
/// arithmetic on amounts is done on it: no Double touches a published number.
///
/// - `scale` is the number of decimals written (≥ 0); it is kept through parsing and arithmetic so
///   "8424800.00" stays "8424800.00".
/// - Equality, hashing and ordering are numeric: `3 == 3.00`. Compare `description` (or `scale`) when
///   the number of written decimals matters.
/// - Encoded (Codable) as its plain decimal text, e.g. "8424800.00", so no JSON reader turns it into a
///   binary floating-point number. Decoding accepts that text (strict parser) or `{mantissa, scale}`.
public struct ExactDecimal: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public var mantissa: Int64
    public var scale: Int

    /// Largest supported scale: 10^18 is the largest power of ten an Int64 holds.
    public static let maxScale = 18

    public init(mantissa: Int64, scale: Int) {
        precondition(scale >= 0, "ExactDecimal scale must not be negative")
        self.mantissa = mantissa
        self.scale = scale
    }

    public init(_ integer: Int64) { self.init(mantissa: integer, scale: 0) }

    public static let zero = ExactDecimal(mantissa: 0, scale: 0)

    public var isZero: Bool { mantissa == 0 }
    public var isNegative: Bool { mantissa < 0 }
}

// MARK: - Parsing

extension ExactDecimal {
    /// Why a text is not an exact decimal.
    public enum ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        case empty
        /// A character that is not a digit, sign, separator, point, parenthesis or space.
        case invalidCharacter
        /// Thousands separators in wrong places ("1,2,3", "12,34.5", ",123", a separator after the point).
        case badGrouping
        /// More than one decimal point, or a point without digits after it.
        case badPoint
        /// Sign not at the start, two signs, a sign inside accounting parentheses, unbalanced parentheses.
        case badSign
        case noDigits
        /// More than 18 decimals, or a value whose mantissa does not fit in Int64.
        case overflow

        public var description: String {
            switch self {
            case .empty: return "empty"
            case .invalidCharacter: return "invalid character"
            case .badGrouping: return "bad thousands grouping"
            case .badPoint: return "misplaced decimal point"
            case .badSign: return "misplaced sign or parenthesis"
            case .noDigits: return "no digits"
            case .overflow: return "out of range"
            }
        }
    }

    /// Strict parse; nil when `text` is not exactly one decimal number. See `parseResult(utf8:)`.
    public static func parse(_ text: String) -> ExactDecimal? {
        try? parseResult(text).get()
    }

    public static func parse(_ text: Substring) -> ExactDecimal? {
        try? parseResult(text).get()
    }

    public static func parseResult(_ text: String) -> Result<ExactDecimal, ParseError> {
        var text = text
        return text.withUTF8 { parseResult(utf8: $0) }
    }

    public static func parseResult(_ text: Substring) -> Result<ExactDecimal, ParseError> {
        if let r = text.utf8.withContiguousStorageIfAvailable({ parseResult(utf8: $0) }) { return r }
        return parseResult(String(text))
    }

    /// Strict parser over UTF-8 bytes. Accepts, and nothing else:
    /// - leading/trailing white space: ASCII space, tab, CR, LF, NBSP (U+00A0), ideographic space (U+3000);
    /// - one optional sign before the digits: `-`, `−` (U+2212), `－` (U+FF0D), `+`, `＋` (U+FF0B);
    ///   or accounting parentheses around the digits meaning negative: "(12.30)", "（12.30）" (no sign inside);
    /// - digits `0-9` and full-width `０-９`;
    /// - thousands separators `,` or `，` (U+FF0C) in the integer part only, in correct groups: the first
    ///   group 1–3 digits, every later group exactly 3 ("131,792.35", "1,234,567");
    /// - one decimal point `.` or `．` (U+FF0E) followed by at least one digit; ".5" is read as 0.5,
    ///   "5." is rejected (a dangling point usually means a lost fraction).
    /// Rejects: empty text, "12.3.4", "1,2,3", "1.2e5", letters, units ("12.30万"), "%" (the caller strips a
    /// percent sign it accepts), more than 18 decimals and mantissas beyond Int64 (overflow is checked).
    public static func parseResult(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Result<ExactDecimal, ParseError> {
        var start = 0
        var end = bytes.count
        // Trim white space at both ends.
        while start < end {
            let w = whitespaceWidth(bytes, at: start)
            if w == 0 { break }
            start += w
        }
        while start < end {
            let w = whitespaceWidthBefore(bytes, end: end, start: start)
            if w == 0 { break }
            end -= w
        }
        if start == end { return .failure(.empty) }

        var negative = false
        // Accounting parentheses.
        let open = parenWidth(bytes, at: start, open: true)
        if open > 0 {
            let close = closingParenWidthBefore(bytes, end: end, start: start + open)
            if close == 0 { return .failure(.badSign) }
            start += open
            end -= close
            negative = true
            if start == end { return .failure(.noDigits) }
        } else if closingParenWidthBefore(bytes, end: end, start: start) > 0 {
            return .failure(.badSign)
        }
        // Sign.
        let sign = signWidth(bytes, at: start)
        if sign.width > 0 {
            if negative { return .failure(.badSign) }  // "(-12)"
            negative = sign.negative
            start += sign.width
            if start == end { return .failure(.noDigits) }
        }

        var magnitude: UInt64 = 0
        var scale = 0
        var sawPoint = false
        var digitCount = 0            // all digits
        var groupDigits = 0           // digits since the last separator (or since the start)
        var sawSeparator = false
        // Local helpers over the loop state.
        func acceptSeparator() -> Bool {
            if sawPoint { return false }                          // no separator in the fraction
            if groupDigits == 0 { return false }                  // ",123", "1,,234", "-,1"
            if sawSeparator ? groupDigits != 3 : groupDigits > 3 { return false }
            sawSeparator = true
            groupDigits = 0
            return true
        }
        func acceptPoint() -> Bool {
            if sawPoint { return false }
            if sawSeparator && groupDigits != 3 { return false }  // "1,23.5"
            sawPoint = true
            return true
        }
        var i = start
        while i < end {
            let b = bytes[i]
            var digit: UInt8 = 0
            var isDigit = false
            var width = 1
            if b >= 0x30 && b <= 0x39 {
                digit = b &- 0x30; isDigit = true
            } else if b == 0xEF && i + 2 < end && bytes[i + 1] == 0xBC {
                // U+FF00 block: EF BC 80–BF.
                let c = bytes[i + 2]
                width = 3
                if c >= 0x90 && c <= 0x99 {
                    digit = c &- 0x90; isDigit = true
                } else if c == 0x8C {        // ，
                    if !acceptSeparator() { return .failure(.badGrouping) }
                    i += width; continue
                } else if c == 0x8E {        // ．
                    if !acceptPoint() { return .failure(.badPoint) }
                    i += width; continue
                } else if c == 0x8D || c == 0x8B || c == 0x88 || c == 0x89 {  // － ＋ （ ）
                    return .failure(.badSign)
                } else {
                    return .failure(.invalidCharacter)
                }
            } else if b == 0x2C {            // ,
                if !acceptSeparator() { return .failure(.badGrouping) }
                i += 1; continue
            } else if b == 0x2E {            // .
                if !acceptPoint() { return .failure(.badPoint) }
                i += 1; continue
            } else if b == 0x2D || b == 0x2B || b == 0x28 || b == 0x29 {
                return .failure(.badSign)
            } else if b == 0xE2 && i + 2 < end && bytes[i + 1] == 0x88 && bytes[i + 2] == 0x92 {
                return .failure(.badSign)    // − inside the number
            } else {
                return .failure(.invalidCharacter)
            }
            if isDigit {
                let (m1, o1) = magnitude.multipliedReportingOverflow(by: 10)
                let (m2, o2) = m1.addingReportingOverflow(UInt64(digit))
                if o1 || o2 { return .failure(.overflow) }
                magnitude = m2
                digitCount += 1
                if sawPoint {
                    scale += 1
                    if scale > maxScale { return .failure(.overflow) }
                } else {
                    groupDigits += 1
                    if sawSeparator && groupDigits > 3 { return .failure(.badGrouping) }
                }
            }
            i += width
        }
        if digitCount == 0 { return .failure(.noDigits) }
        if sawPoint && scale == 0 { return .failure(.badPoint) }       // "5."
        if sawSeparator && groupDigits != 3 { return .failure(.badGrouping) }  // "1,23" / "1,2345"

        let limit = negative ? UInt64(Int64.max) + 1 : UInt64(Int64.max)
        if magnitude > limit { return .failure(.overflow) }
        let m: Int64 = negative ? (magnitude == limit ? Int64.min : -Int64(magnitude)) : Int64(magnitude)
        return .success(ExactDecimal(mantissa: m, scale: scale))
    }

    @inline(__always)
    private static func whitespaceWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { return 1 }
        if c == 0xC2 && i + 1 < b.count && b[i + 1] == 0xA0 { return 2 }
        if c == 0xE3 && i + 2 < b.count && b[i + 1] == 0x80 && b[i + 2] == 0x80 { return 3 }
        return 0
    }

    @inline(__always)
    private static func whitespaceWidthBefore(_ b: UnsafeBufferPointer<UInt8>, end: Int, start: Int) -> Int {
        let c = b[end - 1]
        if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { return 1 }
        if end - 2 >= start && b[end - 2] == 0xC2 && c == 0xA0 { return 2 }
        if end - 3 >= start && b[end - 3] == 0xE3 && b[end - 2] == 0x80 && c == 0x80 { return 3 }
        return 0
    }

    /// Width of "(" or "（" at `i`, 0 when none.
    @inline(__always)
    private static func parenWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int, open: Bool) -> Int {
        if b[i] == 0x28 { return 1 }
        if b[i] == 0xEF && i + 2 < b.count && b[i + 1] == 0xBC && b[i + 2] == 0x88 { return 3 }
        return 0
    }

    /// Width of ")" or "）" ending at `end`, 0 when none.
    @inline(__always)
    private static func closingParenWidthBefore(_ b: UnsafeBufferPointer<UInt8>, end: Int, start: Int) -> Int {
        if end - 1 >= start && b[end - 1] == 0x29 { return 1 }
        if end - 3 >= start && b[end - 3] == 0xEF && b[end - 2] == 0xBC && b[end - 1] == 0x89 { return 3 }
        return 0
    }

    @inline(__always)
    private static func signWidth(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (width: Int, negative: Bool) {
        let c = b[i]
        if c == 0x2D { return (1, true) }
        if c == 0x2B { return (1, false) }
        if c == 0xE2 && i + 2 < b.count && b[i + 1] == 0x88 && b[i + 2] == 0x92 { return (3, true) }  // −
        if c == 0xEF && i + 2 < b.count && b[i + 1] == 0xBC {
            if b[i + 2] == 0x8D { return (3, true) }   // －
            if b[i + 2] == 0x8B { return (3, false) }  // ＋
        }
        return (0, false)
    }
}

// MARK: - Text

extension ExactDecimal {
    /// Plain decimal text keeping the scale: "8424800.00", "-0.50", "3". Never an exponent or separators.
    public var description: String {
        var out = [UInt8]()
        out.reserveCapacity(24)
        appendText(to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `description`'s UTF-8 bytes: the output files write millions of numbers, and a
    /// String for each costs more than the digits.
    func appendText(to out: inout [UInt8]) {
        if mantissa < 0 { out.append(0x2D) }
        // Digits from the least significant, the point after `scale` of them and at least one digit
        // before it, then turned around.
        let start = out.count
        var m = mantissa.magnitude
        var emitted = 0
        repeat {
            out.append(UInt8(m % 10) &+ 0x30)
            m /= 10
            emitted += 1
            if emitted == scale { out.append(0x2E) }
        } while m > 0 || emitted <= scale
        var i = start, j = out.count - 1
        while i < j {
            out.swapAt(i, j)
            i += 1
            j -= 1
        }
    }
}

// MARK: - Scale

extension ExactDecimal {
    public enum Rounding: Sendable {
        /// Round half away from zero when digits are dropped (2.345 → 2.35, -2.345 → -2.35).
        case halfUp
        /// Never round: return nil when a non-zero digit would be dropped.
        case exact
    }

    /// The same number with exactly `newScale` decimals.
    /// Raising the scale is exact (nil only on overflow). Lowering it drops digits: with `.halfUp`
    /// (the default) the result is rounded half away from zero; with `.exact` the result is nil when a
    /// dropped digit is not zero.
    public func rescaled(to newScale: Int, rounding: Rounding = .halfUp) -> ExactDecimal? {
        precondition(newScale >= 0, "scale must not be negative")
        if newScale == scale { return self }
        if newScale > scale {
            guard let p = ExactDecimal.powerOfTen(newScale - scale) else { return mantissa == 0 ? ExactDecimal(mantissa: 0, scale: newScale) : nil }
            let (m, o) = mantissa.multipliedReportingOverflow(by: p)
            return o ? nil : ExactDecimal(mantissa: m, scale: newScale)
        }
        let drop = scale - newScale
        guard let p = ExactDecimal.powerOfTen(drop) else {
            // Dropping more than 18 digits from an Int64 leaves 0 (|mantissa| < 10^19 < 2·10^19).
            if rounding == .exact && mantissa != 0 { return nil }
            if drop == 19 && rounding == .halfUp, mantissa.magnitude >= 5_000_000_000_000_000_000 {
                return ExactDecimal(mantissa: mantissa < 0 ? -1 : 1, scale: newScale)
            }
            return ExactDecimal(mantissa: 0, scale: newScale)
        }
        let q = mantissa / p
        let r = mantissa % p
        if r == 0 { return ExactDecimal(mantissa: q, scale: newScale) }
        if rounding == .exact { return nil }
        // |r| ≥ p/2 → away from zero. Compare magnitudes without overflow.
        if r.magnitude >= (p.magnitude + 1) / 2 {
            return ExactDecimal(mantissa: mantissa < 0 ? q - 1 : q + 1, scale: newScale)
        }
        return ExactDecimal(mantissa: q, scale: newScale)
    }

    /// The number multiplied by 10^`power`, exactly.
    /// - power ≥ 0: the mantissa is multiplied and the scale kept (842.48 × 10^4 = 8424800.00); nil on overflow.
    /// - power < 0: the scale is raised by |power| and the mantissa kept (8424800.00 × 10^-4 = 842.480000);
    ///   nil when the scale would pass `maxScale`.
    public func scaled(byPowerOfTen power: Int) -> ExactDecimal? {
        if power == 0 { return self }
        if power > 0 {
            if mantissa == 0 { return self }
            guard let p = ExactDecimal.powerOfTen(power) else { return nil }
            let (m, o) = mantissa.multipliedReportingOverflow(by: p)
            return o ? nil : ExactDecimal(mantissa: m, scale: scale)
        }
        let newScale = scale - power
        if newScale > ExactDecimal.maxScale { return nil }
        return ExactDecimal(mantissa: mantissa, scale: newScale)
    }

    /// Drops trailing zero decimals while the scale is above `minimumScale` ("842.480000" → "842.48"
    /// with a minimum of 2; "1.0000" → "1.00"). Never changes the value, never adds decimals.
    public func trimmingTrailingZeros(minimumScale: Int = 0) -> ExactDecimal {
        var m = mantissa
        var s = scale
        while s > minimumScale && m % 10 == 0 {
            m /= 10
            s -= 1
        }
        return ExactDecimal(mantissa: m, scale: s)
    }

    /// 10^n for 0 ≤ n ≤ 18, nil beyond.
    public static func powerOfTen(_ n: Int) -> Int64? {
        guard n >= 0 && n <= 18 else { return nil }
        return powersOfTen[n]
    }

    private static let powersOfTen: [Int64] = {
        var p: [Int64] = [1]
        for _ in 1...18 { p.append(p.last! * 10) }
        return p
    }()
}

// MARK: - Arithmetic

extension ExactDecimal {
    /// Sum with the larger of the two scales; nil on overflow.
    public func adding(_ other: ExactDecimal) -> ExactDecimal? {
        let s = max(scale, other.scale)
        guard let a = rescaled(to: s), let b = other.rescaled(to: s) else { return nil }
        let (m, o) = a.mantissa.addingReportingOverflow(b.mantissa)
        return o ? nil : ExactDecimal(mantissa: m, scale: s)
    }

    /// Difference with the larger of the two scales; nil on overflow.
    public func subtracting(_ other: ExactDecimal) -> ExactDecimal? {
        let s = max(scale, other.scale)
        guard let a = rescaled(to: s), let b = other.rescaled(to: s) else { return nil }
        let (m, o) = a.mantissa.subtractingReportingOverflow(b.mantissa)
        return o ? nil : ExactDecimal(mantissa: m, scale: s)
    }

    /// Exact sum; traps on overflow like integer `+`. Use `adding(_:)` to handle overflow.
    public static func + (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        guard let r = lhs.adding(rhs) else { preconditionFailure("ExactDecimal overflow in +") }
        return r
    }

    /// Exact difference; traps on overflow like integer `-`. Use `subtracting(_:)` to handle overflow.
    public static func - (lhs: ExactDecimal, rhs: ExactDecimal) -> ExactDecimal {
        guard let r = lhs.subtracting(rhs) else { preconditionFailure("ExactDecimal overflow in -") }
        return r
    }

    public static func += (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs + rhs }
    public static func -= (lhs: inout ExactDecimal, rhs: ExactDecimal) { lhs = lhs - rhs }

    public static prefix func - (x: ExactDecimal) -> ExactDecimal {
        ExactDecimal(mantissa: -x.mantissa, scale: x.scale)
    }

    /// Absolute value (traps for Int64.min like integer negation).
    public var magnitude: ExactDecimal { mantissa < 0 ? -self : self }
}

// MARK: - Numeric equality and order

extension ExactDecimal {
    /// -1, 0 or 1 as `self` is below, equal to or above `other`. Never overflows.
    public func compare(_ other: ExactDecimal) -> Int {
        let a = mantissa, b = other.mantissa
        if (a < 0) != (b < 0) || a == 0 || b == 0 {
            return a < b ? -1 : (a > b ? 1 : 0)
        }
        // Same sign, both non-zero. Bring the smaller scale up; an overflow there means that side's
        // magnitude exceeds Int64.max ≥ the other's, so its sign decides.
        if scale == other.scale { return a < b ? -1 : (a > b ? 1 : 0) }
        if scale < other.scale {
            if let p = ExactDecimal.powerOfTen(other.scale - scale) {
                let (m, o) = a.multipliedReportingOverflow(by: p)
                if !o { return m < b ? -1 : (m > b ? 1 : 0) }
            }
            return a < 0 ? -1 : 1
        } else {
            if let p = ExactDecimal.powerOfTen(scale - other.scale) {
                let (m, o) = b.multipliedReportingOverflow(by: p)
                if !o { return a < m ? -1 : (a > m ? 1 : 0) }
            }
            return b < 0 ? 1 : -1
        }
    }

    public static func == (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool { lhs.compare(rhs) == 0 }
    public static func < (lhs: ExactDecimal, rhs: ExactDecimal) -> Bool { lhs.compare(rhs) < 0 }

    /// Hashes the value without trailing zeros, consistent with numeric `==`.
    public func hash(into hasher: inout Hasher) {
        let t = trimmingTrailingZeros()
        hasher.combine(t.mantissa)
        hasher.combine(t.mantissa == 0 ? 0 : t.scale)
    }
}

// MARK: - Codable

extension ExactDecimal {
    private enum CodingKeys: String, CodingKey { case mantissa, scale }

    public init(from decoder: Decoder) throws {
        if let single = try? decoder.singleValueContainer(), let text = try? single.decode(String.self) {
            switch ExactDecimal.parseResult(text) {
            case .success(let v): self = v
            case .failure(let e):
                throw DecodingError.dataCorruptedError(in: single, debugDescription: "not an exact decimal (\(e)): \(text)")
            }
            return
        }
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let m = try c.decode(Int64.self, forKey: .mantissa)
        let s = try c.decode(Int.self, forKey: .scale)
        guard s >= 0 && s <= ExactDecimal.maxScale else {
            throw DecodingError.dataCorruptedError(forKey: .scale, in: c, debugDescription: "scale out of range: \(s)")
        }
        self.init(mantissa: m, scale: s)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(description)
    }
}

extension ExactDecimal: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int64) { self.init(mantissa: value, scale: 0) }
}
