import Foundation
import XCTest
@testable import BudgetETL

/// The pieces under incremental runs: state files that are never trusted when damaged, the output
/// files put together from fragments, the commit journal, fingerprints.
final class IncrementalStateTests: XCTestCase {
    // MARK: State files

    func testStateFileRoundTripsAndRejectsEveryKindOfDamage() throws {
        let payload = Array("{\"a\":1}".utf8) + [UInt8](repeating: 7, count: 1000)
        for compress in [false, true] {
            let framed = StateFile.frame(kind: "normalize", key: "0123456789abcdef0123456789abcdef", payload: payload,
                                         compress: compress)
            XCTAssertEqual(try StateFile.unframe(framed, kind: "normalize", key: "0123456789abcdef0123456789abcdef").payload, payload)

            var flipped = framed
            flipped[framed.count - 3] ^= 0x40
            XCTAssertThrowsError(try StateFile.unframe(flipped, kind: "normalize", key: nil), "flipped payload byte")
            var flippedHeader = framed
            flippedHeader[60] ^= 1
            XCTAssertThrowsError(try StateFile.unframe(flippedHeader, kind: "normalize", key: nil), "flipped header byte")
            for length in [0, 10, StateFile.headerSize, framed.count - 1] {
                XCTAssertThrowsError(try StateFile.unframe(Array(framed.prefix(length)), kind: "normalize", key: nil), "truncated to \(length)")
            }
            XCTAssertThrowsError(try StateFile.unframe(framed + [0], kind: "normalize", key: nil), "trailing byte")
            XCTAssertThrowsError(try StateFile.unframe(framed, kind: "validate", key: nil), "another kind")
            XCTAssertThrowsError(try StateFile.unframe(framed, kind: "normalize", key: "ffffffffffffffffffffffffffffffff"), "another fingerprint")
            // Another state format: the header is consistent, but of another version.
            var other = framed
            other[8] = UInt8(BudgetETLVersion.stateFormat + 1)
            let crc = Zlib.crc32(other[0..<92])
            for i in 0..<4 { other[92 + i] = UInt8(truncatingIfNeeded: crc >> (8 * UInt32(i))) }
            XCTAssertThrowsError(try StateFile.unframe(other, kind: "normalize", key: nil), "another format version") { error in
                XCTAssertTrue("\(error)".contains("another state format"), "\(error)")
            }
        }
    }

    func testACompressedStateFileKeepsItsPrefixReadableAlone() throws {
        let prefix = Array("summary".utf8)
        let rest = [UInt8](repeating: 7, count: 4000) + Array("tail".utf8)
        let key = "0123456789abcdef0123456789abcdef"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = StateStore(folder: folder)
        try store.write(.load, "a.txt", key: key, payload: prefix + rest, prefixLength: prefix.count, compress: true)

        let stored = try Data(contentsOf: store.url("a.txt", .load))
        XCTAssertLessThan(stored.count, StateFile.headerSize + prefix.count + 100, "the rest is compressed")
        XCTAssertEqual(Array(stored[StateFile.headerSize..<StateFile.headerSize + prefix.count]), prefix, "the prefix is stored as it is")
        XCTAssertEqual(store.readPrefix(.load, "a.txt", key: key), prefix)
        let contents = try XCTUnwrap(store.read(.load, "a.txt", key: key))
        XCTAssertEqual(contents.payload, prefix + rest)
        XCTAssertEqual(contents.prefixLength, prefix.count)
        XCTAssertNil(store.readPrefix(.load, "a.txt", key: "ffffffffffffffffffffffffffffffff"), "another fingerprint")

        var damaged = Array(stored)
        damaged[StateFile.headerSize + 1] ^= 0x40
        XCTAssertThrowsError(try StateFile.unframe(damaged, kind: "load", key: key), "flipped prefix byte")
        try Data(damaged).write(to: store.url("a.txt", .load))
        XCTAssertNil(store.readPrefix(.load, "a.txt", key: key), "a damaged prefix is not trusted")
    }

