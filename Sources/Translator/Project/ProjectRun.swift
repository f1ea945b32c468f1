import Clang
import Foundation
import Reporting

/// One run of ``ProjectTranslator``: the phases and the state they share.
///
/// 1. Survey (parallel): every C/C++/CUDA file is read, validated and pre-scanned; other files
///    and files that failed are delivered at once.
/// 2. Units: each source the pre-scan keeps is looked up in the cache, then the misses are
///    parsed, largest first. A unit translates its main file and the project headers it may be
///    the first includer of (``HeaderOwnership``); the main file is delivered at once, unless
///    another file may include it.
/// 3. `.cu` files other files include are translated again on their own, without the implicit
///    runtime include.
/// 4. Headers: each gets the translation of its first includer; one whose first includer came
///    from the cache without it has that includer parsed again; headers nobody includes are
///    units of their own.
final class ProjectRun: @unchecked Sendable {
    let translator: ProjectTranslator
    let files: [InputFile]
    let root: String
    let deliverFile: @Sendable (TranslatedFile) -> Void
    let queue: WorkQueue
    let ownership = HeaderOwnership()
    private let lock = NSLock()
    private var statistics = ProjectTranslator.Statistics()
    private var delivered: Set<Int> = []
    private var deliveredTranslatable = 0
    private let total: Int

    /// Filled by the survey.
    private var surveys: [Int: Survey] = [:]
    private var context: ProjectTranslator.RunContext!
    private var scope: TranslationCache.Scope?
    /// Source position → the positions of the input files its unit reached.
    private var reached: [Int: [Int]] = [:]
    /// Main files held back until it is known whether another file includes them.
    private var held: [Int: FileResult] = [:]
    /// The cache entries of units served from the cache, by main position.
    private var cachedEntries: [Int: TranslationCache.Entry] = [:]

    init(translator: ProjectTranslator, files: [InputFile], root: String, deliver: @escaping @Sendable (TranslatedFile) -> Void) {
        self.translator = translator
        self.files = files
        self.root = root
        self.deliverFile = deliver
        self.queue = WorkQueue(jobs: translator.jobs)
        self.total = files.filter { $0.kind != .other }.count
    }

    /// What the survey learnt of one C/C++/CUDA file.
    struct Survey: Sendable {
        var failed: TranslatedFile?
        var prescan = CUDAPrescan.Result(needsParse: true, includes: [])
        var size = 0
        /// The bytes, kept for headers only (units of other files read them).
        var bytes: [UInt8]?
        var encoding: Finding?
    }

    func execute() -> ProjectTranslator.Statistics {
        survey()
        includedCUDANames = collectIncludedCUDANames()
        let sources = files.indices.filter { files[$0].kind == .source && surveys[$0]?.failed == nil }
        var units: [Int] = []
        for position in sources {
            if translator.shortcuts, surveys[position]?.prescan.needsParse == false {
                deliverUnchanged(position)
            } else {
                units.append(position)
            }
        }
        let misses = lookUp(units, variant: .source)
        translateSources(misses)
        translateIncludedCUDASources(sources)
        translateHeaders()
        if let cache = translator.cache { statistics.cache = cache.statistics }
        return statistics
    }

    // MARK: - Survey

