/// A random number generator with a fixed seed (SplitMix64), so that the made-up cases of the tests
/// that compare a rewritten rule with its reference over many inputs are the same every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64

    init(state: UInt64) { self.state = state }

    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
