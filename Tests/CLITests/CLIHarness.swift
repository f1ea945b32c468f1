import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `cu2hip` executable. The CLITests target does not depend on the executable
/// target (test targets cannot), so the binary is found on disk: next to the running test bundle
/// first (same build configuration), then under the repository's `.build`.
enum CLI {
    struct NotBuilt: Error, CustomStringConvertible {
        var searched: [String]
        var description: String {
            "the cu2hip executable is not built; run `swift build` before `swift test` (searched: \(searched.joined(separator: ", ")))"
        }
    }

    struct Result: CustomStringConvertible {
        var status: Int32
        var stdout: String
        var stderr: String
        var description: String { "exit \(status)\n--- stdout:\n\(stdout)\n--- stderr:\n\(stderr)" }
        var stderrLines: [String] { stderr.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) } }
    }

    /// Candidate locations, most specific first.
    static var candidates: [String] {
        var paths: [String] = []
        if let override = ProcessInfo.processInfo.environment["CU2HIP_BINARY"], !override.isEmpty { paths.append(override) }
        // The products directory is the one holding the .xctest bundle (on Linux the bundle is the
        // test executable itself; on macOS the executable sits inside it).
        var executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        if let main = Bundle.main.executableURL { executable = main.resolvingSymlinksInPath() }
        var directory = executable
        while directory.path != "/" {
            if directory.pathExtension == "xctest" {
                paths.append(directory.deletingLastPathComponent().appendingPathComponent("cu2hip").path)
                break
            }
            directory = directory.deletingLastPathComponent()
        }
        let build = TestSupport.repositoryRoot.appendingPathComponent(".build")
        paths.append(build.appendingPathComponent("debug/cu2hip").path)
        let triples = (try? FileManager.default.contentsOfDirectory(atPath: build.path).sorted()) ?? []
        for triple in triples where !triple.hasPrefix(".") {
            paths.append(build.appendingPathComponent("\(triple)/debug/cu2hip").path)
        }
        return paths
    }

    static let located: Swift.Result<String, NotBuilt> = {
        let all = candidates
        if let found = all.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) { return .success(found) }
        return .failure(NotBuilt(searched: all))
    }()

    static func binary() throws -> String { try located.get() }

    /// Runs `cu2hip arguments...` with `directory` as its working directory. The environment is
    /// the test's own with `CU2HIP_HIP_SEARCH_PATH` empty (no installed HIP is looked for, so the
    /// default ROCm version applies whatever the machine has), then `environment` on top.
    @discardableResult
    static func run(_ arguments: [String], in directory: URL, environment: [String: String] = [:]) throws -> Result {
        var variables = ProcessInfo.processInfo.environment
        variables["CU2HIP_HIP_SEARCH_PATH"] = ""
        variables.merge(environment) { _, new in new }
        let result = try TestSupport.run(try binary(), arguments, in: directory, environment: variables)
        return Result(status: result.status, stdout: result.stdout, stderr: result.stderr)
    }

    /// The stderr note of a run that finds no HIP installation and gets no --rocm-version.
    static let defaultTargetNote =
        "cu2hip: note: targeting ROCm 7.0, the default (no HIP installation found; choose another with --rocm-version)"
}

// MARK: - Files and trees

enum Files {
    /// Writes each relative path → bytes under `root`, creating directories.
    static func write(_ files: [String: [UInt8]], under root: URL) throws {
        for (path, bytes) in files {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
    }

    static func write(_ text: String, to url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func bytes(_ url: URL) -> [UInt8]? {
        FileManager.default.contents(atPath: url.path).map { [UInt8]($0) }
    }

    static func text(_ url: URL) -> String? {
        bytes(url).map { String(decoding: $0, as: UTF8.self) }
    }

    static func exists(_ url: URL) -> Bool {
        var status = stat()
        return lstat(url.path, &status) == 0
    }

    /// Names directly inside `directory`, hidden ones included, sorted.
    static func listing(_ directory: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).sorted()
    }

    /// Every regular file under `root` (hidden ones included), relative path → bytes.
    static func tree(_ root: URL) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for (path, entry) in TreeSnapshot(root).entries where entry.kind == "file" {
            result[path] = entry.bytes
        }
        return result
    }

