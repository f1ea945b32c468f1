import CUDADeclarations
import Foundation
import Testing

/// The repository root, found from this file's path (Tests/CUDADeclarationsTests/<file>).
let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("Embedded CUDA headers")
struct EmbeddedHeadersTests {
    /// Headers cu2hip must provide, with the include-guard macro the real CUDA header uses.
    static let guards: [(header: String, guard: String)] = [
        ("builtin_types.h", "__BUILTIN_TYPES_H__"),
        ("channel_descriptor.h", "__CHANNEL_DESCRIPTOR_H__"),
        ("cooperative_groups.h", "_COOPERATIVE_GROUPS_H_"),
        ("cooperative_groups/reduce.h", "_COOPERATIVE_GROUPS_REDUCE_H"),
        ("cooperative_groups/scan.h", "_COOPERATIVE_GROUPS_SCAN_H"),
        ("cuComplex.h", "CU_COMPLEX_H_"),
        ("cublas_api.h", "CUBLAS_API_H_"),
        ("cublas_v2.h", "CUBLAS_V2_H_"),
        ("cuda.h", "__cuda_cuda_h__"),
        ("cuda_bf16.h", "__CUDA_BF16_H__"),
        ("cuda_fp16.h", "__CUDA_FP16_H__"),
        ("cuda_profiler_api.h", "__CUDA_PROFILER_API_H__"),
        ("cuda_runtime.h", "__CUDA_RUNTIME_H__"),
        ("cuda_runtime_api.h", "__CUDA_RUNTIME_API_H__"),
        ("cudnn.h", "CUDNN_H_"),
        ("cufft.h", "_CUFFT_H_"),
        ("cusparse.h", "CUSPARSE_H_"),
        ("cusolver_common.h", "CUSOLVER_COMMON_H_"),
        ("cusolverDn.h", "CUSOLVERDN_H_"),
        ("cusolverSp.h", "CUSOLVERSP_H_"),
        ("cusolverRf.h", "CUSOLVERRF_H_"),
        ("curand.h", "CURAND_H_"),
        ("curand_kernel.h", "CURAND_KERNEL_H_"),
        ("device_atomic_functions.h", "__DEVICE_ATOMIC_FUNCTIONS_H__"),
        ("device_functions.h", "__DEVICE_FUNCTIONS_H__"),
        ("device_launch_parameters.h", "__DEVICE_LAUNCH_PARAMETERS_H__"),
        ("device_types.h", "__DEVICE_TYPES_H__"),
        ("driver_functions.h", "__DRIVER_FUNCTIONS_H__"),
        ("driver_types.h", "__DRIVER_TYPES_H__"),
        ("host_defines.h", "__HOST_DEFINES_H__"),
        ("library_types.h", "__LIBRARY_TYPES_H__"),
        ("math_constants.h", "__MATH_CONSTANTS_H__"),
        ("mma.h", "__CUDA_MMA_H__"),
        ("nvToolsExt.h", "NVTOOLSEXT_H_"),
        ("sm_30_intrinsics.h", "__SM_30_INTRINSICS_H__"),
        ("sm_32_intrinsics.h", "__SM_32_INTRINSICS_H__"),
        ("surface_types.h", "__SURFACE_TYPES_H__"),
        ("texture_types.h", "__TEXTURE_TYPES_H__"),
        ("vector_functions.h", "__VECTOR_FUNCTIONS_H__"),
        ("vector_types.h", "__VECTOR_TYPES_H__"),
    ]

    static let provenanceComment =
        "/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */"

    @Test("Headers are sorted by name, unique and non-empty")
    func sortedAndUnique() {
        let names = CUDADeclarations.headers.map(\.name)
        #expect(!names.isEmpty)
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        for header in CUDADeclarations.headers {
            #expect(!header.contents.isEmpty, "\(header.name) is empty")
        }
    }

    @Test("Every header says it is cu2hip's own declaration subset", arguments: CUDADeclarations.headers.map(\.name))
    func provenance(name: String) throws {
        let contents = try #require(CUDADeclarations.contents(ofHeader: name))
        #expect(contents.hasPrefix(Self.provenanceComment + "\n"), "\(name) lacks the provenance comment")
    }

