/// Short, stable document ids.
public enum DocumentID {
    /// "d" + the first 10 hex characters of the SHA-256 of the UTF-8 `sourceFile`
    /// (the path below the input folder, '/'-separated). Depends on nothing but that path, so
    /// the same file gets the same id in every run and on every machine.
    /// Backslashes are turned into '/' first so a Windows-style path gives the same id.
    public static func make(sourceFile: String) -> String {
        var bytes = Array(sourceFile.utf8)
        for i in bytes.indices where bytes[i] == UInt8(ascii: "\\") { bytes[i] = UInt8(ascii: "/") }
        return "d" + String(SHA256.hex(bytes).prefix(10))
    }
}