    private func survey() {
        let projectNames = Set(files.map { ($0.relativePath as NSString).lastPathComponent })
        let prescan = CUDAPrescan(database: translator.database, projectFileNames: projectNames)
        let translatable = files.indices.filter { files[$0].kind != .other }
        for position in files.indices where files[position].kind == .other {
            deliverCopied(position)
        }
        let options = translator.options
        let results = queue.map(translatable) { [files] _, position in
            var survey = Self.survey(files[position], prescan)
            if ParseSetup.compilesAsCUDA(files[position].absolutePath, options: options) { survey.prescan.needsParse = true }
            return survey
        }
        var runFiles: [TranslatedFile] = files.map {
            TranslatedFile(input: $0, original: nil, output: nil, report: FileReport(path: $0.relativePath, status: .unchanged))
        }
        var byPath: [String: Int] = [:]
        for (position, result) in zip(translatable, results) {
            surveys[position] = result
            if let failed = result.failed {
                deliver(position, failed)
                continue
            }
            byPath[files[position].absolutePath] = position
            runFiles[position].original = result.bytes
        }
        let includeDirectories = [root] + translator.options.includeDirectories.map(InputDiscovery.absolute)
        let needsPreamble = translator.shortcuts && files.contains { $0.absolutePath.hasSuffix(".cu") }
        context = ProjectTranslator.RunContext(
            files: runFiles, byPath: byPath, root: root, includeDirectories: includeDirectories,
            preamble: needsPreamble ? LazyPreamble(options: translator.options, includeDirectories: includeDirectories) : nil,
            includeSearch: ProjectIncludeSearch(root: root, relativePaths: files.map(\.relativePath)))
        if translator.cache != nil {
            var sourceListing = ContentHash()
            var fullListing = ContentHash()
            for file in files {
                fullListing.update(file.relativePath)
                if file.kind != .other { sourceListing.update(file.relativePath) }
            }
            scope = TranslationCache.Scope(fingerprint: fingerprint(), root: root, sourceListing: sourceListing, fullListing: fullListing)
        }
    }

    private static func survey(_ file: InputFile, _ prescan: CUDAPrescan) -> Survey {
        guard let data = FileManager.default.contents(atPath: file.absolutePath) else {
            var report = FileReport(path: file.relativePath, status: .failed)
            report.error = "cannot read file"
            return Survey(failed: TranslatedFile(input: file, original: nil, output: nil, report: report))
        }
        let bytes = [UInt8](data)
        if let problem = SourceValidation.problem(with: bytes) {
            var report = FileReport(path: file.relativePath, status: .failed)
            report.error = problem
            return Survey(failed: TranslatedFile(input: file, original: bytes, output: bytes, report: report))
        }
        let encoding = EncodingProblem.find(in: bytes).map { $0.finding(in: SourceText(bytes: bytes)) }
        return Survey(prescan: prescan.scan(bytes, path: file.absolutePath), size: bytes.count,
                      bytes: file.kind == .header ? bytes : nil, encoding: encoding)
    }

    /// What, besides the files, decides every translation of this run.
    private func fingerprint() -> ContentHash {
        var hash = ContentHash("cu2hip translation cache 1")
        hash.update(TranslationCache.buildIdentity)
        var options = translator.options
        options.compileDatabase = nil
        hash.update(String(describing: options))
        // The compile database in a stable order (its dictionaries print in any order).
        if let database = translator.options.compileDatabase {
            for path in database.settingsByFile.keys.sorted() { hash.update("\(path) \(database.settingsByFile[path]!)") }
        }
        hash.update(translator.databaseIdentity)
        hash.update(root)
        return hash
    }

    // MARK: - Sources

    /// Serves what it can from the cache; returns the units to parse.
    private func lookUp(_ units: [Int], variant: TranslationCache.Variant) -> [Int] {
        guard let cache = translator.cache, let scope else { return units }
        let entries = queue.map(units) { [files] _, position in
            cache.lookup(variant, relativePath: files[position].relativePath, scope: scope)
        }
        var misses: [Int] = []
        for (position, entry) in zip(units, entries) {
            guard let entry else {
                misses.append(position)
                continue
            }
            lock.lock()
            cachedEntries[position] = entry
            lock.unlock()
            let reachedPositions = entry.reached.compactMap { context.byPath[root + "/" + $0] }
            if variant == .source { record(reached: reachedPositions, of: position) }
            for header in reachedPositions where files[header].kind == .header {
                ownership.offer(header, from: position, translation: entry.headers[files[header].relativePath])
            }
            if let main = entry.main {
                if variant == .source { finishMain(position, main) } else { deliver(position, main) }
            }
        }
        return misses
    }

    private func translateSources(_ units: [Int]) {
        let order = translator.shortcuts
            ? units.sorted { (surveys[$0]?.size ?? 0, $1) > (surveys[$1]?.size ?? 0, $0) } : units
        queue.forEach(order) { [self] index, position in
            let outcome = translateUnit(position, variant: .source, index: index) { header in
                translator.shortcuts && ownership.wants(header, from: position)
            }
            let reachedPositions = outcome.reachedFiles.compactMap { context.byPath[$0] }
            record(reached: reachedPositions, of: position)
            for header in reachedPositions where files[header].kind == .header {
                ownership.offer(header, from: position, translation: outcome.headers[header])
            }
            if let main = outcome.main { finishMain(position, main, original: outcome.mainBytes) }
        }
    }