    @Test("Headers use the include guards of the real CUDA headers", arguments: guards)
    func includeGuard(header: String, guard macro: String) throws {
        let contents = try #require(CUDADeclarations.contents(ofHeader: header), "missing header \(header)")
        let lines = contents.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let opening = lines.dropFirst().first { $0.hasPrefix("#") } ?? ""
        #expect(opening == "#ifndef \(macro)" || opening == "#if !defined(\(macro))",
                "\(header) opens with \(opening)")
        #expect(lines.contains("#define \(macro)"), "\(header) does not define \(macro)")
    }

    @Test("The embedded copy matches Sources/CUDADeclarations/Headers")
    func matchesSources() throws {
        let directory = repositoryRoot.appendingPathComponent("Sources/CUDADeclarations/Headers")
        var onDisk: [String: String] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]))
        for case let url as URL in enumerator where try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true {
            let name = String(url.standardizedFileURL.path.dropFirst(directory.standardizedFileURL.path.count + 1))
            if name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
            onDisk[name] = try String(contentsOf: url, encoding: .utf8)
        }
        let embedded = Dictionary(uniqueKeysWithValues: CUDADeclarations.headers.map { ($0.name, $0.contents) })
        #expect(Set(embedded.keys) == Set(onDisk.keys),
                "EmbeddedHeaders.swift is out of date, run python3 Scripts/embed_headers.py")
        for (name, contents) in onDisk where embedded[name] != contents {
            Issue.record("\(name) differs from its embedded copy; EmbeddedHeaders.swift is out of date, run python3 Scripts/embed_headers.py")
        }
    }

    @Test("EmbeddedHeaders.swift is up to date (Scripts/embed_headers.py --check)")
    func upToDate() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "Scripts/embed_headers.py", "--check"]
        process.currentDirectoryURL = repositoryRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        switch process.terminationStatus {
        case 0:
            break
        case 1:
            Issue.record("EmbeddedHeaders.swift is out of date, run python3 Scripts/embed_headers.py\n\(text)")
        default:
            Issue.record("python3 Scripts/embed_headers.py --check failed (exit \(process.terminationStatus)):\n\(text)")
        }
    }

    @Test("Unsaved files live in the virtual include directory")
    func unsavedFiles() {
        let files = CUDADeclarations.unsavedFiles
        #expect(files.count == CUDADeclarations.headers.count)
        for (file, header) in zip(files, CUDADeclarations.headers) {
            #expect(file.path == CUDADeclarations.virtualIncludeDirectory + "/" + header.name)
            #expect(file.contents == header.contents)
            #expect(CUDADeclarations.isVirtualPath(file.path))
        }
        #expect(CUDADeclarations.virtualIncludeDirectory == "/__cu2hip__/cuda/include")
        #expect(files.contains { $0.path == "/__cu2hip__/cuda/include/cuda_runtime.h" })
        #expect(files.contains { $0.path == "/__cu2hip__/cuda/include/cooperative_groups/reduce.h" })
    }

    @Test("isVirtualPath tells the virtual installation from files on disk")
    func virtualPaths() {
        #expect(CUDADeclarations.isVirtualPath("/__cu2hip__/cuda/include/cuda_runtime.h"))
        #expect(CUDADeclarations.isVirtualPath("/__cu2hip__/cuda"))
        #expect(!CUDADeclarations.isVirtualPath("/usr/include/stdio.h"))
        #expect(!CUDADeclarations.isVirtualPath("/home/me/project/kernel.cu"))
        #expect(!CUDADeclarations.isVirtualPath("/__cu2hip__/cudafake/x.h"))
        #expect(!CUDADeclarations.isVirtualPath("cuda_runtime.h"))
    }

    @Test("Parse arguments for CUDA and host sources")
    func parseArguments() {
        let base = ["-x", "cuda", "--cuda-host-only", "-nocudainc", "-nocudalib", "--cuda-path=/__cu2hip__/cuda",
                    "-std=c++17", "-isystem", "/__cu2hip__/cuda/include"]
        #expect(CUDADeclarations.parseArguments(forCUDASource: false) == base)
        let cuda = CUDADeclarations.parseArguments(forCUDASource: true)
        #expect(Array(cuda.prefix(base.count)) == base)
        #expect(Array(cuda.suffix(2)) == ["-include", "cuda_runtime.h"])
        for define in ["-D__CUDACC__", "-D__NVCC__", "-D__CUDACC_VER_MAJOR__=12", "-D__CUDACC_VER_MINOR__=4"] {
            #expect(cuda.contains(define))
        }
        #expect(!cuda.contains { $0.hasPrefix("-D__CUDA_ARCH__") })
    }
}
