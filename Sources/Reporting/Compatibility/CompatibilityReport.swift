/// Which CUDA library and API family a name belongs to. `cu2hip check` builds these from the
/// mapping database (Reporting does not depend on Mapping), so the analysis takes a classifier.
public struct APIClassification: Hashable, Sendable {
    /// The library as people name it: "CUDA Runtime", "cuBLAS", ...
    public var library: String
    /// The API family inside it: the reference table's section ("Memory Management"), or
    /// "Headers" for an include.
    public var family: String

    public init(library: String, family: String) {
        self.library = library
        self.family = family
    }
}

/// Classifies one CUDA name (an identifier or a header name); nil when it is not a CUDA name
/// cu2hip knows.
public typealias APIClassifier = (String) -> APIClassification?

/// What kind of problem a finding of `cu2hip check` is; `--fail-on` and the baseline work on these.
public enum FindingCategory: String, Codable, Sendable, CaseIterable {
    /// A warning or error finding that names a CUDA API cu2hip knows, where cu2hip changes
    /// nothing: that use is left as written and needs a change by hand.
    case unsupported
    /// Any other warning or error finding: a hazard in code cu2hip did change (a renamed call
    /// whose arguments need checking), a header not found, an entry of the tree not translated.
    case warning
    /// An error clang reported while parsing; the code around it was translated from tokens only.
    case parseError = "parse-error"
    /// An info finding: nothing to do, worth knowing.
    case note
}

/// Whether a finding was in the baseline given with `--baseline`.
public enum BaselineState: String, Codable, Sendable {
    /// Not in the baseline: a new problem.
    case new
    /// In the baseline: a known problem.
    case unchanged
}

/// The `--fail-on` policy: which new problems make `cu2hip check` exit with 2.
public enum FailOnPolicy: String, Codable, Sendable, CaseIterable {
    /// Never fail on findings.
    case never
    /// Fail on a new unsupported use.
    case unsupported
    /// Fail on any new problem: unsupported use, warning or parse error (not on notes).
    case warning

    /// True when a new finding of `category` fails the run under this policy.
    public func fails(on category: FindingCategory) -> Bool {
        switch self {
        case .never: false
        case .unsupported: category == .unsupported
        case .warning: category != .note
        }
    }
}

/// One finding of `cu2hip check`: a finding of the translation, or an error clang reported.
public struct CompatibilityFinding: Codable, Hashable, Sendable {
    /// Relative to the input root ("/"-separated); absolute for a clang error in a file outside it.
    public var path: String
    /// 1-based; 0 for a finding about an entry of the tree rather than a place in its text.
    public var line: Int
    /// 1-based byte column.
    public var column: Int
    public var severity: Severity
    public var category: FindingCategory
    /// The rule's identifier; `clang` for a parse error.
    public var rule: String
    public var message: String
    /// The CUDA name concerned, when there is one.
    public var name: String?
    /// The library and family `name` belongs to, when cu2hip knows it.
    public var library: String?
    public var family: String?
    /// The text of the source line (without its line break), when it could be read.
    public var code: String?
    /// Identifies the finding across runs even when lines move (see ``CompatibilityAnalysis``).
    public var fingerprint: String
    /// With `--baseline`: whether the baseline has it (nil for notes, which baselines leave out).
    public var baselineState: BaselineState?

    public init(path: String, line: Int, column: Int, severity: Severity, category: FindingCategory, rule: String,
                message: String, name: String? = nil, library: String? = nil, family: String? = nil,
                code: String? = nil, fingerprint: String = "", baselineState: BaselineState? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.severity = severity
        self.category = category
        self.rule = rule
        self.message = message
        self.name = name
        self.library = library
        self.family = family
        self.code = code
        self.fingerprint = fingerprint
        self.baselineState = baselineState
    }

    /// True when this finding counts towards `--fail-on` (not in the baseline).
    public var isNew: Bool { baselineState != .unchanged }
}

/// Uses of one API family of a library.
public struct FamilyUsage: Codable, Hashable, Sendable {
    public var family: String
    /// convertible + unsupported.
    public var found: Int
    /// Changes cu2hip makes that name a CUDA API of this family.
    public var convertible: Int
    /// Unsupported findings naming a CUDA API of this family.
    public var unsupported: Int

    public init(family: String, found: Int = 0, convertible: Int = 0, unsupported: Int = 0) {
        self.family = family
        self.found = found
        self.convertible = convertible
        self.unsupported = unsupported
    }
}

/// Uses of one CUDA library, in total and per family.
public struct LibraryUsage: Codable, Hashable, Sendable {
    public var library: String
    public var found: Int
    public var convertible: Int
    public var unsupported: Int
    /// Sorted by `found`, most first, then by name.
    public var families: [FamilyUsage]

    public init(library: String, found: Int = 0, convertible: Int = 0, unsupported: Int = 0, families: [FamilyUsage] = []) {
        self.library = library
        self.found = found
        self.convertible = convertible
        self.unsupported = unsupported
        self.families = families
    }
}

/// What one file needs.
public struct FileCompatibility: Codable, Hashable, Sendable {
    public var path: String
    /// The file's status in the translation; nil for a file outside the input that only a clang
    /// error points at.
    public var status: FileStatus?
    /// Every change cu2hip would make to the file.
    public var edits: Int
    /// Of those, the changes that name a CUDA API (counted per library).
    public var convertible: Int
    public var unsupported: Int
    public var warnings: Int
    public var parseErrors: Int
    public var notes: Int
    /// This file's share of the manual-work estimate.
    public var estimatedMinutes: Int

