import Foundation
import Testing
import TestSupport

/// Without --rocm-version, convert and explain target the installed HIP's ROCm release.
@Suite("cu2hip: the ROCm release of the installed HIP")
struct ROCmDetectionTests {
    static let source = "#include <cuda_runtime.h>\nint main() { void* p; cudaMalloc(&p, 4); cudaFree(p); return 0; }\n"
    static let summary = """
        cu2hip: 1 file(s): 1 converted, 0 unchanged, 0 copied, 0 failed
        cu2hip: CUDA references: 3 found, 3 converted, 0 unsupported (100.0% converted)
        cu2hip: report: cu2hip-report/report.json, cu2hip-report/changes.diff

        """

    /// A scratch tree with `a.cu` and `hip-root/include/hip/hip_version.h` for HIP 5.2.21153.
    static func makeTree() throws -> (scratch: Scratch, include: String) {
        let scratch = try Scratch()
        try Files.write(source, to: scratch.path("a.cu"))
        try Files.write("#define HIP_VERSION_MAJOR 5\n#define HIP_VERSION_MINOR 2\n#define HIP_VERSION_PATCH 21153\n",
                        to: scratch.path("hip-root/include/hip/hip_version.h"))
        return (scratch, scratch.path("hip-root/include").path)
    }

    /// The `options` object of report.json, as its lines.
    static func reportOptions(_ scratch: Scratch) throws -> [String] {
        let text = try #require(Files.text(scratch.path("cu2hip-report/report.json")))
        let lines = text.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "  \"options\" : {"))
        let end = try #require(lines[start...].firstIndex(of: "  },"))
        return Array(lines[start...end])
    }

    static func options(version: String, source: String) -> [String] {
        ["  \"options\" : {", "    \"blas\" : \"hipblas\",", "    \"cuda-headers\" : \"cu2hip\",", "    \"dnn\" : \"miopen\",",
         "    \"launch-syntax\" : \"chevrons\",", "    \"rand\" : \"hiprand\",", "    \"rocm-version\" : \"\(version)\",",
         "    \"rocm-version-source\" : \"\(source)\",", "    \"solver\" : \"hipsolver\",", "    \"sparse\" : \"hipsparse\"", "  },"]
    }

    @Test("a HIP 5.2 on the search path: ROCm 5.2, a note on stderr, version and header in report.json")
    func installedHIP() throws {
        let (scratch, include) = try Self.makeTree()
        defer { scratch.remove() }
        let environment = ["CU2HIP_HIP_SEARCH_PATH": scratch.path("none").path + ":" + include]

        let result = try CLI.run(["convert", "a.cu", "--dry-run"], in: scratch.url, environment: environment)

        #expect(result.status == 0, "\(result)")
        let header = include + "/hip/hip_version.h"
        #expect(result.stderr == "cu2hip: note: targeting ROCm 5.2 (HIP 5.2.21153 found in \(header))\n" + Self.summary, "\(result)")
        #expect(try Self.reportOptions(scratch) == Self.options(version: "5.2", source: header))

        let quiet = try CLI.run(["convert", "a.cu", "--dry-run", "--quiet"], in: scratch.url, environment: environment)
        #expect(quiet.status == 0, "\(quiet)")
        #expect(quiet.stderr == Self.summary, "\(quiet)")
    }

    @Test("no HIP found: the default 7.0, said on stderr and in report.json")
    func noHIP() throws {
        let (scratch, _) = try Self.makeTree()
        defer { scratch.remove() }

        let result = try CLI.run(["convert", "a.cu", "--dry-run"], in: scratch.url,
                                 environment: ["CU2HIP_HIP_SEARCH_PATH": scratch.path("none").path])

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == CLI.defaultTargetNote + "\n" + Self.summary, "\(result)")
        #expect(try Self.reportOptions(scratch) == Self.options(version: "7.0", source: "default (no HIP installation found)"))
    }

    @Test("--rocm-version wins over an installed HIP: no note, source --rocm-version")
    func optionWins() throws {
        let (scratch, include) = try Self.makeTree()
        defer { scratch.remove() }

        let result = try CLI.run(["convert", "a.cu", "--dry-run", "--rocm-version", "6.2"], in: scratch.url,
                                 environment: ["CU2HIP_HIP_SEARCH_PATH": include])

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == Self.summary, "\(result)")
        #expect(try Self.reportOptions(scratch) == Self.options(version: "6.2", source: "--rocm-version"))
    }

    @Test("explain targets the installed HIP too and names its header")
    func explain() throws {
        let (scratch, include) = try Self.makeTree()
        defer { scratch.remove() }

        let result = try CLI.run(["explain", "cudaMalloc"], in: scratch.url, environment: ["CU2HIP_HIP_SEARCH_PATH": include])

        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "", "\(result)")
        #expect(result.stdout.split(separator: "\n").contains("target:        ROCm 5.2 (the installed HIP, \(include)/hip/hip_version.h)"),
                "\(result)")
    }
}