    /// Sets the modification time of every entry under `root` (and `root`) to a fixed date in
    /// the past, so a rewrite within the same second still shows.
    static func ageTree(_ root: URL) throws {
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        let paths = TreeSnapshot(root).entries.keys.sorted().reversed()
        for path in paths {
            try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: root.appendingPathComponent(path).path)
        }
        try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: root.path)
    }

    /// A readable description of how two file trees differ ("" when equal).
    static func difference(expected: [String: [UInt8]], actual: [String: [UInt8]]) -> String {
        var lines: [String] = []
        for path in Set(expected.keys).union(actual.keys).sorted() {
            switch (expected[path], actual[path]) {
            case (nil, _): lines.append("unexpected file: \(path)")
            case (_, nil): lines.append("missing file: \(path)")
            case let (left?, right?) where left != right:
                lines.append("different: \(path)\n" + TestSupport.describeDifference(
                    expected: String(decoding: left, as: UTF8.self), actual: String(decoding: right, as: UTF8.self)))
            default: break
            }
        }
        return lines.joined(separator: "\n")
    }

    static func which(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Copies a tree (`cp -a` keeps bytes, modes and times).
    static func copyTree(_ source: URL, to destination: URL) throws {
        let result = try TestSupport.run("/bin/cp", ["-a", source.path, destination.path])
        if result.status != 0 { throw TestFailure("cp -a failed: \(result.stderr)") }
    }

    /// Sets the mode of `root` and everything under it.
    static func chmodTree(_ root: URL, directories: Int, files: Int) {
        for (path, entry) in TreeSnapshot(root).entries {
            chmod(root.appendingPathComponent(path).path, mode_t(entry.kind == "directory" ? directories : files))
        }
        chmod(root.path, mode_t(directories))
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Everything observable about a tree: each entry's kind, bytes, mode and modification time
/// (nanoseconds), hidden entries included.
struct TreeSnapshot: Equatable, CustomStringConvertible {
    struct Entry: Equatable {
        var kind: String
        var bytes: [UInt8]
        var mode: UInt32
        var mtimeSeconds: Int
        var mtimeNanoseconds: Int
    }

    var entries: [String: Entry] = [:]

    init(_ root: URL) {
        func visit(_ directory: String, _ prefix: String) {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return }
            for name in names {
                let path = directory + "/" + name
                let relative = prefix.isEmpty ? name : prefix + "/" + name
                var status = stat()
                guard lstat(path, &status) == 0 else { continue }
                let type = status.st_mode & S_IFMT
                let kind = type == S_IFDIR ? "directory" : type == S_IFREG ? "file" : "other"
                let bytes = kind == "file" ? (FileManager.default.contents(atPath: path).map { [UInt8]($0) } ?? []) : []
                entries[relative] = Entry(kind: kind, bytes: bytes, mode: UInt32(status.st_mode),
                                          mtimeSeconds: Int(status.st_mtim.tv_sec), mtimeNanoseconds: Int(status.st_mtim.tv_nsec))
                if kind == "directory" { visit(path, relative) }
            }
        }
        visit(root.path, "")
    }

    /// What changed between `self` (before) and `after`, one line per entry.
    func changes(to after: TreeSnapshot) -> String {
        var lines: [String] = []
        for path in Set(entries.keys).union(after.entries.keys).sorted() {
            switch (entries[path], after.entries[path]) {
            case (nil, _): lines.append("created: \(path)")
            case (_, nil): lines.append("removed: \(path)")
            case let (old?, new?) where old != new:
                var what: [String] = []
                if old.bytes != new.bytes { what.append("bytes") }
                if old.mode != new.mode { what.append("mode") }
                if (old.mtimeSeconds, old.mtimeNanoseconds) != (new.mtimeSeconds, new.mtimeNanoseconds) { what.append("mtime") }
                if old.kind != new.kind { what.append("kind") }
                lines.append("changed (\(what.joined(separator: ", "))): \(path)")
            default: break
            }
        }
        return lines.joined(separator: "\n")
    }

    var description: String { entries.keys.sorted().joined(separator: "\n") }
}

/// A fresh temporary directory for one test; `defer { scratch.remove() }` removes it
/// (permissions restored first).
struct Scratch {
    let url: URL
    init() throws { url = try TestSupport.temporaryDirectory("cu2hip-cli") }
    func path(_ relative: String) -> URL { url.appendingPathComponent(relative) }
    func remove() {
        Files.chmodTree(url, directories: 0o755, files: 0o644)
        try? FileManager.default.removeItem(at: url)
    }
}

extension String {
    /// The text's UTF-8 bytes.
    var bytes: [UInt8] { Array(utf8) }
}

/// Parses report.json into a dictionary.
func loadReport(_ url: URL) throws -> [String: Any] {
    let data = try #require(FileManager.default.contents(atPath: url.path), "no report at \(url.path)")
    let object = try JSONSerialization.jsonObject(with: data)
    return try #require(object as? [String: Any], "report.json is not a JSON object")
}

/// The `summary` of a parsed report as plain integers (percentConverted × 10).
func summaryCounts(_ report: [String: Any]) -> [String: Int] {
    guard let summary = report["summary"] as? [String: Any] else { return [:] }
    var counts: [String: Int] = [:]
    for key in ["files", "converted", "unchanged", "copied", "failed", "filesWithParseErrors"] {
        counts[key] = (summary[key] as? NSNumber)?.intValue ?? -1
    }
    if let references = summary["references"] as? [String: Any] {
        for key in ["found", "converted", "unsupported"] {
            counts["references." + key] = (references[key] as? NSNumber)?.intValue ?? -1
        }
    }
    counts["percentConverted×10"] = ((summary["percentConverted"] as? NSNumber)?.doubleValue).map { Int(($0 * 10).rounded()) } ?? -1
    return counts
}

/// Per-file entries of a parsed report, by path.
func reportFiles(_ report: [String: Any]) -> [String: [String: Any]] {
    var files: [String: [String: Any]] = [:]
    for case let file as [String: Any] in report["files"] as? [Any] ?? [] {
        if let path = file["path"] as? String { files[path] = file }
    }
    return files
}

/// The two summary lines the CLI prints.
func summaryLines(files: Int, converted: Int, unchanged: Int, copied: Int, failed: Int, parseErrors: Int = 0,
                  found: Int, referencesConverted: Int, unsupported: Int, percent: String) -> String {
    var first = "cu2hip: \(files) file(s): \(converted) converted, \(unchanged) unchanged, \(copied) copied, \(failed) failed"
    if parseErrors > 0 { first += ", \(parseErrors) with parse errors" }
    return first + "\ncu2hip: CUDA references: \(found) found, \(referencesConverted) converted, \(unsupported) unsupported (\(percent)% converted)"
}

var runningAsRoot: Bool { getuid() == 0 }
