import ArgumentParser
import Foundation
import Mapping
import Reporting
import Translator

extension LaunchSyntax: ExpressibleByArgument {}
extension LibraryChoice.BLAS: ExpressibleByArgument {}
extension LibraryChoice.DNN: ExpressibleByArgument {}
extension LibraryChoice.RAND: ExpressibleByArgument {}
extension LibraryChoice.Sparse: ExpressibleByArgument {}
extension LibraryChoice.Solver: ExpressibleByArgument {}

extension CU2HIP {
    struct Convert: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Translate CUDA files or directories to HIP.",
            discussion: """
            Exactly one of --out, -o, --in-place or --dry-run says where the results go. Every run \
            also writes report.json and changes.diff to --report-dir (default ./cu2hip-report).

            Without --rocm-version, the release of the installed HIP is targeted: the first \
            hip/hip_version.h under $ROCM_PATH/include, /opt/rocm/include, /usr/include or \
            /usr/local/include (CU2HIP_HIP_SEARCH_PATH, colon-separated, replaces that list).
            """)

        @Argument(help: "CUDA/C++ files or directories to translate.")
        var inputs: [String]

        @Option(name: .customLong("out"), help: ArgumentHelp("Mirror the input tree into this directory.", valueName: "dir"))
        var outDirectory: String?

        @Option(name: .customShort("o"), help: ArgumentHelp("Write the one input file here ('-' for standard output).", valueName: "file"))
        var outputFile: String?

        @Flag(help: "Rewrite the input files themselves (atomically).")
        var inPlace = false

        @Flag(help: "With --in-place, keep each original as FILE.orig.")
        var backup = false

        @Flag(help: "Write no sources: only the report and diff, and print the diff.")
        var dryRun = false

        @OptionGroup var translation: TranslationArguments

        @Option(help: ArgumentHelp("Directory for report.json and changes.diff.", valueName: "dir"))
        var reportDir = "cu2hip-report"

        @Flag(help: "Write no report directory.")
        var noReport = false

        @Option(name: .customLong("cache"), help: ArgumentHelp(
            "Directory of the incremental cache (default: cache/ in the report directory).", valueName: "dir"))
        var cacheDirectory: String?

        @Flag(help: "Use no incremental cache.")
        var noCache = false

        @Flag(help: "Parse every file, and each header's includer again for it: slower, same output (a check of the shortcuts).")
        var noShortcuts = false

        @Flag(help: "Exit with code 2 when CUDA names without a HIP equivalent remain.")
        var strict = false

        @Flag(name: .shortAndLong, help: "Print only errors and the summary on stderr.")
        var quiet = false

        func validate() throws {
            let destinations = [outDirectory != nil, outputFile != nil, inPlace, dryRun].filter { $0 }.count
            guard destinations == 1 else {
                throw ValidationError("say where results go with exactly one of --out DIR, -o FILE, --in-place, --dry-run")
            }
            if outputFile != nil, inputs.count != 1 {
                throw ValidationError("-o takes exactly one input file; use --out DIR for several files or a directory")
            }
            if backup, !inPlace { throw ValidationError("--backup only makes sense with --in-place") }
            if noCache, cacheDirectory != nil { throw ValidationError("--cache and --no-cache contradict each other") }
            if let outDirectory {
                let out = URL(fileURLWithPath: outDirectory).standardizedFileURL.path
                if inputs.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL.path == out }) {
                    throw ValidationError("--out '\(outDirectory)' is an input; use --in-place to rewrite the inputs")
                }
            }
        }

        /// `--cache`, or cache/ in the report directory; none with `--no-cache`, or with
        /// `--no-report` and no `--cache`.
        var effectiveCacheDirectory: String? {
            if noCache || noShortcuts { return nil }
            if let cacheDirectory { return cacheDirectory }
            return noReport ? nil : reportDir + "/cache"
        }

        func run() throws {
            let destination: ConversionRequest.Destination
            if let outDirectory {
                destination = .directory(outDirectory)
            } else if let outputFile {
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: inputs[0], isDirectory: &isDirectory), isDirectory.boolValue {
                    throw ValidationError("-o takes one input file, and '\(inputs[0])' is a directory; use --out DIR")
                }
                destination = .file(outputFile)
            } else if inPlace {
                destination = .inPlace(backup: backup)
            } else {
                destination = .dryRun
            }
            let resolved = try translation.resolve()
            let target = resolved.target
            // A progress line only for a person watching a terminal.
            let meter: ProgressMeter? = !quiet && isatty(2) != 0 ? ProgressMeter() : nil
            var request = ConversionRequest(inputs: inputs, destination: destination, options: resolved.options,
                                            reportDirectory: noReport ? nil : reportDir, jobs: translation.jobs, strict: strict,
                                            database: resolved.database, mapFiles: translation.mapFiles, rocmVersionSource: target.sourceDescription,
                                            cacheDirectory: effectiveCacheDirectory, shortcuts: !noShortcuts)
            if let meter {
                request.progress = { done, total in meter.update(done: done, total: total) }
            }
            TemporaryFiles.shared.removeOnInterrupt()
            let outcome = Conversion.run(request)
            meter?.finish()

            let stderr = StandardError()
            if !quiet {
                if let note = target.note { stderr.write("cu2hip: note: \(note)") }
                for note in resolved.notes { stderr.write("cu2hip: note: \(note)") }
                for line in TextReporter.findings(outcome.report, prefix: outcome.displayPrefix) { stderr.write(line) }
                for note in outcome.notes + Self.selectionNotes(outcome, options: resolved.options) { stderr.write("cu2hip: note: \(note)") }
            }
            for error in outcome.errors { stderr.write("cu2hip: error: \(error)") }
            stderr.write(TextReporter.summary(outcome.report))
            if let outDirectory { stderr.write("cu2hip: output: \(outDirectory)") }
            if !outcome.reportFiles.isEmpty { stderr.write("cu2hip: report: \(outcome.reportFiles.joined(separator: ", "))") }
            if !quiet, let cache = outcome.report.cache, cache.hits > 0, let directory = effectiveCacheDirectory {
                stderr.write("cu2hip: cache: \(cache.hits) of \(cache.hits + cache.misses) translation unit(s) reused from \(directory)")
            }

            if let bytes = outcome.standardOutput {
                FileHandle.standardOutput.write(Data(bytes))
            } else if dryRun {
                FileHandle.standardOutput.write(Data(outcome.diff))
            }
            if outcome.exitCode != .success { throw ExitCode(outcome.exitCode.rawValue) }
        }
    }
}

