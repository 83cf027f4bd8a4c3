import Foundation

/// Where each block of documents' rows lies in every sheet of budget.xlsx (`SheetWriter.Segment`),
/// stored as `workbook-layout` with the outputs, so the next run copies the compressed bytes of an
/// unchanged block from the workbook as they are and compresses only the changed blocks' rows.
struct WorkbookLayout: Equatable {
    static let fileName = "workbook-layout"

    /// What the sheets' bytes depend on besides their blocks (configuration, tool, row limit).
    var base: String
    /// By the sheet's table (`WorkbookTable.name`).
    var sheets: [String: Sheet] = [:]

    struct Sheet: Equatable {
        /// The sheet's columns and their kinds (`WorkbookWriter.schemaKey`): a sheet whose columns
        /// changed (a wide kind's new column) is compressed whole.
        var schema: String
        var segments: [Segment] = []
    }

    struct Segment: Equatable {
        var signature: String
        var rows: Int
        var widths: [Int]
        var crc: UInt32
        var size: Int
        var compressedSize: Int
        /// Where its bytes start in the workbook.
        var start: Int
    }

    func encoded() -> [UInt8] {
        var w = ByteWriter(reservingCapacity: 1 << 16)
        w.string(base)
        w.u32(sheets.count)
        for name in sheets.keys.sorted() {
            let sheet = sheets[name]!
            w.string(name)
            w.string(sheet.schema)
            w.u32(sheet.segments.count)
            for s in sheet.segments {
                w.string(s.signature)
                for value in [s.rows, Int(s.crc), s.size, s.compressedSize, s.start] { w.u64(UInt64(value)) }
                w.u32(s.widths.count)
                s.widths.forEach { w.u32($0) }
            }
        }
        return w.bytes
    }

    static func decode(_ bytes: [UInt8]) throws -> WorkbookLayout {
        var r = ByteReader(bytes)
        var layout = WorkbookLayout(base: try r.string())
        for _ in 0..<(try r.count()) {
            let name = try r.string()
            var sheet = Sheet(schema: try r.string())
            for _ in 0..<(try r.count()) {
                let signature = try r.string()
                var numbers: [Int] = []
                for _ in 0..<5 { numbers.append(Int(truncatingIfNeeded: try r.u64())) }
                var widths: [Int] = []
                for _ in 0..<(try r.count()) { widths.append(try r.u32()) }
                guard numbers.allSatisfy({ $0 >= 0 }), numbers[1] <= Int(UInt32.max) else { throw ByteReader.Damaged() }
                sheet.segments.append(Segment(signature: signature, rows: numbers[0], widths: widths, crc: UInt32(numbers[1]),
                                              size: numbers[2], compressedSize: numbers[3], start: numbers[4]))
            }
            layout.sheets[name] = sheet
        }
        guard r.atEnd else { throw ByteReader.Damaged() }
        return layout
    }

    func framed(outputsKey: String) -> [UInt8] {
        StateFile.frame(kind: Self.fileName, key: outputsKey, payload: encoded(), compress: false)
    }

    /// The layout stored for the outputs `outputsKey`, or nil (absent, damaged, of other outputs).
    static func read(from url: URL, outputsKey: String) -> WorkbookLayout? {
        guard case .success(let bytes) = FileReading.read(url.path),
              let contents = try? StateFile.unframe(bytes, kind: fileName, key: outputsKey) else { return nil }
        return try? decode(contents.payload)
    }
}

/// The previous run's workbook, open for copying blocks out of it, when it is the file that run
/// wrote (size, times, inode as recorded) and its layout fits in it.
struct WorkbookReuse {
    let layout: WorkbookLayout
    let file: ReadableFile

    init?(layout: WorkbookLayout, folder: URL, written: [String: FileStat]) {
        guard let recorded = written[WorkbookWriter.fileName],
              let file = ReadableFile(folder.appendingPathComponent(WorkbookWriter.fileName), recorded: recorded),
              layout.sheets.values.allSatisfy({ $0.segments.allSatisfy { $0.start + $0.compressedSize <= file.size } })
        else { return nil }
        self.layout = layout
        self.file = file
    }

    /// The segments of a sheet of the same columns, by block signature.
    func segments(of table: String, schema: String) -> [String: WorkbookLayout.Segment] {
        guard let sheet = layout.sheets[table], sheet.schema == schema else { return [:] }
        var bySignature: [String: WorkbookLayout.Segment] = [:]
        for segment in sheet.segments { bySignature[segment.signature] = segment }
        return bySignature
    }
}
