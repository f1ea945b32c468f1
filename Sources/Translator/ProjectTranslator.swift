import CUDADeclarations
import Clang
import Dispatch
import Foundation
import Mapping
import Reporting

/// One file after translation: what it was, what it becomes, and its report.
public struct TranslatedFile: Sendable {
    public var input: InputFile
    /// The bytes read (nil when the file could not be read).
    public var original: [UInt8]?
    /// The bytes to write (nil when nothing should be written for it).
    public var output: [UInt8]?
    public var report: FileReport
    /// Paths of the support headers its output includes (``SupportHeader``).
    public var supportHeaders: Set<String> = []

    /// True when the output differs from the input.
    public var isChanged: Bool { original != nil && output != nil && original != output }
}

/// Translates a set of files: every source as a translation unit of its own, every project header
/// in the context of the first source (by path) that includes it, headers nobody includes on
/// their own. Deterministic whatever the number of workers.
public struct ProjectTranslator: Sendable {
    public var options: TranslationOptions
    public var database: MappingDatabase
    /// Worker threads; each has its own libclang index.
    public var jobs: Int

    /// Where the CUDA API is declared (cu2hip's headers, or the SDK's with `--cuda-path`): the
    /// functions declared there get their parameter types in the token stream.
    var parameterTypeRoots: [String] {
        [CUDADeclarations.virtualRoot] + (options.cudaPath.map { [InputDiscovery.absolute($0)] } ?? [])
    }

    public init(options: TranslationOptions, database: MappingDatabase = .builtIn, jobs: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.options = options
        self.database = database
        self.jobs = max(1, jobs)
    }

    public func translate(_ files: [InputFile], root: String) -> [TranslatedFile] {
        // Read and validate everything first.
        var results = files.map(Self.read)
        let translatable = results.indices.filter { results[$0].input.kind != .other && results[$0].report.status != .failed }
        let byPath = Dictionary(uniqueKeysWithValues: translatable.map { (results[$0].input.absolutePath, $0) })
        let sources = translatable.filter { results[$0].input.kind == .source }
        let headers = Set(translatable.filter { results[$0].input.kind == .header })
        let includeDirectories = [root] + options.includeDirectories.map(InputDiscovery.absolute)
        let preamble = sources.contains(where: { results[$0].input.absolutePath.hasSuffix(".cu") })
            ? RuntimePreamble(options: options, includeDirectories: includeDirectories) : nil
        let run = RunContext(files: results, byPath: byPath, root: root, includeDirectories: includeDirectories,
                             precompiled: preamble?.path,
                             includeSearch: ProjectIncludeSearch(root: root, relativePaths: files.map(\.relativePath)))

        // Phase 1: every source on its own; remember which project headers each one reaches.
        let phase1 = parallelMap(sources) { index, position -> (UnitOutcome, [Int]) in
            let outcome = translateUnit(main: position, headers: [], run, index: index)
            return (outcome, outcome.reachedFiles.compactMap { byPath[$0] }.filter { headers.contains($0) })
        }
        var owner: [Int: Int] = [:]  // header position -> source position that translates it
        for (sourcePosition, (outcome, reached)) in zip(sources, phase1) {
            apply(outcome, to: &results)
            for header in reached where owner[header] == nil { owner[header] = sourcePosition }
        }
        // A `.cu` file another file includes is a header in practice (nvcc adds the runtime only
        // to what it compiles): translated again without the implicit runtime include.
        var includedCUDASources: Set<Int> = []
        for (sourcePosition, outcome) in zip(sources, phase1.map(\.0)) {
            for path in outcome.reachedFiles {
                if let position = byPath[path], position != sourcePosition, results[position].input.absolutePath.hasSuffix(".cu") {
                    includedCUDASources.insert(position)
                }
            }
        }
        let phase1b = parallelMap(includedCUDASources.sorted()) { index, position -> UnitOutcome in
            translateUnit(main: position, headers: [], run, index: index, implicitRuntime: false)
        }
        for outcome in phase1b { apply(outcome, to: &results) }
        // Phase 2: headers, in the context of their first includer; the rest standalone.
        var groups: [Int: [Int]] = [:]
        for header in headers.sorted() { groups[owner[header] ?? header, default: []].append(header) }
        let jobsList = groups.keys.sorted()
        let fixedGroups = groups
        let phase2 = parallelMap(jobsList) { index, main -> UnitOutcome in
            let group = fixedGroups[main]!
            let translateMain = group.contains(main)
            return translateUnit(main: main, headers: group.filter { $0 != main }, run, index: index, translateMain: translateMain)
        }
        for outcome in phase2 { apply(outcome, to: &results) }
        withExtendedLifetime(preamble) {}
        for position in translatable { Self.reportEncoding(of: &results[position]) }
        return results
    }

