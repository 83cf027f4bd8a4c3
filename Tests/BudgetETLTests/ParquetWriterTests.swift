import Foundation
import XCTest
@testable import BudgetETL

/// The Parquet writer's pieces against the specification's own examples, and a file of several
/// pages and row groups with nulls, negative and large decimals read back by pyarrow and DuckDB.
final class ParquetWriterTests: XCTestCase {
    func testBitPackedRunIsTheSpecificationsExample() {
        // Encodings.md: 0…7 with bit width 3 bit-pack to 10001000 11000110 11111010.
        XCTAssertEqual(RLEHybrid.encode([0, 1, 2, 3, 4, 5, 6, 7], bitWidth: 3), [0x03, 0b1000_1000, 0b1100_0110, 0b1111_1010])
    }

    func testRepeatedValuesBecomeAnRLERun() {
        // 300 ones: header varint(300 << 1) = AC 04, then the value in one byte.
        XCTAssertEqual(RLEHybrid.encode(Array(repeating: 1, count: 300), bitWidth: 1), [0xD8, 0x04, 0x01])
        // 3 values bit-packed, then 10 equal ones as a run: the run waits for a whole group of 8.
        let mixed = RLEHybrid.encode([1, 0, 1] + Array(repeating: 1, count: 13), bitWidth: 1)
        XCTAssertEqual(mixed, [0x03, 0b1111_1101, 0x10, 0x01])
    }

    func testThriftCompactFieldsAndNesting() {
        var w = ThriftCompactWriter()
        w.i32(1, 2)                               // delta 1, type i32, zigzag(2) = 4
        w.i64(3, -1)                              // delta 2, type i64, zigzag(-1) = 1
        w.structure(20) { $0.string(1, "ab") }    // long form: type 12, zigzag(20) = 40
        w.bool(21, true)                          // delta 1, type true
        w.stop()
        XCTAssertEqual(w.bytes, [0x15, 0x04, 0x26, 0x01, 0x0C, 40, 0x18, 0x02, 0x61, 0x62, 0x00, 0x11, 0x00])
    }

    func testDecimalsAreExactBigEndianTwosComplement() throws {
        let minusOneCent = try ParquetValues.decimal(ExactDecimal(mantissa: -1, scale: 2), scale: 18)
        // −0.01 at scale 18 is −10^16: 2^128 − 10^16.
        XCTAssertEqual(minusOneCent.bigEndianBytes, [UInt8](repeating: 0xFF, count: 8) + [0xFF, 0xDC, 0x79, 0x0D, 0x90, 0x3F, 0x00, 0x00])
        let largest = try ParquetValues.decimal(ExactDecimal(mantissa: .max, scale: 0), scale: 18)
        XCTAssertEqual(largest.high, 499_999_999_999_999_999)   // (2^63 − 1) × 10^18 >> 64
        XCTAssertThrowsError(try ParquetValues.decimal(ExactDecimal(mantissa: 1, scale: 3), scale: 2))
    }

    /// A value passed over (`skipping:`, fiscal_year in a long partition) gives the bytes of the
    /// record without it, and is neither checked nor counted.
    func testSkippedValueGivesTheFileOfTheShorterRecord() throws {
        let schema = TableSchema(name: "t", description: "", columns: [
            ColumnSchema("label", .string, nullable: true, ""),
            ColumnSchema("amount", ColumnType.amount, ""),
        ])
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        func write(_ name: String, _ add: (ParquetFileWriter, Int) throws -> Void) throws -> Data {
            let file = try TemporaryFile(for: folder.appendingPathComponent(name))
            let writer = try ParquetFileWriter(file: file, schema: schema, settings: ParquetSettings(rowGroupRows: 700),
                                               keyValues: [])
            for i in 0..<2_000 { try add(writer, i) }
            try writer.finish(createdBy: "test")
            return try Data(contentsOf: file.url)
        }
        func label(_ i: Int) -> FieldValue { i % 5 == 0 ? .null : .string("项目\(i % 13)") }
        func amount(_ i: Int) -> FieldValue { .decimal(ExactDecimal(mantissa: Int64(i * 37 - 500), scale: 2)) }
        let shorter = try write("a.parquet") { writer, i in try writer.append([label(i), amount(i)]) }
        let skipping = try write("b.parquet") { writer, i in
            try writer.append([label(i), .string("passed over \(i)"), amount(i)], skipping: 1)
        }
        XCTAssertEqual(shorter, skipping)
        XCTAssertGreaterThan(shorter.count, 1_000)

        let file = try TemporaryFile(for: folder.appendingPathComponent("c.parquet"))
        let writer = try ParquetFileWriter(file: file, schema: schema, settings: ParquetSettings(), keyValues: [])
        XCTAssertThrowsError(try writer.append([.string("x"), .integer(2), .string("not an amount")], skipping: 1))
        XCTAssertThrowsError(try writer.append([.string("x"), .decimal(.zero)], skipping: 1))   // one value short
        file.discard()
    }

    func testSeveralPagesAndRowGroupsWithNullsReadBack() throws {
        let schema = TableSchema(name: "t", description: "", columns: [
            ColumnSchema("label", .string, nullable: true, ""),
            ColumnSchema("count", .integer, nullable: true, ""),
            ColumnSchema("amount", ColumnType.amount, ""),
        ])
        let rows = 45_000
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("t.parquet")
        let file = try TemporaryFile(for: target)
        let writer = try ParquetFileWriter(file: file, schema: schema, settings: ParquetSettings(rowGroupRows: 30_000),
                                           keyValues: [("k", "v")])
        var amountSum = ExactDecimal.zero, countSum = 0
        for i in 0..<rows {
            let amount = ExactDecimal(mantissa: Int64(i % 2 == 0 ? i : -i) * 1_000_003, scale: i % 5)
            amountSum = try XCTUnwrap(amountSum.adding(amount))
            if i % 7 != 0 { countSum += i }
            try writer.append([i % 3 == 0 ? .null : .string("标签\(i % 11)"), i % 7 == 0 ? .null : .integer(i), .decimal(amount)])
        }
        XCTAssertThrowsError(try writer.append([.string("x"), .string("not an integer"), .decimal(.zero)]))
        try writer.finish(createdBy: "test")
        XCTAssertEqual(rename(file.url.path, target.path), 0)

        let output = try PythonCheck.run("""
            import sys, decimal, duckdb, pyarrow.parquet as pq
            path, amount_sum, count_sum = sys.argv[1], decimal.Decimal(sys.argv[2]), int(sys.argv[3])
            f = pq.ParquetFile(path)
            t = f.read()
            print(f.metadata.num_row_groups, t.num_rows, t.column("label").null_count, t.column("count").null_count)
            print(sum(x for x in t.column("count").to_pylist() if x is not None) == count_sum,
                  sum(t.column("amount").to_pylist()) == amount_sum,
                  duckdb.sql(f"SELECT sum(amount) FROM read_parquet('{path}')").fetchall()[0][0] == amount_sum)
            stats = f.metadata.row_group(0).column(2).statistics
            print(stats.min == decimal.Decimal(-29995089985), f.metadata.row_group(0).column(1).statistics.null_count,
                  sorted(set(x for x in t.column("label").to_pylist() if x))[:2])
            """, [target.path, amountSum.description, String(countSum)])
        XCTAssertEqual(output.split(separator: "\n").map(String.init),
                       ["2 45000 15000 6429", "True True True", "True 4286 ['标签0', '标签1']"])
    }
}
