import Foundation

// The query side of the mapping database: which target cu2hip emits for an entry, per-library
// counts (`cu2hip apis --summary` and the README's table), the listing (`cu2hip apis`), the
// explanation of one name (`cu2hip explain`) and suggestions for names it does not know.
// Everything here is pure data and text; the CLI only parses options and prints.

// MARK: - Library names

extension Library {
    /// The name people use for the CUDA library: "CUDA Runtime", "cuBLAS", "cuDNN", ...
    public var displayName: String {
        switch self {
        case .runtime: "CUDA Runtime"
        case .driver: "CUDA Driver"
        case .device: "CUDA Device"
        case .cublas: "cuBLAS"
        case .cudnn: "cuDNN"
        case .curand: "cuRAND"
        case .cufft: "cuFFT"
        case .cusparse: "cuSPARSE"
        case .cusolver: "cuSOLVER"
        case .cub: "CUB"
        case .rtc: "NVRTC"
        case .cucomplex: "cuComplex"
        }
    }

    /// The portable HIP library that holds the entries' `hipName`s: "HIP", "hipBLAS", "hipDNN", ...
    public var hipLibraryName: String {
        switch self {
        case .runtime, .driver, .device, .cucomplex: "HIP"
        case .cublas: "hipBLAS"
        case .cudnn: "hipDNN"
        case .curand: "hipRAND"
        case .cufft: "hipFFT"
        case .cusparse: "hipSPARSE"
        case .cusolver: "hipSOLVER"
        case .cub: "hipCUB"
        case .rtc: "hipRTC"
        }
    }

    /// The ROCm-native library that holds the entries' `rocName`s ("rocBLAS", "MIOpen", ...), or
    /// nil for a CUDA library that has none beside its HIP one.
    public var rocLibraryName: String? {
        switch self {
        case .cublas: "rocBLAS"
        case .cudnn: "MIOpen"
        case .curand: "rocRAND"
        case .cusparse: "rocSPARSE"
        case .cusolver: "rocSOLVER"
        default: nil
        }
    }

    /// Whose release numbers the table's CUDA version columns are: cuDNN's own for cuDNN,
    /// CUDA's for everything else.
    public var versionSource: String { self == .cudnn ? "cuDNN" : "CUDA" }

    /// Parses a `--library` value: the raw value (`cudnn`) or the display name (`cuDNN`),
    /// ignoring case.
    public init?(query: String) {
        let folded = query.lowercased()
        guard let match = Library.allCases.first(where: { $0.rawValue == folded || $0.displayName.lowercased() == folded }) else {
            return nil
        }
        self = match
    }
}

// MARK: - Targets

/// One of an entry's two possible targets: the portable hip* name or the ROCm-native one
/// (rocBLAS, MIOpen, ...), with its status and HIP/ROCm versions.
public struct APITarget: Sendable, Hashable, Codable {
    /// The library the name belongs to ("HIP", "hipBLAS", "MIOpen", ...).
    public var library: String
    /// The name; nil when that library has no equivalent.
    public var name: String?
    /// The table's status for this name.
    public var status: APIStatus
    /// The ROCm release that added the name.
    public var added: Version?
    /// The ROCm release that deprecated the name.
    public var deprecated: Version?
    /// The ROCm release that removed the name.
    public var removed: Version?
    /// True for the ROCm-native side (`rocName`), false for the hip* side (`hipName`).
    public var isROCmNative: Bool

    /// What a translation for ROCm `rocmVersion` does with this target, mirroring the generic
    /// rename (`TargetResolver` in the Translator module): an unsupported target, one added
    /// after the target release or removed at or before it is not emitted (the CUDA name is left
    /// as written and reported); a deprecated or experimental one is emitted with a note.
    public func availability(at rocmVersion: Version) -> APIAvailability {
        guard let name, status != .unsupported else { return .noEquivalent }
        if let added, rocmVersion < added { return .addedLater(name, in: added) }
        if let removed, rocmVersion >= removed { return .removed(name, in: removed) }
        if let deprecated, rocmVersion >= deprecated { return .deprecated(name, since: deprecated) }
        if status == .experimental { return .experimental(name) }
        return .available(name)
    }
}

