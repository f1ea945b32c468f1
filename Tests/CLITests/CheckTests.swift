import Foundation
import Testing
import TestSupport

/// The fixture project of `cu2hip check` (Fixtures/check-report/project) and its golden outputs.
enum CheckFixture {
    static let directory = TestSupport.repositoryRoot.appendingPathComponent("Fixtures/check-report")
    static let project = directory.appendingPathComponent("project")

    /// A scratch directory holding a copy of the project as `project/`.
    static func scratch() throws -> Scratch {
        let scratch = try Scratch()
        try Files.copyTree(project, to: scratch.path("project"))
        return scratch
    }

    /// The stderr line of a run on the fixture under `--fail-on unsupported`.
    static let failedSummary =
        "cu2hip: check: score 73/100; 3 unsupported, 1 warning(s), 2 parse error(s); policy failed: 3 new finding(s) at --fail-on unsupported"

    /// Compares `actual` with `Fixtures/check-report/expected/NAME`; `UPDATE_GOLDEN=1` rewrites it.
    static func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent("expected/\(name)")
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            do {
                try Files.write(actual, to: url)
            } catch {
                Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = Files.text(url) else {
            Issue.record("no golden file \(url.path); run UPDATE_GOLDEN=1 swift test --filter Check and review it", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "differs from Fixtures/check-report/expected/\(name):\n\(TestSupport.describeDifference(expected: expected, actual: actual))",
                sourceLocation: sourceLocation)
    }
}

@Suite("cu2hip check")
struct CheckTests {
    static let formats = ["text", "json", "markdown", "html", "sarif"]

    @Test("each format on the fixture project: the golden bytes on stdout, exit 2 (unsupported uses), one summary line on stderr",
          arguments: formats)
    func golden(format: String) throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }

        let result = try CLI.run(["check", "project", "--rocm-version", "7.0", "--format", format, "-j", "2"], in: scratch.url)

