import XCTest
@testable import BudgetETL

final class NormalizeHashTests: XCTestCase {
    func testSHA256Vectors() {
        XCTAssertEqual(SHA256.hex([UInt8]()), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex("abc"), SHA256.hex(Array("abc".utf8)))
        XCTAssertEqual(SHA256.digest(Array("abc".utf8)).count, 32)
    }

    func testSHA256BlockBoundaries() {
        // 55, 56, 63, 64 and 65 bytes cross the padding boundaries.
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 64)),
                       "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testDocumentIDStable() {
        let id = DocumentID.make(sourceFile: "2023/某某局/部门决算.txt")
        XCTAssertEqual(id, DocumentID.make(sourceFile: "2023/某某局/部门决算.txt"))
        XCTAssertEqual(id, "d" + String(SHA256.hex(Array("2023/某某局/部门决算.txt".utf8)).prefix(10)))
        XCTAssertEqual(id.count, 11)
        XCTAssertTrue(id.hasPrefix("d"))
        XCTAssertEqual(DocumentID.make(sourceFile: "a/b.txt"), "d5550000d3b")
        XCTAssertEqual(DocumentID.make(sourceFile: "a\\b.txt"), DocumentID.make(sourceFile: "a/b.txt"))
        XCTAssertNotEqual(DocumentID.make(sourceFile: "a/b.txt"), DocumentID.make(sourceFile: "a/c.txt"))
    }
}