/// What a translation does with an entry's chosen target for one ROCm release.
public enum APIAvailability: Sendable, Hashable {
    /// Emitted as is.
    case available(String)
    /// Emitted, with a note that the name is deprecated since the given release.
    case deprecated(String, since: Version)
    /// Emitted, with a note that the name is experimental.
    case experimental(String)
    /// Not emitted: the target library has no equivalent.
    case noEquivalent
    /// Not emitted: the name appeared in a later ROCm release.
    case addedLater(String, in: Version)
    /// Not emitted: the name was removed in that release or before.
    case removed(String, in: Version)

    /// The name that is emitted, or nil when the CUDA name is left as written.
    public var emittedName: String? {
        switch self {
        case let .available(name), let .deprecated(name, _), let .experimental(name): name
        case .noEquivalent, .addedLater, .removed: nil
        }
    }
}

extension APIEntry {
    /// The libraries whose entries cu2hip translates to the ROCm-native name (`rocName`) when no
    /// library choice says otherwise: cuDNN goes to MIOpen, everything else to its hip* name.
    public static let defaultROCmNativeLibraries: Set<Library> = [.cudnn]

    /// The hip* side of the entry (`hipName`, `status`, `hipAdded`, ...).
    public var hipTarget: APITarget {
        APITarget(library: library.hipLibraryName, name: hipName, status: status,
                  added: hipAdded, deprecated: hipDeprecated, removed: hipRemoved, isROCmNative: false)
    }

    /// The ROCm-native side (`rocName`, `rocStatus`, `rocAdded`, ...), or nil when the entry's
    /// library has no ROCm-native library.
    public var rocTarget: APITarget? {
        library.rocLibraryName.map {
            APITarget(library: $0, name: rocName, status: rocStatus,
                      added: rocAdded, deprecated: rocDeprecated, removed: rocRemoved, isROCmNative: true)
        }
    }

    /// The side a translation uses: the ROCm-native one for the libraries in `rocmNative` (that
    /// have one), the hip* one otherwise.
    public func target(rocmNative: Set<Library> = APIEntry.defaultROCmNativeLibraries) -> APITarget {
        if rocmNative.contains(library), let rocTarget { return rocTarget }
        return hipTarget
    }
}

// MARK: - Filtering and listing

/// Which entries `cu2hip apis` lists; a nil field matches everything.
public struct APIFilter: Sendable, Hashable {
    public var library: Library?
    /// Matched against the status of the target cu2hip uses (see ``APIEntry/target(rocmNative:)``).
    public var status: APIStatus?
    public var kind: APIKind?

    public init(library: Library? = nil, status: APIStatus? = nil, kind: APIKind? = nil) {
        self.library = library
        self.status = status
        self.kind = kind
    }

    /// True when `entry` passes every set field.
    public func matches(_ entry: APIEntry, rocmNative: Set<Library> = APIEntry.defaultROCmNativeLibraries) -> Bool {
        if let library, entry.library != library { return false }
        if let kind, entry.kind != kind { return false }
        if let status, entry.target(rocmNative: rocmNative).status != status { return false }
        return true
    }
}

extension MappingDatabase {
    /// The entries `filter` lets through, sorted by library (in ``Library`` order), then CUDA
    /// name (by Unicode scalars, so the same on every platform and locale), then family.
    public func entries(matching filter: APIFilter, rocmNative: Set<Library> = APIEntry.defaultROCmNativeLibraries) -> [APIEntry] {
        let candidates = filter.library.map { entries(in: $0) } ?? entries
        return candidates.filter { filter.matches($0, rocmNative: rocmNative) }.sorted { left, right in
            if left.library != right.library { return left.library < right.library }
            if left.cudaName != right.cudaName { return left.cudaName.unicodeScalars.lexicographicallyPrecedes(right.cudaName.unicodeScalars) }
            return left.family.unicodeScalars.lexicographicallyPrecedes(right.family.unicodeScalars)
        }
    }