    func testStateIndexRoundTripsAndRejectsDamage() throws {
        var manifest = StateManifest()
        manifest.toolFingerprints = ["extract": "e", "load": "l"]
        var document = DocumentState()
        document.input = InputRecord(stat: FileStat(size: 12, modified: -3, changed: 1 << 62, inode: .max), sha256: "abc", trusted: true)
        var extract = StageRecord(upstream: "u", config: "c", tool: "t", stage: .extract)
        extract.tableKeys = ["income_final", "收入"]
        extract.content = "h"
        var normalize = StageRecord(upstream: "u2", config: "c2", tool: "t", stage: .normalize)
        normalize.failure = "failed, somehow"
        document.extract = extract
        document.normalize = normalize
        document.summary = DocumentSummary(status: "ok", failed: false, tables: 3, numbersFound: 7, cells: 6, rejects: 1, errors: 2, warnings: 5)
        manifest.documents = ["a.txt": document, "子目录/b c.txt": DocumentState()]
        manifest.outputs = OutputsRecord(key: "k", files: ["long.csv": FileStat(size: 1, modified: 2, changed: 3, inode: 4)])

        let bytes = try manifest.encoded()
        let decoded = try ManifestCoding.decode(try StateFile.unframe(bytes, kind: "manifest", key: nil).payload)
        XCTAssertEqual(decoded.documents, manifest.documents)
        XCTAssertEqual(decoded.outputs, manifest.outputs)
        XCTAssertEqual(decoded.toolFingerprints, manifest.toolFingerprints)
        let payload = ManifestCoding.encode(manifest)
        for cut in stride(from: 0, to: payload.count, by: 7) {
            XCTAssertThrowsError(try ManifestCoding.decode(Array(payload.prefix(cut))), "cut at \(cut)")
        }
    }

