import Foundation
import Testing
import TestSupport

/// `cu2hip explain NAME` and `cu2hip apis`: exact output for known cases, exit codes, and
/// agreement with what `convert` really does and with the README.
@Suite("cu2hip explain and cu2hip apis")
struct QueryCommandTests {
    /// Runs the query commands from the repository root (they read no files).
    private func run(_ arguments: [String]) throws -> CLI.Result {
        try CLI.run(arguments, in: TestSupport.repositoryRoot)
    }

    // MARK: explain

    @Test("explain cudaMalloc")
    func explainCudaMalloc() throws {
        let result = try run(["explain", "cudaMalloc"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stderr == "")
        #expect(result.stdout == """
            name:          cudaMalloc
            library:       CUDA Runtime (runtime)
            family:        Memory Management
            kind:          function
            HIP name:      hipMalloc (HIP): supported, added 1.5.0
            ROCm name:     none (CUDA Runtime has no ROCm-native library)
            CUDA versions: none listed
            target:        ROCm 7.0 (the default)
            emits:         hipMalloc (HIP)
            rules:         api-rename

            """, "\(result)")
    }

    @Test("explain cudaDeviceSetLimit --rocm-version 5.2: needs 5.3.0, left as written")
    func explainOlderTarget() throws {
        let result = try run(["explain", "cudaDeviceSetLimit", "--rocm-version", "5.2"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            name:          cudaDeviceSetLimit
            library:       CUDA Runtime (runtime)
            family:        Device Management
            kind:          function
            HIP name:      hipDeviceSetLimit (HIP): supported, added 5.3.0
            ROCm name:     none (CUDA Runtime has no ROCm-native library)
            CUDA versions: none listed
            target:        ROCm 5.2
            emits:         nothing: 'cudaDeviceSetLimit' is left as written and reported
            notes:         'hipDeviceSetLimit' needs ROCm 5.3.0 or later; the target is ROCm 5.2: left as written and reported
                           with the default target, ROCm 7.0, cu2hip emits 'hipDeviceSetLimit'
            rules:         api-rename

            """, "\(result)")
        let current = try run(["explain", "cudaDeviceSetLimit"])
        #expect(current.stdout.contains("\nemits:         hipDeviceSetLimit (HIP)\n"), "\(current)")
    }

