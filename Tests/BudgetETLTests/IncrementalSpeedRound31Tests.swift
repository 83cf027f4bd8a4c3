import Foundation
import XCTest
@testable import BudgetETL

/// Session 31's no-op and one-changed mechanics, each against the answer of the code before:
/// byte order of strings by memcmp, the load summaries' memo keys hashed at their ends, a state
/// file's header and prefix read at once, the Parquet layouts' row groups read without growing
/// arrays, and the report's plan worked out once.
final class IncrementalSpeedRound31Tests: XCTestCase {
    /// Made-up texts: ASCII paths, ideographs, combining marks, precomposed letters, prefixes of one another.
    private let texts = ["", "a", "ab", "a/b.txt", "a/b.txt.gz", "a0", "a/", "B", "Z", "~", "é", "e\u{301}", "e\u{301}x",
                         "预算.txt", "预算", "决算/2023.txt", "決算", "a\u{0}b", "\u{10FFFF}", "\u{FF10}", "ﬁ", "fi"]

    func testUTF8OrderIsTheOrderOfTheBytes() {
        var generator = SystemRandomNumberGenerator()
        var words = texts
        for _ in 0..<2_000 {
            words.append(String((0..<Int.random(in: 0...6, using: &generator)).map { _ in texts.randomElement(using: &generator)! }
                .joined()))
        }
        for a in words {
            for b in texts {
                XCTAssertEqual(UTF8Order.precedes(a, b), a.utf8.lexicographicallyPrecedes(b.utf8), "\(a) / \(b)")
                XCTAssertEqual(UTF8Order.precedes(b, a), b.utf8.lexicographicallyPrecedes(a.utf8), "\(b) / \(a)")
            }
        }
        XCTAssertEqual(words.sorted(by: UTF8Order.precedes), words.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
        // Canonically equal, different bytes: two places, as the bytes say (`<` would call them equal).
        XCTAssertTrue(UTF8Order.precedes("e\u{301}", "é"))
        XCTAssertFalse(UTF8Order.precedes("é", "e\u{301}"))
        // A Substring's String, sharing another's storage.
        let shared = String("xx预算.txt".dropFirst(2))
        XCTAssertFalse(UTF8Order.precedes(shared, "预算.txt"))
        XCTAssertTrue(UTF8Order.precedes("预算", shared))
    }

    /// Keys with the same length and ends but other bytes between are other keys.
    func testMemoKeysThatDifferOnlyInTheMiddleStayApart() throws {
        let filler = Array(repeating: "本年收入合计", count: 40)
        let one = LoadFragment.Summary(columns: [("income_final", filler + ["上年结转"] + filler)], fiscalYear: 2023, longRows: 4)
        let two = LoadFragment.Summary(columns: [("income_final", filler + ["年末结余"] + filler)], fiscalYear: 2023, longRows: 4)
        XCTAssertEqual(one.encoded().count, two.encoded().count)
        XCTAssertGreaterThan(one.encoded().count, 2 * LoadFragment.Summary.ColumnsMemo.Key.hashedEnd)
        let a = LoadFragment.Summary.ColumnsMemo.Key(bytes: one.encoded())
        let b = LoadFragment.Summary.ColumnsMemo.Key(bytes: two.encoded())
        XCTAssertEqual(a.hashValue, b.hashValue, "only the ends are hashed")
        XCTAssertNotEqual(a, b)
        let memo = LoadFragment.Summary.ColumnsMemo()
        for value in [one, two, one, two] {
            let memoized = try LoadFragment.Summary(decoding: value.encoded(), memo: memo)
            XCTAssertEqual(memoized.columns.map(\.columns), value.columns.map(\.columns))
        }
    }

    func testAFileIsReadUpToItsEnd() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("upto-\(UUID().uuidString)").path
        defer { unlink(path) }
        let bytes = (0..<300).map { UInt8($0 % 251) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        XCTAssertEqual(FileReading.read(path, offset: 0, upTo: 1_000), bytes)
        XCTAssertEqual(FileReading.read(path, offset: 10, upTo: 5), Array(bytes[10..<15]))
        XCTAssertEqual(FileReading.read(path, offset: 290, upTo: 100), Array(bytes[290...]))
        XCTAssertEqual(FileReading.read(path, offset: 400, upTo: 100), [])
        XCTAssertEqual(FileReading.read(path, offset: 290, count: 10), Array(bytes[290...]))
        XCTAssertNil(FileReading.read(path, offset: 290, count: 11), "shorter than asked")
        XCTAssertNil(FileReading.read(path + ".none", offset: 0, upTo: 10))
    }

    /// A prefix longer than what is read with the header is read on its own.
    func testPrefixesShortAndLongerThanTheReadAhead() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("prefix31-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = StateStore(folder: folder)
        let key = "0123456789abcdef0123456789abcdef"
        for length in [0, 1, 100, StateStore.prefixReadAhead - 1, StateStore.prefixReadAhead, StateStore.prefixReadAhead + 1, 30_000] {
            let prefix = (0..<length).map { UInt8(($0 * 7) % 256) }
            for rest in [[], [UInt8](repeating: 9, count: 5_000)] {
                for compress in [false, true] {
                    try store.write(.load, "a.txt", key: key, payload: prefix + rest, prefixLength: prefix.count, compress: compress)
                    XCTAssertEqual(store.readPrefix(.load, "a.txt", key: key), prefix, "\(length) + \(rest.count)")
                }
            }
        }
        let stored = try Data(contentsOf: store.url("a.txt", .load))
        try Data(stored.prefix(StateFile.headerSize + 100)).write(to: store.url("a.txt", .load))
        XCTAssertNil(store.readPrefix(.load, "a.txt", key: key), "cut short")
        XCTAssertNil(store.readPrefix(.load, "b.txt", key: key), "none stored")
        XCTAssertEqual(store.path("a.txt", .load), store.url("a.txt", .load).path)
        XCTAssertTrue(store.path("a.txt", .load).hasPrefix(store.documentsFolder.path + "/"))
    }

    func testRowGroupsRoundTrip() throws {
        let chunk = Parquet.ColumnChunk(type: .byteArray, encodings: [.rleDictionary, .plain, .rle], path: "单位", codec: .gzip,
                                        valueCount: 12, uncompressedSize: 345, compressedSize: 200, dataPageOffset: 4_000_000_000,
                                        dictionaryPageOffset: 17, statistics: .init(nullCount: 3, min: [1, 2], max: nil))
        var plain = chunk
        plain.encodings = []
        plain.dictionaryPageOffset = nil
        plain.statistics = .init(nullCount: 0, min: nil, max: [])
        plain.type = .int64
        plain.codec = .uncompressed
        let groups = [Parquet.RowGroup(columns: [chunk, plain, chunk], rowCount: 9, fileOffset: 4),
                      Parquet.RowGroup(columns: [], rowCount: 0, fileOffset: 0)]
        let layout = ParquetFileLayout(schema: "s", blocks: [.init(signature: "x", start: 4, length: 700, rowGroups: groups)])
        let decoded = try ParquetFileLayout.decode(ParquetFileLayout.encoded(["long.parquet": layout], base: "b"))
        XCTAssertEqual(decoded.base, "b")
        XCTAssertEqual(decoded.files, ["long.parquet": layout])
        let bytes = ParquetFileLayout.encoded(["long.parquet": layout], base: "b")
        for cut in stride(from: 0, to: bytes.count, by: 7) {
            XCTAssertThrowsError(try ParquetFileLayout.decode(Array(bytes.prefix(cut))), "cut at \(cut)")
        }
    }
}

/// A wide file's column union skips a list of columns it was given before (the same array), and
/// still takes every new name of any other list, equal or not.
final class ColumnUnionRecentTests: XCTestCase {
    func testAListAddedAgainAddsNothingAndOtherListsStillAdd() {
        let union = WideCSV.ColumnUnion()
        let first = ["本年收入", "上年结转"]
        union.add(first)
        union.add(first)
        var longer = first
        longer.append("合计")
        union.add(longer)
        union.add([])
        union.add(["合计", "其他"])
        union.add(["e\u{301}"])
        union.add(["é"])   // canonically equal: the column there already
        XCTAssertEqual(union.names, ["本年收入", "上年结转", "合计", "其他", "e\u{301}"])
        XCTAssertEqual(union.position(of: "其他"), 3)
        XCTAssertEqual(union.position(of: "é"), 4)
        // More lists than are remembered: every one still adds its new names.
        for n in 0..<(2 * WideCSV.ColumnUnion.recentLimit) { union.add(["列\(n)", "列\(n + 1)"]) }
        union.add(first)
        XCTAssertEqual(union.names.count, 5 + 2 * WideCSV.ColumnUnion.recentLimit + 1)
        XCTAssertEqual(union.names.last, "列\(2 * WideCSV.ColumnUnion.recentLimit)")
    }
}