    /// One line per entry, tab-separated: CUDA name, the target name (`-` when none), the
    /// library's raw value and the target's status. Each line ends with a newline.
    ///
    ///     cudnnConvolutionForward	miopenConvolutionForward	cudnn	supported
    public static func listing(_ entries: [APIEntry], rocmNative: Set<Library> = APIEntry.defaultROCmNativeLibraries) -> String {
        var text = ""
        for entry in entries {
            let target = entry.target(rocmNative: rocmNative)
            text += "\(entry.cudaName)\t\(target.name ?? "-")\t\(entry.library.rawValue)\t\(target.status.rawValue)\n"
        }
        return text
    }
}

extension MappingDatabase {
    /// The entries as a JSON array of their fields (sorted keys, absent values left out, a
    /// final newline).
    public static func json(_ entries: [APIEntry]) -> String {
        MappingJSON.encode(entries)
    }
}

// MARK: - Summary

/// How many entries each library has, by the status of the target cu2hip uses, with the
/// reference tables' own counts (rows with a hip* name, rows with a ROCm-native name) beside.
///
/// This is what `cu2hip apis --summary` prints and what the README's "Supported APIs" table is
/// generated from.
public struct MappingSummary: Sendable, Hashable, Codable {
    /// Counts over a set of entries.
    public struct Counts: Sendable, Hashable, Codable {
        /// Every entry (the rows of the reference table).
        public var total = 0
        /// Entries whose target, as cu2hip uses it, has each status.
        public var supported = 0
        public var deprecated = 0
        public var experimental = 0
        public var removed = 0
        public var unsupported = 0
        /// Names the reference table gives a hip* name (its HIP column), before cu2hip's
        /// corrections in Scripts/mapping_overrides.tsv; for a library the tables lack, the
        /// entries with a hip* name.
        public var hipNames = 0
        /// Likewise for the ROCm-native name (the table's ROC or MIOpen column).
        public var rocNames = 0

        public init() {}

        /// The count for one status.
        public func count(of status: APIStatus) -> Int {
            switch status {
            case .supported: supported
            case .deprecated: deprecated
            case .experimental: experimental
            case .removed: removed
            case .unsupported: unsupported
            }
        }

        /// Entries cu2hip translates (every status but unsupported).
        public var translated: Int { total - unsupported }

        mutating func add(_ entry: APIEntry, targetStatus: APIStatus) {
            total += 1
            switch targetStatus {
            case .supported: supported += 1
            case .deprecated: deprecated += 1
            case .experimental: experimental += 1
            case .removed: removed += 1
            case .unsupported: unsupported += 1
            }
            if entry.hipName != nil { hipNames += 1 }
            if entry.rocName != nil { rocNames += 1 }
        }

        static func + (left: Counts, right: Counts) -> Counts {
            var sum = Counts()
            sum.total = left.total + right.total
            sum.supported = left.supported + right.supported
            sum.deprecated = left.deprecated + right.deprecated
            sum.experimental = left.experimental + right.experimental
            sum.removed = left.removed + right.removed
            sum.unsupported = left.unsupported + right.unsupported
            sum.hipNames = left.hipNames + right.hipNames
            sum.rocNames = left.rocNames + right.rocNames
            return sum
        }
    }

    /// One library's counts.
    public struct Row: Sendable, Hashable, Codable {
        public var library: Library
        /// The library cu2hip translates this one to ("HIP", "hipBLAS", "MIOpen", ...).
        public var target: String
        public var counts: Counts
    }

    /// One row per library that has entries, in ``Library`` order.
    public var libraries: [Row]
    /// All libraries together.
    public var total: Counts

    /// Counts the entries of `database`, taking for each library the target a translation uses
    /// (the ROCm-native one for the libraries in `rocmNative`).
    /// `referenceCounts` gives the name columns per library (default: the reference tables').
    public init(_ database: MappingDatabase, rocmNative: Set<Library> = APIEntry.defaultROCmNativeLibraries,
                referenceCounts: [String: (rows: Int, hipNames: Int, rocNames: Int)] = referenceTableCounts) {
        var rows: [Row] = []
        for library in Library.allCases {
            let entries = database.entries(in: library)
            guard !entries.isEmpty else { continue }
            var counts = Counts()
            var target = library.hipLibraryName
            for entry in entries {
                let chosen = entry.target(rocmNative: rocmNative)
                target = chosen.library
                counts.add(entry, targetStatus: chosen.status)
            }
            if let table = referenceCounts[library.rawValue] {
                counts.hipNames = table.hipNames
                counts.rocNames = table.rocNames
            }
            rows.append(Row(library: library, target: target, counts: counts))
        }
        libraries = rows
        total = rows.reduce(Counts()) { $0 + $1.counts }
    }