    /// A `.cu` file another file includes is a header in practice (nvcc adds the runtime only to
    /// what it compiles): translated again without the implicit runtime include.
    private func translateIncludedCUDASources(_ sources: [Int]) {
        var included: Set<Int> = []
        for (source, positions) in reached {
            for position in positions where position != source && files[position].absolutePath.hasSuffix(".cu") {
                included.insert(position)
            }
        }
        for (position, result) in held.sorted(by: { $0.key < $1.key }) where !included.contains(position) {
            deliver(position, result)
        }
        held = [:]
        let misses = lookUp(included.sorted(), variant: .included)
        queue.forEach(misses) { [self] index, position in
            let outcome = translateUnit(position, variant: .included, index: index, implicitRuntime: false) { _ in false }
            if let main = outcome.main { deliver(position, main, original: outcome.mainBytes) }
        }
    }

    private func finishMain(_ position: Int, _ result: FileResult, original: [UInt8]? = nil) {
        if mayBeIncluded(position) {
            lock.lock()
            held[position] = result
            lock.unlock()
        } else {
            deliver(position, result, original: original)
        }
    }

    /// True for a `.cu` file whose name appears in an include directive of the tree (any `.cu`
    /// file when some include names its header through a macro).
    private func mayBeIncluded(_ position: Int) -> Bool {
        guard files[position].absolutePath.hasSuffix(".cu") else { return false }
        return includedCUDANames.map { $0.contains((files[position].relativePath as NSString).lastPathComponent) } ?? true
    }

    /// The `.cu` names include directives name; nil when some include is computed.
    private var includedCUDANames: Set<String>?

    private func collectIncludedCUDANames() -> Set<String>? {
        var names: Set<String> = []
        for survey in surveys.values {
            if survey.prescan.hasComputedInclude { return nil }
            for include in survey.prescan.includes where include.hasSuffix(".cu") {
                names.insert((include as NSString).lastPathComponent)
            }
        }
        return names
    }

    private func record(reached positions: [Int], of source: Int) {
        lock.lock()
        reached[source] = positions
        lock.unlock()
    }

    // MARK: - Headers

    private func translateHeaders() {
        let headers = files.indices.filter { files[$0].kind == .header && surveys[$0]?.failed == nil }
        var regroup: [Int: [Int]] = [:]
        var standalone: [Int] = []
        for header in headers {
            if let claim = ownership.claim(header) {
                if let translation = claim.translation {
                    deliver(header, translation)
                } else {
                    regroup[claim.owner, default: []].append(header)
                }
            } else if translator.shortcuts, surveys[header]?.prescan.needsParse == false {
                deliverUnchanged(header)
            } else {
                standalone.append(header)
            }
        }
        // First includers whose parse did not translate their headers (the reference mode, or
        // an includer served from the cache by a run in which it was not the first): parsed again.
        let owners = regroup.keys.sorted()
        let groups = regroup
        queue.forEach(owners) { [self] index, owner in
            let group = Set(groups[owner]!)
            let outcome = translateUnit(owner, variant: .source, index: index, translateMain: false) { group.contains($0) }
            for header in group.sorted() {
                if let result = outcome.headers[header] { deliver(header, result) }
            }
            amendCacheEntry(of: owner, with: outcome)
        }
        let misses = lookUp(standalone, variant: .header)
        queue.forEach(misses) { [self] index, header in
            let outcome = translateUnit(header, variant: .header, index: index) { _ in false }
            if let main = outcome.main { deliver(header, main, original: outcome.mainBytes) }
        }
    }

    /// Adds the headers an owner's second parse translated to its cache entry, so the next run
    /// finds them there.
    private func amendCacheEntry(of owner: Int, with outcome: ProjectTranslator.UnitOutcome) {
        guard let cache = translator.cache, let scope else { return }
        lock.lock()
        let existing = cachedEntries[owner]
        lock.unlock()
        guard var entry = existing else { return }
        for (position, result) in outcome.headers { entry.headers[files[position].relativePath] = result }
        cache.store(entry, .source, relativePath: files[owner].relativePath, scope: scope)
    }

