import Foundation
import XCTest
@testable import BudgetETL

/// Outputs patched from the previous run's files (`CSVLayout`, `CSVFiles`): byte for byte those of a
/// cold run over the same input, and unchanged documents are copied, not decoded again.
final class OutputPatchTests: XCTestCase {
    func testPatchedOutputsEqualAColdRunAfterChangingAddingAndDeletingDocuments() throws {
        for formats in ["[csv]", "[csv, parquet, xlsx]"] {
            let ws = try Workspace(self, name: "patch")
            try ws.editConfig("formats: [csv, parquet, xlsx]", "formats: \(formats)")
            try ws.makeCorpus(count: 12)
            try ws.run()
            XCTAssertNotNil(FileManager.default.contents(atPath: ws.output.appendingPathComponent(".state/csv-layout").path))
            let names = ws.inputNames

            try ws.editDocument(names[5])
            try ws.run()
            try assertEqualToColdRun(ws, "after changing a document (\(formats))")

            try FileManager.default.copyItem(at: ws.input.appendingPathComponent(names[3]),
                                             to: ws.input.appendingPathComponent("000-added.txt"))
            try FileManager.default.removeItem(at: ws.input.appendingPathComponent(names[8]))
            try ws.editDocument(names[0])
            try ws.run()
            try assertEqualToColdRun(ws, "after adding, deleting and changing (\(formats))")

            // A file changed since it was written is not copied from: assembled whole.
            let handle = try FileHandle(forWritingTo: ws.output.appendingPathComponent("long.csv"))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("x,y\n".utf8))
            try handle.close()
            try ws.editDocument(names[10])
            try ws.run()
            try assertEqualToColdRun(ws, "after long.csv was edited by hand (\(formats))")
            guard formats.contains("xlsx") else { continue }

            // A workbook changed since it was written is not copied from: assembled whole.
            let workbook = try FileHandle(forWritingTo: ws.output.appendingPathComponent(WorkbookWriter.fileName))
            try workbook.seekToEnd()
            try workbook.write(contentsOf: Data("x".utf8))
            try workbook.close()
            try ws.editDocument(names[11])
            try ws.run()
            try assertEqualToColdRun(ws, "after the workbook was edited by hand (\(formats))")
            _ = try PythonCheck.run(WorkbookCheck.script, [ws.output.appendingPathComponent(WorkbookWriter.fileName).path,
                                                          ws.output.path, "full"])
        }
    }

    func testUnchangedDocumentsAreCopiedWithoutReadingTheirFragments() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("patch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        var fragments = try Self.sampleFragments()
        XCTAssertGreaterThan(fragments.count, 3)
        var keys = fragments.indices.map { "key \($0)" }
        let names = fragments.indices.map { "doc-\($0).txt" }
        let layout = try assemble(fragments, keys: keys, names: names, into: root, reuse: nil) { _ in }

        // One document changes (a row fewer): only its fragment may be read.
        fragments[1].long.removeLast()
        keys[1] = "key 1, changed"
        var read: [Int] = []
        let reuse = CSVReuse(layout: layout.layout, folder: root, written: layout.stats)
        _ = try assemble(fragments, keys: keys, names: names, into: root, reuse: reuse) { read.append($0) }
        XCTAssertEqual(read, [1])

        let expected = root.appendingPathComponent("expected")
        _ = try assemble(fragments, keys: keys, names: names, into: expected, reuse: nil) { _ in }
        Workspace.assertEqual(try Workspace.outputs(root), try Workspace.outputs(expected), "patched against whole")
    }

    func testParquetBlocksOfUnchangedDocumentsAreCopiedAndTheFilesEqualWholeOnes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("patch-pq-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        var fragments = try Self.sampleFragments()
        var keys = fragments.indices.map { "key \($0)" }
        let names = fragments.indices.map { "doc-\($0).txt" }
        let starts = ParquetBlocks.starts(names, documentsPerBlock: 2)
        XCTAssertGreaterThan(starts.count, 2, "the samples make several blocks")
        let first = try assemble(fragments, keys: keys, names: names, into: root, reuse: nil, parquet: .some(nil)) { _ in }
        XCTAssertFalse(first.parquet.isEmpty)

        // The last block's first document changes: only that block's fragments are read.
        let changed = starts.last!
        fragments[changed].validation.removeAll()
        keys[changed] = "changed"
        var read: [Int] = []
        let reuse = ParquetReuse(layouts: first.parquet, folder: root, written: first.stats)
        let second = try assemble(fragments, keys: keys, names: names, into: root,
                                  reuse: CSVReuse(layout: first.layout, folder: root, written: first.stats), parquet: reuse) { read.append($0) }
        XCTAssertEqual(read, Array(changed..<names.count))
        XCTAssertEqual(second.parquet.values.map { $0.blocks.count }, first.parquet.values.map { $0.blocks.count })

        let expected = root.appendingPathComponent("expected")
        _ = try assemble(fragments, keys: keys, names: names, into: expected, reuse: nil, parquet: .some(nil)) { _ in }
        let patched = try Self.files(below: root.appendingPathComponent("parquet"))
        XCTAssertEqual(patched, try Self.files(below: expected.appendingPathComponent("parquet")))
        XCTAssertGreaterThan(patched.count, 4)
    }

    func testWorkbookBlocksOfUnchangedDocumentsAreCopiedAndTheWorkbookEqualsAWholeOne() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("patch-xlsx-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: root) }
        var fragments = try Self.sampleFragments()
        var keys = fragments.indices.map { "key \($0)" }
        let names = fragments.indices.map { "doc-\($0).txt" }
        let starts = ParquetBlocks.starts(names, documentsPerBlock: 2)
        let first = try assemble(fragments, keys: keys, names: names, into: root, reuse: nil, parquet: .some(nil), workbook: .some(nil)) { _ in }
        let layout = try XCTUnwrap(first.workbook)
        XCTAssertEqual(layout.sheets["long"]?.segments.count, starts.count, "a segment per block")
        XCTAssertEqual(layout.sheets["long"]?.segments.map(\.rows).reduce(0, +), fragments.map(\.long.count).reduce(0, +))

        // A document of the second block loses its rows: only that block's fragments are read,
        // and the workbook is the one a whole assembly writes, byte for byte.
        let changed = starts[1]
        fragments[changed].long.removeLast(3)
        fragments[changed].validation.removeAll()
        keys[changed] = "changed"
        var read: [Int] = []
        let workbookReuse = try XCTUnwrap(WorkbookReuse(layout: layout, folder: root, written: first.stats))
        let second = try assemble(fragments, keys: keys, names: names, into: root,
                                  reuse: CSVReuse(layout: first.layout, folder: root, written: first.stats),
                                  parquet: ParquetReuse(layouts: first.parquet, folder: root, written: first.stats),
                                  workbook: workbookReuse) { read.append($0) }
        XCTAssertEqual(read, Array(changed..<starts[2]))
        let expected = root.appendingPathComponent("expected")
        _ = try assemble(fragments, keys: keys, names: names, into: expected, reuse: nil, parquet: .some(nil), workbook: .some(nil)) { _ in }
        let patched = try Data(contentsOf: root.appendingPathComponent(WorkbookWriter.fileName))
        XCTAssertEqual(patched, try Data(contentsOf: expected.appendingPathComponent(WorkbookWriter.fileName)))
        XCTAssertEqual(second.workbook?.sheets["long"]?.segments.map(\.compressedSize),
                       try XCTUnwrap(first.workbook?.sheets["long"]).segments.enumerated().map { n, segment in
                           n == 1 ? second.workbook!.sheets["long"]!.segments[1].compressedSize : segment.compressedSize
                       }, "the other blocks kept their bytes")
        XCTAssertNotEqual(second.workbook?.sheets["long"]?.segments[1].rows, first.workbook?.sheets["long"]?.segments[1].rows)
        // openpyxl reads the patched workbook back as the CSV files (the check compares `about` with run.json).
        try Data(#"{"tool_version": "t", "config_fingerprint": "f", "started": "r"}"#.utf8).write(to: root.appendingPathComponent("run.json"))
        _ = try PythonCheck.run(WorkbookCheck.script, [root.appendingPathComponent(WorkbookWriter.fileName).path, root.path, "full"])

        // A workbook changed since it was written is not copied from.
        let handle = try FileHandle(forWritingTo: root.appendingPathComponent(WorkbookWriter.fileName))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("x".utf8))
        try handle.close()
        XCTAssertNil(WorkbookReuse(layout: try XCTUnwrap(second.workbook), folder: root, written: second.stats))
    }

    func testALayoutSurvivesItsStoredFormAndRefusesAnotherKey() throws {
        var layout = CSVLayout(base: "base", documents: [.init(sourceFile: "a.txt", loadKey: "k1"), .init(sourceFile: "b.txt", loadKey: "k2")])
        layout.files["long.csv"] = CSVLayout.File(headerLength: 120, lengths: [3000, 0])
        layout.files["wide/t.csv"] = CSVLayout.File(headerLength: 40, lengths: [0, 77])
        XCTAssertEqual(try CSVLayout.decode(layout.encoded()), layout)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        try Data(layout.framed(outputsKey: "outputs 1")).write(to: url)
        XCTAssertEqual(CSVLayout.read(from: url, outputsKey: "outputs 1"), layout)
        XCTAssertNil(CSVLayout.read(from: url, outputsKey: "outputs 2"))
    }

    func testAWorkbookLayoutSurvivesItsStoredFormAndRefusesAnotherKey() throws {
        var layout = WorkbookLayout(base: "base rows 5")
        layout.sheets["long"] = WorkbookLayout.Sheet(schema: "a:text\nb:decimal", segments: [
            .init(signature: "s1", rows: 3, widths: [12, 60], crc: 0xFFFF_FFFF, size: 900, compressedSize: 120, start: 4000),
            .init(signature: "s2", rows: 0, widths: [0, 0], crc: 0, size: 0, compressedSize: 0, start: 0)])
        layout.sheets["documents"] = WorkbookLayout.Sheet(schema: "c:integer")
        XCTAssertEqual(try WorkbookLayout.decode(layout.encoded()), layout)
        XCTAssertThrowsError(try WorkbookLayout.decode(Array(layout.encoded().dropLast())))
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wb-layout-\(UUID().uuidString)")
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        try Data(layout.framed(outputsKey: "outputs 1")).write(to: url)
        XCTAssertEqual(WorkbookLayout.read(from: url, outputsKey: "outputs 1"), layout)
        XCTAssertNil(WorkbookLayout.read(from: url, outputsKey: "outputs 2"))
    }

    // MARK: - Helpers

    /// Every output file but those that hold the run's time (run.json, the report); of the
    /// workbook, every entry but `about` (its last).
    private static func allOutputs(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])!
        for case let url as URL in walker {
            let name = String(url.standardizedFileURL.path.dropFirst(folder.standardizedFileURL.path.count + 1))
            let regular = try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true
            if !regular || name.hasPrefix(".state") || name.hasPrefix("report/") || name == "run.json"
                || name.hasPrefix(".budget-etl") {
                continue
            }
            files[name] = try Data(contentsOf: url)
            if name == WorkbookWriter.fileName { files[name] = try XCTUnwrap(beforeAbout(files[name]!)) }
        }
        return files
    }

    /// The workbook's bytes before the `about` sheet's entry, which holds the run time and is
    /// written last (found by its central directory entry; the archive has no comment).
    private static func beforeAbout(_ zip: Data) -> Data? {
        let bytes = [UInt8](zip)
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        let end = bytes.count - 22
        guard end > 0, u32(end) == 0x0605_4B50 else { return nil }
        var entry = u32(end + 16)
        for _ in 0..<u16(end + 10) {
            let nameLength = u16(entry + 28)
            let name = String(decoding: bytes[(entry + 46)..<(entry + 46 + nameLength)], as: UTF8.self)
            if name == "xl/worksheets/sheet1.xml" { return zip.prefix(u32(entry + 42)) }
            entry += 46 + nameLength + u16(entry + 30) + u16(entry + 32)
        }
        return nil
    }

    private func assertEqualToColdRun(_ ws: Workspace, _ message: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let cold = ws.root.appendingPathComponent("cold-\(UUID().uuidString)")
        try ws.run(output: cold)
        let patched = try Self.allOutputs(ws.output)
        XCTAssertTrue(patched.keys.contains("long.csv") && patched.keys.contains { $0.hasPrefix("wide/") }, file: file, line: line)
        Workspace.assertEqual(patched, try Self.allOutputs(cold), message, file: file, line: line)
        try FileManager.default.removeItem(at: cold)
    }

    /// Every file below a folder but hidden ones (path below it → bytes).
    private static func files(below folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)!
        where !url.lastPathComponent.hasPrefix(".") && url.pathExtension == "parquet" {
            files[String(url.path.dropFirst(folder.path.count))] = try Data(contentsOf: url)
        }
        return files
    }

    private static func sampleFragments() throws -> [LoadFragment] {
        let config = try PipelineConfigLoader.load(file: Workspace.repository.appendingPathComponent("pipeline.yaml"))
        let processor = DocumentProcessor(catalog: config.catalog, outputUnit: config.outputUnit, placement: PlacementRules(config.validation))
        let validator = Validator(config: config.validation)
        let files = try InputScanner(folder: Workspace.repository.appendingPathComponent("input"), patterns: ["*.txt"]).scan()
        return files.map(processor.process).map { LoadFragment($0, validation: validator.check($0)) }
    }

    /// Assembles the CSV files into `folder` and commits them; returns their layout and stats.
    private func assemble(_ fragments: [LoadFragment], keys: [String], names: [String], into folder: URL, reuse: CSVReuse?,
                          parquet: ParquetReuse?? = .none, workbook: WorkbookReuse?? = .none, reading: @escaping (Int) -> Void)
        throws -> (layout: CSVLayout, stats: [String: FileStat], parquet: [String: ParquetFileLayout], workbook: WorkbookLayout?) {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var assembler = OutputAssembler(folder: folder, byteOrderMark: false, outputUnit: "元")
        assembler.csvReuse = reuse
        assembler.csvBase = "base"
        if case .some(let reuse) = parquet {
            assembler.parquet = OutputAssembler.ParquetOptions(settings: ParquetSettings(), shard: .whole, keyValues: [("k", "v")],
                                                               baseKey: "base", reuse: reuse, documentsPerBlock: 2)
        }
        if case .some(let reuse) = workbook {
            assembler.workbook = WorkbookWriter.About(toolVersion: "t", configFingerprint: "f", runTime: "r", outputUnit: "元")
            assembler.workbookReuse = reuse
            assembler.workbookBase = "base"
            assembler.workbookDocumentsPerBlock = 2
        }
        let prepared = try assembler.assemble(OutputAssembler.Source(
            count: fragments.count, summary: { fragments[$0].summary },
            fragment: { reading($0); return fragments[$0] }, key: { keys[$0] }, sourceFile: { names[$0] }))
        var stats: [String: FileStat] = [:]
        for file in prepared.files {
            stats[String(file.target.path.dropFirst(folder.path.count + 1))] = FileStat.of(file.url.path)
        }
        var commit = OutputCommit()
        prepared.files.forEach { commit.add($0) }
        try commit.perform(journal: folder.appendingPathComponent("journal"))
        return (try XCTUnwrap(prepared.csvLayout), stats, prepared.parquetLayouts ?? [:], prepared.workbookLayout)
    }
}