    public init(path: String, status: FileStatus?, edits: Int = 0, convertible: Int = 0, unsupported: Int = 0,
                warnings: Int = 0, parseErrors: Int = 0, notes: Int = 0, estimatedMinutes: Int = 0) {
        self.path = path
        self.status = status
        self.edits = edits
        self.convertible = convertible
        self.unsupported = unsupported
        self.warnings = warnings
        self.parseErrors = parseErrors
        self.notes = notes
        self.estimatedMinutes = estimatedMinutes
    }
}

/// A rough estimate of the work left by hand, from fixed costs per problem (see
/// ``ManualWorkModel``).
public struct ManualWorkEstimate: Codable, Hashable, Sendable {
    public var minutes: Int
    /// `minutes` in hours, rounded to the nearest half hour (0.5 at least when minutes > 0).
    public var hours: Double
    /// Distinct unsupported CUDA names, and their uses.
    public var unsupportedNames: Int
    public var unsupportedUses: Int
    public var warnings: Int
    public var filesWithParseErrors: Int

    public init(minutes: Int, unsupportedNames: Int, unsupportedUses: Int, warnings: Int, filesWithParseErrors: Int) {
        self.minutes = minutes
        hours = minutes == 0 ? 0 : max(0.5, Double((minutes + 15) / 30) / 2)
        self.unsupportedNames = unsupportedNames
        self.unsupportedUses = unsupportedUses
        self.warnings = warnings
        self.filesWithParseErrors = filesWithParseErrors
    }
}

/// The fixed costs behind ``ManualWorkEstimate``, in minutes. A model, not a measurement: it
/// ranks projects and files, it does not schedule them.
public enum ManualWorkModel {
    /// The first use of an unsupported CUDA name: finding what to use instead.
    public static let firstUnsupportedUse = 30
    /// Each further use of a name already counted: applying the same change.
    public static let furtherUnsupportedUse = 5
    /// A warning: reading the code and checking it.
    public static let warning = 10
    /// A file clang could not parse cleanly: fixing include paths or macros, then checking again.
    public static let fileWithParseErrors = 30
}

/// Totals over the run.
public struct CompatibilitySummary: Codable, Hashable, Sendable {
    /// Entries of the input tree (every file, link and skipped entry; support headers cu2hip
    /// would write are not counted).
    public var files: Int
    /// Files cu2hip parses as C, C++ or CUDA (translated, unchanged or failed).
    public var sourceFiles: Int
    public var filesWithParseErrors: Int
    /// Files that could not be translated (unreadable, binary).
    public var failedFiles: Int
    /// The CUDA references the rules counted, as `report.json`'s `summary.references`.
    public var references: ReferenceCounts
    /// As `report.json`'s `summary.percentConverted`.
    public var percentConverted: Double
    /// Every change cu2hip would make.
    public var edits: Int
    /// Sums of the per-library counts.
    public var libraryTotals: UsageTotals
    /// Findings per category.
    public var unsupported: Int
    public var warnings: Int
    public var parseErrors: Int
    public var notes: Int
    /// 0-100, see ``CompatibilityAnalysis/score(references:sourceFiles:uncleanFiles:)``.
    public var score: Int
    public var manualWork: ManualWorkEstimate
}

/// found / convertible / unsupported summed over libraries.
public struct UsageTotals: Codable, Hashable, Sendable {
    public var found: Int
    public var convertible: Int
    public var unsupported: Int

    public init(found: Int = 0, convertible: Int = 0, unsupported: Int = 0) {
        self.found = found
        self.convertible = convertible
        self.unsupported = unsupported
    }
}

/// How the findings compare with the baseline given with `--baseline`.
public struct BaselineComparison: Codable, Hashable, Sendable {
    /// Fingerprints in the baseline.
    public var entries: Int
    /// Baseline fingerprints found again.
    public var matched: Int
    /// Baseline fingerprints not found any more (fixed, or changed beyond recognition).
    public var absent: Int
    /// Problems (not notes) that are not in the baseline.
    public var new: Int
}

/// The outcome of `--fail-on`.
public struct PolicyResult: Codable, Hashable, Sendable {
    public var failOn: FailOnPolicy
    /// New findings the policy fails on.
    public var failing: Int
    public var passed: Bool
}

/// Everything `cu2hip check` reports; every format renders this one value.
public struct CompatibilityReport: Codable, Hashable, Sendable {
    /// Version of this JSON format; changes only when a field changes meaning or goes away.
    public static let currentFormatVersion = 1

    public var formatVersion: Int
    public var tool: String
    public var version: String
    /// The translation options, as in `report.json`.
    public var options: [String: String]
    public var summary: CompatibilitySummary
    /// Sorted by `found`, most first, then by name.
    public var libraries: [LibraryUsage]
    /// Files with something to report, sorted by path.
    public var files: [FileCompatibility]
    /// Sorted by path, line, column, rule, message.
    public var findings: [CompatibilityFinding]
    /// Only with `--baseline`.
    public var baseline: BaselineComparison?
    public var policy: PolicyResult

    /// Files by their share of the estimate, most first (then most unsupported uses, then path).
    public var worstFiles: [FileCompatibility] {
        files.filter { $0.estimatedMinutes > 0 }.sorted {
            ($1.estimatedMinutes, $1.unsupported, $0.path) < ($0.estimatedMinutes, $0.unsupported, $1.path)
        }
    }
}