    // MARK: - Units

    /// Parses and translates one unit; stores it in the cache.
    private func translateUnit(_ main: Int, variant: TranslationCache.Variant, index: Index?, translateMain: Bool = true,
                               implicitRuntime: Bool = true, translating wants: (Int) -> Bool) -> ProjectTranslator.UnitOutcome {
        var outcome = translator.translateUnit(main: main, run: context, index: index, translateMain: translateMain,
                                               implicitRuntime: implicitRuntime, headers: wants)
        lock.lock()
        statistics.parses += 1
        lock.unlock()
        if translateMain, surveys[main]?.prescan.needsParse == false, var result = outcome.main {
            // No CUDA in it: what clang thought of it is not cu2hip's to report (the shortcut
            // does not parse it at all).
            result.report.diagnostics = []
            result.report.findings.removeAll { $0.rule == LocatedInclude.rule }
            outcome.main = result
        }
        if translateMain, let cache = translator.cache, let scope, outcome.parsed,
           let entry = cache.entry(dependencies: outcome.dependencies, usedTreeSearch: outcome.usedTreeSearch, main: outcome.main,
                                   headers: Dictionary(uniqueKeysWithValues: outcome.headers.map { (files[$0.key].relativePath, $0.value) }),
                                   reached: outcome.reachedFiles.compactMap { context.byPath[$0] }.map { files[$0].relativePath },
                                   scope: scope) {
            cache.store(entry, variant, relativePath: files[main].relativePath, scope: scope)
        }
        return outcome
    }

    // MARK: - Delivery

    /// Findings about the file itself rather than its code: its encoding, and for a source the
    /// compile database does not list, that it was parsed with the default flags.
    private func fileFindings(_ position: Int) -> [Finding] {
        var findings: [Finding] = []
        if files[position].kind == .source,
           let finding = ParseSetup.compileDatabaseFinding(forSource: files[position].absolutePath, options: translator.options) {
            findings.append(finding)
        }
        if let encoding = surveys[position]?.encoding { findings.append(encoding) }
        return findings
    }

    /// `original`: the file's bytes when the caller has them (else they are read again).
    private func deliver(_ position: Int, _ result: FileResult, original known: [UInt8]? = nil) {
        var report = result.report
        let extra = fileFindings(position)
        if !extra.isEmpty {
            report.findings += extra
            report.findings.sort { ($0.line, $0.column, $0.rule, $0.message) < ($1.line, $1.column, $1.rule, $1.message) }
        }
        let original = known ?? context.files[position].original
            ?? FileManager.default.contents(atPath: files[position].absolutePath).map { [UInt8]($0) }
        deliver(position, TranslatedFile(input: files[position], original: original, output: result.output, report: report,
                                         supportHeaders: result.supportHeaders))
    }

    private func deliverUnchanged(_ position: Int) {
        var report = FileReport(path: files[position].relativePath, status: .unchanged)
        report.findings = fileFindings(position)
        lock.lock()
        statistics.withoutCUDA += 1
        lock.unlock()
        deliver(position, TranslatedFile(input: files[position], original: nil, output: nil, report: report, outputIsInput: true))
    }

    private func deliverCopied(_ position: Int) {
        let file = files[position]
        var report = FileReport(path: file.relativePath, status: .copied)
        report.reason = file.excludedBy
        if access(file.absolutePath, R_OK) != 0 {
            report.status = .failed
            report.error = "cannot read file"
            deliver(position, TranslatedFile(input: file, original: nil, output: nil, report: report))
        } else {
            deliver(position, TranslatedFile(input: file, original: nil, output: nil, report: report, outputIsInput: true))
        }
    }

    private func deliver(_ position: Int, _ file: TranslatedFile) {
        lock.lock()
        let first = delivered.insert(position).inserted
        if first, files[position].kind != .other { deliveredTranslatable += 1 }
        let done = deliveredTranslatable
        lock.unlock()
        deliverFile(file)
        if first, files[position].kind != .other, let progress = translator.progress { progress(done, total) }
    }
}
