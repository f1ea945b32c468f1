import Foundation
import Mapping
import Reporting

/// What to convert, where the results go, and how.
public struct ConversionRequest: Sendable {
    public enum Destination: Sendable, Equatable {
        /// Mirror the input tree under this directory.
        case directory(String)
        /// Rewrite the inputs themselves (atomically), optionally keeping `FILE.orig` copies.
        case inPlace(backup: Bool)
        /// One input file to one output file; "-" is standard output.
        case file(String)
        /// Write no sources; only the report and the diff.
        case dryRun
    }

    public var inputs: [String]
    public var destination: Destination
    public var options: TranslationOptions
    /// Where `report.json` and `changes.diff` go; nil writes neither.
    public var reportDirectory: String?
    public var jobs: Int
    /// Unsupported CUDA names make the run fail (exit code 2).
    public var strict: Bool
    /// The CUDA → HIP names used (the built-in database, possibly with `--map` files applied).
    public var database: MappingDatabase
    /// The `--map` files applied to `database`, for the report.
    public var mapFiles: [String]
    /// Where `options.rocmVersion` came from (``ROCmTarget/sourceDescription``), reported as
    /// `rocm-version-source`; nil leaves that field out.
    public var rocmVersionSource: String?
    /// The incremental cache's directory; nil uses none.
    public var cacheDirectory: String?
    /// False: parse every file, and parse each header's first includer again for it (the
    /// reference the shortcuts are tested against; the output is the same).
    public var shortcuts: Bool
    /// Called from worker threads as files are finished: `done` of `total` (for a progress line).
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    public init(inputs: [String], destination: Destination, options: TranslationOptions = TranslationOptions(),
                reportDirectory: String? = "cu2hip-report", jobs: Int = ProcessInfo.processInfo.activeProcessorCount, strict: Bool = false,
                database: MappingDatabase = .builtIn, mapFiles: [String] = [], rocmVersionSource: String? = nil,
                cacheDirectory: String? = nil, shortcuts: Bool = true, progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) {
        self.cacheDirectory = cacheDirectory
        self.shortcuts = shortcuts
        self.progress = progress
        self.database = database
        self.rocmVersionSource = rocmVersionSource
        self.mapFiles = mapFiles
        self.inputs = inputs
        self.destination = destination
        self.options = options
        self.reportDirectory = reportDirectory
        self.jobs = jobs
        self.strict = strict
    }
}

/// Exit codes of a conversion, documented in the README and in `--help`.
public enum ConversionExitCode: Int32, Sendable {
    case success = 0
    /// An input could not be read or converted, or an output could not be written.
    case failure = 1
    /// `--strict` and CUDA names without a HIP equivalent remain.
    case policy = 2
    /// Every file was written, but clang reported errors in some (missing headers, syntax errors):
    /// those parts were translated from tokens only; review them.
    case parseErrors = 3
    /// Bad command line.
    case usage = 64
}

/// What a conversion did.
public struct ConversionOutcome: Sendable {
    public var report: Report
    /// `changes.diff`: bytes, since it carries the files' own bytes (which need not be UTF-8).
    public var diff: [UInt8]
    /// The translated file when the destination is standard output.
    public var standardOutput: [UInt8]?
    /// Messages about inputs and outputs that failed (each names its path).
    public var errors: [String]
    /// Notes worth a line on stderr (e.g. "no CUDA found").
    public var notes: [String]
    /// Where the report and diff were written.
    public var reportFiles: [String]
    /// Prefix that turns the report's root-relative paths into paths from the current directory.
    public var displayPrefix: String
    public var exitCode: ConversionExitCode
    /// Parses, files without CUDA, cache use.
    public var statistics: ProjectTranslator.Statistics = ProjectTranslator.Statistics()
}

/// The library entry point behind `cu2hip convert`.
public enum Conversion {
    public static let version = "0.1.0"