    /// Reads one file: an unreadable file fails, a file with a NUL byte fails as binary (both
    /// mirrored unchanged), anything else is translated (sources and headers) or copied.
    static func read(_ file: InputFile) -> TranslatedFile {
        var result = TranslatedFile(input: file, original: nil, output: nil,
                                    report: FileReport(path: file.relativePath, status: file.kind == .other ? .copied : .unchanged))
        guard let data = FileManager.default.contents(atPath: file.absolutePath) else {
            result.report.status = .failed
            result.report.error = "cannot read file"
            return result
        }
        let bytes = [UInt8](data)
        result.original = bytes
        if file.kind == .other {
            result.output = bytes
        } else if let problem = SourceValidation.problem(with: bytes) {
            result.report.status = .failed
            result.report.error = problem
            result.output = bytes
        }
        return result
    }

    /// Adds the `encoding` finding to a translated file that is not valid UTF-8.
    static func reportEncoding(of file: inout TranslatedFile) {
        guard let bytes = file.original, let problem = EncodingProblem.find(in: bytes) else { return }
        file.report.findings.append(problem.finding(in: SourceText(bytes: bytes)))
        file.report.findings.sort { ($0.line, $0.column, $0.rule, $0.message) < ($1.line, $1.column, $1.rule, $1.message) }
    }

    // MARK: - One translation unit

    /// What every unit of one run shares.
    struct RunContext: Sendable {
        /// Every input file, read and validated.
        var files: [TranslatedFile]
        /// Absolute path → position in `files`, for the files to translate.
        var byPath: [String: Int]
        var root: String
        var includeDirectories: [String]
        /// The precompiled runtime header, when one was built.
        var precompiled: String?
        var includeSearch: ProjectIncludeSearch
    }

    struct UnitOutcome: Sendable {
        var updates: [(position: Int, output: [UInt8]?, report: FileReport, supportHeaders: Set<String>)] = []
        var reachedFiles: [String] = []
    }

    private func apply(_ outcome: UnitOutcome, to results: inout [TranslatedFile]) {
        for update in outcome.updates {
            results[update.position].output = update.output
            results[update.position].report = update.report
            results[update.position].supportHeaders = update.supportHeaders
        }
    }

    /// `implicitRuntime`: the main file, if a `.cu` file, gets the runtime include nvcc adds
    /// implicitly (false for a `.cu` file other files include).
    private func translateUnit(main: Int, headers: [Int], _ run: RunContext, index: Index?, translateMain: Bool = true,
                               implicitRuntime: Bool = true) -> UnitOutcome {
        let files = run.files
        let mainFile = files[main]
        var outcome = UnitOutcome()
        guard let index, let mainBytes = mainFile.original else {
            var report = mainFile.report
            report.status = .failed
            report.error = "libclang could not create an index"
            outcome.updates.append((main, mainFile.original, report, []))
            return outcome
        }
        let parsed: ParsedUnit
        do {
            parsed = try parseFindingProjectIncludes(mainFile, bytes: mainBytes, run, index: index)
        } catch {
            for position in (translateMain ? [main] : []) + headers {
                var report = files[position].report
                report.status = .failed
                report.error = "\(error)"
                outcome.updates.append((position, files[position].original, report, []))
            }
            return outcome
        }
        let unit = parsed.unit
        let inclusions = unit.inclusions.map {
            Inclusion(includer: InputDiscovery.absolute($0.includer), offset: $0.offset, included: InputDiscovery.absolute($0.included))
        }
        outcome.reachedFiles = Array(Set(inclusions.map(\.included))).sorted()
        // Code that is already HIP, parsed without HIP's headers, has only its tokens to offer.
        let diagnostics = parsed.hipInclude != nil && options.hipPath == nil ? [] : unit.diagnostics
        var runtimeCache: [String: Bool] = [:]
        for position in (translateMain ? [main] : []) + headers {
            let file = files[position]
            guard let bytes = file.original else { continue }
            let path = file.input.absolutePath
            let source = SourceText(bytes: bytes)
            let stream = TokenStream(tokens: unit.tokens(inFile: path, length: bytes.count, parameterTypesUnder: parameterTypeRoots), source: source,
                                     skippedRanges: unit.skippedRanges(inFile: path))
            let facts = FileFacts(
                includeTargets: includeTargets(of: path, inclusions, source: source),
                reachesRuntimeThroughProjectHeader: reachesRuntime(from: path, inclusions, root: run.root, unit: unit, files: files,
                                                                   byPath: run.byPath, cache: &runtimeCache),
                directory: (path as NSString).deletingLastPathComponent,
                projectRoots: [run.root],
                includeDirectories: parsed.includeDirectories,
                isCUDASource: implicitRuntime && position == main && path.hasSuffix(".cu"),
                isCSource: path.hasSuffix(".c"),
                depth: file.input.relativePath.split(separator: "/").count - 1)
            let translation = FileTranslator.translate(stream, facts: facts, options: options, database: database)
            var report = file.report
            report.status = translation.output == bytes ? .unchanged : .converted
            report.translatedWith = position == main ? nil : mainFile.input.relativePath
            report.edits = translation.edits
            report.findings = translation.findings
            for include in parsed.located where include.includer == path {
                report.findings.append(include.finding(root: run.root))
            }
            if position == main, let hipInclude = parsed.hipInclude {
                report.findings.append(hipSourceFinding(hipInclude, mainPath: path))
            }
            report.findings.sort { ($0.line, $0.column, $0.rule, $0.message) < ($1.line, $1.column, $1.rule, $1.message) }
            report.references = translation.references
            report.diagnostics = diagnostics.filter { diagnostic in
                diagnostic.file == path || (position == main && (diagnostic.file.isEmpty || ParseSetup.isVirtualPath(diagnostic.file)))
                    || (position == main && InputDiscovery.absolute(diagnostic.file) == path)
            }.map { record($0, root: run.root) }
            outcome.updates.append((position, translation.output, report, translation.supportHeaders))
        }
        return outcome
    }

