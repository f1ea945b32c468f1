import Foundation
import Testing
import TestSupport

/// `-p` (the build's compile_commands.json) and `--include`/`--exclude`, through the command line,
/// on the fixture repository Fixtures/project-compile-db (also golden-tested with and without the
/// database by the golden fixture tests).
@Suite("cu2hip convert -p: a repository with its compile database")
struct CompileDatabaseCLITests {
    static let fixture = TestSupport.repositoryRoot.appendingPathComponent("Fixtures/project-compile-db")
    static let fixtureWithout = TestSupport.repositoryRoot.appendingPathComponent("Fixtures/project-compile-db-without")

    /// A copy of the fixture's input as `proj/` in a fresh scratch folder.
    static func project() throws -> Scratch {
        let scratch = try Scratch()
        try Files.copyTree(fixture.appendingPathComponent("input"), to: scratch.path("proj"))
        return scratch
    }

    static let parseError = "proj/src/b/broken.cu:7:56: parse error: expected ';' at end of declaration [clang]"
    static let unknownFlags = "cu2hip: note: compile database proj/build/compile_commands.json: flags not understood, not passed to clang: --keep-device-functions (1 entry)"
    static let unlisted = "cu2hip: note: 1 source file(s) not in the compile database, parsed with the default flags: proj/src/util/extra.cu"
    static let tail = """
        cu2hip: output: out
        cu2hip: report: report/report.json, report/changes.diff

        """

