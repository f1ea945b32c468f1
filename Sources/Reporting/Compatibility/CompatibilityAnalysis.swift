/// Turns a translation ``Report`` into a ``CompatibilityReport``: findings categorised, located
/// with their source line and fingerprinted; uses counted per library and family; the
/// manual-work estimate, the score, the baseline comparison and the `--fail-on` outcome.
public enum CompatibilityAnalysis {
    /// What the analysis needs besides the report.
    public struct Input {
        public var report: Report
        /// Classifies CUDA names (identifiers and header names).
        public var classify: APIClassifier
        /// The bytes of a file, by the path the report gives it (root-relative, or absolute);
        /// nil when it cannot be read. Used for the source line of each finding.
        public var source: (String) -> [UInt8]?
        public var baseline: Baseline?
        public var failOn: FailOnPolicy

        public init(report: Report, classify: @escaping APIClassifier, source: @escaping (String) -> [UInt8]?,
                    baseline: Baseline? = nil, failOn: FailOnPolicy = .unsupported) {
            self.report = report
            self.classify = classify
            self.source = source
            self.baseline = baseline
            self.failOn = failOn
        }
    }

    /// The rule identifier of clang's parse errors.
    public static let parseErrorRule = "clang"

    public static func make(_ input: Input) -> CompatibilityReport {
        let report = input.report
        var classifications: [String: APIClassification?] = [:]
        func classify(_ name: String) -> APIClassification? {
            if let known = classifications[name] { return known }
            let result = input.classify(name)
            classifications[name] = result
            return result
        }

        var usage: [String: [String: FamilyUsage]] = [:]
        var files: [String: FileCompatibility] = [:]
        var findings: [CompatibilityFinding] = []
        var seenDiagnostics: Set<String> = []

        for file in report.files {
            var entry = files[file.path] ?? FileCompatibility(path: file.path, status: file.status)
            entry.status = file.status
            entry.edits += file.edits.count
            for edit in file.edits {
                guard let api = editNames(edit).lazy.compactMap({ classify($0) }).first else { continue }
                usage[api.library, default: [:]][api.family, default: FamilyUsage(family: api.family)].convertible += 1
                entry.convertible += 1
            }
            files[file.path] = entry
            let editStarts = Set(file.edits.map { SourcePosition(line: $0.line, column: $0.column) })
            for finding in file.findings {
                let api = finding.name.flatMap { classify($0) }
                let category: FindingCategory
                if finding.severity == .info {
                    category = .note
                } else if api != nil, !editStarts.contains(finding.position) {
                    // A CUDA name left as written: no change starts where the finding points.
                    category = .unsupported
                } else {
                    category = .warning
                }
                if category == .unsupported, let api {
                    usage[api.library, default: [:]][api.family, default: FamilyUsage(family: api.family)].unsupported += 1
                }
                findings.append(CompatibilityFinding(
                    path: file.path, line: finding.line, column: finding.column, severity: finding.severity,
                    category: category, rule: finding.rule, message: finding.message, name: finding.name,
                    library: api?.library, family: api?.family))
            }
            for diagnostic in file.diagnostics where diagnostic.severity == "error" || diagnostic.severity == "fatal" {
                let path = diagnostic.file.isEmpty ? file.path : diagnostic.file
                // A header's error shows up once per file that includes it.
                let key = "\(path)\u{1F}\(diagnostic.line)\u{1F}\(diagnostic.column)\u{1F}\(diagnostic.message)"
                guard seenDiagnostics.insert(key).inserted else { continue }
                findings.append(CompatibilityFinding(
                    path: path, line: diagnostic.line, column: diagnostic.column, severity: .error,
                    category: .parseError, rule: parseErrorRule, message: diagnostic.message))
            }
        }

        findings.sort { ($0.path, $0.line, $0.column, $0.rule, $0.message) < ($1.path, $1.line, $1.column, $1.rule, $1.message) }
        var lines = SourceLines(source: input.source)
        for index in findings.indices where findings[index].line > 0 {
            findings[index].code = lines.line(findings[index].line, of: findings[index].path)
        }
        fingerprint(&findings)

        // Baseline.
        var comparison: BaselineComparison?
        if let baseline = input.baseline {
            let known = Set(baseline.findings.map(\.fingerprint))
            var matched: Set<String> = []
            var new = 0
            for index in findings.indices where findings[index].category != .note {
                if known.contains(findings[index].fingerprint) {
                    findings[index].baselineState = .unchanged
                    matched.insert(findings[index].fingerprint)
                } else {
                    findings[index].baselineState = .new
                    new += 1
                }
            }
            comparison = BaselineComparison(entries: known.count, matched: matched.count, absent: known.count - matched.count, new: new)
        }

        // Per-file counts and the manual-work estimate, in the findings' order.
        var minutes = 0
        var unsupportedNames: Set<String> = []
        for finding in findings {
            var entry = files[finding.path] ?? FileCompatibility(path: finding.path, status: nil)
            var cost = 0
            switch finding.category {
            case .unsupported:
                entry.unsupported += 1
                let key = "\(finding.library ?? "")\u{1F}\(finding.name ?? "")"
                cost = unsupportedNames.insert(key).inserted ? ManualWorkModel.firstUnsupportedUse : ManualWorkModel.furtherUnsupportedUse
            case .warning:
                entry.warnings += 1
                cost = ManualWorkModel.warning
            case .parseError:
                entry.parseErrors += 1
            case .note:
                entry.notes += 1
            }
            entry.estimatedMinutes += cost
            minutes += cost
            files[finding.path] = entry
        }
        for file in report.files where file.hasParseErrors {
            files[file.path]?.estimatedMinutes += ManualWorkModel.fileWithParseErrors
            minutes += ManualWorkModel.fileWithParseErrors
        }

        let libraries = usage.map { library, families -> LibraryUsage in
            let rows = families.values.map { family -> FamilyUsage in
                var family = family
                family.found = family.convertible + family.unsupported
                return family
            }.sorted { ($1.found, $0.family) < ($0.found, $1.family) }
            return LibraryUsage(library: library, found: rows.reduce(0) { $0 + $1.found },
                                convertible: rows.reduce(0) { $0 + $1.convertible },
                                unsupported: rows.reduce(0) { $0 + $1.unsupported }, families: rows)
        }.sorted { ($1.found, $0.library) < ($0.found, $1.library) }

        let sourceFiles = report.files.filter { [.converted, .unchanged, .failed].contains($0.status) }
        let uncleanFiles = sourceFiles.filter { $0.status == .failed || $0.hasParseErrors }.count
        let count = { (category: FindingCategory) in findings.filter { $0.category == category }.count }
        let summary = CompatibilitySummary(
            files: report.files.filter { $0.status != .generated }.count,
            sourceFiles: sourceFiles.count,
            filesWithParseErrors: report.summary.filesWithParseErrors,
            failedFiles: report.summary.failed,
            references: report.summary.references,
            percentConverted: report.summary.percentConverted,
            edits: report.files.reduce(0) { $0 + $1.edits.count },
            libraryTotals: UsageTotals(found: libraries.reduce(0) { $0 + $1.found },
                                       convertible: libraries.reduce(0) { $0 + $1.convertible },
                                       unsupported: libraries.reduce(0) { $0 + $1.unsupported }),
            unsupported: count(.unsupported), warnings: count(.warning), parseErrors: count(.parseError), notes: count(.note),
            score: score(references: report.summary.references, sourceFiles: sourceFiles.count, uncleanFiles: uncleanFiles),
            manualWork: ManualWorkEstimate(minutes: minutes, unsupportedNames: unsupportedNames.count,
                                           unsupportedUses: count(.unsupported), warnings: count(.warning),
                                           filesWithParseErrors: report.summary.filesWithParseErrors))

        let failing = findings.filter { $0.isNew && input.failOn.fails(on: $0.category) }.count
        let reported = files.values.filter {
            $0.edits + $0.unsupported + $0.warnings + $0.parseErrors + $0.notes + $0.estimatedMinutes > 0 || $0.status == .failed
        }.sorted { $0.path < $1.path }
        return CompatibilityReport(
            formatVersion: CompatibilityReport.currentFormatVersion, tool: report.tool, version: report.version,
            options: report.options, summary: summary, libraries: libraries, files: reported, findings: findings,
            baseline: comparison, policy: PolicyResult(failOn: input.failOn, failing: failing, passed: failing == 0))
    }

