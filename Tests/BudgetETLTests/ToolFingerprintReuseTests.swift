import XCTest
@testable import BudgetETL

/// A run reuses the tool fingerprints its state index holds when the same executable wrote them,
/// and builds the extractor and the validator only when a document needs them.
final class ToolFingerprintReuseTests: XCTestCase {
    private var stampIsTheFile: Bool { ToolFingerprints.stampIsTheFile }

    func testStoredFingerprintsOfTheSameExecutableAreReused() throws {
        try XCTSkipUnless(stampIsTheFile, "the executable's stamp is set by the environment")
        var stored = ["extract": "e1", "normalize": "n1", "validate": "v1", "load": "l1"]
        stored[ToolFingerprints.executableKey] = ToolFingerprints.executableStamp
        let reused = ToolFingerprints.current(reusing: stored)
        XCTAssertEqual([reused.extract, reused.normalize, reused.validate, reused.load], ["e1", "n1", "v1", "l1"])
    }

    func testAnotherExecutablesFingerprintsAreComputedAgain() {
        let current = ToolFingerprints.current
        let other = ["extract": "e1", "normalize": "n1", "validate": "v1", "load": "l1",
                     ToolFingerprints.executableKey: ToolFingerprints.executableStamp + "-other"]
        XCTAssertEqual(ToolFingerprints.current(reusing: other).extract, current.extract)
        // An index written before the stamp was kept, or missing a stage, is not reused either.
        XCTAssertEqual(ToolFingerprints.current(reusing: ["extract": "e1"]).load, current.load)
        var partial = other
        partial[ToolFingerprints.executableKey] = ToolFingerprints.executableStamp
        partial["load"] = nil
        XCTAssertEqual(ToolFingerprints.current(reusing: partial).extract, current.extract)
    }

    func testStoredFormRoundTrips() throws {
        try XCTSkipUnless(stampIsTheFile, "the executable's stamp is set by the environment")
        let current = ToolFingerprints.current
        let stored = current.stored
        XCTAssertEqual(stored[ToolFingerprints.executableKey], ToolFingerprints.executableStamp)
        XCTAssertEqual(stored["validate"], current.validate)
        XCTAssertEqual(ToolFingerprints.current(reusing: stored).normalize, current.normalize)
    }

    func testMadeOnFirstUseMakesOnceForManyThreads() {
        let counter = MadeOnFirstUse { NSLock() }   // any reference: the same object for every caller
        let made = MadeCount()
        let value = MadeOnFirstUse { () -> Int in made.increment(); return 42 }
        XCTAssertEqual(made.count, 0, "nothing is made before it is asked for")
        DispatchQueue.concurrentPerform(iterations: 64) { _ in XCTAssertEqual(value.value, 42) }
        XCTAssertEqual(made.count, 1)
        XCTAssertTrue(counter.value === counter.value)
    }

    private final class MadeCount: @unchecked Sendable {
        private let lock = NSLock()
        private var made = 0
        func increment() { lock.lock(); made += 1; lock.unlock() }
        var count: Int { lock.lock(); defer { lock.unlock() }; return made }
    }
}
