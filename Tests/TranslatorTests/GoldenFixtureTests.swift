import Foundation
import Mapping
import Testing
import TestSupport
import Reporting
import Translator

// Golden fixtures: every directory `Fixtures/<name>/` with an `input/` tree is translated with
// the options in its `args` file, and the result must match, byte for byte:
//   expected/              the translated tree (every file, copied ones included)
//   expected-report.json   report.json
//   expected.diff          changes.diff
// Run with UPDATE_GOLDEN=1 to (re)write those files, then review them line by line.

/// One fixture directory.
struct Fixture: Sendable, CustomTestStringConvertible {
    var name: String
    var directory: URL

    var testDescription: String { name }
    var input: URL { directory.appendingPathComponent("input") }
    var expected: URL { directory.appendingPathComponent("expected") }
    var expectedReport: URL { directory.appendingPathComponent("expected-report.json") }
    var expectedDiff: URL { directory.appendingPathComponent("expected.diff") }

    /// The words of `args` (extra `cu2hip convert` options), split on blanks.
    func argumentWords() throws -> [String] {
        let url = directory.appendingPathComponent("args")
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).map(String.init)
    }

    func arguments() throws -> FixtureArguments {
        var arguments = try FixtureArguments(parsing: argumentWords())
        arguments.fixtureDirectory = directory
        return arguments
    }

    static let root = TestSupport.repositoryRoot.appendingPathComponent("Fixtures")

    /// Every fixture, sorted by name.
    static let all: [Fixture] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []
        return names.sorted().compactMap { name in
            let directory = root.appendingPathComponent(name)
            var isDirectory: ObjCBool = false
            guard !name.hasPrefix("."),
                  FileManager.default.fileExists(atPath: directory.appendingPathComponent("input").path, isDirectory: &isDirectory),
                  isDirectory.boolValue else { return nil }
            return Fixture(name: name, directory: directory)
        }
    }()
}

/// The handful of `cu2hip convert` options the fixtures use.
struct FixtureArguments: Sendable {
    struct ParseError: Error, CustomStringConvertible {
        var description: String
    }

    var rocmVersion: String?
    var launchSyntax: LaunchSyntax = .chevrons
    /// As written: relative to the root of the tree being translated.
    var includeDirectories: [String] = []
    var defines: [String] = []
    /// `--blas`, `--dnn`, `--rand`, `--sparse`, `--solver`.
    var libraries = LibraryChoice()
    /// `-p PATH` (the compile database or its folder), as written: relative to the root of the
    /// tree being translated, so that a second pass over `expected/` reads its copy.
    var compileCommands: String?
    /// `--map FILE`, as written: relative to the fixture directory (the folder holding `input/`).
    var mapFiles: [String] = []
    /// The fixture directory, which `--map` paths are relative to.
    var fixtureDirectory: URL?

