import Foundation

/// The CUDA -> HIP/ROCm name database.
///
/// The built-in data is generated from `Data/hipify-tables` (AMD HIPIFY tables, MIT) by
/// `Scripts/generate_mapping.py` into `GeneratedMappingData.swift`, a tab-separated table that
/// ``builtIn`` parses on first use. Other tables in the same format can be loaded with
/// ``init(tsv:)``.
public struct MappingDatabase: Sendable {
    /// Every entry, in the order they were given (for ``builtIn``: by library, then CUDA name).
    public let entries: [APIEntry]
    /// CUDA name -> offset in `entries` of the first entry with that name.
    private let index: [String: Int]
    /// Library -> offsets in `entries`, in order.
    private let libraryOffsets: [Library: [Int]]

    /// A database of the given entries. When a CUDA name occurs more than once,
    /// ``entry(for:)`` returns the first; ``entries`` and ``entries(in:)`` keep them all.
    public init(entries: [APIEntry]) {
        self.entries = entries
        var index: [String: Int] = [:]
        index.reserveCapacity(entries.count)
        var libraryOffsets: [Library: [Int]] = [:]
        for (offset, entry) in entries.enumerated() {
            if index[entry.cudaName] == nil {
                index[entry.cudaName] = offset
            }
            libraryOffsets[entry.library, default: []].append(offset)
        }
        self.index = index
        self.libraryOffsets = libraryOffsets
    }

    /// Parses a table in the format of `GeneratedMappingData.swift` (see ``parseTSV(_:)``).
    ///
    /// - Throws: ``MappingError`` naming the first malformed line.
    public init(tsv: String) throws {
        self.init(entries: try MappingDatabase.parseTSV(tsv))
    }

    /// The entry for a CUDA name, if the database knows it.
    public func entry(for cudaName: String) -> APIEntry? {
        index[cudaName].map { entries[$0] }
    }

    /// The entries of one library, in database order.
    public func entries(in library: Library) -> [APIEntry] {
        (libraryOffsets[library] ?? []).map { entries[$0] }
    }

    /// The database built into cu2hip, parsed from `generatedMappingTSV` on first use.
    ///
    /// The `try!` cannot fail at run time: the TSV is generated data compiled into the binary,
    /// and the MappingTests suite parses that same text (and checks it is up to date with the
    /// generator), so a malformed table fails the tests before it can ship.
    public static let builtIn: MappingDatabase = try! MappingDatabase(tsv: generatedMappingTSV)
}

// MARK: - TSV format

extension MappingDatabase {
    /// The columns of the mapping TSV, in order; the first line of the text must list exactly
    /// these names, separated by tabs.
    public static let tsvColumns: [String] = [
        "cudaName", "library", "family", "kind", "hipName", "rocName", "status", "rocStatus",
        "cudaAdded", "cudaDeprecated", "cudaRemoved",
        "hipAdded", "hipDeprecated", "hipRemoved",
        "rocAdded", "rocDeprecated", "rocRemoved",
    ]

    /// Parses mapping TSV text into entries, in the order of the lines.
    ///
    /// The first non-empty line is the header (``tsvColumns`` joined by tabs). Every other
    /// non-empty line is one entry with exactly one field per column. `cudaName`, `library`,
    /// `family`, `kind`, `status` and `rocStatus` must be set; an empty name or version field
    /// means none. `library`, `kind` and the statuses take the raw values of ``Library``,
    /// ``APIKind`` and ``APIStatus``; versions are dotted numbers such as `6.2.0`. Empty lines
    /// are skipped; a final newline is optional. Line numbers in errors count from 1.
    ///
    /// - Throws: ``MappingError`` for the first malformed line.
    public static func parseTSV(_ tsv: String) throws -> [APIEntry] {
        // Native strings hand out their UTF-8 directly; others (bridged) are copied once.
        if let entries = try tsv.utf8.withContiguousStorageIfAvailable(parseLines) {
            return entries
        }
        return try Array(tsv.utf8).withUnsafeBufferPointer(parseLines)
    }

    private static func parseLines(_ text: UnsafeBufferPointer<UInt8>) throws -> [APIEntry] {
        let newline = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        let header = Array(tsvColumns.joined(separator: "\t").utf8)
        var parser = TSVParser()
        var entries: [APIEntry] = []
        var sawHeader = false
        var lineNumber = 0
        var start = 0
        while start < text.count {
            var stop = start
            while stop < text.count && text[stop] != newline { stop += 1 }
            var lineEnd = stop
            if lineEnd > start && text[lineEnd - 1] == carriageReturn { lineEnd -= 1 }
            let line = UnsafeBufferPointer(rebasing: text[start..<lineEnd])
            lineNumber += 1
            start = stop + 1
            if line.isEmpty { continue }
            if sawHeader {
                entries.append(try parser.entry(from: line, line: lineNumber))
            } else {
                guard line.elementsEqual(header) else {
                    throw MappingError.unexpectedHeader(line: lineNumber, found: String(decoding: line, as: UTF8.self))
                }
                sawHeader = true
            }
        }
        guard sawHeader else { throw MappingError.missingHeader }
        return entries
    }
}

