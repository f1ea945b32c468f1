import Foundation
import Testing
import TestSupport
@testable import Reporting

/// One canned translation report, its sources and a classifier, shared by every compatibility
/// test and every format's golden file: a converted file with unsupported uses, warnings, a note
/// and parse errors; a header with a parse error that two translation units report; an unchanged
/// file; a failed one; a copied file and a generated support header.
enum CannedCompatibility {
    static let appSource = """
    #include <cuda_runtime.h>
    #include "../include/util.cuh"

    void run(float** p, int n) {
        cudaMalloc(p, n * sizeof(float));
        // a legacy call HIP lacks:
        cudaLegacyThing();
        helper_scale(*p, n);      \\
            cudaLegacyThing();
        asm("mov.u32 %0, %%laneid;" : "=r"(n));
        const char* s = "<b>bold</b> & more";
        undeclared_call(s);
    }

    """

    static let utilSource = """
    #pragma once
    #include <cublas_v2.h>
    vec3 helper_scale(float* p, int n);
    inline void make(cublasHandle_t* h) { cublasCreate(h); }

    """

    /// `appSource` with `inserted` lines put before it.
    static func appSource(inserting inserted: Int) -> String {
        String(repeating: "// moved down\n", count: inserted) + appSource
    }

    static let tricky = "message with <script>alert(\"x\")</script> & a | pipe, *stars*, _under_ and `ticks`"

    /// The report, with every line of src/app.cu moved down by `shift` and, when `extraLine` is
    /// given, one more unsupported use of cudaLegacyThing on that line, which must come after the
    /// others (in the source too).
    static func report(shift: Int = 0, extraLine: Int? = nil) -> Report {
        func at(_ line: Int, _ column: Int) -> SourcePosition { SourcePosition(line: line + shift, column: column) }
        var appFindings = [
            Finding(rule: "api-rename", severity: .warning, position: at(7, 5), message: "'cudaLegacyThing' has no HIP equivalent; left as written", name: "cudaLegacyThing"),
            Finding(rule: "api-rename", severity: .warning, position: at(9, 9), message: "'cudaLegacyThing' has no HIP equivalent; left as written", name: "cudaLegacyThing"),
            Finding(rule: "module-image", severity: .warning, position: at(5, 5), message: "'cudaMalloc' is converted but needs a look at line 5", name: "cudaMalloc"),
            Finding(rule: "api-rename", severity: .info, position: at(5, 5), message: "'hipMalloc' takes the same arguments", name: "cudaMalloc"),
            Finding(rule: "inline-asm", severity: .warning, position: at(10, 5), message: "inline PTX assembly has no AMD GPU meaning; rewrite it with HIP intrinsics"),
            Finding(rule: "string-check", severity: .warning, position: at(11, 21), message: tricky),
        ]
        if let extraLine {
            appFindings.append(Finding(rule: "api-rename", severity: .warning, position: SourcePosition(line: extraLine, column: 5),
                                       message: "'cudaLegacyThing' has no HIP equivalent; left as written", name: "cudaLegacyThing"))
        }
        let headerError = DiagnosticRecord(severity: "error", file: "include/util.cuh", line: 3, column: 1, message: "unknown type name 'vec3'")
        let files = [
            FileReport(path: "src/app.cu", status: .converted, references: ReferenceCounts(found: 4, converted: 2, unsupported: 2),
                       edits: [
                           EditRecord(rule: "include", position: at(1, 10), before: "<cuda_runtime.h>", after: "<hip/hip_runtime.h>", tokenLevel: false),
                           EditRecord(rule: "api-rename", position: at(5, 5), before: "cudaMalloc", after: "hipMalloc", tokenLevel: false),
                           EditRecord(rule: "continuation-alignment", position: at(8, 25), before: "      ", after: "     ", tokenLevel: true),
                       ],
                       findings: appFindings,
                       diagnostics: [
                           DiagnosticRecord(severity: "warning", file: "src/app.cu", line: 4 + shift, column: 1, message: "a clang warning, not a parse error"),
                           DiagnosticRecord(severity: "error", file: "src/app.cu", line: 12 + shift, column: 5, message: "use of undeclared identifier 'undeclared_call'"),
                           headerError,
                       ]),
            FileReport(path: "include/util.cuh", status: .converted, translatedWith: "src/app.cu",
                       references: ReferenceCounts(found: 3, converted: 3),
                       edits: [
                           EditRecord(rule: "include", position: SourcePosition(line: 2, column: 10), before: "<cublas_v2.h>", after: "<hipblas/hipblas.h>", tokenLevel: false),
                           EditRecord(rule: "api-rename", position: SourcePosition(line: 4, column: 18), before: "cublasHandle_t", after: "hipblasHandle_t", tokenLevel: false),
                           EditRecord(rule: "api-rename", position: SourcePosition(line: 4, column: 39), before: "cublasCreate", after: "hipblasCreate", tokenLevel: false),
                       ]),
            FileReport(path: "src/other.cu", status: .unchanged, diagnostics: [headerError]),
            FileReport(path: "src/blob.cu", status: .failed, error: "binary file (NUL byte at offset 3); not translated"),
            FileReport(path: "README.md", status: .copied),
            FileReport(path: "cu2hip/miopen_support.h", status: .generated, reason: "support header"),
        ]
        return Report(version: "9.9.9", options: ["rocm-version": "7.0", "blas": "hipblas"], files: files)
    }