        #expect(result.status == 2, "\(result)")
        #expect(result.stderr == CheckFixture.failedSummary + "\n", "\(result)")
        CheckFixture.expectGolden(result.stdout, "report.\(format)")
    }

    @Test("check writes nothing under the input tree, nor a report directory, whatever the format")
    func leavesTreeUntouched() throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }
        try Files.ageTree(scratch.path("project"))
        let before = TreeSnapshot(scratch.path("project"))
        let digestsBefore = try Self.digests(scratch.path("project"))
        #expect(digestsBefore.count == 4, "\(digestsBefore.keys.sorted())")

        for format in Self.formats {
            let result = try CLI.run(["check", "project", "--format", format, "--fail-on", "never"], in: scratch.url)
            #expect(result.status == 0, "\(format): \(result)")
        }
        let inside = try CLI.run(["check", ".", "--format", "sarif", "--fail-on", "never"], in: scratch.path("project"))
        #expect(inside.status == 0, "\(inside)")

        #expect(try Self.digests(scratch.path("project")) == digestsBefore)
        let changes = before.changes(to: TreeSnapshot(scratch.path("project")))
        #expect(changes.isEmpty, "the input tree changed:\n\(changes)")
        #expect(Files.listing(scratch.url) == ["project"], "check wrote beside the tree: \(Files.listing(scratch.url))")
    }

    /// SHA-256 of every regular file under `root` (with `sha256sum`), by relative path.
    static func digests(_ root: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for path in Files.tree(root).keys.sorted() {
            let run = try TestSupport.run("/usr/bin/sha256sum", [root.appendingPathComponent(path).path])
            guard run.status == 0, let digest = run.stdout.split(separator: " ").first else {
                throw TestFailure("sha256sum \(path) failed: \(run.stderr)")
            }
            result[path] = String(digest)
        }
        return result
    }

    // MARK: - --fail-on and exit codes

    static let clean = [
        "clean.cu": "#include <cuda_runtime.h>\n#include <cuda_profiler_api.h>\nvoid sync_all() { cudaProfilerStart(); cudaDeviceSynchronize(); cudaProfilerStop(); }\n",
    ]
    static let warningOnly = [
        "image.cu": "#include <cuda_runtime.h>\nconst char* image = \"kernels.fatbin\";\nvoid sync_all() { cudaDeviceSynchronize(); }\n",
    ]
    static let parseErrorOnly = [
        "typo.cu": "#include <cuda_runtime.h>\nvoid sync_all() { cudaDeviceSynchronize(); not_declared_anywhere(); }\n",
    ]

    @Test("--fail-on: exit 0 or 2 by what is left; notes never fail", arguments: [
        // (project, policy or nil for the default, exit code)
        ("clean", "never", 0), ("clean", "unsupported", 0), ("clean", "warning", 0), ("clean", nil, 0),
        ("warning-only", "never", 0), ("warning-only", "unsupported", 0), ("warning-only", "warning", 2), ("warning-only", nil, 0),
        ("parse-error-only", "never", 0), ("parse-error-only", "unsupported", 0), ("parse-error-only", "warning", 2),
        ("fixture", "never", 0), ("fixture", "unsupported", 2), ("fixture", "warning", 2), ("fixture", nil, 2),
    ] as [(String, String?, Int32)])
    func failOn(project: String, policy: String?, status: Int32) throws {
        let scratch: Scratch
        switch project {
        case "fixture":
            scratch = try CheckFixture.scratch()
        default:
            scratch = try Scratch()
            let files = project == "clean" ? Self.clean : project == "warning-only" ? Self.warningOnly : Self.parseErrorOnly
            try Files.write(files.mapValues(\.bytes), under: scratch.path("project"))
        }
        defer { scratch.remove() }

        let result = try CLI.run(["check", "project", "--rocm-version", "7.0"] + (policy.map { ["--fail-on", $0] } ?? []), in: scratch.url)

        #expect(result.status == status, "\(result)")
        let summary = result.stderrLines.first { $0.hasPrefix("cu2hip: check: ") } ?? ""
        #expect(summary.hasSuffix(status == 0 ? "policy passed" : "at --fail-on \(policy ?? "unsupported")"), "\(result)")
    }

    @Test("exit 1 when an input is missing, whatever --fail-on says; the report of the others is still printed")
    func missingInput() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.clean.mapValues(\.bytes), under: scratch.url)

        let result = try CLI.run(["check", "missing.cu", "clean.cu", "--rocm-version", "7.0", "--fail-on", "never"], in: scratch.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderrLines.contains("cu2hip: error: missing.cu: no such file or directory"), "\(result)")
        #expect(result.stdout.hasPrefix("cu2hip check: 1 source file, 0 with parse errors, 0 failed\n"), "\(result)")
    }

    @Test("exit 64 for a bad command line", arguments: [
        ["check", "project", "--format", "xml"],
        ["check", "project", "--fail-on", "errors"],
        ["check"],
    ])
    func usage(arguments: [String]) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }

        let result = try CLI.run(arguments, in: scratch.url)

        #expect(result.status == 64, "\(result)")
        #expect(result.stdout.isEmpty)
    }

    // MARK: - --output

    @Test("--output writes the report there and nothing on stdout; an unwritable one exits 1")
    func output() throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }

        let result = try CLI.run(["check", "project", "--rocm-version", "7.0", "--format", "json", "--output", "reports/check.json"], in: scratch.url)
        #expect(result.status == 2, "\(result)")
        #expect(result.stdout.isEmpty)
        let expected = Files.text(CheckFixture.directory.appendingPathComponent("expected/report.json"))
        #expect(Files.text(scratch.path("reports/check.json")) == expected)

        try Files.write("not a directory\n", to: scratch.path("blocker"))
        let blocked = try CLI.run(["check", "project", "--rocm-version", "7.0", "--fail-on", "never", "--output", "blocker/check.txt"], in: scratch.url)
        #expect(blocked.status == 1, "\(blocked)")
        #expect(blocked.stderrLines.contains { $0.hasPrefix("cu2hip: error: \(scratch.path("blocker").path): cannot create directory") }, "\(blocked)")
    }

    // MARK: - Baselines

    @Test("--write-baseline: the golden file; the run that writes it exits 0")
    func writeBaseline() throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }

        let result = try CLI.run(["check", "project", "--rocm-version", "7.0", "--write-baseline", "baseline.json"], in: scratch.url)

        #expect(result.status == 0, "\(result)")
        #expect(result.stderrLines.contains("cu2hip: baseline: baseline.json (6 problem(s))"), "\(result)")
        CheckFixture.expectGolden(Files.text(scratch.path("baseline.json")) ?? "", "baseline.json")
    }

    @Test("--baseline: findings moved by lines inserted above are still known (exit 0); a new one is listed alone and fails (exit 2)")
    func baseline() throws {
        let scratch = try CheckFixture.scratch()
        defer { scratch.remove() }
        let arguments = ["check", "project", "--rocm-version", "7.0"]
        #expect(try CLI.run(arguments + ["--write-baseline", "baseline.json"], in: scratch.url).status == 0)

        // Move every finding of both files down.
        for path in ["project/src/saxpy.cu", "project/src/legacy.cu"] {
            let text = try #require(Files.text(scratch.path(path)))
            try Files.write("// Copyright notice added later.\n// Two more lines,\n// so every finding moves down by three.\n" + text, to: scratch.path(path))
        }
        let moved = try CLI.run(arguments + ["--baseline", "baseline.json"], in: scratch.url)
        #expect(moved.status == 0, "\(moved)")
        #expect(moved.stdout.contains("\nbaseline: 6 entries: 6 matched, 0 no longer found; 0 new problems (known problems are not listed above)\n"), "\(moved)")
        #expect(moved.stdout.hasPrefix("cu2hip check: "), "no finding line expected:\n\(moved.stdout)")

        // A second use of the same call, on a line identical to the first one's, is new (the
        // first keeps its occurrence index).
        let saxpy = try #require(Files.text(scratch.path("project/src/saxpy.cu")))
        try Files.write(saxpy.replacingOccurrences(of: "    cudaFree(x);\n", with: "    cudaFree(x);\n    cudaStreamGetId(stream, &id);\n"),
                        to: scratch.path("project/src/saxpy.cu"))
        let added = try CLI.run(arguments + ["--baseline", "baseline.json"], in: scratch.url)
        #expect(added.status == 2, "\(added)")
        let findingLines = added.stdout.split(separator: "\n").filter { $0.hasPrefix("project/") }
        #expect(findingLines == ["project/src/saxpy.cu:33:5: warning: 'cudaStreamGetId' has no HIP equivalent; left as written [api-rename]"], "\(added)")
        #expect(added.stdout.contains("\nbaseline: 6 entries: 6 matched, 0 no longer found; 1 new problem (known problems are not listed above)\n"), "\(added)")
        #expect(added.stderr.hasSuffix("policy failed: 1 new finding(s) at --fail-on unsupported\n"), "\(added)")
    }

    @Test("a baseline that matches nothing gets a warning; one that cannot be read exits 1", arguments: [
        ("{\"findings\": [{\"category\": \"unsupported\", \"fingerprint\": \"00000000000000000000000000000000\", \"message\": \"m\", \"path\": \"x.cu\", \"rule\": \"api-rename\"}], \"tool\": \"cu2hip\", \"version\": 1}", 0,
         "cu2hip: warning: the baseline stale.json matched none of the 1 problem(s) it lists; is it from another tree or an older cu2hip? (write it again with --write-baseline)"),
        ("{\"findings\": [], \"tool\": \"cu2hip\", \"version\": 7}", 1,
         "cu2hip: error: stale.json: baseline version 7 is not one this cu2hip reads (1); write it again with --write-baseline"),
        ("[1, 2", 1, "cu2hip: error: stale.json: not a cu2hip baseline (not a JSON object); write one with --write-baseline"),
    ] as [(String, Int32, String)])
    func unusableBaseline(text: String, status: Int32, message: String) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.clean.mapValues(\.bytes), under: scratch.path("project"))
        try Files.write(text, to: scratch.path("stale.json"))

        let result = try CLI.run(["check", "project", "--rocm-version", "7.0", "--baseline", "stale.json"], in: scratch.url)

        #expect(result.status == status, "\(result)")
        #expect(result.stderrLines.contains(message), "\(result)")
    }

    @Test("a missing baseline file exits 1 before anything is translated")
    func missingBaseline() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write(Self.clean.mapValues(\.bytes), under: scratch.path("project"))

        let result = try CLI.run(["check", "project", "--baseline", "none.json"], in: scratch.url)

        #expect(result.status == 1, "\(result)")
        #expect(result.stderr == "cu2hip: error: none.json: cannot read the baseline file\n", "\(result)")
        #expect(result.stdout.isEmpty)
    }
}
