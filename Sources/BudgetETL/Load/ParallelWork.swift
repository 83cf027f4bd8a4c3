import Dispatch
import Foundation

/// Runs `count` work items on `jobs` threads, each taking the next item when done with one, so
/// at most `jobs` documents are in memory at once.
enum ParallelWork {
    static func run(count: Int, jobs: Int, _ body: @escaping (Int) -> Void) {
        guard count > 0 else { return }
        let queue = WorkQueue(count: count)
        let workers = max(1, min(jobs, count))
        if workers == 1 {
            while let n = queue.take() { body(n) }
            return
        }
        let group = DispatchGroup()
        for _ in 0..<workers {
            group.enter()
            let thread = Thread {
                while let n = queue.take() { body(n) }
                group.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        group.wait()
    }

    private final class WorkQueue: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private let count: Int

        init(count: Int) { self.count = count }

        func take() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < count else { return nil }
            next += 1
            return next - 1
        }
    }
}
