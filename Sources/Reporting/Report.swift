/// How serious a finding is.
public enum Severity: String, Codable, Sendable, Comparable, CaseIterable {
    case info, warning, error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A 1-based line and 1-based byte column.
public struct SourcePosition: Codable, Hashable, Sendable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One change cu2hip made, as the report shows it.
public struct EditRecord: Codable, Hashable, Sendable {
    public var rule: String
    public var line: Int
    public var column: Int
    public var before: String
    public var after: String
    /// True when the change lies in an inactive `#if` branch or a macro body (token-level rewrite).
    public var tokenLevel: Bool

    public init(rule: String, position: SourcePosition, before: String, after: String, tokenLevel: Bool) {
        self.rule = rule
        self.line = position.line
        self.column = position.column
        self.before = before
        self.after = after
        self.tokenLevel = tokenLevel
    }
}

/// Something a user should know: an unsupported name, work left to do by hand, a hazard.
public struct Finding: Codable, Hashable, Sendable {
    public var rule: String
    public var severity: Severity
    public var line: Int
    public var column: Int
    public var message: String
    /// The CUDA name concerned, when there is one.
    public var name: String?

    public init(rule: String, severity: Severity, position: SourcePosition, message: String, name: String? = nil) {
        self.rule = rule
        self.severity = severity
        self.line = position.line
        self.column = position.column
        self.message = message
        self.name = name
    }

    public var position: SourcePosition { SourcePosition(line: line, column: column) }
}

/// A clang diagnostic as the report shows it; `file` is relative to the input root when inside it.
public struct DiagnosticRecord: Codable, Hashable, Sendable {
    public var severity: String
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(severity: String, file: String, line: Int, column: Int, message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }
}

/// What happened to one file.
public enum FileStatus: String, Codable, Sendable, CaseIterable {
    /// Translated, and the output differs from the input.
    case converted
    /// Looked at as C/C++/CUDA; nothing needed changing.
    case unchanged
    /// Not C/C++/CUDA; copied as is.
    case copied
    /// Could not be translated (unreadable, binary, libclang failure); never altered
    /// (`--out` mirrors it unchanged, `--in-place` leaves it alone).
    case failed
    /// A symbolic link whose target lies inside the input tree: `--out` mirrors it as a link with
    /// the same relative target (`linkTarget`); never followed, never rewritten.
    case linked
    /// Not translated and not mirrored: a version-control folder, a symbolic link that leaves
    /// the tree or dangles, a named pipe, socket or device (`reason` says which). A warning, not
    /// a failure.
    case skipped
    /// Not in the input: a support header of cu2hip's own (`cu2hip/...`) that translated files
    /// include; `reason` says what it provides and which files include it.
    case generated
}

/// Counts of CUDA names seen in a file or a run.
public struct ReferenceCounts: Codable, Hashable, Sendable {
    /// CUDA API names, includes and launches recognised.
    public var found: Int
    /// Of those, how many were translated (or are valid HIP as written).
    public var converted: Int
    /// Of those, how many were left because HIP has no equivalent (or not in the target ROCm).
    public var unsupported: Int

    public init(found: Int = 0, converted: Int = 0, unsupported: Int = 0) {
        self.found = found
        self.converted = converted
        self.unsupported = unsupported
    }

    public static func + (lhs: ReferenceCounts, rhs: ReferenceCounts) -> ReferenceCounts {
        ReferenceCounts(found: lhs.found + rhs.found, converted: lhs.converted + rhs.converted, unsupported: lhs.unsupported + rhs.unsupported)
    }
}

/// The report for one file.
public struct FileReport: Codable, Hashable, Sendable {
    /// Path relative to the input root, "/"-separated.
    public var path: String
    public var status: FileStatus
    /// For a header: the source file it was translated in the context of.
    public var translatedWith: String?
    /// Why the file failed, for `failed`.
    public var error: String?
    /// Why the entry was left out, for `skipped`; for `copied`, the `--include`/`--exclude` glob that kept a C/C++/CUDA file from being translated.
    public var reason: String?
    /// The target of a symbolic link as it is written in the output (`linked`) or in the input
    /// (`skipped`).
    public var linkTarget: String?
    public var references: ReferenceCounts
    public var edits: [EditRecord]
    public var findings: [Finding]
    public var diagnostics: [DiagnosticRecord]

    public init(path: String, status: FileStatus, translatedWith: String? = nil, error: String? = nil,
                reason: String? = nil, linkTarget: String? = nil,
                references: ReferenceCounts = ReferenceCounts(), edits: [EditRecord] = [],
                findings: [Finding] = [], diagnostics: [DiagnosticRecord] = []) {
        self.path = path
        self.status = status
        self.translatedWith = translatedWith
        self.error = error
        self.reason = reason
        self.linkTarget = linkTarget
        self.references = references
        self.edits = edits
        self.findings = findings
        self.diagnostics = diagnostics
    }

    /// True when clang reported an error or fatal error for this file.
    public var hasParseErrors: Bool {
        diagnostics.contains { $0.severity == "error" || $0.severity == "fatal" }
    }
}

/// Totals over a run.
public struct Summary: Codable, Hashable, Sendable {
    public var files: Int
    public var converted: Int
    public var unchanged: Int
    public var copied: Int
    public var failed: Int
    public var linked: Int
    public var skipped: Int
    public var generated: Int
    public var filesWithParseErrors: Int
    public var references: ReferenceCounts
    /// converted / found references, in percent with one decimal; 100 when nothing was found.
    public var percentConverted: Double

    public init(files: [FileReport]) {
        self.files = files.count
        converted = files.filter { $0.status == .converted }.count
        unchanged = files.filter { $0.status == .unchanged }.count
        copied = files.filter { $0.status == .copied }.count
        failed = files.filter { $0.status == .failed }.count
        linked = files.filter { $0.status == .linked }.count
        skipped = files.filter { $0.status == .skipped }.count
        generated = files.filter { $0.status == .generated }.count
        filesWithParseErrors = files.filter(\.hasParseErrors).count
        references = files.reduce(ReferenceCounts()) { $0 + $1.references }
        percentConverted = references.found == 0
            ? 100 : (Double(references.converted) * 1000 / Double(references.found)).rounded() / 10
    }
}

/// Everything one run of cu2hip found and did. Paths are relative; no timestamps, so the same
/// input and options give byte-identical reports.
public struct Report: Codable, Hashable, Sendable {
    public var tool: String
    public var version: String
    public var options: [String: String]
    public var files: [FileReport]
    public var summary: Summary
    /// How the incremental cache served the run; absent when no cache was used. The one part of
    /// the report that depends on earlier runs.
    public var cache: CacheSummary?

    public init(version: String, options: [String: String], files: [FileReport]) {
        tool = "cu2hip"
        self.version = version
        self.options = options
        self.files = files.sorted { $0.path < $1.path }
        summary = Summary(files: self.files)
    }
}

/// The incremental cache's part in a run: translation units whose stored translation was still
/// valid (not parsed) and units looked up and parsed.
public struct CacheSummary: Codable, Hashable, Sendable {
    public var hits: Int
    public var misses: Int

    public init(hits: Int, misses: Int) {
        self.hits = hits
        self.misses = misses
    }
}