    func testDamagedStoredResultsAreRebuiltNeverTrusted() throws {
        let ws = try Workspace(self, name: "damaged")
        try ws.copySamples()
        try ws.run()
        let expected = try ws.outputs()
        let store = StateStore(folder: ws.output.appendingPathComponent(".state"))
        let names = ws.inputNames

        // A damaged load fragment, a truncated normalize result, a validate result of another kind:
        // the outputs must be put together again (csv.bom changed), and every damaged file rebuilt.
        var load = try Data(contentsOf: store.url(names[0], .load))
        load[load.count / 2] ^= 0xFF
        try load.write(to: store.url(names[0], .load))
        let normalize = try Data(contentsOf: store.url(names[1], .normalize))
        try normalize.prefix(normalize.count / 2).write(to: store.url(names[1], .normalize))
        try FileManager.default.removeItem(at: store.url(names[2], .validate))
        try FileManager.default.copyItem(at: store.url(names[3], .validate), to: store.url(names[2], .validate))
        try ws.editConfig("  bom: false", "  bom: true")
        let report = try ws.run()
        XCTAssertTrue(report.outputs.written)
        XCTAssertEqual(report.stages.extract.processed, 0)
        let outputs = try ws.outputs()
        Workspace.assertEqual(outputs, try ws.cleanRun())
        XCTAssertEqual(Array(outputs["long.csv"]!.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertNotNil(store.read(.load, names[0], key: try manifest(ws).documents[names[0]]!.load!.key), "rebuilt")

        // --stage validate reads the stored normalize results: a damaged one is reported, not used.
        try normalize.prefix(100).write(to: store.url(names[1], .normalize))
        XCTAssertThrowsError(try ws.run(RunOptions(scope: .stage(.validate)))) { error in
            let failure = error as! RunFailure
            XCTAssertEqual(failure.exitStatus, .missingStageResults)
            XCTAssertTrue(failure.description.contains("the stored normalize result is damaged for 1 document (\(names[1]))"), failure.description)
        }
        // A plain run rebuilds it.
        try ws.editConfig("  bom: true", "  bom: false")
        try ws.run()
        Workspace.assertEqual(try ws.outputs(), expected)

        // A damaged index: everything is recomputed, the outputs are the same.
        var index = try Data(contentsOf: store.manifestURL)
        index[index.count - 10] ^= 0x20
        try index.write(to: store.manifestURL)
        let rebuilt = try ws.run()
        XCTAssertEqual(Workspace.processed(rebuilt), [5, 5, 5, 5])
        Workspace.assertEqual(try ws.outputs(), expected)
        XCTAssertEqual(Workspace.processed(try ws.run()), [0, 0, 0, 0])
    }

    private func manifest(_ ws: Workspace) throws -> StateManifest {
        try XCTUnwrap(StateManifest.load(ws.output.appendingPathComponent(".state/manifest")).manifest)
    }

    // MARK: Output files

    /// The files put together from per-document fragments are byte for byte those OutputWriter
    /// renders from all documents at once.
    func testAssembledOutputsEqualOutputWriters() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("assemble-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let config = try PipelineConfigLoader.load(file: Workspace.repository.appendingPathComponent("pipeline.yaml"))
        let processor = DocumentProcessor(catalog: config.catalog, outputUnit: config.outputUnit,
                                          placement: PlacementRules(config.validation))
        let validator = Validator(config: config.validation)
        let files = try InputScanner(folder: Workspace.repository.appendingPathComponent("input"), patterns: ["*.txt"]).scan()
        let documents = files.map(processor.process) + [LoadFixtures.finalAccount, LoadFixtures.budget, LoadFixtures.failed]
        let sorted = documents.sorted { $0.sourceFile.utf8.lexicographicallyPrecedes($1.sourceFile.utf8) }
        let results = sorted.map { validator.check($0) }
        let consistency = Dictionary(uniqueKeysWithValues: zip(sorted, results).compactMap { doc, result in result.share.map { (doc.documentId, $0) } })
        for bom in [false, true] {
            let expected = root.appendingPathComponent("writer-\(bom)")
            try FileManager.default.createDirectory(at: expected, withIntermediateDirectories: true)
            try OutputWriter(folder: expected, byteOrderMark: bom).write(sorted, findings: results.flatMap(\.findings), consistency: consistency)

            let assembled = root.appendingPathComponent("assembled-\(bom)")
            try FileManager.default.createDirectory(at: assembled.appendingPathComponent("wide"), withIntermediateDirectories: true)
            try Data("stale".utf8).write(to: assembled.appendingPathComponent("wide/gone.csv"))
            let fragments = zip(sorted, results).map { LoadFragment($0, validation: $1) }
            let prepared = try OutputAssembler(folder: assembled, byteOrderMark: bom, outputUnit: "元").assemble(OutputAssembler.Source(
                count: fragments.count, summary: { fragments[$0].summary }, fragment: { fragments[$0] }, key: { String($0) }))
            XCTAssertEqual(prepared.removals.map(\.lastPathComponent), ["gone.csv"])
            var commit = OutputCommit()
            prepared.files.forEach { commit.add($0) }
            commit.removals = prepared.removals.map(\.path)
            try commit.perform(journal: root.appendingPathComponent("journal-\(bom)"))
            Workspace.assertEqual(try Workspace.outputs(assembled), try Workspace.outputs(expected), "with bom \(bom)")
        }
    }

    func testAnInterruptedCommitIsCompletedFromItsJournal() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("commit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        let a = root.appendingPathComponent("a.csv"), b = root.appendingPathComponent("b.csv"), c = root.appendingPathComponent("c.csv")
        for url in [a, b, c] { try Data("old".utf8).write(to: url) }
        var commit = OutputCommit()
        for url in [a, b] {
            let file = try TemporaryFile(for: url)
            try file.write(Array("new".utf8))
            try file.finish()
            commit.add(file)
        }
        commit.removals = [c.path]
        // Killed after the journal and the first rename.
        let journal = root.appendingPathComponent("commit.json")
        try AtomicFile.write(Array(try JSONEncoder().encode(commit)), to: journal)
        XCTAssertEqual(rename(commit.renames[0].from, commit.renames[0].to), 0)
        XCTAssertTrue(try OutputCommit.recover(journal: journal))
        XCTAssertEqual(try String(contentsOf: a, encoding: .utf8), "new")
        XCTAssertEqual(try String(contentsOf: b, encoding: .utf8), "new")
        XCTAssertFalse(FileManager.default.fileExists(atPath: c.path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: journal.path))
        XCTAssertFalse(try OutputCommit.recover(journal: journal), "nothing left to do")
        XCTAssertTrue(TemporaryFile.isTemporaryName(".long.csv.tmp-1234"))
        XCTAssertFalse(TemporaryFile.isTemporaryName("long.csv"))
        XCTAssertFalse(TemporaryFile.isTemporaryName(".x.tmp-12a"))
    }

    // MARK: Fingerprints

    func testCanonicalTextIsStableAndSeesEveryField() {
        let a = CodeRules(functionClasses: Dictionary(uniqueKeysWithValues: (200..<260).map { ("\($0)", "name\($0)") }))
        var b = CodeRules()
        for key in (200..<260).reversed() { b.functionClasses["\(key)"] = "name\(key)" }
        XCTAssertEqual(CanonicalText.of(a), CanonicalText.of(b), "dictionary order does not matter")
        XCTAssertNotEqual(CanonicalText.of(ValidationConfig(narrativeHeading: "x")), CanonicalText.of(ValidationConfig()))
        XCTAssertNotEqual(CanonicalText.of(DocumentStatus.failed("a")), CanonicalText.of(DocumentStatus.failed("b")))
        XCTAssertNotEqual(CanonicalText.of(Optional<String>.none), CanonicalText.of(Optional("nil")))
        XCTAssertTrue(CanonicalText.of(MoneyUnit.wanYuan).hasSuffix(".wanYuan"))
    }

    func testConfigFingerprintsChangeOnlyForTheStagesThatReadTheKey() throws {
        let config = try PipelineConfigLoader.load(file: Workspace.repository.appendingPathComponent("pipeline.yaml"))
        let base = ConfigFingerprints(config, pdfProgram: "p")
        func fingerprints(_ change: (inout PipelineConfig) -> Void) -> ConfigFingerprints {
            var c = config
            change(&c)
            return ConfigFingerprints(c, pdfProgram: "p")
        }
        let unit = fingerprints { $0.outputUnit = .wanYuan }
        XCTAssertEqual(unit.extractText, base.extractText)
        XCTAssertNotEqual(unit.normalize(tableKeys: []), base.normalize(tableKeys: []))
        XCTAssertEqual(unit.validate, base.validate)

        let failOn = fingerprints { $0.validation.failOn = .never }
        XCTAssertEqual(failOn.validate, base.validate, "fail_on only decides the exit status")
        let narrative = fingerprints { $0.validation.narrative.removeLast() }
        XCTAssertNotEqual(narrative.validate, base.validate)
        XCTAssertEqual(narrative.normalize(tableKeys: ["income_final"]), base.normalize(tableKeys: ["income_final"]))
        // Row totals and hierarchies also decide where normalize places the numbers of short rows.
        let rule = fingerprints { $0.validation.rowTotals.removeLast() }
        XCTAssertNotEqual(rule.validate, base.validate)
        XCTAssertNotEqual(rule.normalize(tableKeys: ["income_final"]), base.normalize(tableKeys: ["income_final"]))

        let alias = fingerprints { $0.catalog.kinds[$0.catalog.kinds.firstIndex { $0.key == "income_budget" }!].columnAliases["x"] = "y" }
        XCTAssertEqual(alias.extractText, base.extractText)
        XCTAssertNotEqual(alias.normalize(tableKeys: ["income_budget"]), base.normalize(tableKeys: ["income_budget"]))
        XCTAssertEqual(alias.normalize(tableKeys: ["income_final"]), base.normalize(tableKeys: ["income_final"]))

        let title = fingerprints { $0.catalog.kinds[0].titlePatterns.append("x") }
        XCTAssertNotEqual(title.extractText, base.extractText)
        XCTAssertEqual(title.normalize(tableKeys: [config.catalog.kinds[0].key]), base.normalize(tableKeys: [config.catalog.kinds[0].key]))

        let pdf = fingerprints { $0.pdf.arguments = ["-raw"] }
        XCTAssertEqual(pdf.extractText, base.extractText)
        XCTAssertNotEqual(pdf.extractPDF, base.extractPDF)
        XCTAssertNotEqual(ConfigFingerprints(config, pdfProgram: "upgraded").extractPDF, base.extractPDF)
        XCTAssertNotEqual(fingerprints { $0.csvByteOrderMark = true }.outputs, base.outputs)
    }

    func testToolFingerprintsAreDeterministicAndDistinct() {
        let tools = ToolFingerprints.current
        XCTAssertEqual(Set(Stage.allCases.map { tools[$0] }).count, 4)
        XCTAssertTrue(Stage.allCases.allSatisfy { tools[$0].count == 32 })
    }
}
