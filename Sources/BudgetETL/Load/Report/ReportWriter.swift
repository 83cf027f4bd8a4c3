import Foundation

/// Writes `report/` beside the other outputs: the index on every run that writes the outputs, and a
/// document's page only when what it shows changed (its load fingerprint, the output unit or the
/// report's version), so an incremental run renders only the documents it recomputed.
///
/// Everything goes to temporary files first; the caller renames them into place with the other
/// outputs in one journaled commit (`OutputCommit`), together with the cache of index entries kept
/// in the state folder, so the pages, the index and the cache always belong to the same run.
struct ReportWriter {
    static let folderName = "report"
    static let cacheName = "report-index"
    /// The cache's name when it was JSON; removed where found.
    static let legacyCacheName = "report.json"
    /// Raised when what a page shows changes, so every page is written again.
    static let version = "2"

    /// `report/` in the output folder.
    let folder: URL
    /// The cache of index entries, in the state folder.
    let cacheURL: URL
    /// The output money unit.
    let unit: String
    let jobs: Int

    /// A document of the outputs: its load fingerprint, and how to get its results when its page
    /// must be rendered.
    struct Document {
        var sourceFile: String
        var loadKey: String
        var results: () throws -> (NormalizedDocument, ValidationResult)
    }

    /// What the run's report starts from: the cache as the last run left it, each document's page
    /// fingerprint (by index) and the documents whose page is missing or out of date. Worked out
    /// once per run (`plan`): the pages rendered during the assembly and `prepare` both need it,
    /// and each fingerprint is a SHA-256 (three per document and a read of the cache twice cost
    /// about a twentieth of a one-changed run of 2,000 documents).
    struct Plan {
        var old: ReportCache
        var fingerprints: [String]
        var stale: Set<Int>
    }

    struct Prepared {
        var files: [TemporaryFile] = []
        var removals: [URL] = []
        /// Every page of the report after the commit, by name below the output folder.
        var pages: [String] = []
        var rendered = 0

        func discard() { files.forEach { $0.discard() } }
    }

    /// A document's page and index entry, rendered under a temporary name.
    typealias RenderedPage = (entry: ReportEntry, file: TemporaryFile)

    /// `early`: pages already rendered (by document index), taken as they are; the other pages
    /// that are missing or out of date are rendered here.
    /// `plan`: this run's `plan(documents)`, when already worked out.
    func prepare(_ documents: [Document], run: RunReport, early: [Int: RenderedPage] = [:], plan: Plan? = nil) throws -> Prepared {
        let plan = try plan ?? self.plan(documents)
        let old = plan.old
        var cache = ReportCache()
        var prepared = Prepared()
        do {
            let rendered = try renderStale(documents, plan: plan, early: early)
            for (index, document) in documents.enumerated() {
                let entry = rendered[index]?.entry ?? old.documents[document.sourceFile]!.entry
                cache.documents[document.sourceFile] = .init(fingerprint: plan.fingerprints[index], entry: entry)
                if let file = rendered[index]?.file { prepared.files.append(file) }
                prepared.pages.append("\(Self.folderName)/\(DocumentPage.fileName(entry.documentId))")
            }
            prepared.rendered = rendered.count
            let entries = documents.map { cache.documents[$0.sourceFile]!.entry }
            prepared.files.append(try write(Array(IndexPage(run: run, entries: entries, unit: unit).render().utf8),
                                            to: folder.appendingPathComponent(IndexPage.fileName)))
            prepared.files.append(try write(cache.encoded(), to: cacheURL))
            prepared.removals = try stalePages(keeping: Set(entries.map { DocumentPage.fileName($0.documentId) }))
            let legacy = cacheURL.deletingLastPathComponent().appendingPathComponent(Self.legacyCacheName)
            if FileManager.default.fileExists(atPath: legacy.path) { prepared.removals.append(legacy) }
            return prepared
        } catch {
            prepared.discard()
            throw error
        }
    }

