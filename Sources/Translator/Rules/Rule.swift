import Clang
import Mapping
import Reporting

/// A short example of CUDA input and, for corrections, the exact HIP output expected.
public struct Example: Sendable {
    public var input: String
    public var output: String?
    public var options: TranslationOptions
    /// File name the example is translated as (decides `.cu` vs header handling).
    public var fileName: String
    /// Findings the rule must report for a correction, each as "line: text" where text is part
    /// of the message (1-based line of the input).
    public var reports: [String]
    public var file: StaticString
    public var line: UInt

    public init(_ input: String, _ output: String? = nil, options: TranslationOptions = TranslationOptions(),
                fileName: String = "example.cu", reports: [String] = [], file: StaticString = #filePath, line: UInt = #line) {
        self.input = input
        self.output = output
        self.options = options
        self.fileName = fileName
        self.reports = reports
        self.file = file
        self.line = line
    }
}

/// What a rule is, for documentation and for its tests.
public struct RuleDescription: Sendable {
    /// Stable kebab-case identifier; public contract, never reused.
    public var identifier: String
    public var name: String
    public var summary: String
    /// Inputs the rule must change, with the exact expected output.
    public var corrections: [Example]
    /// Inputs the rule must leave exactly as they are.
    public var nonTriggering: [Example]
}

/// What rules know about the file being translated besides its tokens.
public struct FileFacts: Sendable {
    /// For active `#include` directives: the 1-based line of the directive → the file it
    /// resolved to (absolute path), as clang opened it.
    public var includeTargets: [Int: String]
    /// True when the file reaches a CUDA runtime header through a project header it includes, so
    /// it needs no runtime include of its own.
    public var reachesRuntimeThroughProjectHeader: Bool
    /// Directory of the file, for resolving quoted includes in inactive code.
    public var directory: String
    /// Roots of the project being translated; a quoted include resolving under one is the project's.
    public var projectRoots: [String]
    /// Directories searched for includes in addition to `directory`.
    public var includeDirectories: [String]
    /// True for a `.cu` file: nvcc includes the CUDA runtime in it implicitly, so its translation
    /// includes the HIP runtime whatever it uses.
    public var isCUDASource: Bool
    /// True for a `.c` file: compiled as C, where HIP's headers need the platform macro that
    /// hipcc defines only for HIP and C++.
    public var isCSource: Bool
    /// How many folders below the output tree's root the file is (0 at the root): support
    /// headers under `cu2hip/` are included relative to the file.
    public var depth: Int

    public init(includeTargets: [Int: String] = [:], reachesRuntimeThroughProjectHeader: Bool = false,
                directory: String = "", projectRoots: [String] = [], includeDirectories: [String] = [],
                isCUDASource: Bool = false, isCSource: Bool = false, depth: Int = 0) {
        self.depth = depth
        self.isCUDASource = isCUDASource
        self.isCSource = isCSource
        self.includeTargets = includeTargets
        self.reachesRuntimeThroughProjectHeader = reachesRuntimeThroughProjectHeader
        self.directory = directory
        self.projectRoots = projectRoots
        self.includeDirectories = includeDirectories
    }
}

/// The input every rule sees.
public struct RuleContext: Sendable {
    public let stream: TokenStream
    public let options: TranslationOptions
    public let database: MappingDatabase
    public let facts: FileFacts
}

/// What rules produce: edits, findings and counts. Rules never write files.
public struct RuleOutput: Sendable {
    public var edits: [Edit] = []
    /// Findings, located by byte offset until the file's line table turns them into positions.
    public var findings: [(offset: ByteOffset, severity: Severity, rule: String, message: String, name: String?)] = []
    public var references = ReferenceCounts()
    /// Token indices a specialised rule has dealt with; the generic rename leaves them alone.
    public var claimed: Set<Int> = []
    /// True when the file uses something from the HIP runtime header (API, launch, builtins).
    public var usesRuntime = false
    /// Paths of the support headers (``SupportHeader``) the rewritten code needs.
    public var supportHeaders: Set<String> = []

    public init() {}

    /// Notes that the rewritten file needs `header`; the include rule includes it.
    mutating func use(_ header: SupportHeader) {
        supportHeaders.insert(header.path)
    }

    mutating func edit(_ range: ByteRange, _ replacement: String, rule: String) {
        edits.append(Edit(range: range, replacement: replacement, rule: rule))
    }

    /// Inserts `text` at `offset`; insertions at one offset keep the order they were proposed in,
    /// unless `before` puts this one ahead of those already proposed.
    mutating func insert(at offset: ByteOffset, _ text: String, rule: String, before: Bool = false) {
        let edit = Edit(range: ByteRange(start: offset.value, end: offset.value), replacement: text, rule: rule)
        if before { edits.insert(edit, at: 0) } else { edits.append(edit) }
    }

    /// Claims tokens `first...last` of the stream (in the first token's region), so the generic
    /// rename leaves them as they are.
    mutating func claim(from first: Int, through last: Int, in stream: TokenStream) {
        var cursor: Int? = first
        while let index = cursor, index <= last {
            claimed.insert(index)
            cursor = stream.next(after: index)
        }
    }

    mutating func report(_ offset: ByteOffset, _ severity: Severity, rule: String, _ message: String, name: String? = nil) {
        findings.append((offset, severity, rule, message, name))
    }
}

/// A rewrite rule: a small self-describing type whose examples are its tests.
public protocol Rule: Sendable {
    static var description: RuleDescription { get }
    /// CUDA names (or header names) this rule handles itself rather than by a plain rename.
    static var specialNames: Set<String> { get }
    /// The name this rule writes in place of `name` with default options, when it writes one.
    static func writtenName(for name: String) -> String?
    init()
    func apply(_ context: RuleContext, _ output: inout RuleOutput)
}

extension Rule {
    var identifier: String { Self.description.identifier }
    public static var specialNames: Set<String> { [] }
    public static func writtenName(for name: String) -> String? { nil }

    /// True when the rule writes nothing in place of `name` and its examples show it left as
    /// written and reported.
    public static func reportsOnly(_ name: String) -> Bool {
        writtenName(for: name) == nil && description.corrections.contains { example in
            !example.reports.isEmpty && example.input.contains(name) && example.output?.contains(name) == true
        }
    }

    /// The first of this rule's examples that rewrites `name`: its line holding `name` and the
    /// output line holding what the rule writes (or the same line, when nothing is named).
    public static func example(for name: String) -> (before: String, after: String)? {
        for example in description.corrections {
            guard let output = example.output,
                  let before = example.input.split(separator: "\n").first(where: { $0.contains(name) }) else { continue }
            let written = writtenName(for: name) ?? name
            guard let after = output.split(separator: "\n").first(where: { $0.contains(written) && !$0.contains(name) }) else { continue }
            return (String(before).trimmingCharacters(in: .whitespaces), String(after).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}
