import Foundation
import Testing
@testable import Reporting

/// The model behind `cu2hip check`: categories, counts per library, the estimate, the score,
/// fingerprints, the baseline and the `--fail-on` policy.
@Suite("cu2hip check: analysis")
struct CompatibilityAnalysisTests {
    @Test("findings: sorted, categorised, located with their source line; a header's error reported once")
    func findings() {
        let report = CannedCompatibility.compatibility()
        let rows = report.findings.map { "\($0.path):\($0.line):\($0.column) \($0.category.rawValue) \($0.rule) \($0.library ?? "-") \($0.code ?? "<none>")" }
        #expect(rows == [
            "include/util.cuh:3:1 parse-error clang - vec3 helper_scale(float* p, int n);",
            "src/app.cu:5:5 note api-rename CUDA Runtime     cudaMalloc(p, n * sizeof(float));",
            // A warning about a name cu2hip did change is a warning, not an unsupported use.
            "src/app.cu:5:5 warning module-image CUDA Runtime     cudaMalloc(p, n * sizeof(float));",
            "src/app.cu:7:5 unsupported api-rename CUDA Runtime     cudaLegacyThing();",
            "src/app.cu:9:9 unsupported api-rename CUDA Runtime         cudaLegacyThing();",
            "src/app.cu:10:5 warning inline-asm -     asm(\"mov.u32 %0, %%laneid;\" : \"=r\"(n));",
            "src/app.cu:11:21 warning string-check -     const char* s = \"<b>bold</b> & more\";",
            "src/app.cu:12:5 parse-error clang -     undeclared_call(s);",
        ])
    }

    @Test("per library and family: changes naming an API are convertible, unsupported findings unsupported")
    func libraries() {
        let report = CannedCompatibility.compatibility()
        #expect(report.libraries == [
            LibraryUsage(library: "CUDA Runtime", found: 4, convertible: 2, unsupported: 2, families: [
                FamilyUsage(family: "Legacy", found: 2, convertible: 0, unsupported: 2),
                FamilyUsage(family: "Headers", found: 1, convertible: 1, unsupported: 0),
                FamilyUsage(family: "Memory Management", found: 1, convertible: 1, unsupported: 0),
            ]),
            LibraryUsage(library: "cuBLAS", found: 3, convertible: 3, unsupported: 0, families: [
                FamilyUsage(family: "Headers", found: 1, convertible: 1, unsupported: 0),
                FamilyUsage(family: "Helper Functions", found: 1, convertible: 1, unsupported: 0),
                FamilyUsage(family: "Types", found: 1, convertible: 1, unsupported: 0),
            ]),
        ])
        #expect(report.summary.libraryTotals == UsageTotals(found: 7, convertible: 5, unsupported: 2))
        // The rules' own counts, as report.json has them.
        #expect(report.summary.references == ReferenceCounts(found: 7, converted: 5, unsupported: 2))
    }

    @Test("summary: counts, the manual-work estimate and the score")
    func summary() {
        let summary = CannedCompatibility.compatibility().summary
        #expect(summary.files == 5, "the generated support header is not an entry of the tree")
        #expect(summary.sourceFiles == 4)
        #expect(summary.filesWithParseErrors == 2)
        #expect(summary.failedFiles == 1)
        #expect(summary.edits == 6)
        #expect([summary.unsupported, summary.warnings, summary.parseErrors, summary.notes] as [Int] == [2, 3, 2, 1])
        // 30 + 5 for cudaLegacyThing's two uses, 3 × 10 for the warnings, 2 × 30 for the files
        // with parse errors (src/app.cu, and src/other.cu through the header).
        #expect(summary.manualWork == ManualWorkEstimate(minutes: 125, unsupportedNames: 1, unsupportedUses: 2, warnings: 3, filesWithParseErrors: 2))
        #expect(summary.manualWork.hours == 2)
        // 5 of 7 references converted; of 4 source files, 3 count half (two with parse errors,
        // one failed): 100 × 5/7 × 5/8 = 44.6.
        #expect(summary.score == 45)
    }

    @Test("per file: counts and each file's share of the estimate; worst files first")
    func files() {
        let report = CannedCompatibility.compatibility()
        #expect(report.files == [
            FileCompatibility(path: "include/util.cuh", status: .converted, edits: 3, convertible: 3, parseErrors: 1),
            FileCompatibility(path: "src/app.cu", status: .converted, edits: 3, convertible: 2, unsupported: 2, warnings: 3,
                              parseErrors: 1, notes: 1, estimatedMinutes: 95),
            FileCompatibility(path: "src/blob.cu", status: .failed),
            FileCompatibility(path: "src/other.cu", status: .unchanged, estimatedMinutes: 30),
        ])
        #expect(report.worstFiles.map(\.path) == ["src/app.cu", "src/other.cu"])
    }

    @Test("the score", arguments: [
        (ReferenceCounts(found: 0), 0, 0, 100),
        (ReferenceCounts(found: 10, converted: 10), 4, 0, 100),
        (ReferenceCounts(found: 10, converted: 9, unsupported: 1), 4, 0, 90),
        (ReferenceCounts(found: 10, converted: 9, unsupported: 1), 4, 1, 79),   // 90 × 7/8 = 78.75
        (ReferenceCounts(found: 8, converted: 7, unsupported: 1), 4, 0, 88),    // 87.5 rounds up
        (ReferenceCounts(found: 3, converted: 0, unsupported: 3), 1, 0, 0),
        (ReferenceCounts(found: 0), 2, 2, 50),
        (ReferenceCounts(found: 4, converted: 4), 1, 1, 50),
    ])
    func score(references: ReferenceCounts, sourceFiles: Int, unclean: Int, expected: Int) {
        #expect(CompatibilityAnalysis.score(references: references, sourceFiles: sourceFiles, uncleanFiles: unclean) == expected)
    }

    @Test("hours: to the nearest half hour, at least half an hour of work when there is any", arguments: [
        (0, 0.0), (1, 0.5), (44, 0.5), (45, 1.0), (74, 1.0), (75, 1.5), (125, 2.0), (600, 10.0),
    ])
    func hours(minutes: Int, hours: Double) {
        #expect(ManualWorkEstimate(minutes: minutes, unsupportedNames: 0, unsupportedUses: 0, warnings: 0, filesWithParseErrors: 0).hours == hours)
    }

    @Test("fingerprints: equal lines get different ones by occurrence; lines inserted above change none")
    func fingerprints() {
        let original = CannedCompatibility.compatibility()
        let moved = CannedCompatibility.compatibility(shift: 3)
        #expect(original.findings.map(\.line) != moved.findings.map(\.line))
        #expect(original.findings.map(\.fingerprint) == moved.findings.map(\.fingerprint))
        #expect(Set(original.findings.map(\.fingerprint)).count == original.findings.count)
        // The two uses of cudaLegacyThing differ only by indentation and occurrence.
        let legacy = original.findings.filter { $0.name == "cudaLegacyThing" }
        #expect(legacy.count == 2 && legacy[0].fingerprint != legacy[1].fingerprint)
        #expect(original.findings.allSatisfy { $0.fingerprint.utf8.count == 32 })
    }

    @Test("the baseline: moved findings are known, a new one is new, none reported absent")
    func baseline() {
        let baseline = Baseline(CannedCompatibility.compatibility())
        #expect(baseline.findings.count == 7, "every finding but the note")
        let later = CannedCompatibility.compatibility(shift: 3, extraLine: 17, baseline: baseline)
        #expect(later.baseline == BaselineComparison(entries: 7, matched: 7, absent: 0, new: 1))
        let new = later.findings.filter { $0.baselineState == .new }
        #expect(new.map { "\($0.line):\($0.column) \($0.rule) \($0.code ?? "")" } == ["17:5 api-rename     cudaLegacyThing(); // added later"])
        #expect(later.findings.filter { $0.category == .note }.allSatisfy { $0.baselineState == nil })
        #expect(later.policy == PolicyResult(failOn: .unsupported, failing: 1, passed: false))
    }

    @Test("a fixed problem counts as absent")
    func absent() {
        var baseline = Baseline(CannedCompatibility.compatibility())
        baseline.findings.append(Baseline.Entry(fingerprint: String(repeating: "0", count: 32), path: "src/gone.cu", rule: "api-rename",
                                                category: .unsupported, name: "cudaGone", message: "fixed since"))
        let report = CannedCompatibility.compatibility(baseline: baseline)
        #expect(report.baseline == BaselineComparison(entries: 8, matched: 7, absent: 1, new: 0))
        #expect(report.policy.passed)
    }

    @Test("--fail-on: what each policy counts", arguments: [
        (FailOnPolicy.never, 0), (.unsupported, 2), (.warning, 7),
    ])
    func policy(failOn: FailOnPolicy, failing: Int) {
        let report = CannedCompatibility.compatibility(failOn: failOn)
        #expect(report.policy == PolicyResult(failOn: failOn, failing: failing, passed: failing == 0))
    }

    @Test("the baseline file: sorted, versioned, read back as written")
    func baselineFile() throws {
        let baseline = Baseline(CannedCompatibility.compatibility())
        let text = baseline.rendered()
        #expect(text.hasPrefix("{\n  \"findings\" : [\n"))
        #expect(text.hasSuffix("  \"tool\" : \"cu2hip\",\n  \"version\" : 1\n}\n"))
        #expect(baseline.findings.map(\.path) == ["include/util.cuh", "src/app.cu", "src/app.cu", "src/app.cu", "src/app.cu", "src/app.cu", "src/app.cu"])
        #expect(try Baseline.decode(Array(text.utf8), path: "b.json") == baseline)
    }

    @Test("a baseline that cannot be used says why", arguments: [
        ("{\"version\": 2, \"tool\": \"cu2hip\", \"findings\": []}",
         "b.json: baseline version 2 is not one this cu2hip reads (1); write it again with --write-baseline"),
        ("not json", "b.json: not a cu2hip baseline (not a JSON object); write one with --write-baseline"),
        ("{\"tool\": \"cu2hip\"}", "b.json: not a cu2hip baseline (no \"version\"); write one with --write-baseline"),
        ("{\"version\": 1, \"tool\": \"cu2hip\", \"findings\": [{\"path\": \"a.cu\"}]}",
         "b.json: not a cu2hip baseline (missing \"fingerprint\" at .findings[0]); write one with --write-baseline"),
    ])
    func badBaseline(text: String, message: String) {
        #expect(throws: BaselineError.self) { try Baseline.decode(Array(text.utf8), path: "b.json") }
        do {
            _ = try Baseline.decode(Array(text.utf8), path: "b.json")
        } catch {
            #expect("\(error)" == message)
        }
    }

    @Test("names in an edit: the header of an include, else each identifier")
    func editNames() {
        func names(_ before: String) -> [String] {
            CompatibilityAnalysis.editNames(EditRecord(rule: "r", position: SourcePosition(line: 1, column: 1), before: before, after: "", tokenLevel: false))
        }
        #expect(names("<cub/block/block_reduce.cuh>") == ["cub/block/block_reduce.cuh"])
        #expect(names("\"cuda.h\"") == ["cuda.h"])
        #expect(names("fwd_perf[0].status == CUDNN_STATUS_SUCCESS") == ["fwd_perf", "status", "CUDNN_STATUS_SUCCESS"])
        #expect(names("k<<<2, 64>>>(x_1)") == ["k", "x_1"])
        #expect(names("   ") == [])
    }

    @Test("SHA-256: the FIPS 180-4 examples", arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
        // Padding at the block boundaries (digests from Python's hashlib).
        (String(repeating: "a", count: 55), "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (String(repeating: "a", count: 56), "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (String(repeating: "a", count: 64), "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
    ])
    func sha256(message: String, digest: String) {
        #expect(SHA256.hex(Array(message.utf8)) == digest)
    }
}