    /// The run's plan; its `stale` documents (by index) are the pages `prepare` renders. Makes the
    /// folder, for pages rendered before `prepare` (`render`).
    func plan(_ documents: [Document]) throws -> Plan {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let old = ReportCache.read(cacheURL)
        let fingerprints = documents.map(fingerprint)
        // Paths joined as strings: a URL made per page cost more than its stat(2).
        let folderPath = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
        let stale = Set(documents.indices.filter { index in
            guard let cached = old.documents[documents[index].sourceFile], cached.fingerprint == fingerprints[index] else { return true }
            return access(folderPath + DocumentPage.fileName(cached.entry.documentId), F_OK) != 0
        })
        return Plan(old: old, fingerprints: fingerprints, stale: stale)
    }

    /// The document's page from its results, under a temporary name (the folder must exist).
    func render(_ document: Document, results: (NormalizedDocument, ValidationResult)) throws -> RenderedPage {
        let (normalized, validation) = results
        let page = DocumentPage(document: normalized, findings: validation.findings, unit: unit, fingerprint: fingerprint(document))
        let file = try write(page.renderBytes(), to: folder.appendingPathComponent(DocumentPage.fileName(normalized.documentId)))
        return (ReportEntry(normalized, findings: validation.findings, consistency: validation.share), file)
    }

    /// Renders, in parallel, the pages that are missing or out of date and not rendered `early`;
    /// by document index, with the early ones.
    private func renderStale(_ documents: [Document], plan: Plan, early: [Int: RenderedPage]) throws -> [Int: RenderedPage] {
        let stale = plan.stale.filter { early[$0] == nil }.sorted()
        let lock = NSLock()
        var results = early
        var failure: Error?
        ParallelWork.run(count: stale.count, jobs: jobs) { n in
            do {
                let page = try render(documents[stale[n]], results: try documents[stale[n]].results())
                lock.lock()
                results[stale[n]] = page
                lock.unlock()
            } catch {
                lock.lock()
                if failure == nil { failure = error }
                lock.unlock()
            }
        }
        if let failure {
            results.values.forEach { $0.file.discard() }
            throw failure
        }
        return results
    }

    func fingerprint(_ document: Document) -> String {
        var f = Fingerprint("report.page")
        f.add("version", Self.version)
        f.add("unit", unit)
        f.add("load", document.loadKey)
        return f.hex
    }

    private func write(_ bytes: [UInt8], to target: URL) throws -> TemporaryFile {
        let file = try TemporaryFile(for: target)
        do {
            try file.write(bytes)
            try file.finish()
        } catch {
            file.discard()
            throw error
        }
        return file
    }

    /// Pages of documents no longer in the outputs.
    private func stalePages(keeping pages: Set<String>) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".html") && $0 != IndexPage.fileName && !$0.hasPrefix(".") && !pages.contains($0) }
            .sorted()
            .map { folder.appendingPathComponent($0) }
    }
}

/// The index entries of the pages written, by source file, with the fingerprint each page was
/// rendered under. A cache that cannot be read means every page is rendered again. Stored in the
/// binary form of the stage results (`StateCodable`, framed and checked as every state file): as
/// JSON, decoding and encoding it again for every run that renders a page cost about as much as
/// the rest of a one-changed run's report.
struct ReportCache: Equatable {
    struct Cached: Equatable {
        var fingerprint: String
        var entry: ReportEntry
    }

    var documents: [String: Cached] = [:]

    /// The state file's kind; its key is the report's version.
    private static let kind = "report"

    static func read(_ url: URL) -> ReportCache {
        guard case .success(let bytes) = FileReading.read(url.path),
              let contents = try? StateFile.unframe(bytes, kind: kind, key: ReportWriter.version),
              let cache = try? ReportCache(stateBytes: contents.payload) else { return ReportCache() }
        return cache
    }

    func encoded() -> [UInt8] {
        StateFile.frame(kind: Self.kind, key: ReportWriter.version, payload: stateBytes(), compress: false)
    }
}

extension ReportCache: StateCodable {
    /// Documents in the byte order of their paths, so equal caches give equal bytes.
    func write(to out: inout StateWriter) {
        out.unsigned(UInt64(documents.count))
        for (sourceFile, cached) in documents.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            out.string(sourceFile)
            out.string(cached.fingerprint)
            cached.entry.write(to: &out)
        }
    }

    init(from input: inout StateReader) throws {
        let count = try input.count()
        for _ in 0..<count {
            let sourceFile = try input.string()
            documents[sourceFile] = Cached(fingerprint: try input.string(), entry: try ReportEntry(from: &input))
        }
    }
}