    public static func run(_ request: ConversionRequest) -> ConversionOutcome {
        var excluded: [String] = []
        if case let .directory(out) = request.destination { excluded.append(out) }
        if let reportDirectory = request.reportDirectory { excluded.append(reportDirectory) }
        let discovery = InputDiscovery.discover(request.inputs, excluding: excluded, filter: request.options.pathFilter)
        let displayPrefix = Self.displayPrefix(forRoot: discovery.root)
        var errors = discovery.problems.map { "\($0.path): \($0.message)" }
        var notes: [String] = []
        if case let .directory(out) = request.destination, InputDiscovery.absolute(out) == discovery.root {
            errors.append("\(out): the output directory is the input directory; use --in-place to rewrite the inputs")
            let report = Report(version: version, options: [:], files: [])
            return ConversionOutcome(report: report, diff: [], standardOutput: nil, errors: errors, notes: [],
                                     reportFiles: [], displayPrefix: displayPrefix, exitCode: .failure)
        }
        let output = ConversionOutput(destination: request.destination, root: discovery.root)
        let translator = ProjectTranslator(options: request.options, database: request.database, jobs: request.jobs,
                                           shortcuts: request.shortcuts,
                                           cache: request.cacheDirectory.map(TranslationCache.init(directory:)),
                                           databaseIdentity: databaseIdentity(request), progress: request.progress)
        let statistics = translator.translate(discovery.files, root: discovery.root) { file in
            output.deliver(file, displayPrefix: displayPrefix)
        }

        let existingInputs = request.inputs.count - discovery.problems.filter { request.inputs.contains($0.path) }.count
        if existingInputs > 0, !discovery.files.contains(where: { $0.kind != .other }) {
            errors.append("\(request.inputs.joined(separator: " ")): no C, C++ or CUDA files to convert")
        }
        errors += output.failures
        let (supportFiles, supportErrors) = output.supportPlan(displayPrefix: displayPrefix)
        errors += supportErrors

        var standardOutput: [UInt8]?
        switch request.destination {
        case let .directory(out):
            let outRoot = InputDiscovery.absolute(out)
            errors += output.writeFailures
            errors += mirrorLinks(discovery.entries, under: outRoot)
            errors += write(supportFiles, under: outRoot)
        case let .inPlace(backup):
            errors += writeInPlace(output.deferredFiles, backup: backup, root: discovery.root, displayPrefix: displayPrefix)
            errors += write(supportFiles, under: discovery.root)
        case let .file(path):
            if let file = output.deferredFiles.first,
               let bytes = file.output ?? file.original ?? FileManager.default.contents(atPath: file.input.absolutePath).map({ [UInt8]($0) }) {
                if path == "-" {
                    standardOutput = bytes
                    for support in supportFiles {
                        notes.append("the output includes \(support.header.path), which is not written with standard output; convert with -o FILE or --out DIR to get it")
                    }
                } else {
                    errors += write(supportFiles, under: (InputDiscovery.absolute(path) as NSString).deletingLastPathComponent)
                    do {
                        try AtomicWriter.write(bytes, to: InputDiscovery.absolute(path), permissionsFrom: file.input.absolutePath)
                    } catch {
                        errors.append("\(error)")
                    }
                }
            }
        case .dryRun:
            break
        }

        var options: [String: String] = [
            "rocm-version": request.options.rocmVersion.description,
            "launch-syntax": request.options.launchSyntax.rawValue,
            "cuda-headers": request.options.cudaPath == nil ? "cu2hip" : "cuda-path",
            "blas": request.options.libraries.blas.rawValue,
            "dnn": request.options.libraries.dnn.rawValue,
            "rand": request.options.libraries.rand.rawValue,
            "sparse": request.options.libraries.sparse.rawValue,
            "solver": request.options.libraries.solver.rawValue,
        ]
        if !request.options.defines.isEmpty { options["defines"] = request.options.defines.joined(separator: " ") }
        if !request.mapFiles.isEmpty { options["map"] = request.mapFiles.joined(separator: " ") }
        if let database = request.options.compileDatabase {
            // Relative to the input root when inside it, else to the current directory when below it.
            let path = database.path
            let current = InputDiscovery.absolute(".")
            options["compile-commands"] = path.hasPrefix(discovery.root + "/") ? String(path.dropFirst(discovery.root.count + 1))
                : path.hasPrefix(current + "/") ? String(path.dropFirst(current.count + 1)) : path
        }
        if !request.options.pathFilter.includes.isEmpty {
            options["include"] = request.options.pathFilter.includes.map(\.text).joined(separator: " ")
        }
        if !request.options.pathFilter.excludes.isEmpty {
            options["exclude"] = request.options.pathFilter.excludes.map(\.text).joined(separator: " ")
        }
        if let source = request.rocmVersionSource { options["rocm-version-source"] = source }
        var report = Report(version: version, options: options,
                            files: output.fileReports + discovery.entries.map(\.report) + supportFiles.map(\.report))
        report.cache = statistics.cache.map { CacheSummary(hits: $0.hits, misses: $0.misses) }
        let diff = output.diff(adding: supportFiles)
        if report.summary.references.found == 0, report.files.contains(where: { $0.status == .unchanged }) {
            notes.append("no CUDA found in \(request.inputs.joined(separator: " ")); nothing to translate")
        }

        var reportFiles: [String] = []
        if let directory = request.reportDirectory {
            let reportDirectory = InputDiscovery.absolute(directory)
            do {
                let json = try JSONReporter.render(report)
                try AtomicWriter.write(Array(json.utf8), to: reportDirectory + "/report.json")
                try AtomicWriter.write(diff, to: reportDirectory + "/changes.diff")
                reportFiles = [directory + "/report.json", directory + "/changes.diff"]
            } catch {
                errors.append("\(error)")
            }
        }

        let exitCode: ConversionExitCode
        if !errors.isEmpty {
            exitCode = .failure
        } else if report.summary.filesWithParseErrors > 0 {
            exitCode = .parseErrors
        } else if request.strict, report.summary.references.unsupported > 0 {
            exitCode = .policy
        } else {
            exitCode = .success
        }
        return ConversionOutcome(report: report, diff: diff, standardOutput: standardOutput, errors: errors,
                                 notes: notes, reportFiles: reportFiles, displayPrefix: displayPrefix, exitCode: exitCode,
                                 statistics: statistics)
    }