    init(parsing words: [String]) throws {
        var index = 0
        func value(of option: String) throws -> String {
            index += 1
            guard index < words.count else { throw ParseError(description: "args: \(option) needs a value") }
            return words[index]
        }
        /// Sets a library choice from `--OPTION VALUE` or `--OPTION=VALUE`; false when `word` is no such option.
        func library(_ option: String, _ word: String) throws -> Bool {
            let text: String
            if word == option {
                text = try value(of: option)
            } else if word.hasPrefix(option + "=") {
                text = String(word.dropFirst(option.count + 1))
            } else {
                return false
            }
            func parse<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
                guard let choice = T(rawValue: text) else { throw ParseError(description: "args: unknown \(option) choice '\(text)'") }
                return choice
            }
            switch option {
            case "--blas": libraries.blas = try parse(LibraryChoice.BLAS.self)
            case "--dnn": libraries.dnn = try parse(LibraryChoice.DNN.self)
            case "--rand": libraries.rand = try parse(LibraryChoice.RAND.self)
            case "--sparse": libraries.sparse = try parse(LibraryChoice.Sparse.self)
            default: libraries.solver = try parse(LibraryChoice.Solver.self)
            }
            return true
        }
        while index < words.count {
            let word = words[index]
            if try ["--blas", "--dnn", "--rand", "--sparse", "--solver"].contains(where: { try library($0, word) }) {
                index += 1
                continue
            }
            switch word {
            case "--rocm-version": rocmVersion = try value(of: word)
            case "--launch-syntax":
                let text = try value(of: word)
                guard let syntax = LaunchSyntax(rawValue: text) else { throw ParseError(description: "args: unknown launch syntax '\(text)'") }
                launchSyntax = syntax
            case "-I": includeDirectories.append(try value(of: word))
            case "-D": defines.append(try value(of: word))
            case "--map": mapFiles.append(try value(of: word))
            case "-p", "--compile-commands": compileCommands = try value(of: word)
            default:
                if word.hasPrefix("--rocm-version=") {
                    rocmVersion = String(word.dropFirst("--rocm-version=".count))
                } else if word.hasPrefix("--launch-syntax="), let syntax = LaunchSyntax(rawValue: String(word.dropFirst("--launch-syntax=".count))) {
                    launchSyntax = syntax
                } else if word.hasPrefix("--map="), word.count > 6 {
                    mapFiles.append(String(word.dropFirst("--map=".count)))
                } else if word.hasPrefix("-I"), word.count > 2 {
                    includeDirectories.append(String(word.dropFirst(2)))
                } else if word.hasPrefix("-D"), word.count > 2 {
                    defines.append(String(word.dropFirst(2)))
                } else {
                    throw ParseError(description: "args: unsupported option '\(word)'")
                }
            }
            index += 1
        }
        if let rocmVersion, Version(rocmVersion) == nil {
            throw ParseError(description: "args: '\(rocmVersion)' is not a ROCm version")
        }
    }

    /// The ROCm release, as the CLI chooses it on a machine without HIP (its tests run with an
    /// empty CU2HIP_HIP_SEARCH_PATH): `--rocm-version`, else the default.
    var target: ROCmTarget {
        ROCmTarget.choose(option: rocmVersion.flatMap { Version($0) }, installation: nil)
    }

    /// Options for translating the tree at `root` (include directories and the compile database
    /// are relative to it).
    func options(root: URL) throws -> TranslationOptions {
        TranslationOptions(
            rocmVersion: target.version,
            launchSyntax: launchSyntax,
            includeDirectories: includeDirectories.map { root.appendingPathComponent($0).standardizedFileURL.path },
            defines: defines, libraries: libraries,
            compileDatabase: try compileCommands.map { try CompileDatabase.load(root.appendingPathComponent($0).path) })
    }

    /// The built-in database with the `--map` files applied.
    func database() throws -> MappingDatabase {
        var database = MappingDatabase.builtIn
        for file in mapFiles {
            guard let fixtureDirectory else { throw ParseError(description: "args: --map needs the fixture directory") }
            let path = fixtureDirectory.appendingPathComponent(file).standardizedFileURL.path
            database = database.applying(try UserMap(contentsOf: path))
        }
        return database
    }
}

/// One run of the library over a tree, into temporary directories.
struct FixtureRun {
    var scratch: URL
    var output: URL
    var reportDirectory: URL
    var outcome: ConversionOutcome

    var reportJSON: String { (try? String(contentsOf: reportDirectory.appendingPathComponent("report.json"), encoding: .utf8)) ?? "<missing report.json>" }
    var changesDiff: String { (try? String(contentsOf: reportDirectory.appendingPathComponent("changes.diff"), encoding: .utf8)) ?? "<missing changes.diff>" }

    static func translate(_ tree: URL, _ arguments: FixtureArguments, jobs: Int, shortcuts: Bool = true,
                          cacheDirectory: String? = nil) throws -> FixtureRun {
        let scratch = try TestSupport.temporaryDirectory("cu2hip-golden")
        let output = scratch.appendingPathComponent("out")
        let reportDirectory = scratch.appendingPathComponent("report")
        let request = ConversionRequest(inputs: [tree.standardizedFileURL.path], destination: .directory(output.path),
                                        options: try arguments.options(root: tree), reportDirectory: reportDirectory.path, jobs: jobs,
                                        database: try arguments.database(), mapFiles: arguments.mapFiles,
                                        rocmVersionSource: arguments.target.sourceDescription,
                                        cacheDirectory: cacheDirectory, shortcuts: shortcuts)
        let outcome = Conversion.run(request)
        return FixtureRun(scratch: scratch, output: output, reportDirectory: reportDirectory, outcome: outcome)
    }

    func cleanUp() {
        try? FileManager.default.removeItem(at: scratch)
    }
}

/// Regular files under a directory: relative path → contents.
enum FileTree {
    struct Entry: Equatable {
        var bytes: Data
        var executable: Bool
    }

