import Foundation
import Reporting

/// The incremental cache: one entry per translation unit, keyed by the unit's main file (its
/// path, and what was asked of it) under a fingerprint of everything else that decides a
/// translation (cu2hip's build, the options, the `--map` files, the input root). An entry lists
/// every file the unit's parse read, with a hash of its contents, and holds the translations the
/// parse produced (the main file's and the project headers it translated). It is used only when
/// every one of those files still has the same contents, and the set of C/C++/CUDA files in the
/// tree is the same (a new header could change what an include resolves to); a unit that found
/// a header by searching the tree also depends on every path in the tree.
///
/// Entries are written atomically, one file each; a damaged or unreadable entry is a miss.
public final class TranslationCache: @unchecked Sendable {
    public let directory: String
    private let lock = NSLock()
    private var contentHashes: [String: ContentHash?] = [:]
    private var hitCount = 0
    private var missCount = 0

    public init(directory: String) {
        self.directory = InputDiscovery.absolute(directory)
    }

    /// What a run asked and what it found.
    public var statistics: CacheStatistics {
        lock.lock()
        defer { lock.unlock() }
        return CacheStatistics(hits: hitCount, misses: missCount)
    }

    /// What a unit's translation is keyed on besides its files.
    struct Scope: Sendable {
        var fingerprint: ContentHash
        var root: String
        /// Hash of the root-relative paths of the tree's C/C++/CUDA files.
        var sourceListing: ContentHash
        /// Hash of the root-relative paths of every file in the tree.
        var fullListing: ContentHash
    }

    /// Which translation of a main file an entry holds.
    enum Variant: String, Sendable {
        /// A source as a unit of its own.
        case source
        /// A `.cu` file other files include: without the implicit runtime include.
        case included
        /// A header nobody includes, parsed on its own.
        case header
    }

    struct Dependency: Codable, Sendable {
        /// Root-relative for files in the tree, absolute otherwise.
        var path: String
        var inTree: Bool
        var hash: String
    }

    struct Entry: Codable, Sendable {
        var format = 1
        var dependencies: [Dependency]
        /// Hash of the tree's file list, when the unit found headers by searching the tree.
        var fullListing: String?
        var sourceListing: String
        var main: FileResult?
        /// Root-relative path → translation, for the project headers the parse translated.
        var headers: [String: FileResult]
        /// Root-relative paths of the input files the unit reached.
        var reached: [String]
    }

    // MARK: - Lookup and store

    func lookup(_ variant: Variant, relativePath: String, scope: Scope) -> Entry? {
        let entry = read(variant, relativePath: relativePath, scope: scope)
        lock.lock()
        if entry == nil { missCount += 1 } else { hitCount += 1 }
        lock.unlock()
        return entry
    }

    private func read(_ variant: Variant, relativePath: String, scope: Scope) -> Entry? {
        guard let data = FileManager.default.contents(atPath: path(variant, relativePath: relativePath, scope: scope)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.format == 1 else { return nil }
        guard entry.sourceListing == scope.sourceListing.description,
              entry.fullListing == nil || entry.fullListing == scope.fullListing.description else { return nil }
        for dependency in entry.dependencies {
            let absolute = dependency.inTree ? scope.root + "/" + dependency.path : dependency.path
            guard let hash = contentHash(of: absolute), hash.description == dependency.hash else { return nil }
        }
        return entry
    }

    /// Stores an entry; a cache that cannot be written costs time on the next run, not this one.
    func store(_ entry: Entry, _ variant: Variant, relativePath: String, scope: Scope) {
        guard let data = try? JSONEncoder().encode(entry) else { return }
        try? AtomicWriter.write([UInt8](data), to: path(variant, relativePath: relativePath, scope: scope))
    }

    /// The entry of a unit whose parse read `dependencies` (absolute paths; cu2hip's in-memory
    /// headers left out: the build fingerprint covers them).
    func entry(dependencies: [String], usedTreeSearch: Bool, main: FileResult?, headers: [String: FileResult],
               reached: [String], scope: Scope) -> Entry? {
        var records: [Dependency] = []
        for path in Set(dependencies).sorted() {
            guard let hash = contentHash(of: path) else { return nil }
            let inTree = path.hasPrefix(scope.root + "/")
            records.append(Dependency(path: inTree ? String(path.dropFirst(scope.root.count + 1)) : path, inTree: inTree,
                                      hash: hash.description))
        }
        return Entry(dependencies: records, fullListing: usedTreeSearch ? scope.fullListing.description : nil,
                     sourceListing: scope.sourceListing.description, main: main, headers: headers, reached: reached.sorted())
    }

    private func path(_ variant: Variant, relativePath: String, scope: Scope) -> String {
        var key = scope.fingerprint
        key.update(variant.rawValue)
        key.update(relativePath)
        let name = key.description
        return directory + "/" + name.prefix(2) + "/" + name.dropFirst(2) + ".json"
    }

    /// The hash of a file's contents, read once per run; nil when it cannot be read.
    func contentHash(of path: String) -> ContentHash? {
        lock.lock()
        if let known = contentHashes[path] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let hash = FileManager.default.contents(atPath: path).map { ContentHash([UInt8]($0)) }
        lock.lock()
        contentHashes[path] = hash
        lock.unlock()
        return hash
    }

    /// What identifies this build of cu2hip: its version, and the size and modification time of
    /// its executable (a rebuilt cu2hip starts a new cache).
    static let buildIdentity: String = {
        var identity = "cu2hip \(Conversion.version)"
        var status = stat()
        if stat("/proc/self/exe", &status) == 0 || stat(CommandLine.arguments.first ?? "", &status) == 0 {
            identity += " \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        return identity
    }()
}

/// How the cache served a run.
public struct CacheStatistics: Sendable, Equatable {
    /// Units whose entry was valid: not parsed.
    public var hits: Int
    /// Units looked up and parsed.
    public var misses: Int
}
