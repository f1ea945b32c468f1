import ArgumentParser
import Foundation
import Mapping
import Reporting
import Translator

extension CompatibilityFormat: ExpressibleByArgument {}
extension FailOnPolicy: ExpressibleByArgument {}

extension CU2HIP {
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Report what porting CUDA sources to HIP would take, without writing anything under them.",
            discussion: """
            Translates in memory (as convert --dry-run --no-report) and prints a compatibility report: \
            per library and API family the CUDA uses found, convertible and unsupported; every \
            unsupported use, warning and parse error with its location; an estimate of the manual \
            work and a score. --fail-on decides the exit code; --baseline ignores known problems.

            EXIT CODES
              0   the --fail-on policy passed
              1   an input could not be read or translated, or --baseline, --output or
                  --write-baseline could not be read or written (the report is still printed)
              2   the --fail-on policy failed: new findings it counts remain
              64  bad command line
            """)

        @Argument(help: "CUDA/C++ files or directories to check.")
        var inputs: [String]

        @Option(help: ArgumentHelp("text, json, markdown, html or sarif.", valueName: "format"))
        var format: CompatibilityFormat = .text

        @Option(name: [.customShort("o"), .long], help: ArgumentHelp("Write the report to this file (atomically) instead of standard output.", valueName: "file"))
        var output: String?

        @Option(help: ArgumentHelp(
            "Exit with 2 when new findings remain: never, unsupported (unsupported CUDA uses), or warning (any finding but notes).",
            valueName: "policy"))
        var failOn: FailOnPolicy = .unsupported

        @Option(help: ArgumentHelp("Known problems (from --write-baseline): they are reported but do not fail the run.", valueName: "file"))
        var baseline: String?

        @Option(help: ArgumentHelp("Write the problems found now as a baseline file.", valueName: "file"))
        var writeBaseline: String?

        @Option(name: .customLong("cache"), help: ArgumentHelp(
            "Directory of the incremental cache, as for convert (none by default: check writes nothing unless asked).",
            valueName: "dir"))
        var cacheDirectory: String?

        @OptionGroup var translation: TranslationArguments

        @Flag(name: .shortAndLong, help: "Print only errors on stderr.")
        var quiet = false

        func run() throws {
            let stderr = StandardError()
            let resolved = try translation.resolve()
            var failed = false

            var known: Baseline?
            if let baseline {
                do {
                    guard let data = FileManager.default.contents(atPath: baseline) else {
                        throw CheckError.unreadable(baseline)
                    }
                    known = try Baseline.decode([UInt8](data), path: baseline)
                } catch {
                    // Without the baseline every problem would count as new: stop before judging.
                    stderr.write("cu2hip: error: \(error)")
                    throw ExitCode(1)
                }
            }

            let outcome = Self.translate(inputs, resolved: resolved, jobs: translation.jobs, mapFiles: translation.mapFiles,
                                         cacheDirectory: cacheDirectory)
            let prefix = outcome.displayPrefix
            let classifier = APIClassifierBuilder(database: resolved.database)
            let report = CompatibilityAnalysis.make(CompatibilityAnalysis.Input(
                report: outcome.report,
                classify: { classifier.classify($0) },
                source: { path in
                    FileManager.default.contents(atPath: path.hasPrefix("/") ? path : prefix + path).map { [UInt8]($0) }
                },
                baseline: known,
                // A run that writes a baseline accepts what it records, unless it is compared with an older one.
                failOn: writeBaseline != nil && baseline == nil ? .never : failOn))

            if !quiet {
                if let note = resolved.target.note { stderr.write("cu2hip: note: \(note)") }
                for note in resolved.notes + outcome.notes { stderr.write("cu2hip: note: \(note)") }
            }
            for error in outcome.errors { stderr.write("cu2hip: error: \(error)") }
            if !outcome.errors.isEmpty { failed = true }

            let ruleSummaries = Self.ruleSummaries
            let rendered = format.render(report, context: CompatibilityFormat.Context(pathPrefix: prefix, ruleSummaries: ruleSummaries))
            if let output {
                do {
                    try AtomicWriter.write(Array(rendered.utf8), to: InputDiscovery.absolute(output))
                } catch {
                    stderr.write("cu2hip: error: \(error)")
                    failed = true
                }
            } else {
                FileHandle.standardOutput.write(Data(rendered.utf8))
            }
            if let writeBaseline {
                let recorded = Baseline(report)
                do {
                    try AtomicWriter.write(Array(recorded.rendered().utf8), to: InputDiscovery.absolute(writeBaseline))
                    if !quiet { stderr.write("cu2hip: baseline: \(writeBaseline) (\(recorded.findings.count) problem(s))") }
                } catch {
                    stderr.write("cu2hip: error: \(error)")
                    failed = true
                }
            }
            if let comparison = report.baseline, comparison.entries > 0, comparison.matched == 0, !quiet {
                stderr.write("cu2hip: warning: the baseline \(baseline ?? "") matched none of the \(comparison.entries) problem(s) it lists; is it from another tree or an older cu2hip? (write it again with --write-baseline)")
            }
            if !quiet || !report.policy.passed {
                let summary = report.summary
                stderr.write("cu2hip: check: score \(summary.score)/100; \(summary.unsupported) unsupported, \(summary.warnings) warning(s), \(summary.parseErrors) parse error(s); policy \(report.policy.passed ? "passed" : "failed: \(report.policy.failing) new finding(s) at --fail-on \(report.policy.failOn.rawValue)")")
            }
            if failed { throw ExitCode(1) }
            if !report.policy.passed { throw ExitCode(2) }
        }

        /// The one place `check` translates: in memory, writing nothing (no sources, no report
        /// directory).
        static func translate(_ inputs: [String], resolved: TranslationArguments.Resolved, jobs: Int, mapFiles: [String],
                              cacheDirectory: String? = nil) -> ConversionOutcome {
            Conversion.run(ConversionRequest(
                inputs: inputs, destination: .dryRun, options: resolved.options, reportDirectory: nil, jobs: jobs,
                strict: false, database: resolved.database, mapFiles: mapFiles,
                rocmVersionSource: resolved.target.sourceDescription, cacheDirectory: cacheDirectory))
        }

        /// Every rule's summary, and cu2hip's wording for the findings that come from the pipeline
        /// rather than a rewrite rule.
        static var ruleSummaries: [String: String] {
            var summaries = Dictionary(uniqueKeysWithValues: RuleRegistry.descriptions.map { ($0.identifier, $0.summary) })
            summaries["input-tree"] = "An entry of the input tree that is not translated or mirrored (a link leaving the tree, a pipe, a device)."
            summaries["encoding"] = "A source file that is not UTF-8; it is translated byte for byte."
            summaries["include-search"] = "An include that resolved only through a folder found in the input tree, or not at all."
            summaries["hip-source"] = "A file that is already HIP."
            return summaries
        }
    }
}