    /// One unit's final parse and what it took to get there.
    struct ParsedUnit {
        var unit: TranslationUnit
        /// Every unresolved include looked for in the input tree.
        var located: [LocatedInclude]
        var includeDirectories: [String]
        /// Where the unit turned out to be HIP already (the include of a HIP runtime header that
        /// cu2hip's CUDA declarations lack), when it did.
        var hipInclude: (site: LocatedInclude.Site, header: String)?
    }

    /// Parses the unit; where an include does not resolve and the input tree holds the header
    /// (``ProjectIncludeSearch``), adds that folder to the include path and parses again, until
    /// nothing new is found. A unit that includes a HIP runtime header is parsed again as HIP.
    private func parseFindingProjectIncludes(_ mainFile: TranslatedFile, bytes: [UInt8], _ run: RunContext,
                                             index: Index) throws -> ParsedUnit {
        var directories = run.includeDirectories
        var located: [LocatedInclude] = []
        var seen: Set<LocatedInclude.Site> = []
        var hipInclude: (site: LocatedInclude.Site, header: String)?
        let path = mainFile.input.absolutePath
        while true {
            let unit = try TranslationUnit(
                index: index, path: path,
                arguments: ParseSetup.arguments(for: path, options: options, includeDirectories: directories,
                                                precompiledRuntime: run.precompiled, asHIP: hipInclude != nil),
                unsavedFiles: ParseSetup.unsavedHeaders(options: options) + [UnsavedFile(path: path, contents: bytes)])
            var again = false
            for diagnostic in unit.diagnostics where diagnostic.severity >= .error {
                guard let header = ProjectIncludeSearch.missingHeader(inDiagnostic: diagnostic.message),
                      !diagnostic.file.isEmpty, !ParseSetup.isVirtualPath(diagnostic.file) else { continue }
                let includer = InputDiscovery.absolute(diagnostic.file)
                let site = LocatedInclude.Site(includer: includer, line: diagnostic.line, column: diagnostic.column)
                if ParseSetup.isHIPRuntimeHeader(header) {
                    // Already HIP: the CUDA parse is of no use; parse as HIP from the start.
                    if hipInclude == nil {
                        hipInclude = (site, header)
                        located = []
                        seen = []
                        again = true
                        break
                    }
                    continue
                }
                guard seen.insert(site).inserted else { continue }
                let resolution = run.includeSearch.resolve(header, includer: includer)
                located.append(LocatedInclude(site: site, header: header, resolution: resolution))
                if case let .found(directory, _) = resolution, !directories.contains(directory) {
                    directories.append(directory)
                    again = true
                }
            }
            // HIP's headers on the system include path were found, but read as CUDA: parse as HIP.
            if !again, hipInclude == nil, let found = includedHIPRuntime(unit, mainPath: path, mainBytes: bytes) {
                hipInclude = found
                located = []
                seen = []
                again = true
            }
            if !again { return ParsedUnit(unit: unit, located: located, includeDirectories: directories, hipInclude: hipInclude) }
        }
    }

    /// Where the unit included a HIP runtime header that was found, if it did.
    private func includedHIPRuntime(_ unit: TranslationUnit, mainPath: String, mainBytes: [UInt8])
        -> (site: LocatedInclude.Site, header: String)? {
        for header in ["hip/hip_runtime.h", "hip/hip_runtime_api.h"] {
            guard let inclusion = unit.inclusions.first(where: { $0.included.hasSuffix("/" + header) }) else { continue }
            let includer = InputDiscovery.absolute(inclusion.includer)
            let (line, column) = includer == mainPath ? SourceText(bytes: mainBytes).location(of: inclusion.offset) : (1, 1)
            return (LocatedInclude.Site(includer: includer, line: line, column: column), header)
        }
        return nil
    }