    /// The score, 0-100: the share of CUDA references converted (`references.converted /
    /// references.found`, 1 when none were found) times the share of source files cu2hip
    /// understood, where a file that failed or had parse errors counts half; rounded half up.
    public static func score(references: ReferenceCounts, sourceFiles: Int, uncleanFiles: Int) -> Int {
        let found = max(references.found, 1)
        let converted = references.found == 0 ? 1 : references.converted
        let halves = max(2 * sourceFiles, 1)
        let understoodHalves = sourceFiles == 0 ? 1 : 2 * sourceFiles - uncleanFiles
        // round(100 * converted/found * understoodHalves/halves) in integers.
        return (200 * converted * understoodHalves + found * halves) / (2 * found * halves)
    }

    /// The CUDA names an edit's original text may be about, in order: the header of an include
    /// (`<cublas_v2.h>`), otherwise each identifier.
    static func editNames(_ edit: EditRecord) -> [String] {
        let text = edit.before.trimmingWhitespace
        if let first = text.first, let last = text.last, text.count > 2,
           (first == "<" && last == ">") || (first == "\"" && last == "\"") {
            return [String(text.dropFirst().dropLast())]
        }
        return identifiers(in: edit.before)
    }

    /// The C identifiers in `text`, in order.
    static func identifiers(in text: String) -> [String] {
        var names: [String] = []
        var current: [UInt8] = []
        func flush() {
            if let first = current.first, !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) {
                names.append(String(decoding: current, as: UTF8.self))
            }
            current.removeAll()
        }
        for byte in text.utf8 {
            let isWord = (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
                || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
            if isWord { current.append(byte) } else { flush() }
        }
        flush()
        return names
    }

