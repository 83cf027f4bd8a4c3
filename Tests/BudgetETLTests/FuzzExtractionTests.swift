import Foundation
import XCTest
@testable import BudgetETL

/// Property-based fuzzing of the decoding and extraction path: documents made from the samples by
/// random mutations (bytes flipped, lines cut, duplicated, moved, tokens inserted, tabs and spaces
/// swapped, the file truncated) must never crash or hang, and every number found must be loaded
/// or rejected.
///
/// The suite runs a short, fixed-seed pass. For a long run:
///     FUZZ_SECONDS=600 FUZZ_SEED=$RANDOM swift test -c release -Xswiftc -enable-testing --filter FuzzExtractionTests
/// A failure prints the seed and iteration; `FUZZ_SEED=<seed> FUZZ_ONLY=<iteration>` replays it,
/// and a document that crashed belongs in `testRegressions` below.
final class FuzzExtractionTests: XCTestCase {
    private static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    private static let config = try! PipelineConfigLoader.load(file: repository.appendingPathComponent("pipeline.yaml"))
    private static let samples: [[UInt8]] = try! FileManager.default
        .contentsOfDirectory(atPath: repository.appendingPathComponent("input").path).sorted()
        .map { [UInt8](try Data(contentsOf: repository.appendingPathComponent("input/\($0)"))) }

    func testMutatedDocuments() {
        let env = ProcessInfo.processInfo.environment
        let seconds = Double(env["FUZZ_SECONDS"] ?? "") ?? 0
        let seed = UInt64(env["FUZZ_SEED"] ?? "") ?? 20261123
        let only = Int(env["FUZZ_ONLY"] ?? "")
        let extractor = Extractor(catalog: Self.config.catalog)
        let normalizer = Normalizer(catalog: Self.config.catalog, outputUnit: .yuan)
        let deadline = Date().addingTimeInterval(seconds)
        var iteration = 0
        repeat {
            defer { iteration += 1 }
            if let only, iteration != only { continue }
            var random = SplitMix64(seed: seed &+ UInt64(iteration))
            let bytes = Mutator.mutate(Self.samples[Int(random.next() % UInt64(Self.samples.count))], &random)
            let started = Date()
            let doc = normalizer.normalize(extractor.extract(bytes: bytes, sourceFile: "fuzz.txt", sha256: ""))
            XCTAssertEqual(doc.numbersFound, doc.cellCount + doc.rejects.count, "seed \(seed) iteration \(iteration)")
            XCTAssertLessThan(Date().timeIntervalSince(started), 10, "seed \(seed) iteration \(iteration): too slow")
        } while iteration < 60 || Date() < deadline
        print("fuzz: \(iteration) mutated documents, seed \(seed)")
    }

    /// Inputs that once broke the extractor.
    func testRegressions() {
        let extractor = Extractor(catalog: Self.config.catalog)
        for text in ["收入决算表\n项目\t\t合计\n", "收入决算表\n合计 1.00 2.00 3.00\n", "收入决算表收入决算表\n 1 \n\n  \n",
                     "支出决算表\n栏次\n1 2\n", "财政拨款收入支出决算总表\n收入 支出\n项目 行次 金额 项目 行次 金额\n30 61\n"] {
            _ = extractor.extract(bytes: Array(text.utf8), sourceFile: "r.txt", sha256: "")
        }
    }
}

/// Deterministic random numbers (SplitMix64; no Foundation randomness, so a seed replays a run
/// exactly): the fuzzer's, and the made-up cases of the tests that compare a rewritten rule with its reference.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { n <= 0 ? 0 : Int(next() % UInt64(n)) }
}

enum Mutator {
    static let fragments = ["\t", " ", "  ", "\n", "合计", "1,2,3", "12.3.4", "-", "—", "（12.30）", "12.30万", "1.2e5",
                            "公开01表", "收入决算表", "支出决算表", "栏次", "单位：万元", "本表无数据", "注：", "208",
                            "2080505", "301301", "合计合计", "9999999999999999999.99", "\u{3000}", "\u{FEFF}", "\r"]

    static func mutate(_ input: [UInt8], _ random: inout SplitMix64) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + random.below(6)) {
            guard !bytes.isEmpty else { break }
            switch random.below(7) {
            case 0:   // flip a byte
                bytes[random.below(bytes.count)] ^= UInt8(truncatingIfNeeded: 1 << random.below(8))
            case 1:   // cut a range
                let a = random.below(bytes.count), b = min(bytes.count, a + random.below(4000))
                bytes.removeSubrange(a..<b)
            case 2:   // duplicate a range
                let a = random.below(bytes.count), b = min(bytes.count, a + random.below(2000))
                bytes.insert(contentsOf: bytes[a..<b], at: random.below(bytes.count))
            case 3:   // insert a fragment
                bytes.insert(contentsOf: Array(fragments[random.below(fragments.count)].utf8), at: random.below(bytes.count))
            case 4:   // tabs ↔ spaces in a stretch
                let a = random.below(bytes.count), b = min(bytes.count, a + random.below(3000))
                let from: UInt8 = random.below(2) == 0 ? 9 : 32, to: UInt8 = from == 9 ? 32 : 9
                for i in a..<b where bytes[i] == from { bytes[i] = to }
            case 5:   // truncate
                bytes.removeLast(random.below(bytes.count))
            default:  // move a range
                let a = random.below(bytes.count), b = min(bytes.count, a + random.below(3000))
                let piece = Array(bytes[a..<b])
                bytes.removeSubrange(a..<b)
                bytes.insert(contentsOf: piece, at: random.below(bytes.count + 1))
            }
        }
        return bytes
    }
}