    static func read(_ root: URL) -> [String: Entry] {
        var result: [String: Entry] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return result }
        while let relative = enumerator.nextObject() as? String {
            let path = root.appendingPathComponent(relative).path
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
                  attributes[.type] as? FileAttributeType == .typeRegular,
                  let bytes = FileManager.default.contents(atPath: path) else { continue }
            let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue ?? 0
            result[relative] = Entry(bytes: bytes, executable: permissions & 0o100 != 0)
        }
        return result
    }

    /// Every difference between two trees, described for a failure message; empty when equal.
    static func differences(expected: URL, actual: URL) -> [String] {
        let left = read(expected)
        let right = read(actual)
        var problems: [String] = []
        for path in Set(left.keys).subtracting(right.keys).sorted() {
            problems.append("\(path): expected, but not in the output")
        }
        for path in Set(right.keys).subtracting(left.keys).sorted() {
            problems.append("\(path): in the output, but not expected")
        }
        for path in Set(left.keys).intersection(right.keys).sorted() {
            let (want, got) = (left[path]!, right[path]!)
            if want.bytes != got.bytes {
                problems.append("\(path) differs:\n" + TestSupport.describeDifference(
                    expected: String(decoding: want.bytes, as: UTF8.self), actual: String(decoding: got.bytes, as: UTF8.self)))
            }
            if want.executable != got.executable {
                problems.append("\(path): executable bit is \(got.executable), expected \(want.executable)")
            }
        }
        return problems
    }

    /// Replaces `destination` with a copy of `source`.
    static func replace(_ destination: URL, with source: URL) throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: destination.path) { try manager.removeItem(at: destination) }
        if manager.fileExists(atPath: source.path) {
            try manager.copyItem(at: source, to: destination)
        } else {
            try manager.createDirectory(at: destination, withIntermediateDirectories: true)
        }
    }
}

@Suite("Golden fixtures")
struct GoldenFixtureTests {
    static let updating = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"

    @Test("there are fixtures")
    func fixturesExist() {
        #expect(Fixture.all.count >= 9, "Fixtures/ at \(Fixture.root.path) holds \(Fixture.all.count) fixtures")
    }

    @Test("the translated tree, report.json and changes.diff match the golden files", arguments: Fixture.all)
    func golden(_ fixture: Fixture) throws {
        let run = try FixtureRun.translate(fixture.input, fixture.arguments(), jobs: 4)
        defer { run.cleanUp() }
        #expect(run.outcome.errors.isEmpty, "\(fixture.name): \(run.outcome.errors)")
        // Rules never fight over the same bytes on realistic code.
        #expect(!run.reportJSON.contains("edits overlap"), "\(fixture.name): report.json records conflicting edits")

        if Self.updating {
            try FileTree.replace(fixture.expected, with: run.output)
            try Data(run.reportJSON.utf8).write(to: fixture.expectedReport)
            try Data(run.changesDiff.utf8).write(to: fixture.expectedDiff)
            return
        }

        #expect(FileManager.default.fileExists(atPath: fixture.expected.path),
                "\(fixture.name) has no expected/; run UPDATE_GOLDEN=1 swift test --filter GoldenFixtureTests and review the result")
        let problems = FileTree.differences(expected: fixture.expected, actual: run.output)
        #expect(problems.isEmpty, "\(fixture.name): the translated tree differs from expected/:\n\(problems.joined(separator: "\n"))")