/// Why `check` could not use a file it was given.
enum CheckError: Error, CustomStringConvertible {
    case unreadable(String)

    var description: String {
        switch self {
        case let .unreadable(path): "\(path): cannot read the baseline file"
        }
    }
}

/// Classifies CUDA names for the compatibility report: a name in the mapping database goes to
/// its library and the reference table's section; a CUDA header to its library (family
/// "Headers"); a name only a rule handles to that rule.
struct APIClassifierBuilder {
    let database: MappingDatabase

    func classify(_ name: String) -> APIClassification? {
        if let entry = database.entry(for: name) {
            return APIClassification(library: entry.library.displayName, family: entry.isFromUserMap ? "--map" : entry.family)
        }
        if name.hasSuffix(".h") || name.hasSuffix(".cuh") || name.hasSuffix(".hpp") {
            if let mapping = HeaderMap.mapping(for: name) {
                switch mapping.action {
                case let .library(library, _), let .chosen(library, _, _):
                    return APIClassification(library: library.displayName, family: "Headers")
                case .replace, .runtime, .drop:
                    return APIClassification(library: name.hasPrefix("cub/") ? Library.cub.displayName : Library.runtime.displayName, family: "Headers")
                }
            }
            if HeaderMap.withoutCounterpart[name] != nil {
                return APIClassification(library: "NVIDIA-only", family: "Headers")
            }
            return nil
        }
        if let rule = RuleRegistry.rules(touching: name).first {
            return APIClassification(library: Self.ruleLibraries[rule] ?? "Other CUDA", family: rule)
        }
        return nil
    }

    /// The library a rule's own names belong to, for names the mapping database does not list.
    static let ruleLibraries: [String: String] = [
        "nvtx": "NVTX", "wmma": "WMMA", "cublaslt": "cuBLASLt", "cooperative-groups-collectives": "Cooperative groups",
        "cudnn-call": Library.cudnn.displayName, "cudnn-find": Library.cudnn.displayName,
        "rocblas-call": Library.cublas.displayName, "rocsparse-call": Library.cusparse.displayName,
        "warp-sync": Library.device.displayName, "driver-call": Library.driver.displayName,
        "driver-error-string": Library.driver.displayName, "module-image": Library.driver.displayName,
    ]
}