    static let classifications: [String: APIClassification] = [
        "cuda_runtime.h": APIClassification(library: "CUDA Runtime", family: "Headers"),
        "cudaMalloc": APIClassification(library: "CUDA Runtime", family: "Memory Management"),
        "cudaLegacyThing": APIClassification(library: "CUDA Runtime", family: "Legacy"),
        "cublas_v2.h": APIClassification(library: "cuBLAS", family: "Headers"),
        "cublasHandle_t": APIClassification(library: "cuBLAS", family: "Types"),
        "cublasCreate": APIClassification(library: "cuBLAS", family: "Helper Functions"),
    ]

    static func sources(shift: Int = 0, extraLine: Int? = nil) -> [String: String] {
        var app = appSource(inserting: shift)
        if let extraLine {
            var lines = app.components(separatedBy: "\n")
            lines.insert("    cudaLegacyThing(); // added later", at: extraLine - 1)
            app = lines.joined(separator: "\n")
        }
        return ["src/app.cu": app, "include/util.cuh": utilSource]
    }

    static func input(shift: Int = 0, extraLine: Int? = nil, baseline: Baseline? = nil,
                      failOn: FailOnPolicy = .unsupported) -> CompatibilityAnalysis.Input {
        let sources = sources(shift: shift, extraLine: extraLine)
        return CompatibilityAnalysis.Input(
            report: report(shift: shift, extraLine: extraLine),
            classify: { classifications[$0] },
            source: { sources[$0].map { Array($0.utf8) } },
            baseline: baseline, failOn: failOn)
    }

    static func compatibility(shift: Int = 0, extraLine: Int? = nil, baseline: Baseline? = nil,
                              failOn: FailOnPolicy = .unsupported) -> CompatibilityReport {
        CompatibilityAnalysis.make(input(shift: shift, extraLine: extraLine, baseline: baseline, failOn: failOn))
    }

    static let ruleSummaries = [
        "api-rename": "Renames CUDA API names to their HIP counterparts",
        "inline-asm": "Reports inline PTX assembly",
    ]
}

/// Compares `actual` with the golden file `Fixtures/check-report/canned/NAME`; `UPDATE_GOLDEN=1`
/// rewrites it instead.
func expectGolden(_ actual: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = TestSupport.repositoryRoot.appendingPathComponent("Fixtures/check-report/canned/\(name)")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        do {
            try Data(actual.utf8).write(to: url)
        } catch {
            Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
        }
        return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
        Issue.record("no golden file \(url.path); run UPDATE_GOLDEN=1 swift test --filter Compatibility and review it", sourceLocation: sourceLocation)
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(actual == expected, "differs from Fixtures/check-report/canned/\(name):\n\(TestSupport.describeDifference(expected: expected, actual: actual))",
            sourceLocation: sourceLocation)
}
