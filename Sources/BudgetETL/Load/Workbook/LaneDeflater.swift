/// A sheet's rows compressed on the workbook's deflate thread (`OrderedWorker`) when it has one,
/// else where they are written. Deflating the sheets' XML (level 1, with its CRC-32) costs about as
/// much as writing it; on a thread of its own it runs beside the rows' markup instead of after each
/// 64 KB of it, so the workbook's thread is no longer the load's longest.
///
/// The stream sees the same writes and ends in the same order either way, so the compressed bytes
/// are the same. A block's piece is known only once the lane got to it: `pieces` waits for the lane.
final class LaneDeflater {
    private let stream: DeflateStream
    private let lane: OrderedWorker?
    /// Pieces by the number their writer gave them; changed on the lane only, read after it is done.
    private var finished: [Int: DeflatedPiece] = [:]

    init(_ stream: DeflateStream, lane: OrderedWorker?) {
        self.stream = stream
        self.lane = lane
    }

    /// Compresses `bytes` after everything written before.
    func write(_ bytes: [UInt8]) throws {
        try run { [stream] in try stream.write(bytes) }
    }

    /// Ends the piece written since the last one (sync-flushed, so another can follow) as piece
    /// `number`, and starts the next as a stream of its own.
    func endPiece(_ number: Int) throws {
        try run { [self] in
            finished[number] = try stream.finish(last: false)
            try stream.restart()
        }
    }

    /// Every piece ended, by number, once the lane has compressed all that was written (it ends the
    /// lane: the workbook's sheets share it and are finished together).
    func pieces() throws -> [Int: DeflatedPiece] {
        try lane?.finish()
        return finished
    }

    private func run(_ work: @escaping () throws -> Void) throws {
        if let lane { try lane.submit(work) } else { try work() }
    }
}