    /// Rewrites the changed inputs, after the whole run; the messages of those not rewritten.
    static func writeInPlace(_ files: [TranslatedFile], backup: Bool, root: String, displayPrefix: String) -> [String] {
        var errors: [String] = []
        for file in files where file.isChanged {
            if leavesTree(file.input.absolutePath, root: root) {
                errors.append("\(displayPrefix)\(file.input.relativePath): symbolic link to a file outside the input tree; not rewritten in place")
                continue
            }
            guard access(file.input.absolutePath, W_OK) == 0 else {
                errors.append("\(displayPrefix)\(file.input.relativePath): file is read-only; not rewritten")
                continue
            }
            do {
                if backup, let original = file.original {
                    try AtomicWriter.write(original, to: file.input.absolutePath + ".orig", permissionsFrom: file.input.absolutePath)
                }
                try AtomicWriter.write(file.output!, to: file.input.absolutePath, permissionsFrom: file.input.absolutePath)
            } catch {
                errors.append("\(error)")
            }
        }
        return errors
    }

    /// What identifies the mapping database across runs: the `--map` files' names and contents.
    static func databaseIdentity(_ request: ConversionRequest) -> String {
        var hash = ContentHash("built-in")
        for file in request.mapFiles {
            hash.update(file)
            hash.update(FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? [])
        }
        return hash.description
    }

    /// Writes each support header under `root`; the messages of those that could not be written.
    static func write(_ supportFiles: [SupportFile], under root: String) -> [String] {
        var errors: [String] = []
        for file in supportFiles {
            do {
                try AtomicWriter.write(file.bytes, to: root + "/" + file.header.path)
            } catch {
                errors.append("\(error)")
            }
        }
        return errors
    }

    /// Creates under `outRoot` each link of the tree that resolves inside it; the messages of
    /// those that could not be made.
    static func mirrorLinks(_ entries: [TreeEntry], under outRoot: String) -> [String] {
        var errors: [String] = []
        for entry in entries {
            guard case let .link(target) = entry.disposition else { continue }
            do {
                try AtomicWriter.link(to: target, at: outRoot + "/" + entry.relativePath)
            } catch {
                errors.append("\(error)")
            }
        }
        return errors
    }

    /// True when `path` is a symbolic link (an input named on the command line) whose target
    /// lies outside `root`: `--in-place` must not write through it.
    static func leavesTree(_ path: String, root: String) -> Bool {
        var status = stat()
        guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFLNK else { return false }
        let target = InputDiscovery.resolved(path)
        let realRoot = InputDiscovery.resolved(root)
        return !(target.hasPrefix(realRoot == "/" ? "/" : realRoot + "/"))
    }

    /// What to put before a root-relative path so that it reads from the current directory:
    /// "" when the root is the current directory, "sub/dir/" below it, the absolute root elsewhere.
    static func displayPrefix(forRoot root: String) -> String {
        let current = InputDiscovery.absolute(".")
        if root == current { return "" }
        if root.hasPrefix(current + "/") { return String(root.dropFirst(current.count + 1)) + "/" }
        return root + "/"
    }
}