    /// The run's tree and report are the golden ones of `fixture`.
    static func expectGolden(_ scratch: Scratch, _ fixture: URL, databaseOption: String? = nil,
                             sourceLocation: SourceLocation = #_sourceLocation) {
        let difference = Files.difference(expected: Files.tree(fixture.appendingPathComponent("expected")), actual: Files.tree(scratch.path("out")))
        #expect(difference == "", "\(difference)", sourceLocation: sourceLocation)
        let expectedReport = Files.text(fixture.appendingPathComponent("expected-report.json")) ?? "<none>"
        // The cache's counts depend on earlier runs; the fixture's report was made without one.
        let report = (Files.text(scratch.path("report/report.json")) ?? "<none>")
            .replacingOccurrences(of: #"  "cache" : \{\n    "hits" : \d+,\n    "misses" : \d+\n  \},\n"#, with: "", options: .regularExpression)
            // A database outside the tree is named relative to the current directory.
            .replacingOccurrences(of: "\"compile-commands\" : \"\(databaseOption ?? "build/compile_commands.json")\"",
                                  with: "\"compile-commands\" : \"build/compile_commands.json\"")
        #expect(report == expectedReport, "\(TestSupport.describeDifference(expected: expectedReport, actual: report))",
                sourceLocation: sourceLocation)
        #expect(Files.text(scratch.path("report/changes.diff")) == Files.text(fixture.appendingPathComponent("expected.diff")),
                sourceLocation: sourceLocation)
    }

    @Test("-p DIR: each file parsed with its command; notes for flags not understood and sources not listed; exit 3 for the file that does not parse")
    func withDatabase() throws {
        let scratch = try Self.project()
        defer { scratch.remove() }
        let result = try CLI.run(["convert", "proj", "-p", "proj/build", "--rocm-version", "6.2", "--out", "out", "--report-dir", "report"],
                                 in: scratch.url)
        #expect(result.status == 3, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == """
            \(Self.unknownFlags)
            \(Self.parseError)
            \(Self.unlisted)
            cu2hip: 10 file(s): 8 converted, 0 unchanged, 2 copied, 0 failed, 1 with parse errors
            cu2hip: CUDA references: 49 found, 49 converted, 0 unsupported (100.0% converted)
            \(Self.tail)
            """, "\(result)")
        Self.expectGolden(scratch, Self.fixture)
    }

    @Test("without -p: includes found by searching the tree, USE_FAST_PATH undefined; the golden tree of project-compile-db-without")
    func withoutDatabase() throws {
        let scratch = try Self.project()
        defer { scratch.remove() }
        let result = try CLI.run(["convert", "proj", "--rocm-version", "6.2", "--out", "out", "--report-dir", "report"], in: scratch.url)
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr == """
            \(Self.parseError)
            cu2hip: 10 file(s): 8 converted, 0 unchanged, 2 copied, 0 failed, 1 with parse errors
            cu2hip: CUDA references: 47 found, 47 converted, 0 unsupported (100.0% converted)
            \(Self.tail)
            """, "\(result)")
        Self.expectGolden(scratch, Self.fixtureWithout)
    }

    @Test("the two runs differ where the database's macro decides; each header is translated once, with its first includer; includes stay as written",
          arguments: [true, false])
    func headersOnce(withDatabase: Bool) throws {
        let scratch = try Self.project()
        defer { scratch.remove() }
        let database = withDatabase ? ["-p", "proj/build"] : []
        let result = try CLI.run(["convert", "proj", "--rocm-version", "6.2", "--out", "out", "--report-dir", "report", "-j", "2"] + database,
                                 in: scratch.url)
        #expect(result.status == 3, "\(result)")
        let report = try loadReport(scratch.path("report/report.json"))
        let entries = (report["files"] as? [[String: Any]]) ?? []
        let headers = entries.filter { ($0["path"] as? String)?.hasSuffix(".cuh") == true }
            .map { "\($0["path"] ?? "") \($0["translatedWith"] ?? "-")" }
        #expect(headers == ["include/common.cuh src/a/saxpy.cu", "include/fast_path.cuh src/a/saxpy.cu"])
        let fastPath = Files.text(scratch.path("out/include/fast_path.cuh")) ?? ""
        let cast = "return __half2float(reinterpret_cast<__half&>(pair.x)) + __half2float(reinterpret_cast<__half&>(pair.y));"
        #expect(fastPath.contains(cast) == withDatabase)
        // Project includes are left as written in every file, so the translated headers are the
        // ones the translated sources include.
        for (path, bytes) in Files.tree(scratch.path("proj")) where !path.hasPrefix("build/") && path != "CMakeLists.txt" {
            let quoted = { (text: String) in text.split(separator: "\n").filter { $0.hasPrefix("#include \"") } }
            let output = Files.text(scratch.path("out/" + path)) ?? ""
            #expect(quoted(output) == quoted(String(decoding: bytes, as: UTF8.self)), "\(path)")
        }
    }

    @Test("--compile-commands FILE with absolute directories, as CMake writes it, gives the same tree")
    func absoluteDirectories() throws {
        let scratch = try Self.project()
        defer { scratch.remove() }
        let databaseURL = scratch.path("proj/build/compile_commands.json")
        let data = try #require(FileManager.default.contents(atPath: databaseURL.path))
        var entries = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let build = scratch.path("proj/build").path
        for index in entries.indices { entries[index]["directory"] = build }
        // Written outside the tree, so that the tree itself is the fixture's.
        let moved = scratch.path("db/compile_commands.json")
        try Files.write(String(decoding: try JSONSerialization.data(withJSONObject: entries), as: UTF8.self), to: moved)

        let result = try CLI.run(["convert", "proj", "--compile-commands", "db/compile_commands.json", "--rocm-version", "6.2",
                                  "--out", "out", "--report-dir", "report", "--quiet"], in: scratch.url)
        #expect(result.status == 3, "\(result)")
        // --quiet: errors and the summary only, none of the notes.
        #expect(result.stderr == """
            cu2hip: 10 file(s): 8 converted, 0 unchanged, 2 copied, 0 failed, 1 with parse errors
            cu2hip: CUDA references: 49 found, 49 converted, 0 unsupported (100.0% converted)
            \(Self.tail)
            """, "\(result)")
        Self.expectGolden(scratch, Self.fixture, databaseOption: "db/compile_commands.json")
    }

    @Test("a database that cannot be read, or a bad glob, is a bad command line: exit 64, nothing written",
          arguments: [
              (["-p", "nowhere"], "Error: -p: nowhere: no such file or directory"),
              (["-p", "proj/src"], "Error: -p: proj/src: no compile_commands.json in this folder"),
              (["-p", "proj/CMakeLists.txt"], "Error: -p: \\(root)/proj/CMakeLists.txt: not valid JSON"),
              (["--exclude", "/src"], "Error: --exclude '/src': patterns are relative to the input root; remove the leading '/'"),
              (["--include", "../x"], "Error: --include '../x': '.' and '..' components never match a path inside the input root"),
          ])
    func badDatabase(arguments: [String], message: String) throws {
        let scratch = try Self.project()
        defer { scratch.remove() }
        let before = TreeSnapshot(scratch.url)
        let result = try CLI.run(["convert", "proj", "--out", "out", "--report-dir", "report"] + arguments, in: scratch.url)
        #expect(result.status == 64, "\(result)")
        let expected = message.replacingOccurrences(of: "\\(root)", with: scratch.url.resolvingSymlinksInPath().path)
        #expect(result.stderrLines.first == expected, "\(result)")
        #expect(TreeSnapshot(scratch.url) == before)
    }

    @Test("--exclude: the files left out are copied unchanged, reported and named in a note")
    func exclude() throws {
        let scratch = try Self.project()
        defer { scratch.remove() }
        let result = try CLI.run(["convert", "proj", "-p", "proj/build", "--rocm-version", "6.2", "--exclude", "src/b",
                                  "--out", "out", "--report-dir", "report"], in: scratch.url)
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == """
            \(Self.unknownFlags)
            \(Self.unlisted)
            cu2hip: note: 2 C/C++/CUDA file(s) left out by --include/--exclude, copied unchanged: proj/src/b/broken.cu, proj/src/b/reduce.cu
            cu2hip: 10 file(s): 6 converted, 0 unchanged, 4 copied, 0 failed
            cu2hip: CUDA references: 41 found, 41 converted, 0 unsupported (100.0% converted)
            \(Self.tail)
            """, "\(result)")
        for path in ["src/b/broken.cu", "src/b/reduce.cu"] {
            #expect(Files.bytes(scratch.path("out/" + path)) == Files.bytes(scratch.path("proj/" + path)), "\(path)")
        }
        #expect(Files.text(scratch.path("out/src/a/scale.cu")) == Files.text(Self.fixture.appendingPathComponent("expected/src/a/scale.cu")))
    }
}
