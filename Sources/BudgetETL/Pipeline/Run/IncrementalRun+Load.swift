import Foundation

extension IncrementalRun {
    private var included: [Int] { files.indices.filter { states[$0]?.load != nil } }

    private func outputsKey(_ included: [Int]) -> String {
        context.freshness.outputsKey(included.map { (files[$0].relativePath, states[$0]!.load!.key) },
                                     shard: options.shard == .whole ? nil : options.shard.description)
    }

    /// CSV, and Parquet when `output.formats` asks for it.
    private var assembler: OutputAssembler {
        var assembler = OutputAssembler(folder: config.outputFolder, byteOrderMark: config.csvByteOrderMark,
                                        outputUnit: config.outputUnit.rawValue)
        if config.formats.contains(.parquet) {
            assembler.parquet = OutputAssembler.ParquetOptions(
                settings: config.parquet, shard: options.shard,
                keyValues: [("budget_etl.version", BudgetETLVersion.current),
                            ("budget_etl.config_fingerprint", report.configFingerprint),
                            ("budget_etl.shard", options.shard.description)],
                baseKey: context.configFingerprints.outputs + context.tools.load)
            assembler.parquetThread = options.jobs > 1
        }
        if config.formats.contains(.xlsx) {
            assembler.workbookThread = options.jobs > 1
            assembler.workbook = WorkbookWriter.About(
                toolVersion: BudgetETLVersion.current, configFingerprint: report.configFingerprint,
                runTime: report.started, outputUnit: config.outputUnit.rawValue)
        }
        return assembler
    }

    private func outputsIntact(_ record: OutputsRecord) -> Bool {
        Freshness.outputsIntact(record, in: config.outputFolder)
    }

    /// Puts the output files together from the documents' fragments (unless they are up to date)
    /// and commits them with the state index and run.json.
    func load(_ summary: RunSummary) throws {
        var finalManifest = manifest
        finalManifest.documents = [:]
        for (file, state) in zip(files, states) where state != nil { finalManifest.documents[file.relativePath] = state }
        finalManifest.toolFingerprints = toolFingerprints
        finalManifest.tool = BudgetETLVersion.current

        let included = self.included
        let key = outputsKey(included)
        let mode = options.mode(.load)
        if mode == .off || (mode == .auto && manifest.outputs?.key == key && manifest.outputs.map(outputsIntact) == true) {
            if mode != .off { log.info("load: outputs up to date") }
            finish(summary)
            // A run that changed nothing leaves the index as it is. Every state is the index's own
            // unless one changed, so the same count means the same documents (comparing the two
            // dictionaries cost a twentieth of a no-op run).
            let unchanged = !stateChanged && finalManifest.documents.count == manifest.documents.count
                && finalManifest.toolFingerprints == manifest.toolFingerprints
            try writeState(unchanged ? nil : finalManifest)
            return
        }

        let start = Date()
        // What the bytes of a document's lines or block depend on besides its fragment.
        let outputsBase = context.configFingerprints.outputs + context.tools.load
        let reportWriter = config.report ? makeReportWriter() : nil
        let reportDocuments = reportWriter == nil ? [] : self.reportDocuments(included)
        let reportPlan = reportWriter.flatMap { try? $0.plan(reportDocuments) }
        let pagesAhead = PagesAhead(stale: reportPlan?.stale ?? [])
        let (prepared, rebuilt) = try assemble(included, base: outputsBase, auto: mode == .auto, start: start,
                                               pages: reportWriter.map { ($0, reportDocuments, pagesAhead) })
        for (i, state) in rebuilt {
            states[i] = state
            finalManifest.documents[files[i].relativePath] = state
        }

        var outputs = outputsRecord(key: key, prepared)
        report.outputs = RunReport.Outputs(written: true, files: prepared.files.count)
        finish(summary)
        let pages = try reportWriter.map { writer in
            try prepareReport(writer, reportDocuments, plan: reportPlan, early: pagesAhead.taken(), outputs: &outputs,
                              discarding: prepared)
        }
        finalManifest.outputs = outputs
        report.stages.load.durationSeconds += Date().timeIntervalSince(start)

        do {
            try commit(prepared, pages: pages, manifest: finalManifest, key: key, base: outputsBase)
        } catch {
            prepared.discard()
            pages?.discard()
            throw RunFailure(.runAborted, "cannot put the output files in place in \(config.outputFolder.path): \(error.localizedDescription)")
        }
        log.info("load: wrote \(prepared.files.count) files to \(config.outputFolder.path)"
                 + (prepared.removals.isEmpty ? "" : ", removed \(prepared.removals.count) wide files of kinds no longer present")
                 + " (\(String(format: "%.1f", Date().timeIntervalSince(start))) s)")
    }

