import Foundation

/// A file to process: where it is, and its path below the input folder as recorded in the output.
public struct InputFile: Sendable, Equatable {
    /// '/'-separated path below the input folder; becomes `source_file`.
    public var relativePath: String
    /// Where the file is. A path, not a URL: a URL made per file found cost more than its stat(2),
    /// in every run, for the few files a run reads.
    public var path: String
    /// stat(2) of the file (through symbolic links) when it was found; nil for a broken link.
    public var stat: FileStat? = nil

    public init(relativePath: String, path: String, stat: FileStat? = nil) {
        self.relativePath = relativePath
        self.path = path
        self.stat = stat
    }

    public init(relativePath: String, url: URL, stat: FileStat? = nil) {
        self.init(relativePath: relativePath, path: url.path, stat: stat)
    }

    public var url: URL { URL(fileURLWithPath: path) }
}

/// Finds the input files: every file below the input folder (recursively) that matches one of the
/// patterns, sorted by relative path compared byte by byte (UTF-8), so the order — and with it
/// every output file — is the same on every machine and in every locale.
///
/// - Hidden files and folders (name starting with '.') are skipped, and so are the output and state
///   folders when they lie inside the input folder.
/// - Symbolic links are followed, to files and to folders; a folder reached a second time (a link
///   loop, or two links to one folder) is not read again. A broken link to a file is taken: it was
///   meant as input, and failing it visibly in documents.csv is better than skipping it silently.
/// - Files are found with readdir(2) and stat(2) only (no file is opened), and each keeps its
///   stat, by which an unchanged file is recognized without reading it.
public struct InputScanner: Sendable {
    public let folder: URL
    private let patterns: [GlobPattern]
    private let excluded: [URL]

    public init(folder: URL, patterns: [String], excluding excluded: [URL] = []) {
        self.folder = folder
        self.patterns = patterns.map(GlobPattern.init)
        self.excluded = excluded
    }

    /// Sub-folders that could not be read (permissions), found by the last `scan`.
    public struct Result {
        public var files: [InputFile]
        public var unreadableFolders: [String]
    }

    public func scan() throws -> [InputFile] { try scanReporting().files }

    public func scanReporting() throws -> Result {
        var rootStat = stat()
        guard stat(folder.path, &rootStat) == 0, (rootStat.st_mode & S_IFMT) == S_IFDIR else {
            throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path])
        }
        var visited: Set<[UInt64]> = [[UInt64(rootStat.st_dev), UInt64(rootStat.st_ino)]]
        for url in excluded {
            var s = stat()
            if stat(url.path, &s) == 0 { visited.insert([UInt64(s.st_dev), UInt64(s.st_ino)]) }
        }
        var result = Result(files: [], unreadableFolders: [])
        guard walk(folder.path, relative: "", visited: &visited, into: &result) else {
            throw CocoaError(.fileReadNoPermission, userInfo: [NSFilePathErrorKey: folder.path])
        }
        result.files.sort { UTF8Order.precedes($0.relativePath, $1.relativePath) }
        return result
    }

    /// False when `path` itself cannot be listed.
    private func walk(_ path: String, relative: String, visited: inout Set<[UInt64]>, into result: inout Result) -> Bool {
        guard let directory = opendir(path) else { return false }
        defer { closedir(directory) }
        var folders: [(path: String, relative: String)] = []
        while let entry = readdir(directory) {
            let name = withUnsafePointer(to: &entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            if name.hasPrefix(".") { continue }   // ".", "..", hidden
            let childPath = path + "/" + name
            let childRelative = relative.isEmpty ? name : relative + "/" + name
            var s = stat()
            if stat(childPath, &s) != 0 {
                // A broken symbolic link (or a file removed meanwhile): taken when it matches.
                var link = stat()
                if lstat(childPath, &link) == 0, (link.st_mode & S_IFMT) == S_IFLNK, matches(childRelative) {
                    result.files.append(InputFile(relativePath: childRelative, path: childPath, stat: nil))
                }
                continue
            }
            switch s.st_mode & S_IFMT {
            case S_IFDIR:
                if visited.insert([UInt64(s.st_dev), UInt64(s.st_ino)]).inserted {
                    folders.append((childPath, childRelative))
                }
            case S_IFREG:
                if matches(childRelative) {
                    result.files.append(InputFile(relativePath: childRelative, path: childPath, stat: FileStat(s)))
                }
            default:
                continue   // devices, pipes, sockets
            }
        }
        for folder in folders where !walk(folder.path, relative: folder.relative, visited: &visited, into: &result) {
            result.unreadableFolders.append(folder.relative)
        }
        return true
    }

    private func matches(_ relativePath: String) -> Bool {
        patterns.contains { $0.matches(relativePath: relativePath) }
    }
}