        let expectedReport = (try? String(contentsOf: fixture.expectedReport, encoding: .utf8)) ?? ""
        #expect(run.reportJSON == expectedReport, "\(fixture.name): report.json differs from expected-report.json:\n\(TestSupport.describeDifference(expected: expectedReport, actual: run.reportJSON))")
        let expectedDiff = (try? String(contentsOf: fixture.expectedDiff, encoding: .utf8)) ?? ""
        #expect(run.changesDiff == expectedDiff, "\(fixture.name): changes.diff differs from expected.diff:\n\(TestSupport.describeDifference(expected: expectedDiff, actual: run.changesDiff))")
    }

    @Test("report.json holds no absolute path of the machine", arguments: Fixture.all)
    func reportPathsAreRelative(_ fixture: Fixture) throws {
        let run = try FixtureRun.translate(fixture.input, fixture.arguments(), jobs: 2)
        defer { run.cleanUp() }
        let report = run.reportJSON
        for path in [fixture.input.standardizedFileURL.path, run.scratch.path, TestSupport.repositoryRoot.path,
                     FileManager.default.temporaryDirectory.standardizedFileURL.path] {
            #expect(!report.contains(path), "\(fixture.name): report.json contains '\(path)'")
        }
    }

    @Test("a second pass over the translated tree changes nothing", arguments: Fixture.all)
    func secondPassChangesNothing(_ fixture: Fixture) throws {
        // While the golden files are being rewritten, expected/ may be half written: use a fresh
        // first pass instead.
        var firstPass: FixtureRun?
        defer { firstPass?.cleanUp() }
        let translated: URL
        if Self.updating || !FileManager.default.fileExists(atPath: fixture.expected.path) {
            firstPass = try FixtureRun.translate(fixture.input, fixture.arguments(), jobs: 4)
            translated = firstPass!.output
        } else {
            translated = fixture.expected
        }
        let second = try FixtureRun.translate(translated, fixture.arguments(), jobs: 4)
        defer { second.cleanUp() }
        let problems = FileTree.differences(expected: translated, actual: second.output)
        #expect(problems.isEmpty, "\(fixture.name): a second pass changed the output:\n\(problems.joined(separator: "\n"))")
        #expect(second.changesDiff.isEmpty, "\(fixture.name): a second pass produced a diff:\n\(second.changesDiff)")
        // Output that parsed cleanly the first time parses cleanly again (as HIP): the run succeeds.
        if try Self.expectedParseErrors(fixture) == 0 {
            #expect(second.outcome.exitCode == .success, "\(fixture.name): a second pass exited \(second.outcome.exitCode)")
        }
    }

    /// `summary.filesWithParseErrors` of the fixture's expected report.
    static func expectedParseErrors(_ fixture: Fixture) throws -> Int {
        let data = try Data(contentsOf: fixture.expectedReport)
        let report = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require((report["summary"] as? [String: Any])?["filesWithParseErrors"] as? Int)
    }

    @Test("one worker and four workers give byte-identical output", arguments: Fixture.all)
    func deterministicAcrossJobCounts(_ fixture: Fixture) throws {
        let arguments = try fixture.arguments()
        let one = try FixtureRun.translate(fixture.input, arguments, jobs: 1)
        defer { one.cleanUp() }
        let four = try FixtureRun.translate(fixture.input, arguments, jobs: 4)
        defer { four.cleanUp() }
        let problems = FileTree.differences(expected: one.output, actual: four.output)
        #expect(problems.isEmpty, "\(fixture.name): --jobs 1 and --jobs 4 differ:\n\(problems.joined(separator: "\n"))")
        #expect(one.reportJSON == four.reportJSON, "\(fixture.name): report.json differs between --jobs 1 and --jobs 4:\n\(TestSupport.describeDifference(expected: one.reportJSON, actual: four.reportJSON))")
        #expect(one.changesDiff == four.changesDiff, "\(fixture.name): changes.diff differs between --jobs 1 and --jobs 4")
        #expect(one.outcome.exitCode == four.outcome.exitCode)
    }

    @Test("the shortcuts (pre-scan, one parse per unit, precompiled runtime) change nothing", arguments: Fixture.all)
    func shortcutsChangeNothing(_ fixture: Fixture) throws {
        let arguments = try fixture.arguments()
        let reference = try FixtureRun.translate(fixture.input, arguments, jobs: 2, shortcuts: false)
        defer { reference.cleanUp() }
        let fast = try FixtureRun.translate(fixture.input, arguments, jobs: 2)
        defer { fast.cleanUp() }
        let problems = FileTree.differences(expected: reference.output, actual: fast.output)
        #expect(problems.isEmpty, "\(fixture.name): the shortcuts changed the tree:\n\(problems.joined(separator: "\n"))")
        #expect(reference.reportJSON == fast.reportJSON, "\(fixture.name): the shortcuts changed report.json:\n\(TestSupport.describeDifference(expected: reference.reportJSON, actual: fast.reportJSON))")
        #expect(reference.changesDiff == fast.changesDiff, "\(fixture.name): the shortcuts changed changes.diff")
        #expect(reference.outcome.exitCode == fast.outcome.exitCode)
        // The reference parses every source and every header's includer again; the shortcuts fewer.
        #expect(fast.outcome.statistics.parses <= reference.outcome.statistics.parses)
    }

    @Test("a run from a warm cache gives the cold run's tree, report and diff without parsing", arguments: Fixture.all)
    func warmCacheChangesNothing(_ fixture: Fixture) throws {
        let arguments = try fixture.arguments()
        let cache = try TestSupport.temporaryDirectory("cu2hip-cache")
        defer { try? FileManager.default.removeItem(at: cache) }
        let cold = try FixtureRun.translate(fixture.input, arguments, jobs: 2, cacheDirectory: cache.path)
        defer { cold.cleanUp() }
        let warm = try FixtureRun.translate(fixture.input, arguments, jobs: 2, cacheDirectory: cache.path)
        defer { warm.cleanUp() }
        let problems = FileTree.differences(expected: cold.output, actual: warm.output)
        #expect(problems.isEmpty, "\(fixture.name): the warm run's tree differs:\n\(problems.joined(separator: "\n"))")
        let coldCache = try #require(cold.outcome.report.cache)
        let warmCache = try #require(warm.outcome.report.cache)
        #expect(coldCache.hits == 0)
        #expect(warmCache == CacheSummary(hits: coldCache.misses, misses: 0), "\(fixture.name): \(warmCache)")
        #expect(warm.outcome.statistics.parses == 0, "\(fixture.name): the warm run parsed \(warm.outcome.statistics.parses) unit(s)")
        var coldReport = cold.outcome.report
        coldReport.cache = warm.outcome.report.cache
        #expect(coldReport == warm.outcome.report)
        #expect(cold.changesDiff == warm.changesDiff)
        #expect(cold.outcome.exitCode == warm.outcome.exitCode)
    }
}