    /// The output files under temporary names, and the states of the documents whose load result
    /// had to be made again. Fragments are made again from the stored normalize and validate
    /// results, the next one on a thread of its own while this one is written when the assembly
    /// takes them in a row. A document whose report page is stale gets it rendered there too,
    /// from the results just read (else the report reads and decodes them again, after the assembly).
    private func assemble(_ included: [Int], base: String, auto: Bool, start: Date,
                          pages: (writer: ReportWriter, documents: [ReportWriter.Document], ahead: PagesAhead)?)
        throws -> (OutputAssembler.Prepared, [Int: DocumentState]) {
        var rebuilt: [Int: DocumentState] = [:]
        func rebuild(_ n: Int) throws -> LoadFragment.Summary {
            let i = included[n]
            let job = DocumentJob(file: files[i], old: states[i], context: context)
            let summary = try Self.reportingMissing { try job.rebuildLoad() }
            rebuilt[i] = job.state
            return summary
        }
        let fragments = ReadAhead(count: included.count, ahead: options.jobs > 1) { n in
            let i = included[n]
            let job = DocumentJob(file: self.files[i], old: self.states[i], context: self.context)
            let results = try Self.reportingMissing { try job.results() }
            if let pages, pages.ahead.wants(n) {
                // A page that fails here is rendered again by the report, which reports the failure.
                if let page = try? pages.writer.render(pages.documents[n], results: results) { pages.ahead.add(n, page) }
            }
            return (LoadFragment(results.0, validation: results.1), job.state)
        }
        defer { fragments.finish() }
        let memo = LoadFragment.Summary.ColumnsMemo()
        let source = OutputAssembler.Source(
            count: included.count,
            summary: { n in
                let i = included[n]
                if let prefix = self.store.readPrefix(.load, self.files[i].relativePath, key: self.states[i]!.load!.key),
                   let summary = try? LoadFragment.Summary(decoding: prefix, memo: memo) {
                    return summary
                }
                return try rebuild(n)
            },
            fragment: { n in
                let (fragment, state) = try fragments.value(n)
                if state != self.states[included[n]] { rebuilt[included[n]] = state }
                return fragment
            },
            key: { n in self.states[included[n]]!.load!.key },
            sourceFile: { n in self.files[included[n]].relativePath },
            progress: { n in self.log.progress("load", done: n + 1, total: included.count, since: start) })

        defer { log.endProgress() }
        do {
            var assembler = self.assembler
            assembler.csvBase = base
            assembler.workbookBase = base
            if auto {
                assembler.csvReuse = csvReuse(base: base)
                assembler.parquet?.reuse = parquetReuse(base: base)
                if assembler.workbook != nil { assembler.workbookReuse = workbookReuse() }
            }
            let prepared = try assembler.assemble(source)
            return (prepared, rebuilt)
        } catch {
            fragments.finish()
            pages?.ahead.discard()
            if let failure = error as? RunFailure { throw failure }
            throw RunFailure(.runAborted, "cannot write the output files to \(config.outputFolder.path): \(error.localizedDescription)")
        }
    }

