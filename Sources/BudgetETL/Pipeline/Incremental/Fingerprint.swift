/// Fingerprints: short hashes of exactly what a stage result depends on. Two equal fingerprints mean
/// the stage would compute the same result, so the stored one is reused.
///
/// A fingerprint is the first 128 bits of a SHA-256, as 32 hex digits. Parts are added with their
/// name and length, so ("ab", "c") and ("a", "bc") never hash alike.
struct Fingerprint: Sendable {
    private var bytes: [UInt8] = []

    init(_ domain: String) { add("domain", domain) }

    mutating func add(_ name: String, _ value: String) {
        append(name.utf8)
        append(value.utf8)
    }

    mutating func add(_ name: String, _ value: [UInt8]) {
        append(name.utf8)
        append(value)
    }

    /// One part: its length (8 bytes, little-endian), then its bytes.
    private mutating func append<Part: Collection>(_ part: Part) where Part.Element == UInt8 {
        var length = UInt64(part.count)
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: length))
            length >>= 8
        }
        bytes.append(contentsOf: part)
    }

    /// 32 lower-case hex digits.
    var hex: String { String(SHA256.hex(bytes).prefix(32)) }

    /// Fingerprint of one text.
    static func of(_ domain: String, _ value: String) -> String {
        var f = Fingerprint(domain)
        f.add("value", value)
        return f.hex
    }
}

/// A deterministic text of any value, by reflection: every stored property of structs, enums
/// (with their payloads), optionals and collections, type names included, dictionary and set
/// entries sorted. Used to fingerprint configuration values: a field added to a configuration type
/// changes the text (and so the fingerprint) without anyone having to remember to hash it.
///
/// `String(describing:)` of a dictionary is not usable: its order differs from process to process.
enum CanonicalText {
    static func of(_ value: Any) -> String {
        var writer = Writer()
        var out = ""
        writer.write(value, to: &out)
        return out
    }

    /// Keeps the type names it has written: `String(reflecting:)` of a type demangles its name,
    /// which cost a third of fingerprinting the configuration, once per value.
    private struct Writer {
        private var typeNames: [ObjectIdentifier: String] = [:]

        private mutating func name(_ type: Any.Type) -> String {
            if let known = typeNames[ObjectIdentifier(type)] { return known }
            let name = String(reflecting: type)
            typeNames[ObjectIdentifier(type)] = name
            return name
        }

        private mutating func text(_ value: Any) -> String {
            var out = ""
            write(value, to: &out)
            return out
        }

        mutating func write(_ value: Any, to out: inout String) {
            let mirror = Mirror(reflecting: value)
            switch mirror.displayStyle {
            case .optional?:
                if let child = mirror.children.first {
                    out += "some("
                    write(child.value, to: &out)
                    out += ")"
                } else {
                    out += "nil"
                }
            case .collection?:
                out += "["
                for (index, child) in mirror.children.enumerated() {
                    if index > 0 { out += "," }
                    write(child.value, to: &out)
                }
                out += "]"
            case .dictionary?, .set?:
                let entries = mirror.children.map { child -> String in
                    let pair = Mirror(reflecting: child.value)
                    if pair.displayStyle == .tuple {
                        return pair.children.map { text($0.value) }.joined(separator: ":")
                    }
                    return text(child.value)
                }.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
                out += "{" + entries.joined(separator: ",") + "}"
            case .enum?:
                out += name(type(of: value)) + "."
                if let child = mirror.children.first {
                    out += (child.label ?? "") + "("
                    write(child.value, to: &out)
                    out += ")"
                } else {
                    out += String(describing: value)
                }
            case .struct?, .class?, .tuple?:
                out += name(type(of: value)) + "("
                for (index, child) in mirror.children.enumerated() {
                    if index > 0 { out += "," }
                    out += (child.label ?? "_") + ":"
                    write(child.value, to: &out)
                }
                out += ")"
            default:
                if let text = value as? String {
                    out += String(reflecting: text)   // quoted and escaped
                } else {
                    out += name(type(of: value)) + ":" + String(describing: value)
                }
            }
        }
    }
}
