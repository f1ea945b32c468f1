import CUDADeclarations
import Clang
import Foundation
import Mapping
import Reporting

/// Translates a set of files: every source as a translation unit of its own, every project header
/// in the context of the first source (by path) that includes it, headers nobody includes on
/// their own. Deterministic whatever the number of workers or the order units finish in.
///
/// With ``shortcuts`` (the default), each unit is parsed once: the headers it is the first
/// includer of are translated from that same parse; a file the lexical pre-scan
/// (``CUDAPrescan``) finds no CUDA in is not parsed; units run largest first; `.cu` files load
/// the runtime headers precompiled. Without them every file is parsed, and each header's
/// includer is parsed again to translate it: the reference the shortcuts are tested against.
/// With a ``cache``, a unit whose files are all unchanged since a run that stored it is not
/// parsed at all.
public struct ProjectTranslator: Sendable {
    public var options: TranslationOptions
    public var database: MappingDatabase
    /// Worker threads; each has its own libclang index.
    public var jobs: Int
    public var shortcuts: Bool
    public var cache: TranslationCache?
    /// What identifies `database` across runs (the `--map` files' contents), for the cache.
    public var databaseIdentity: String
    /// Called from worker threads as files finish: files done, files in all (C/C++/CUDA ones).
    public var progress: (@Sendable (_ done: Int, _ total: Int) -> Void)?

    /// Where the CUDA API is declared (cu2hip's headers, or the SDK's with `--cuda-path`): the
    /// functions declared there get their parameter types in the token stream.
    var parameterTypeRoots: [String] {
        [CUDADeclarations.virtualRoot] + (options.cudaPath.map { [InputDiscovery.absolute($0)] } ?? [])
    }

    public init(options: TranslationOptions, database: MappingDatabase = .builtIn, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
                shortcuts: Bool = true, cache: TranslationCache? = nil, databaseIdentity: String = "built-in",
                progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil) {
        self.options = options
        self.database = database
        self.jobs = max(1, jobs)
        self.shortcuts = shortcuts
        self.cache = cache
        self.databaseIdentity = databaseIdentity
        self.progress = progress
    }

    /// What a run did besides translating.
    public struct Statistics: Sendable, Equatable {
        /// libclang parses.
        public var parses = 0
        /// C/C++ files the pre-scan found no CUDA in, not parsed.
        public var withoutCUDA = 0
        public var cache: CacheStatistics?
    }

    /// Every file translated, in the order of `files` (each held in memory: for tests and small
    /// runs; ``translate(_:root:deliver:)`` hands files over as they finish).
    public func translate(_ files: [InputFile], root: String) -> [TranslatedFile] {
        let collected = ResultSlots<TranslatedFile>(count: files.count)
        let positions = Dictionary(uniqueKeysWithValues: files.enumerated().map { ($1.absolutePath, $0) })
        _ = translate(files, root: root) { file in
            var file = file
            if file.outputIsInput {
                file.original = FileManager.default.contents(atPath: file.input.absolutePath).map { [UInt8]($0) }
                file.output = file.original
                file.outputIsInput = false
            }
            collected.set(positions[file.input.absolutePath]!, file)
        }
        return collected.filledValues()
    }

    /// Translates `files` and hands each to `deliver` when it is final, from any thread, in no
    /// particular order. A file may be handed over twice (a `.cu` file another file turns out to
    /// include is translated again without the implicit runtime include): the later one stands.
    public func translate(_ files: [InputFile], root: String, deliver: @escaping @Sendable (TranslatedFile) -> Void) -> Statistics {
        let run = ProjectRun(translator: self, files: files, root: root, deliver: deliver)
        return run.execute()
    }
}