/// Turns one TSV line into an ``APIEntry``, caching the parsed versions and the few distinct
/// family strings so that a 10,000-line table parses quickly.
private struct TSVParser {
    private var versions: [String: Version] = [:]
    private var families: Set<String> = []
    private static let libraries = Dictionary(uniqueKeysWithValues: Library.allCases.map { ($0.rawValue, $0) })
    private static let kinds = Dictionary(uniqueKeysWithValues: APIKind.allCases.map { ($0.rawValue, $0) })
    private static let statuses = Dictionary(uniqueKeysWithValues: APIStatus.allCases.map { ($0.rawValue, $0) })
    private static let columnCount = MappingDatabase.tsvColumns.count

    mutating func entry(from line: UnsafeBufferPointer<UInt8>, line number: Int) throws -> APIEntry {
        // Split on tabs, keeping empty fields.
        var fields: [UnsafeBufferPointer<UInt8>] = []
        fields.reserveCapacity(Self.columnCount)
        let tab = UInt8(ascii: "\t")
        var fieldStart = 0
        for position in 0...line.count where position == line.count || line[position] == tab {
            fields.append(UnsafeBufferPointer(rebasing: line[fieldStart..<position]))
            fieldStart = position + 1
        }
        guard fields.count == Self.columnCount else {
            throw MappingError.wrongFieldCount(line: number, expected: Self.columnCount, found: fields.count)
        }

        func text(_ column: Int) -> String { String(decoding: fields[column], as: UTF8.self) }
        func required(_ column: Int) throws -> String {
            guard !fields[column].isEmpty else {
                throw MappingError.missingField(line: number, column: MappingDatabase.tsvColumns[column])
            }
            return text(column)
        }
        func optional(_ column: Int) -> String? { fields[column].isEmpty ? nil : text(column) }
        func value<T>(_ column: Int, in table: [String: T]) throws -> T {
            let raw = try required(column)
            guard let value = table[raw] else {
                throw MappingError.invalidValue(line: number, column: MappingDatabase.tsvColumns[column], value: raw)
            }
            return value
        }
        func version(_ column: Int) throws -> Version? {
            guard !fields[column].isEmpty else { return nil }
            let raw = text(column)
            if let cached = versions[raw] { return cached }
            guard let parsed = Version(raw) else {
                throw MappingError.invalidValue(line: number, column: MappingDatabase.tsvColumns[column], value: raw)
            }
            versions[raw] = parsed
            return parsed
        }

        var family = try required(2)
        if let shared = families.firstIndex(of: family) {
            family = families[shared]  // share one string buffer per family
        } else {
            families.insert(family)
        }
        return APIEntry(
            cudaName: try required(0),
            library: try value(1, in: Self.libraries),
            family: family,
            kind: try value(3, in: Self.kinds),
            hipName: optional(4),
            rocName: optional(5),
            status: try value(6, in: Self.statuses),
            cudaAdded: try version(8), cudaDeprecated: try version(9), cudaRemoved: try version(10),
            hipAdded: try version(11), hipDeprecated: try version(12), hipRemoved: try version(13),
            rocStatus: try value(7, in: Self.statuses),
            rocAdded: try version(14), rocDeprecated: try version(15), rocRemoved: try version(16)
        )
    }
}

/// Why mapping TSV text could not be parsed. Every case that concerns a line carries its
/// 1-based line number.
public enum MappingError: Error, Equatable, Sendable, LocalizedError {
    /// The text has no header line (it is empty or blank).
    case missingHeader
    /// The first non-empty line is not the expected header (``MappingDatabase/tsvColumns``).
    case unexpectedHeader(line: Int, found: String)
    /// A line has the wrong number of tab-separated fields.
    case wrongFieldCount(line: Int, expected: Int, found: Int)
    /// A field that must be set is empty.
    case missingField(line: Int, column: String)
    /// A field holds a value its column does not accept (unknown library, kind or status, or
    /// a malformed version).
    case invalidValue(line: Int, column: String, value: String)

    /// The 1-based line number the error is about, if any.
    public var line: Int? {
        switch self {
        case .missingHeader: nil
        case .unexpectedHeader(let line, _), .wrongFieldCount(let line, _, _),
             .missingField(let line, _), .invalidValue(let line, _, _):
            line
        }
    }

    /// A one-line description that names the line number.
    public var errorDescription: String? {
        switch self {
        case .missingHeader:
            "mapping TSV has no header line"
        case .unexpectedHeader(let line, let found):
            "mapping TSV line \(line): expected the header line, found \"\(found)\""
        case .wrongFieldCount(let line, let expected, let found):
            "mapping TSV line \(line): expected \(expected) tab-separated fields, found \(found)"
        case .missingField(let line, let column):
            "mapping TSV line \(line): empty \(column)"
        case .invalidValue(let line, let column, let value):
            "mapping TSV line \(line): invalid \(column) \"\(value)\""
        }
    }
}
