import Foundation

/// A thread of its own that runs work items one after another, in the order they were given: the
/// workbook's rows, its sheets' deflate (`LaneDeflater`) and the Parquet files are each written on
/// one while the CSV files are put together, so the assembly's parts share the cores instead of
/// following each other. At most `backlog`
/// items wait, which bounds the documents held in memory. After the first failure the remaining
/// items are skipped, and `finish` throws it.
final class OrderedWorker: @unchecked Sendable {
    private let condition = NSCondition()
    private var items: [() throws -> Void] = []
    private var failure: Error?
    private var closed = false
    private var done = false
    private let backlog: Int

    init(backlog: Int = 4) {
        self.backlog = backlog
        let thread = Thread { [self] in work() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// Queues `item`, waiting while the backlog is full; throws the first failure of an earlier item.
    func submit(_ item: @escaping () throws -> Void) throws {
        condition.lock()
        defer { condition.unlock() }
        while items.count >= backlog && failure == nil { condition.wait() }
        if let failure { throw failure }
        // After `finish` the thread is gone: an item queued now would never run.
        guard !closed else { throw Finished() }
        items.append(item)
        condition.broadcast()
    }

    /// An item given after `finish`.
    struct Finished: Error, CustomStringConvertible {
        var description: String { "work was given to a worker thread after it finished" }
    }

    /// Waits until every item ran (or was skipped after a failure); throws the first failure.
    func finish() throws {
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while !done { condition.wait() }
        if let failure { throw failure }
    }

    private func work() {
        while let item = next() {
            do {
                try item()
            } catch {
                condition.lock()
                if failure == nil { failure = error }
                // A submitter waiting for room must learn of the failure (nothing else wakes it).
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    /// The next item to run; nil once closed and empty (the thread then ends).
    private func next() -> (() throws -> Void)? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if failure != nil { items.removeAll() }
            if !items.isEmpty {
                let item = items.removeFirst()
                condition.broadcast()
                return item
            }
            if closed {
                done = true
                condition.broadcast()
                return nil
            }
            condition.wait()
        }
    }
}
