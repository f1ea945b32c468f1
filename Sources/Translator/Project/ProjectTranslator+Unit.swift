import CUDADeclarations
import Clang
import Foundation
import Reporting

extension ProjectTranslator {
    /// What every unit of one run shares.
    struct RunContext: Sendable {
        /// Every input file; headers hold their bytes (`original`), sources are read when needed.
        var files: [TranslatedFile]
        /// Absolute path → position in `files`, for the files to translate.
        var byPath: [String: Int]
        var root: String
        var includeDirectories: [String]
        /// The precompiled runtime header, built when the first unit asks for it.
        var preamble: LazyPreamble?
        var includeSearch: ProjectIncludeSearch

        /// A file's bytes: held for headers, read for sources.
        func bytes(_ position: Int) -> [UInt8]? {
            files[position].original ?? FileManager.default.contents(atPath: files[position].input.absolutePath).map { [UInt8]($0) }
        }
    }

    struct UnitOutcome: Sendable {
        /// The main file's translation (nil when it was not asked for).
        var main: FileResult?
        /// Position → translation, for the project headers translated from this parse.
        var headers: [Int: FileResult] = [:]
        /// Every file the unit included (absolute paths), cu2hip's in-memory headers included.
        var reachedFiles: [String] = []
        /// The files the parse read (absolute paths, without cu2hip's in-memory headers): what a
        /// cache entry depends on.
        var dependencies: [String] = []
        /// True when an include was looked for in the input tree.
        var usedTreeSearch = false
        /// False when libclang failed (nothing worth caching).
        var parsed = false
        /// The main file's bytes as the unit read them.
        var mainBytes: [UInt8]?
    }

    /// Parses the unit of `main` and translates its main file (unless `translateMain` is false)
    /// and each project header it reaches that `headers` accepts.
    /// `implicitRuntime`: the main file, if a `.cu` file, gets the runtime include nvcc adds
    /// implicitly (false for a `.cu` file other files include).
    func translateUnit(main: Int, run: RunContext, index: Index?, translateMain: Bool = true, implicitRuntime: Bool = true,
                       headers wants: (Int) -> Bool) -> UnitOutcome {
        let files = run.files
        let mainFile = files[main]
        var outcome = UnitOutcome()
        let mainBytes = run.bytes(main)
        outcome.mainBytes = mainBytes
        guard let index, let mainBytes else {
            var report = mainFile.report
            report.status = .failed
            report.error = index == nil ? "libclang could not create an index" : "cannot read file"
            if translateMain { outcome.main = FileResult(output: mainBytes, report: report) }
            return outcome
        }
        let parsed: ParsedUnit
        do {
            parsed = try parseFindingProjectIncludes(mainFile, bytes: mainBytes, run, index: index)
        } catch {
            var report = mainFile.report
            report.status = .failed
            report.error = "\(error)"
            if translateMain { outcome.main = FileResult(output: mainBytes, report: report) }
            return outcome
        }
        outcome.parsed = true
        let unit = parsed.unit
        let rawInclusions = unit.inclusions
        let inclusions = rawInclusions.map {
            Inclusion(includer: InputDiscovery.absolute($0.includer), offset: $0.offset, included: InputDiscovery.absolute($0.included))
        }
        outcome.reachedFiles = Array(Set(inclusions.map(\.included))).sorted()
        // Files outside the tree as clang named them: normalising `..` after a symbolic link
        // (GCC's `lib/gcc/.../12/../../../../include`) would name another file.
        outcome.dependencies = [mainFile.input.absolutePath] + Set(rawInclusions.map(\.included)).sorted().compactMap { raw in
            guard !ParseSetup.isVirtualPath(raw) else { return nil }
            let normalised = InputDiscovery.absolute(raw)
            return normalised.hasPrefix(run.root + "/") ? normalised : raw
        }
        outcome.usedTreeSearch = !parsed.located.isEmpty
        let headerPositions = outcome.reachedFiles.compactMap { run.byPath[$0] }
            .filter { $0 != main && files[$0].input.kind == .header && wants($0) }.sorted()
        // Code that is already HIP, parsed without HIP's headers, has only its tokens to offer.
        let diagnostics = parsed.hipInclude != nil && options.hipPath == nil ? [] : unit.diagnostics
        var runtimeCache: [String: Bool] = [:]
        for position in (translateMain ? [main] : []) + headerPositions {
            let file = files[position]
            guard let bytes = position == main ? mainBytes : file.original else { continue }
            let path = file.input.absolutePath
            let source = SourceText(bytes: bytes)
            let stream = TokenStream(tokens: unit.tokens(inFile: path, length: bytes.count, parameterTypesUnder: parameterTypeRoots), source: source,
                                     skippedRanges: unit.skippedRanges(inFile: path))
            let facts = FileFacts(
                includeTargets: includeTargets(of: path, inclusions, source: source),
                reachesRuntimeThroughProjectHeader: reachesRuntime(from: path, inclusions, unit: unit, run: run, cache: &runtimeCache),
                directory: (path as NSString).deletingLastPathComponent,
                projectRoots: [run.root],
                includeDirectories: parsed.includeDirectories,
                isCUDASource: implicitRuntime && position == main && ParseSetup.compilesAsCUDA(path, options: options),
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
            let result = FileResult(output: translation.output, report: report, supportHeaders: translation.supportHeaders)
            if position == main { outcome.main = result } else { outcome.headers[position] = result }
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
                                                precompiledRuntime: run.preamble?.path, asHIP: hipInclude != nil),
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
    private func reachesRuntime(from path: String, _ inclusions: [Inclusion], unit: TranslationUnit, run: RunContext,
                                cache: inout [String: Bool]) -> Bool {
        let root = run.root
        var edges: [String: [String]] = [:]
        for inclusion in inclusions { edges[inclusion.includer, default: []].append(inclusion.included) }
        var queue = (edges[path] ?? []).filter { !ParseSetup.isVirtualPath($0) && $0.hasPrefix(root + "/") }
        var visited = Set(queue)
        while let current = queue.popLast() {
            if includesRuntimeDirectly(current, unit: unit, run: run, cache: &cache) { return true }
            for next in edges[current] ?? [] where next.hasPrefix(root + "/") && visited.insert(next).inserted {
                queue.append(next)
            }
        }
        return false
    }

    private func includesRuntimeDirectly(_ path: String, unit: TranslationUnit, run: RunContext, cache: inout [String: Bool]) -> Bool {
        if let known = cache[path] { return known }
        var result = false
        if let position = run.byPath[path], let bytes = run.bytes(position) {
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
}