    @Test("explain an unsupported name")
    func explainUnsupported() throws {
        let result = try run(["explain", "cudaArrayGetPlane"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            name:          cudaArrayGetPlane
            library:       CUDA Runtime (runtime)
            family:        Memory Management
            kind:          function
            HIP name:      none (HIP has no equivalent)
            ROCm name:     none (CUDA Runtime has no ROCm-native library)
            CUDA versions: added 11.2
            target:        ROCm 7.0 (the default)
            emits:         nothing: 'cudaArrayGetPlane' is left as written and reported
            notes:         the mapping tables list no HIP equivalent: left as written and reported
            rules:         api-rename

            """, "\(result)")
    }

    @Test("explain cudnnConvolutionForward: MIOpen by default, hipDNN with --dnn hipdnn, and the cudnn-call rule")
    func explainCuDNN() throws {
        let result = try run(["explain", "cudnnConvolutionForward"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\nROCm name:     miopenConvolutionForward (MIOpen): supported, added 2.1.0\n"), "\(result)")
        #expect(result.stdout.contains("\nemits:         miopenConvolutionForward (MIOpen)\n"), "\(result)")
        #expect(result.stdout.contains("\nrules:         api-rename, cudnn-call\n"), "\(result)")
        #expect(result.stdout.contains("\n               rule cudnn-call: "), "\(result)")
        let hipDNN = try run(["explain", "cudnnConvolutionForward", "--dnn", "hipdnn"])
        #expect(hipDNN.stdout.contains("\nemits:         hipdnnConvolutionForward (hipDNN)\n"), "\(hipDNN)")
    }

    @Test("explain a name a rule rewrites: the name it writes and its example, before and after")
    func explainRewrittenName() throws {
        let result = try run(["explain", "cudnnSetTensor4dDescriptor"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("""

            emits:         miopenSet4dTensorDescriptor (rule cudnn-call)
            example:       cudnnSetTensor4dDescriptor(x, CUDNN_TENSOR_NCHW, CUDNN_DATA_FLOAT, 1, 3, 32, 32);
                           → miopenSet4dTensorDescriptor(x, miopenFloat, 1, 3, 32, 32);

            """), "\(result)")
        let json = try run(["explain", "cudnnSetTensor4dDescriptor", "--format", "json"])
        #expect(json.stdout.contains("\"writes\" : \"miopenSet4dTensorDescriptor\""), "\(json)")
    }

    @Test("explain a name a rule only reports: left as written, outcome left-as-written")
    func explainReportedName() throws {
        let result = try run(["explain", "nvtxRangePushEx"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout.contains("\nemits:   nothing: 'nvtxRangePushEx' is left as written and reported\n"), "\(result)")
        let json = try run(["explain", "nvtxRangePushEx", "--format", "json"])
        #expect(json.stdout.contains("\"outcome\" : \"left-as-written\""), "\(json)")
    }

    @Test("names rules handle: __shfl_down_sync (unsupported in the tables) and cuda_runtime.h (not in them)")
    func explainRuleNames() throws {
        let shuffle = try run(["explain", "__shfl_down_sync"])
        #expect(shuffle.status == 0, "\(shuffle)")
        #expect(shuffle.stdout.contains("\nemits:         what rule warp-sync writes (see notes)\n"), "\(shuffle)")
        #expect(shuffle.stdout.contains("\nnotes:         the mapping tables list no HIP equivalent, but rule warp-sync handles it\n"), "\(shuffle)")
        #expect(shuffle.stdout.hasSuffix("\nrules:         api-rename, warp-sync\n"), "\(shuffle)")

        let header = try run(["explain", "cuda_runtime.h"])
        #expect(header.status == 0, "\(header)")
        #expect(header.stdout.hasPrefix("name:    cuda_runtime.h\nlibrary: not in the mapping tables\n"), "\(header)")
        #expect(header.stdout.contains("\nnotes:   rule include: Maps CUDA headers to HIP headers"), "\(header)")
        #expect(header.stdout.hasSuffix("\nrules:   include\n"), "\(header)")
    }

    @Test("an unknown name: exit 1, a message and close suggestions on stderr, nothing on stdout")
    func explainUnknown() throws {
        let result = try run(["explain", "cudaMaloc"])
        #expect(result.status == 1, "\(result)")
        #expect(result.stdout == "")
        #expect(result.stderr == """
            cu2hip: error: 'cudaMaloc' is not a name cu2hip knows (not in the mapping tables, and no rule handles it)
            cu2hip: did you mean: cudaMalloc, cuMemAlloc, cudaMalloc3D

            """, "\(result)")
        let header = try run(["explain", "cuda_runtme.h"])
        #expect(header.status == 1, "\(header)")
        #expect(header.stderrLines.contains("cu2hip: did you mean: cuda_runtime.h"), "\(header)")
        let nothingClose = try run(["explain", "qqqqqqqqqqqqqqqqqqqq"])
        #expect(nothingClose.status == 1, "\(nothingClose)")
        #expect(nothingClose.stderrLines.count == 2, "\(nothingClose)")  // the message and the final newline
    }

    @Test("explain --format json: sorted keys, the fields of the text")
    func explainJSON() throws {
        let result = try run(["explain", "cudaDeviceSetLimit", "--rocm-version", "5.2", "--format", "json"])
        #expect(result.status == 0, "\(result)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["name"] as? String == "cudaDeviceSetLimit")
        #expect(object["library"] as? String == "runtime")
        #expect(object["outcome"] as? String == "left-as-written")
        #expect(object["emits"] == nil)
        #expect(object["rocmVersion"] as? String == "5.2")
        #expect(object["rules"] as? [String] == ["api-rename"])
        let hip = try #require(object["hip"] as? [String: Any])
        #expect(hip["name"] as? String == "hipDeviceSetLimit")
        #expect(hip["added"] as? String == "5.3.0")
        let keys = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { String($0.split(separator: "\"")[1]) }
        #expect(keys == keys.sorted())
    }

    @Test("bad command lines exit 64", arguments: [
        ["explain", "cudaMalloc", "--rocm-version", "six"],
        ["explain", "cudaMalloc", "--format", "markdown"],
        ["apis", "--library", "miopen"],
        ["apis", "--status", "maybe"],
        ["apis", "--kind", "struct"],
        ["apis", "--format", "markdown"],
        ["apis", "--summary", "--format", "yaml"],
    ])
    func badArguments(arguments: [String]) throws {
        let result = try run(arguments)
        #expect(result.status == 64, "\(result)")
        #expect(result.stdout == "")
    }

    // MARK: explain agrees with convert

    @Test("what explain says is emitted is what convert emits", arguments: [
        (["--rocm-version", "7.0"], ["--rocm-version", "7.0"]),
        (["--rocm-version", "5.2"], ["--rocm-version", "5.2"]),
        (["--blas", "rocblas"], ["--blas", "rocblas"]),
    ])
    func explainMatchesConvert(explainOptions: [String], convertOptions: [String]) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Files.write("""
            #include <cuda_runtime.h>
            #include <cublas_v2.h>
            void f() {
                cudaDeviceSetLimit(cudaLimitStackSize, 1024);
                float* p;
                cudaMalloc((void**)&p, 4);
                cudaGraphExec_t g;
                unsigned long long flags;
                cudaGraphExecGetFlags(g, &flags);
                cudaArrayGetPlane(0, 0, 0);
                cudaProfilerStart();
                cublasHandle_t h;
                cublasCreate(&h);
                cublasDestroy(h);
            }

            """, to: scratch.path("t.cu"))
        let converted = try CLI.run(["convert", "t.cu", "-o", "-", "--no-report"] + convertOptions, in: scratch.url)
        #expect([0, 3].contains(converted.status), "\(converted)")  // 3: clang misses declarations for some names
        let identifiers = Set(converted.stdout.split { !($0.isLetter || $0.isNumber || $0 == "_") }.map(String.init))
        let names = ["cudaDeviceSetLimit", "cudaLimitStackSize", "cudaMalloc", "cudaGraphExec_t", "cudaGraphExecGetFlags",
                     "cudaArrayGetPlane", "cudaProfilerStart", "cublasHandle_t", "cublasCreate", "cublasDestroy"]
        for name in names {
            let explained = try run(["explain", name, "--format", "json"] + explainOptions)
            let object = try #require(try JSONSerialization.jsonObject(with: Data(explained.stdout.utf8)) as? [String: Any], "\(explained)")
            if let emitted = object["emits"] as? String {
                #expect(identifiers.contains(emitted) && !identifiers.contains(name), "\(name): explain says \(emitted)\n\(converted.stdout)")
            } else {
                #expect(identifiers.contains(name), "\(name): explain says left as written\n\(converted.stdout)")
            }
        }
    }

    // MARK: apis

    @Test("apis --library cudnn --status supported: MIOpen targets, sorted by name")
    func apisCuDNNSupported() throws {
        let result = try run(["apis", "--library", "cudnn", "--status", "supported"])
        #expect(result.status == 0, "\(result)")
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(Array(lines.prefix(5)) == [
            "CUDNN_16BIT_INDICES\tMIOPEN_16BIT_INDICES\tcudnn\tsupported",
            "CUDNN_32BIT_INDICES\tMIOPEN_32BIT_INDICES\tcudnn\tsupported",
            "CUDNN_64BIT_INDICES\tMIOPEN_64BIT_INDICES\tcudnn\tsupported",
            "CUDNN_8BIT_INDICES\tMIOPEN_8BIT_INDICES\tcudnn\tsupported",
            "CUDNN_ACTIVATION_CLIPPED_RELU\tmiopenActivationCLIPPEDRELU\tcudnn\tsupported",
        ])
        #expect(lines.last == "")
        let entries = lines.dropLast()
        #expect(entries.count == 558)
        #expect(entries.allSatisfy { $0.split(separator: "\t").count == 4 && $0.hasSuffix("\tcudnn\tsupported") })
        #expect(entries.contains("cudnnConvolutionForward\tmiopenConvolutionForward\tcudnn\tsupported"))
        #expect(entries.map { Array($0.utf8) } == entries.map { Array($0.utf8) }.sorted { $0.lexicographicallyPrecedes($1) })
    }

    @Test("apis --library cudnn --dnn hipdnn lists hipDNN targets; --kind filters")
    func apisChoicesAndKinds() throws {
        let hipDNN = try run(["apis", "--library", "cudnn", "--dnn", "hipdnn", "--status", "supported"])
        #expect(hipDNN.stdout.split(separator: "\n").count == 267)
        #expect(hipDNN.stdout.hasPrefix("CUDNN_16BIT_INDICES\tHIPDNN_16BIT_INDICES\tcudnn\tsupported\n"), "\(hipDNN)")
        let macros = try run(["apis", "--library", "runtime", "--kind", "macro"])
        #expect(macros.stdout.hasPrefix("CUDART_2_OVER_PI\tHIP_2_OVER_PI\truntime\tsupported\n"), "\(macros)")
        let unsupported = try run(["apis", "--library", "cufft", "--status", "unsupported"])
        #expect(unsupported.stdout.split(separator: "\n").count == 60)
        #expect(unsupported.stdout.split(separator: "\n").allSatisfy { $0.split(separator: "\t")[1] == "-" })
    }

    static let summaryText = """
        library    target     names  supported  deprecated  experimental  removed  unsupported  hip-names  roc-names
        runtime    HIP         1436        906          11             3        0          516        920          0
        driver     HIP         2008       1033          64             8        0          903       1105          0
        device     HIP          818        541           0             0        0          277        513          0
        cublas     hipBLAS     1473        815           0            29        0          629        844        755
        cudnn      MIOpen      1162        558           0             0        0          604        267        555
        curand     hipRAND      151        117           0             0        0           34        117        107
        cufft      hipFFT       147         87           0             0        0           60         87          0
        cusparse   hipSPARSE    859        409         275             0        0          175        684        612
        cusolver   hipSOLVER    746        335           0             7        0          404        342         32
        cub        hipCUB        70         11           0             0        0           59         11          0
        rtc        hipRTC        36         27           0             0        0            9         27          0
        cucomplex  HIP           26         26           0             0        0            0         26          0
        total                  8932       4865         350            47        0         3670       4943       2061

        """

    @Test("apis --summary, exactly: the reference tables' row, HIP and ROC counts per library")
    func apisSummaryText() throws {
        let result = try run(["apis", "--summary"])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == Self.summaryText, "\(TestSupport.describeDifference(expected: Self.summaryText, actual: result.stdout))")
    }

    @Test("apis --summary --format json counts what apis lists, line by line")
    func apisSummaryMatchesListing() throws {
        let summary = try run(["apis", "--summary", "--format", "json"])
        #expect(summary.status == 0, "\(summary)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(summary.stdout.utf8)) as? [String: Any])
        let rows = try #require(object["libraries"] as? [[String: Any]])

        let listing = try run(["apis"])
        var counted: [String: [String: Int]] = [:]
        for line in listing.stdout.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            try #require(fields.count == 4, "\(line)")
            counted[fields[2], default: [:]][fields[3], default: 0] += 1
            counted[fields[2], default: [:]]["total", default: 0] += 1
        }
        #expect(rows.count == counted.count)
        for row in rows {
            let library = try #require(row["library"] as? String)
            let counts = try #require(row["counts"] as? [String: Int])
            for key in ["total", "supported", "deprecated", "experimental", "removed", "unsupported"] {
                #expect(counts[key] == (counted[library]?[key] ?? 0), "\(library) \(key)")
            }
        }
        let total = try #require(object["total"] as? [String: Int])
        #expect(total["total"] == listing.stdout.split(separator: "\n").count)
    }

    @Test("apis --summary --format markdown is README.md's Supported APIs block")
    func apisSummaryMarkdownIsREADME() throws {
        let result = try run(["apis", "--summary", "--format", "markdown"])
        #expect(result.status == 0, "\(result)")
        let readme = try #require(Files.text(TestSupport.repositoryRoot.appendingPathComponent("README.md")))
        let lines = readme.components(separatedBy: "\n")
        let begin = try #require(lines.firstIndex(of: "<!-- api-table:begin -->"))
        let end = try #require(lines.firstIndex(of: "<!-- api-table:end -->"))
        let block = lines[(begin + 1)..<end].map { $0 + "\n" }.joined()
        #expect(block == result.stdout, "README.md's API table is out of date, run bash Scripts/update_readme_api_table.sh")
    }

    @Test("apis --library cudnn --summary counts one library")
    func apisSummaryOneLibrary() throws {
        let result = try run(["apis", "--library", "cuDNN", "--summary"])
        #expect(result.stdout == """
            library  target  names  supported  deprecated  experimental  removed  unsupported  hip-names  roc-names
            cudnn    MIOpen   1162        558           0             0        0          604        267        555
            total             1162        558           0             0        0          604        267        555

            """, "\(result)")
    }
}