    /// A document whose stored results are missing stops the load with the message `--stage` gives.
    private static func reportingMissing<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let missing as MissingStageResult {
            throw RunFailure(.missingStageResults, missingMessage(
                stage: .load, upstream: missing.stage, documents: [missing.sourceFile], damaged: missing.damaged))
        }
    }

    /// The written and kept output files with their stats, so a changed or deleted one is written again.
    private func outputsRecord(key: String, _ prepared: OutputAssembler.Prepared) -> OutputsRecord {
        var outputs = OutputsRecord(key: key, files: [:])
        let folderPath = config.outputFolder.path + "/"
        for file in prepared.files {
            outputs.files[String(file.target.path.dropFirst(folderPath.count))] = FileStat.of(file.url.path)
        }
        for url in prepared.kept { outputs.files[String(url.path.dropFirst(folderPath.count))] = FileStat.of(url.path) }
        return outputs
    }

    /// Renames the outputs, the report's files, the state index, run.json and the layouts into
    /// place together, journaled (`OutputCommit`).
    private func commit(_ prepared: OutputAssembler.Prepared, pages: ReportWriter.Prepared?, manifest: StateManifest,
                        key: String, base: String) throws {
        var commit = OutputCommit()
        prepared.files.forEach { commit.add($0) }
        commit.removals = prepared.removals.map(\.path)
        pages?.files.forEach { commit.add($0) }
        commit.removals += pages?.removals.map(\.path) ?? []
        var stateFiles = [(try manifest.encoded(), store.manifestURL),
                          (report.encoded(), config.outputFolder.appendingPathComponent(RunReport.fileName))]
        if let layout = prepared.csvLayout { stateFiles.append((layout.framed(outputsKey: key), store.csvLayoutURL)) }
        if let layouts = prepared.parquetLayouts {
            stateFiles.append((StateFile.frame(kind: ParquetFileLayout.fileName, key: key, payload: ParquetFileLayout.encoded(
                layouts, base: base), compress: false), store.parquetLayoutURL))
        }
        if let layout = prepared.workbookLayout { stateFiles.append((layout.framed(outputsKey: key), store.workbookLayoutURL)) }
        for (bytes, target) in stateFiles {
            let file = try TemporaryFile(for: target)
            try file.write(bytes)
            try file.finish()
            commit.add(file)
        }
        try commit.perform(journal: store.journalURL)
    }

    /// The previous run's CSV files with their layout, when it was stored for the outputs the state
    /// index records (so the layout and the files' recorded stats belong to one commit).
    private func csvReuse(base: String) -> CSVReuse? {
        guard let old = manifest.outputs,
              let layout = CSVLayout.read(from: store.csvLayoutURL, outputsKey: old.key), layout.base == base else { return nil }
        return CSVReuse(layout: layout, folder: config.outputFolder, written: old.files)
    }

    /// The previous run's Parquet files with their layouts, as `csvReuse`.
    private func parquetReuse(base: String) -> ParquetReuse? {
        guard let old = manifest.outputs, case .success(let bytes) = FileReading.read(store.parquetLayoutURL.path),
              let contents = try? StateFile.unframe(bytes, kind: ParquetFileLayout.fileName, key: old.key),
              let stored = try? ParquetFileLayout.decode(contents.payload), stored.base == base else { return nil }
        return ParquetReuse(layouts: stored.files, folder: config.outputFolder, written: old.files)
    }

    /// The previous run's workbook with its layout, as `csvReuse` (the layout's own base is
    /// checked by `WorkbookWriter`).
    private func workbookReuse() -> WorkbookReuse? {
        guard let old = manifest.outputs, let layout = WorkbookLayout.read(from: store.workbookLayoutURL, outputsKey: old.key) else { return nil }
        return WorkbookReuse(layout: layout, folder: config.outputFolder, written: old.files)
    }

    private func makeReportWriter() -> ReportWriter {
        ReportWriter(folder: config.outputFolder.appendingPathComponent(ReportWriter.folderName),
                     cacheURL: store.folder.appendingPathComponent(ReportWriter.cacheName),
                     unit: config.outputUnit.rawValue, jobs: options.jobs)
    }

    private func reportDocuments(_ included: [Int]) -> [ReportWriter.Document] {
        included.map { i in
            ReportWriter.Document(sourceFile: files[i].relativePath, loadKey: states[i]!.load!.key) { [self] in
                try DocumentJob(file: files[i], old: states[i], context: context).results()
            }
        }
    }

    /// `report: true`: the report's files under temporary names (pages only of documents whose
    /// results changed; `early`: those rendered during the assembly), recorded in `outputs` so a
    /// deleted page makes the next run write it again.
    private func prepareReport(_ writer: ReportWriter, _ documents: [ReportWriter.Document], plan: ReportWriter.Plan?,
                               early: [Int: ReportWriter.RenderedPage], outputs: inout OutputsRecord,
                               discarding assembled: OutputAssembler.Prepared) throws -> ReportWriter.Prepared {
        let start = Date()
        let prepared: ReportWriter.Prepared
        do {
            prepared = try writer.prepare(documents, run: report, early: early, plan: plan)
        } catch {
            assembled.discard()
            early.values.forEach { $0.file.discard() }
            throw RunFailure(.runAborted, "cannot write the report to \(writer.folder.path): \(error)")
        }
        let folderPath = config.outputFolder.path + "/"
        for page in prepared.pages { outputs.files[page] = FileStat.of(folderPath + page) }
        for file in prepared.files where file.target.path.hasPrefix(folderPath) {
            outputs.files[String(file.target.path.dropFirst(folderPath.count))] = FileStat.of(file.url.path)
        }
        log.info("report: \(prepared.rendered) of \(prepared.pages.count) document pages rendered"
                 + " (\(String(format: "%.1f", Date().timeIntervalSince(start))) s)")
        return prepared
    }
}