    /// The counts of one library, if it has entries.
    public func counts(for library: Library) -> Counts? {
        libraries.first { $0.library == library }?.counts
    }

    private static let statusColumns = APIStatus.allCases.map(\.rawValue)

    private func cells(_ counts: Counts) -> [String] {
        [String(counts.total)] + APIStatus.allCases.map { String(counts.count(of: $0)) }
            + [String(counts.hipNames), String(counts.rocNames)]
    }

    /// A plain-text table: a header line, one line per library (by raw value, as `--library`
    /// takes it) and a `total` line; text columns left-aligned, numbers right-aligned, two
    /// spaces between columns, no trailing spaces, a final newline.
    ///
    ///     library    target     names  supported  deprecated  experimental  removed  unsupported  hip-names  roc-names
    ///     runtime    HIP         1436        906          11             3        0          516        920          0
    public func text() -> String {
        let header = ["library", "target", "names"] + Self.statusColumns + ["hip-names", "roc-names"]
        var rows = libraries.map { [$0.library.rawValue, $0.target] + cells($0.counts) }
        rows.append(["total", ""] + cells(total))
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.indices.map { column -> String in
                let cell = row[column]
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + padding : padding + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }

    /// A GitHub-flavoured markdown table with the same numbers as ``text()``, libraries by
    /// display name, and a final newline (the README's "Supported APIs" block).
    public func markdown() -> String {
        let header = ["Library", "cu2hip emits", "CUDA names"] + Self.statusColumns
            + ["hip\\* names", "ROCm-library names"]
        var lines = [
            "| " + header.joined(separator: " | ") + " |",
            "| " + header.indices.map { $0 < 2 ? ":--" : "--:" }.joined(separator: " | ") + " |",
        ]
        for row in libraries {
            lines.append("| " + ([row.library.displayName, row.target] + cells(row.counts)).joined(separator: " | ") + " |")
        }
        lines.append("| " + (["**Total**", ""] + cells(total).map { "**\($0)**" }).joined(separator: " | ") + " |")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summary as JSON with sorted keys and a final newline:
    /// `{"libraries": [{"counts": {...}, "library": "runtime", "target": "HIP"}, ...], "total": {...}}`.
    public func json() -> String {
        MappingJSON.encode(self)
    }
}

// MARK: - Explanation of one name

/// Everything cu2hip knows and does about one name: its database entry (if any), both targets,
/// what a translation for a given ROCm release emits, notes, and the rules that touch it.
/// `cu2hip explain` prints it with ``text()`` or as JSON (``json()``).
public struct APIExplanation: Sendable, Hashable, Codable {
    /// The CUDA-side release numbers of an entry.
    public struct Versions: Sendable, Hashable, Codable {
        public var added: Version?
        public var deprecated: Version?
        public var removed: Version?
        /// Whose releases these are ("CUDA", or "cuDNN" for cuDNN).
        public var source: String
    }

    /// A rewrite rule that touches the name.
    public struct RuleNote: Sendable, Hashable, Codable {
        public var identifier: String
        public var summary: String
        /// The name the rule writes instead, when it writes one.
        public var writes: String?
        /// A line of the rule's own example before and after the rewrite.
        public var exampleBefore: String?
        public var exampleAfter: String?
        /// True when the rule leaves the name as written and reports it (nil otherwise).
        public var reportsOnly: Bool?

        public init(identifier: String, summary: String, writes: String? = nil, example: (before: String, after: String)? = nil,
                    reportsOnly: Bool = false) {
            self.reportsOnly = reportsOnly ? true : nil
            self.identifier = identifier
            self.summary = summary
            self.writes = writes
            self.exampleBefore = example?.before
            self.exampleAfter = example?.after
        }
    }

    /// What a translation does with the name.
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// The generic rename emits ``APIExplanation/emits``.
        case emitted
        /// Left as written and reported.
        case leftAsWritten = "left-as-written"
        /// A specialised rule decides (see its summary in the notes).
        case handledByRule = "handled-by-rule"
    }

    /// The rule every database name goes through.
    public static let renameRule = "api-rename"

    /// The name asked about.
    public var name: String
    /// True when the mapping database has an entry for it.
    public var inDatabase: Bool
    public var library: Library?
    public var libraryName: String?
    public var family: String?
    public var kind: APIKind?
    public var cudaVersions: Versions?
    /// The hip* target.
    public var hip: APITarget?
    /// The ROCm-native target (rocBLAS, MIOpen, ...), for libraries that have one.
    public var roc: APITarget?
    /// Which of the two a translation uses: "hip" or "roc".
    public var uses: String?
    /// The ROCm release the translation targets.
    public var rocmVersion: Version
    /// True when ``rocmVersion`` is cu2hip's default.
    public var rocmVersionIsDefault: Bool
    /// The installed HIP's `hip_version.h` that ``rocmVersion`` was read from, when it was.
    public var rocmVersionSource: String?
    public var outcome: Outcome
    /// The name emitted, when ``outcome`` is ``Outcome/emitted``.
    public var emits: String?
    public var notes: [String]
    /// Identifiers of the rules that touch the name, sorted: `api-rename` for every database
    /// name, plus the specialised ones.
    public var rules: [String]
    /// The specialised rule that writes another name in place of this one, with its example.
    public var writtenBy: RuleNote?

    /// Explains `name`, or returns nil when neither the database nor any rule knows it.
    ///
    /// - Parameters:
    ///   - database: where to look the name up (the first entry with that name counts, as in a
    ///     translation; other libraries listing the same name are mentioned in the notes).
    ///   - rocmVersion: the ROCm release to resolve the target for.
    ///   - defaultROCmVersion: cu2hip's default release; when `rocmVersion` differs and the
    ///     result would differ too, a note says what the default gives.
    ///   - specialRules: the specialised rules that handle the name (not the generic rename).
    ///   - rocmNative: the libraries translated to their ROCm-native names.
    ///   - rocmVersionSource: the `hip_version.h` `rocmVersion` was read from, if it was.
    public init?(name: String, database: MappingDatabase, rocmVersion: Version, defaultROCmVersion: Version,
                 specialRules: [RuleNote], rocmNative: Set<Library> = APIEntry.defaultROCmNativeLibraries,
                 rocmVersionSource: String? = nil) {
        let entry = database.entry(for: name)
        guard entry != nil || !specialRules.isEmpty else { return nil }
        writtenBy = specialRules.first { $0.writes != nil }
        self.name = name
        self.rocmVersion = rocmVersion
        self.rocmVersionSource = rocmVersionSource
        self.rocmVersionIsDefault = rocmVersion == defaultROCmVersion
        inDatabase = entry != nil
        let ruleNotes = specialRules.map { "rule \($0.identifier): \($0.summary)" }
        // A name the rules only report (and nothing else writes) is left as written.
        let onlyReported = !specialRules.isEmpty && specialRules.allSatisfy { $0.reportsOnly == true }
        guard let entry else {
            outcome = onlyReported ? .leftAsWritten : .handledByRule
            notes = ruleNotes
            rules = specialRules.map(\.identifier).sorted()
            return
        }
        var notes: [String] = []
        library = entry.library
        libraryName = entry.library.displayName
        family = entry.family
        kind = entry.kind
        cudaVersions = Versions(added: entry.cudaAdded, deprecated: entry.cudaDeprecated, removed: entry.cudaRemoved,
                                source: entry.library.versionSource)
        hip = entry.hipTarget
        roc = entry.rocTarget
        let target = entry.target(rocmNative: rocmNative)
        uses = target.isROCmNative ? "roc" : "hip"

        let others = database.entries.filter { $0.cudaName == name && $0.library != entry.library }.map(\.library.displayName)
        if !others.isEmpty {
            notes.append("also listed under \(others.joined(separator: ", ")); cu2hip uses the \(entry.library.displayName) entry")
        }
        let source = entry.library.versionSource
        if let removed = entry.cudaRemoved {
            notes.append("removed in \(source) \(removed)")
        } else if let deprecated = entry.cudaDeprecated {
            notes.append("deprecated in \(source) \(deprecated)")
        }

        let availability = target.availability(at: rocmVersion)
        // Why the target is not emitted, when it is not.
        var reason: String?
        switch availability {
        case .available(let emitted):
            emits = emitted
        case let .deprecated(emitted, since):
            emits = emitted
            notes.append("'\(emitted)' is deprecated since ROCm \(since): emitted, with a note in the report")
        case .experimental(let emitted):
            emits = emitted
            notes.append("'\(emitted)' is experimental in \(target.library): emitted, with a note in the report")
        case .noEquivalent:
            reason = "the mapping tables list no \(target.library) equivalent"
            let other = target.isROCmNative ? entry.hipTarget : entry.rocTarget
            if let other, let otherName = other.name, other.status != .unsupported {
                reason! += " (\(other.library) has '\(otherName)')"
            }
        case let .addedLater(targetName, added):
            reason = "'\(targetName)' needs ROCm \(added) or later; the target is ROCm \(rocmVersion)"
        case let .removed(targetName, removed):
            reason = "'\(targetName)' was removed in ROCm \(removed); the target is ROCm \(rocmVersion)"
        }
        if let reason {
            if specialRules.isEmpty {
                outcome = .leftAsWritten
                notes.append(reason + ": left as written and reported")
            } else if onlyReported {
                outcome = .leftAsWritten
                notes.append(reason + ": left as written and reported by rule " + specialRules.map(\.identifier).joined(separator: ", "))
            } else {
                outcome = .handledByRule
                notes.append(reason + ", but rule " + specialRules.map(\.identifier).joined(separator: ", ") + " handles it")
            }
        } else {
            outcome = .emitted
        }
        if !rocmVersionIsDefault {
            let atDefault = target.availability(at: defaultROCmVersion)
            if atDefault != availability {
                let result = atDefault.emittedName.map { "emits '\($0)'" } ?? "leaves it as written"
                notes.append("with the default target, ROCm \(defaultROCmVersion), cu2hip \(result)")
            }
        }
        self.notes = notes + ruleNotes
        rules = ([Self.renameRule] + specialRules.map(\.identifier)).sorted()
    }

    /// " (the installed HIP, PATH)", " (the default)" or "".
    private var targetQualifier: String {
        if let rocmVersionSource { return " (the installed HIP, \(rocmVersionSource))" }
        return rocmVersionIsDefault ? " (the default)" : ""
    }

    private static func describe(_ versions: [(String, Version?)]) -> String? {
        let parts = versions.compactMap { label, version in version.map { "\(label) \($0)" } }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    private static func describe(_ target: APITarget) -> String {
        guard let name = target.name else { return "none (\(target.library) has no equivalent)" }
        var text = "\(name) (\(target.library)): \(target.status.rawValue)"
        if let versions = describe([("added", target.added), ("deprecated", target.deprecated), ("removed", target.removed)]) {
            text += ", " + versions
        }
        return text
    }

    /// The explanation as aligned `label: value` lines (continuation lines of notes indented
    /// to the value column), ending with a newline.
    public func text() -> String {
        var lines: [(String, String)] = [("name", name)]
        if let library, let libraryName, let family, let kind, let hip {
            lines.append(("library", "\(libraryName) (\(library.rawValue))"))
            lines.append(("family", family))
            lines.append(("kind", kind.rawValue))
            lines.append(("HIP name", Self.describe(hip)))
            lines.append(("ROCm name", roc.map(Self.describe) ?? "none (\(libraryName) has no ROCm-native library)"))
            let versions = cudaVersions.flatMap {
                Self.describe([("added", $0.added), ("deprecated", $0.deprecated), ("removed", $0.removed)])
                    .map { text in library.versionSource == "CUDA" ? text : "\(text) (\(library.versionSource) releases)" }
            }
            lines.append(("CUDA versions", versions ?? "none listed"))
        } else {
            lines.append(("library", "not in the mapping tables"))
        }
        lines.append(("target", "ROCm \(rocmVersion)" + targetQualifier))
        switch outcome {
        case .emitted:
            let library = (uses == "roc" ? roc : hip)?.library
            lines.append(("emits", (emits ?? "") + (library.map { " (\($0))" } ?? "")))
        case .leftAsWritten:
            lines.append(("emits", "nothing: '\(name)' is left as written and reported"))
        case .handledByRule:
            if let writtenBy, let written = writtenBy.writes {
                lines.append(("emits", "\(written) (rule \(writtenBy.identifier))"))
                if let before = writtenBy.exampleBefore, let after = writtenBy.exampleAfter {
                    lines.append(("example", before))
                    lines.append(("", "→ " + after))
                }
            } else {
                let handlers = rules.filter { $0 != Self.renameRule }
                lines.append(("emits", "what rule \(handlers.joined(separator: ", ")) writes (see notes)"))
            }
        }
        for (index, note) in notes.enumerated() {
            lines.append((index == 0 ? "notes" : "", note))
        }
        lines.append(("rules", rules.joined(separator: ", ")))
        let width = lines.map { $0.0.count + 1 }.max() ?? 0
        return lines.map { label, value in
            let head = label.isEmpty ? "" : label + ":"
            return head + String(repeating: " ", count: width - head.count + 1) + value
        }.joined(separator: "\n") + "\n"
    }

    /// The explanation as JSON with sorted keys (absent values left out) and a final newline.
    public func json() -> String {
        MappingJSON.encode(self)
    }
}

// MARK: - Suggestions

extension MappingDatabase {
    /// Up to `limit` known names closest to `query`, for "did you mean" messages: names whose
    /// case-insensitive edit distance is at most a third of the query's length (at least 2), and
    /// names that start with the query (case-insensitively, for queries of 4 or more
    /// characters); closest first, then shortest, then alphabetical.
    ///
    /// - Parameter additionalNames: names known outside the database (rules' special names).
    public func suggestions(for query: String, additionalNames: [String] = [], limit: Int = 5) -> [String] {
        let folded = Array(query.lowercased().utf8)
        guard !folded.isEmpty, limit > 0 else { return [] }
        let threshold = max(2, folded.count / 3)
        var seen: Set<String> = []
        var scored: [(distance: Int, name: String)] = []
        for name in entries.lazy.map(\.cudaName) + additionalNames where seen.insert(name).inserted {
            let candidate = Array(name.lowercased().utf8)
            let isPrefix = folded.count >= 4 && candidate.starts(with: folded)
            if !isPrefix && abs(candidate.count - folded.count) > threshold { continue }
            let distance = Self.editDistance(folded, candidate, limit: isPrefix ? Int.max : threshold)
            if isPrefix || distance <= threshold {
                scored.append((isPrefix ? min(distance, threshold) : distance, name))
            }
        }
        scored.sort { left, right in
            if left.distance != right.distance { return left.distance < right.distance }
            if left.name.count != right.name.count { return left.name.count < right.name.count }
            return left.name.unicodeScalars.lexicographicallyPrecedes(right.name.unicodeScalars)
        }
        return scored.prefix(limit).map(\.name)
    }

    /// Levenshtein distance between two byte strings; stops early (returning a value above
    /// `limit`) once every path exceeds `limit`.
    static func editDistance(_ left: [UInt8], _ right: [UInt8], limit: Int) -> Int {
        if left.isEmpty { return right.count }
        if right.isEmpty { return left.count }
        var previous = Array(0...right.count)
        var current = [Int](repeating: 0, count: right.count + 1)
        for i in 1...left.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...right.count {
                let cost = left[i - 1] == right[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = Swift.min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return rowMinimum }
            swap(&previous, &current)
        }
        return previous[right.count]
    }
}

// MARK: - Helpers

enum MappingJSON {
    /// Pretty-printed JSON with sorted keys, unescaped slashes and a final newline.
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding these plain value types cannot fail.
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
