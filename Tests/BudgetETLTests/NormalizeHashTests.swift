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

    /// Lengths on both sides of one and two blocks' padding, of bytes that differ along the message
    /// (the unrolled rounds give every word each role); expected digests from Python's hashlib.
    func testSHA256VaryingBytesAtBlockBoundaries() {
        let expected = [
            55: "e7313d333c272e639f790978283f9eb392e843d0f29b7016828bb1daa4aac70b",
            56: "4324d65f3c103567f5589c710bc08f8523f929a9272e3af36fc968e52abc6c27",
            63: "81c80242132f230c3bd41b3e63bbcff16107339549214a99614ff26664625055",
            64: "39e3d7b6b5d075d37d053ad89b24b41bef4f3c29760c84447cab3f3be1882241",
            65: "aacca6ff74fdbb296d165a45cecfa04e5127bc008770fbbdd48006f2d2fae95e",
            119: "9ce7368e4daf32341631b492e80359dc9f594b48453cd0dd5bf0b19279cc177e",
            120: "7836b787757e95e58b3ca5aec90b1b004e8deba1e50e9675af9cabf1a13a04b5",
            1000: "1e9bc38cbf860b9ec31918b065f9b52476c549a782e0e7990bed8ce3868d2371",
        ]
        for (count, digest) in expected {
            let bytes = (0..<count).map { UInt8(truncatingIfNeeded: $0 * 7 + 3) }
            XCTAssertEqual(SHA256.hex(bytes), digest, "\(count) bytes")
            XCTAssertEqual(SHA256.hex(bytes[...]), digest, "\(count) bytes as a slice")
        }
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
