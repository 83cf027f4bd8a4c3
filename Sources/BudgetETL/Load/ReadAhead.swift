import Foundation

/// Makes values by index on a thread of its own one step ahead of the caller, when the caller asks
/// for indices in a row: the load makes each document's fragment again from its stage results
/// (the state keeps only the fragments' summaries), and a whole assembly asks for every document
/// in order, so the next fragment is made while this one's rows are written. A caller that asks
/// for scattered indices (a patched run: the changed documents only) gets each made on its own
/// thread, with nothing made in vain but the one after a run ends.
final class ReadAhead<Value>: @unchecked Sendable {
    private let count: Int
    /// Whether to make values ahead at all (not with one job: the run keeps to one core).
    private let enabled: Bool
    private let make: (Int) throws -> Value
    private let condition = NSCondition()
    /// The index being made ahead, and its result once made.
    private var ahead: (index: Int, result: Result<Value, Error>?)?
    private var previous = -2

    init(count: Int, ahead enabled: Bool = true, make: @escaping (Int) throws -> Value) {
        self.count = count
        self.enabled = enabled
        self.make = make
    }

    /// The value of `index`: the one made ahead when it was, else made now.
    func value(_ index: Int) throws -> Value {
        let result = takeAhead(index) ?? Result { try make(index) }
        if enabled && index == previous + 1 && index + 1 < count { start(index + 1) }
        previous = index
        return try result.get()
    }

    /// Waits for what is being made ahead; its result when it is `index`'s (else it is dropped).
    private func takeAhead(_ index: Int) -> Result<Value, Error>? {
        condition.lock()
        defer { condition.unlock() }
        guard let wanted = ahead?.index else { return nil }
        while ahead?.result == nil { condition.wait() }
        let result = ahead?.result
        ahead = nil
        return wanted == index ? result : nil
    }

    private func start(_ index: Int) {
        condition.lock()
        ahead = (index, nil)
        condition.unlock()
        let thread = Thread { [self] in
            let result = Result { try make(index) }
            condition.lock()
            ahead?.result = result
            condition.broadcast()
            condition.unlock()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Waits for what is still being made ahead (its result is dropped), so nothing runs after the
    /// caller is done with what `make` uses.
    func finish() {
        _ = takeAhead(-1)
    }
}
