import Clang
import Foundation

/// `cuda_runtime.h` (cu2hip's declarations, or the real SDK's with `--cuda-path`) precompiled
/// once per run, so that each `.cu` file does not parse the runtime headers again. Built with the
/// same flags as the files that use it; when it cannot be built the files parse as before.
final class RuntimePreamble: Sendable {
    /// The precompiled header, or nil when none could be built.
    let path: String?
    private let directory: String?

    init(options: TranslationOptions, includeDirectories: [String]) {
        let directory = FileManager.default.temporaryDirectory.path + "/cu2hip-pch-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        let source = directory + "/runtime.cu"
        let output = directory + "/runtime.pch"
        var built: String?
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            let unit = try TranslationUnit(
                index: Index(), path: source,
                arguments: ParseSetup.arguments(for: source, options: options, includeDirectories: includeDirectories),
                unsavedFiles: ParseSetup.unsavedHeaders(options: options) + [UnsavedFile(path: source, contents: "")],
                forSerialization: true)
            if !unit.diagnostics.contains(where: { $0.severity >= .error }) {
                try unit.save(to: output)
                built = output
            }
        } catch {
            // Not fatal: every file is then parsed with the headers in full, which is only slower.
            built = nil
        }
        self.path = built
        self.directory = directory
    }

    deinit {
        if let directory {
            // Best effort: a leftover temporary directory is harmless.
            try? FileManager.default.removeItem(atPath: directory)
        }
    }
}

/// The precompiled runtime header, built by the first unit that asks for it (a run served
/// entirely from the cache builds none).
final class LazyPreamble: @unchecked Sendable {
    private let options: TranslationOptions
    private let includeDirectories: [String]
    private var preamble: RuntimePreamble?
    private let lock = NSLock()

    init(options: TranslationOptions, includeDirectories: [String]) {
        self.options = options
        self.includeDirectories = includeDirectories
    }

    var path: String? {
        lock.lock()
        defer { lock.unlock() }
        if preamble == nil { preamble = RuntimePreamble(options: options, includeDirectories: includeDirectories) }
        return preamble?.path
    }
}