    // MARK: - Fingerprints

    /// Gives each finding its fingerprint: the first 32 hex digits of the SHA-256 of its path,
    /// rule, key (the CUDA name, else the message with each run of digits replaced by `#`), its
    /// source line with blanks collapsed and trimmed, and its index among the findings of the
    /// same file with equal values of all these (in line order). No line or column goes in, so a
    /// finding keeps its fingerprint when lines are inserted or removed above it.
    static func fingerprint(_ findings: inout [CompatibilityFinding]) {
        var occurrences: [String: Int] = [:]
        for index in findings.indices {
            let finding = findings[index]
            let key = finding.name ?? normalisedMessage(finding.message)
            let fields = ["cu2hip-fingerprint-1", finding.path, finding.rule, key, normalisedCode(finding.code ?? "")]
            let identity = fields.joined(separator: "\u{1F}")
            let occurrence = occurrences[identity, default: 0]
            occurrences[identity] = occurrence + 1
            findings[index].fingerprint = String(SHA256.hex(Array((identity + "\u{1F}\(occurrence)").utf8)).prefix(32))
        }
    }

    static func normalisedMessage(_ message: String) -> String {
        var result = ""
        var inDigits = false
        for character in message {
            if character.isASCII, character.isNumber {
                if !inDigits { result.append("#") }
                inDigits = true
            } else {
                result.append(character)
                inDigits = false
            }
        }
        return collapseBlanks(result)
    }

    static func normalisedCode(_ code: String) -> String { collapseBlanks(code) }

    /// Runs of spaces and tabs become one space; leading and trailing ones go.
    static func collapseBlanks(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}

/// Source lines read on demand, each file once.
struct SourceLines {
    let source: (String) -> [UInt8]?
    private var cache: [String: [String]?] = [:]

    init(source: @escaping (String) -> [UInt8]?) { self.source = source }

    /// Line `number` (1-based) of `path` without its line break (and a carriage return before
    /// it); nil when the file cannot be read or is shorter.
    mutating func line(_ number: Int, of path: String) -> String? {
        if cache[path] == nil {
            cache[path] = source(path).map { bytes in
                bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
                    String(decoding: line.last == UInt8(ascii: "\r") ? line.dropLast() : line[...], as: UTF8.self)
                }
            }
        }
        guard let lines = cache[path] ?? nil, number >= 1, number <= lines.count else { return nil }
        return lines[number - 1]
    }
}

extension String {
    /// Without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }
        guard let start = firstIndex(where: { !blank($0) }), let end = lastIndex(where: { !blank($0) }) else { return "" }
        return String(self[start...end])
    }
}
