import Foundation

/// A file to process: where it is, and its path below the input folder as recorded in the output.
public struct InputFile: Sendable, Equatable {
    /// '/'-separated path below the input folder; becomes `source_file`.
    public var relativePath: String
    public var url: URL
}

/// Finds the input files: every file below the input folder (recursively) that matches one of the
/// patterns, sorted by relative path compared byte by byte (UTF-8), so the order — and with it
/// every output file — is the same on every machine and in every locale.
///
/// Hidden files and folders (name starting with '.') are skipped. A symbolic link to a file is
/// taken, even a broken one: it was meant as input, and failing it visibly in documents.csv is
/// better than skipping it silently.
public struct InputScanner: Sendable {
    public let folder: URL
    private let patterns: [GlobPattern]

    public init(folder: URL, patterns: [String]) {
        self.folder = folder
        self.patterns = patterns.map(GlobPattern.init)
    }

    public func scan() throws -> [InputFile] {
        let fileManager = FileManager.default
        guard let walker = fileManager.enumerator(atPath: folder.path) else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
        }
        var files: [InputFile] = []
        while let relativePath = walker.nextObject() as? String {
            let url = folder.appendingPathComponent(relativePath)
            if relativePath.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                continue
            }
            guard isFile(url.path, fileManager),
                  patterns.contains(where: { $0.matches(relativePath: relativePath) }) else { continue }
            files.append(InputFile(relativePath: relativePath, url: url))
        }
        return files.sorted { $0.relativePath.utf8.lexicographicallyPrecedes($1.relativePath.utf8) }
    }

    private func isFile(_ path: String, _ fileManager: FileManager) -> Bool {
        guard let type = (try? fileManager.attributesOfItem(atPath: path))?[.type] as? FileAttributeType else {
            return false
        }
        if type == .typeRegular { return true }
        guard type == .typeSymbolicLink else { return false }
        var isFolder: ObjCBool = false
        let targetExists = fileManager.fileExists(atPath: path, isDirectory: &isFolder)
        return !(targetExists && isFolder.boolValue)
    }
}