extension CU2HIP.Convert {
    /// At most this many paths in a note; the report has them all.
    static let pathsPerNote = 5

    /// Notes on which files were translated how: sources the compile database does not list
    /// (parsed with the default flags), C/C++/CUDA files that --include/--exclude left out.
    static func selectionNotes(_ outcome: ConversionOutcome, options: TranslationOptions) -> [String] {
        var notes: [String] = []
        let prefix = outcome.displayPrefix
        if let database = options.compileDatabase {
            let unlisted = outcome.report.files.filter { file in
                (file.status == .converted || file.status == .unchanged) && file.translatedWith == nil
                    && SourceFileKind(path: file.path) == .source
                    && database.settings(for: InputDiscovery.absolute(prefix + file.path)) == nil
            }.map { prefix + $0.path }
            if !unlisted.isEmpty {
                notes.append("\(unlisted.count) source file(s) not in the compile database, parsed with the default flags: \(list(unlisted))")
            }
        }
        if !options.pathFilter.selectsEverything {
            let left = outcome.report.files.filter { $0.status == .copied && SourceFileKind(path: $0.path) != .other }.map { prefix + $0.path }
            if !left.isEmpty {
                notes.append("\(left.count) C/C++/CUDA file(s) left out by --include/--exclude, copied unchanged: \(list(left))")
            }
        }
        return notes
    }

    private static func list(_ paths: [String]) -> String {
        let shown = paths.prefix(pathsPerNote).joined(separator: ", ")
        return paths.count > pathsPerNote ? shown + ", and \(paths.count - pathsPerNote) more (see report.json)" : shown
    }
}

/// Serialised writes to standard error, one line at a time.
struct StandardError {
    func write(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