    /// The report's word on a unit that is already HIP, for its main file.
    private func hipSourceFinding(_ hipInclude: (site: LocatedInclude.Site, header: String), mainPath: String) -> Finding {
        let position = hipInclude.site.includer == mainPath
            ? SourcePosition(line: hipInclude.site.line, column: hipInclude.site.column) : SourcePosition(line: 1, column: 1)
        let how = options.hipPath.map { "parsed as HIP with the installed HIP headers (--rocm-path \($0))" }
            ?? "no HIP installation was found, so it was translated from its tokens and clang's errors are not reported"
        return Finding(rule: "hip-source", severity: .info, position: position,
                       message: "already HIP (includes <\(hipInclude.header)>): \(how)", name: hipInclude.header)
    }

    private func record(_ diagnostic: Diagnostic, root: String) -> DiagnosticRecord {
        var file = diagnostic.file
        if file.hasPrefix(root + "/") { file = String(file.dropFirst(root.count + 1)) }
        return DiagnosticRecord(severity: diagnostic.severity.rawValue, file: file, line: diagnostic.line,
                                column: diagnostic.column, message: diagnostic.message)
    }

    /// Line of each active include directive in `path` → the file it resolved to.
    private func includeTargets(of path: String, _ inclusions: [Inclusion], source: SourceText) -> [Int: String] {
        var targets: [Int: String] = [:]
        for inclusion in inclusions where inclusion.includer == path {
            targets[source.location(of: inclusion.offset).line] = inclusion.included
        }
        return targets
    }

    /// Whether a project header reachable from `path` has an active include of a CUDA (or HIP)
    /// runtime header. Read from the headers' own directives: clang does not report a second
    /// include of a guarded header, nor includes already inside the precompiled runtime.
    private func reachesRuntime(from path: String, _ inclusions: [Inclusion], root: String, unit: TranslationUnit,
                                files: [TranslatedFile], byPath: [String: Int], cache: inout [String: Bool]) -> Bool {
        var edges: [String: [String]] = [:]
        for inclusion in inclusions { edges[inclusion.includer, default: []].append(inclusion.included) }
        var queue = (edges[path] ?? []).filter { !ParseSetup.isVirtualPath($0) && $0.hasPrefix(root + "/") }
        var visited = Set(queue)
        while let current = queue.popLast() {
            if includesRuntimeDirectly(current, unit: unit, files: files, byPath: byPath, cache: &cache) { return true }
            for next in edges[current] ?? [] where next.hasPrefix(root + "/") && visited.insert(next).inserted {
                queue.append(next)
            }
        }
        return false
    }

    private func includesRuntimeDirectly(_ path: String, unit: TranslationUnit, files: [TranslatedFile],
                                         byPath: [String: Int], cache: inout [String: Bool]) -> Bool {
        if let known = cache[path] { return known }
        var result = false
        if let position = byPath[path], let bytes = files[position].original {
            let stream = TokenStream(tokens: unit.tokens(inFile: path, length: bytes.count), source: SourceText(bytes: bytes),
                                     skippedRanges: unit.skippedRanges(inFile: path))
            result = IncludeRule.includeDirectives(in: stream).contains { include in
                stream[include.directive.hashIndex].isActive
                    && (include.header == HeaderMap.runtimeHeader || HeaderMap.mapping(for: include.header)?.action == .runtime)
            }
        }
        cache[path] = result
        return result
    }

    // MARK: - Workers

    /// Runs `body` over `items` on `jobs` workers, each with its own libclang index; results in
    /// the order of `items`.
    private func parallelMap<Item: Sendable, Output: Sendable>(_ items: [Item], _ body: @Sendable @escaping (Index?, Item) -> Output) -> [Output] {
        let slots = ResultSlots<Output>(count: items.count)
        let workers = min(jobs, max(items.count, 1))
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            // One index per worker thread; libclang indexes are not shared across threads.
            // A nil index is reported per file by translateUnit ("libclang could not create an index").
            let index = try? Index()
            var position = worker
            while position < items.count {
                slots.set(position, body(index, items[position]))
                position += workers
            }
        }
        return slots.values()
    }
}

/// Lock-protected result storage for the worker threads.
final class ResultSlots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func set(_ position: Int, _ value: Value) {
        lock.lock()
        storage[position] = value
        lock.unlock()
    }

    func values() -> [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage.map { $0! }
    }
}
