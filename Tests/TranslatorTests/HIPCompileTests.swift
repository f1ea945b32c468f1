import Dispatch
import Foundation
import Testing
import TestSupport

// The golden outputs must build: every `.cu`/`.cpp` file in `expected/` of a fixture that targets
// ROCm 5.2 (the HIP that Debian ships) is compiled with hipcc for gfx90a. Fixtures that use a
// ROCm library Debian does not ship compile against the public headers in
// ../shared/rocm-headers/include, and are skipped, saying so, where that folder is absent.

/// Fixtures whose translated sources are not compiled, and why.
private let notCompiled: [String: String] = [
    "syntax-error-missing-header": "has a syntax error and a missing header by design",
]

/// Fixtures that need ROCm library headers Debian does not ship (hipBLAS, rocBLAS, hipBLASLt, MIOpen,
/// hipFFT, hipSPARSE, hipSOLVER, hipCUB, rocWMMA).
private let needsROCmHeaders: Set<String> = [
    "cublas-sgemm", "cublas-gemm-family", "cublas-rocblas", "cublaslt-matmul-bias", "cufft-plan-exec", "cusparse-spmv",
    "cusolver-potrf", "cub-block-reduce", "cudnn-conv-forward", "cudnn-inference-step", "cudnn-training-step",
    "wmma-half-gemm", "nvtx-ranges",
]

/// ../shared/rocm-headers/include beside the repository, when it is there.
private let rocmHeaders: URL? = {
    let url = TestSupport.repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/rocm-headers/include")
    return FileManager.default.fileExists(atPath: url.path) ? url : nil
}()

/// Extra builds of a fixture with macros that switch on code inactive by default (each list is
/// one more compile of every source).
private let extraVariants: [String: [[String]]] = [
    "ifdef-branches": [["-DUSE_CUDA_GRAPHS"]],
]

private let targetsDebianHIP: [Fixture] = Fixture.all.filter { fixture in
    guard notCompiled[fixture.name] == nil, let arguments = try? fixture.arguments() else { return false }
    return arguments.rocmVersion.map { $0 == "5.2" || $0.hasPrefix("5.2.") } ?? false
}
private let compiledFixtures = targetsDebianHIP.filter { !needsROCmHeaders.contains($0.name) }
/// Whatever ROCm release they target: the headers are ROCm 6.3's.
private let libraryFixtures = Fixture.all.filter { needsROCmHeaders.contains($0.name) }

private let isLinux: Bool = {
    #if os(Linux)
    true
    #else
    false
    #endif
}()

/// hipcc from $HIPCC, PATH, /usr/bin or /opt/rocm/bin.
private func findHIPCC() -> String? {
    let environment = ProcessInfo.processInfo.environment
    var candidates: [String] = []
    if let explicit = environment["HIPCC"], !explicit.isEmpty { candidates.append(explicit) }
    for directory in (environment["PATH"] ?? "").split(separator: ":") { candidates.append("\(directory)/hipcc") }
    candidates += ["/usr/bin/hipcc", "/opt/rocm/bin/hipcc"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
}

/// Results of parallel compiles, one slot per job.
private final class CompileResults: @unchecked Sendable {
    private var values: [String?]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: nil, count: count) }
    func set(_ index: Int, _ value: String?) { lock.lock(); values[index] = value; lock.unlock() }
    func all() -> [String?] { lock.lock(); defer { lock.unlock() }; return values }
}

@Suite("Translated fixtures compile with hipcc")
struct HIPCompileTests {
    @Test("some fixtures are compiled", .enabled(if: isLinux))
    func fixturesAreSelected() {
        #expect(compiledFixtures.count >= 5, "only \(compiledFixtures.map(\.name)) are compiled")
    }

    @Test("every translated source compiles for gfx90a", .enabled(if: isLinux), arguments: compiledFixtures)
    func compiles(_ fixture: Fixture) throws {
        try compile(fixture, extraIncludes: [])
    }

    @Test("library fixtures compile against ROCm's library headers", .enabled(if: isLinux),
          .enabled(if: rocmHeaders != nil, "../shared/rocm-headers is not beside the repository: the hipBLAS, rocBLAS, hipBLASLt, MIOpen, hipFFT, hipSPARSE, hipSOLVER, hipCUB and rocWMMA fixtures are not compiled"),
          arguments: libraryFixtures)
    func compilesAgainstROCmHeaders(_ fixture: Fixture) throws {
        // rocPRIM (under hipCUB) needs C++14 or later, rocWMMA C++17; hipcc's default is older. hipBLAS 6.3
        // declares the API that ROCm 7.0 made its only one (hipDataType, hipblasComputeType_t)
        // under HIPBLAS_V2: a fixture targeting 7.0 or later is compiled with it.
        let arguments = try fixture.arguments()
        let targetsV2 = arguments.rocmVersion.map { (Int($0.split(separator: ".").first ?? "") ?? 0) >= 7 } ?? true
        try compile(fixture, extraIncludes: [try #require(rocmHeaders)], flags: ["-std=c++17"] + (targetsV2 ? ["-DHIPBLAS_V2"] : []))
    }

    @Test("the library fixtures are the ones needing ROCm's library headers")
    func libraryFixturesAreSelected() {
        #expect(libraryFixtures.map(\.name).sorted() == needsROCmHeaders.sorted())
    }

    private func compile(_ fixture: Fixture, extraIncludes: [URL], flags: [String] = []) throws {
        guard let hipcc = findHIPCC() else {
            Issue.record("hipcc not found (looked in $HIPCC, PATH, /usr/bin, /opt/rocm/bin): run `bash Scripts/setup.sh` to install it (CI does)")
            return
        }
        let expected = fixture.expected
        let sources = FileTree.read(expected).keys.filter { $0.hasSuffix(".cu") || $0.hasSuffix(".cpp") }.sorted()
        try #require(!sources.isEmpty, "\(fixture.name): no .cu or .cpp files in expected/ (run UPDATE_GOLDEN=1 first?)")

        let arguments = try fixture.arguments()
        let common = ["--offload-arch=gfx90a"]
            + arguments.includeDirectories.map { "-I" + expected.appendingPathComponent($0).path }
            + arguments.defines.map { "-D" + $0 }
            + extraIncludes.map { "-I" + $0.path } + flags
        let variants: [[String]] = [[]] + (extraVariants[fixture.name] ?? [])

        let scratch = try TestSupport.temporaryDirectory("cu2hip-hipcc")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let jobs: [(source: String, flags: [String], object: String)] = variants.enumerated().flatMap { variant, flags in
            sources.enumerated().map { number, source in
                (source, flags, scratch.appendingPathComponent("\(variant)-\(number).o").path)
            }
        }
        let results = CompileResults(count: jobs.count)
        DispatchQueue.concurrentPerform(iterations: jobs.count) { index in
            let job = jobs[index]
            let command = common + job.flags + ["-c", expected.appendingPathComponent(job.source).path, "-o", job.object]
            do {
                let result = try TestSupport.run(hipcc, command)
                if result.status != 0 {
                    results.set(index, "\(job.source) \(job.flags.joined(separator: " ")) (exit \(result.status)):\n\(result.stderr)\(result.stdout)")
                }
            } catch {
                results.set(index, "\(job.source): could not run \(hipcc): \(error)")
            }
        }
        let failures = results.all().compactMap { $0 }
        #expect(failures.isEmpty, "\(fixture.name): hipcc failed on \(failures.count) of \(jobs.count) compiles:\n\(failures.joined(separator: "\n"))")
    }
}
