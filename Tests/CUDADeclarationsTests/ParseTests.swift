import CUDADeclarations
import Foundation
import Testing

/// Parses CUDA programs with libclang and the embedded headers, as cu2hip does, and requires zero
/// diagnostics: no errors and no warnings.
@Suite("Parsing CUDA programs with the embedded headers")
struct ParseTests {
    static let programs: [(name: String, fileName: String, source: String, forCUDASource: Bool)] = [
        ("runtime API program", "runtime.cu", TestPrograms.runtime, true),
        ("cuBLAS program", "gemm.cu", TestPrograms.cublas, true),
        ("cuBLASLt program", "lt.cu", TestPrograms.cublasLt, true),
        ("cuDNN program", "conv.cu", TestPrograms.cudnn, true),
        ("driver API program", "driver.cpp", TestPrograms.driverAPI, false),
        ("fp16, bf16, cuComplex, cuFFT and cuRAND program", "half.cu", TestPrograms.halfAndComplex, true),
        ("cooperative groups and WMMA program", "coop.cu", TestPrograms.cooperativeAndWMMA, true),
        ("smaller CUDA idioms", "idioms.cu", TestPrograms.idioms, true),
        ("cuSPARSE program", "sparse.cu", TestPrograms.cusparse, true),
        ("cuSOLVER program", "solver.cu", TestPrograms.cusolver, true),
        ("CUB program", "cub.cu", TestPrograms.cub, true),
        ("declarations NVIDIA's samples needed", "samples.cu", TestPrograms.samplesGaps, true),
        ("user macros named like parameters (N, count, flags, ...) before host C++ includes", "macros.cpp",
         TestPrograms.userMacrosHost, false),
        ("user macros named like parameters (N, count, stream, value, size, ...) before .cu includes", "macros.cu",
         TestPrograms.userMacrosCUDA, true),
    ]

    static func expectClean(_ outcome: LibclangParser.Outcome) {
        #expect(outcome.failure == nil && outcome.problems.isEmpty, "\(outcome.report)")
    }

    @Test("Program parses with zero diagnostics", arguments: programs.map(\.name))
    func program(name: String) throws {
        let program = try #require(Self.programs.first { $0.name == name })
        let outcome = try LibclangParser.parse(LibclangParser.job(
            program.name, fileName: program.fileName, source: program.source, forCUDASource: program.forCUDASource))
        Self.expectClean(outcome)
    }

    @Test("The harness reports errors (an undeclared function and a host call from device code)")
    func harnessSeesErrors() throws {
        let source = """
            __global__ void kernel(float *p) { p[0] = not_declared_anywhere(p[0]); }
            int host_only(int x) { return x + 1; }
            __global__ void other(int *p) { p[0] = host_only(p[0]); }
            int main() { kernel<<<1, 1>>>(nullptr); return 0; }
            """
        let outcome = try LibclangParser.parse(LibclangParser.job("broken", fileName: "broken.cu", source: source, forCUDASource: true))
        #expect(outcome.failure == nil)
        #expect(outcome.errors.count == 2, "\(outcome.report)")
        #expect(outcome.errors.contains { $0.text.contains("not_declared_anywhere") })
        #expect(outcome.errors.contains { $0.text.contains("host_only") })
    }

    @Test("Each header parses on its own, warning-free even as a non-system header under -Wall -Wextra and as plain C++")
    func headersStandalone() throws {
        var jobs: [LibclangParser.Job] = []
        for header in CUDADeclarations.headers.map(\.name) {
            // As a system header, the way cu2hip includes it, in a host C++ file and in a .cu file.
            jobs.append(LibclangParser.job("\(header) in a .cpp file", fileName: "only.cpp",
                                           source: "#include <\(header)>\n", forCUDASource: false))
            jobs.append(LibclangParser.job("\(header) in a .cu file", fileName: "only.cu",
                                           source: "#include <\(header)>\n", forCUDASource: true))
            // As a user header with warnings on, to keep the headers themselves clean.
            let strict = CUDADeclarations.parseArguments(forCUDASource: true).map { $0 == "-isystem" ? "-I" : $0 }
            jobs.append(LibclangParser.Job(name: "\(header) under -Wall -Wextra", path: LibclangParser.sourceDirectory + "/strict.cu",
                                           source: "#include <\(header)>\n", arguments: strict + ["-Wall", "-Wextra"]))
            // Outside CUDA mode (plain C++), where the qualifiers expand to nothing.
            let cxx = ["-x", "c++", "-std=c++17", "-I", CUDADeclarations.virtualIncludeDirectory, "-Wall", "-Wextra"]
            jobs.append(LibclangParser.Job(name: "\(header) as plain C++", path: LibclangParser.sourceDirectory + "/plain.cpp",
                                           source: "#include <\(header)>\n", arguments: cxx))
        }
        for outcome in try LibclangParser.parse(jobs) {
            Self.expectClean(outcome)
        }
    }

    @Test("Each header parses after user macros named like common parameter names (N, count, flags, T, ...)")
    func headersAfterUserMacros() throws {
        // Guards the convention that parameter, template-parameter and local names in the headers
        // are spelled `__name`: a header that names a parameter `n` or `flags` fails here.
        var jobs: [LibclangParser.Job] = []
        for header in CUDADeclarations.headers.map(\.name) {
            let source = TestPrograms.userMacroWords + "#include <\(header)>\n"
            jobs.append(LibclangParser.job("\(header) after user macros in a .cpp file", fileName: "macros.cpp",
                                           source: source, forCUDASource: false))
            jobs.append(LibclangParser.job("\(header) after user macros in a .cu file", fileName: "macros.cu",
                                           source: source, forCUDASource: true))
        }
        for outcome in try LibclangParser.parse(jobs) {
            Self.expectClean(outcome)
        }
    }

    @Test("Macros are set as under nvcc: __CUDACC__ for .cu files only, no __CUDA_ARCH__, CUDA versions")
    func predefinedMacros() throws {
        let cudaSource = """
            #ifndef __CUDACC__
            #error "__CUDACC__ must be defined for a .cu file"
            #endif
            #ifndef __NVCC__
            #error "__NVCC__ must be defined for a .cu file"
            #endif
            #if __CUDACC_VER_MAJOR__ != 12 || __CUDA_API_VER_MAJOR__ != 12
            #error "__CUDACC_VER_MAJOR__ and __CUDA_API_VER_MAJOR__ must be 12"
            #endif
            #ifdef __CUDA_ARCH__
            #error "__CUDA_ARCH__ must not be defined in host code"
            #endif
            #ifndef __CUDA_RUNTIME_H__
            #error "cuda_runtime.h must be included implicitly"
            #endif
            #if CUDART_VERSION != 12040
            #error "CUDART_VERSION must be 12040"
            #endif
            #include <cuda.h>
            #if CUDA_VERSION != 12040
            #error "CUDA_VERSION must be 12040"
            #endif
            #include <cublas_v2.h>
            #include <cudnn.h>
            #if !defined(__DRIVER_TYPES_H__) || !defined(__VECTOR_TYPES_H__) || !defined(CUBLAS_V2_H_) || !defined(CUDNN_H_)
            #error "include guards of the real headers must be defined"
            #endif
            #if !defined(cublasSgemm) || !defined(cuMemAlloc)
            #error "versioned API names must be macros, as in CUDA"
            #endif
            int main() { return 0; }
            """
        Self.expectClean(try LibclangParser.parse(LibclangParser.job("nvcc macros", fileName: "macros.cu", source: cudaSource, forCUDASource: true)))

        let hostSource = """
            #ifdef __CUDACC__
            #error "__CUDACC__ must not be defined for host C++"
            #endif
            #ifdef __CUDA_RUNTIME_H__
            #error "cuda_runtime.h must not be included implicitly into host C++"
            #endif
            #include <cuda_runtime.h>
            static_assert(sizeof(dim3) == 12, "dim3 holds three unsigned ints");
            static_assert(alignof(float4) == 16 && alignof(double2) == 16 && alignof(int2) == 8, "vector alignment");
            static_assert(cudaErrorMemoryAllocation == 2 && cudaErrorInvalidValue == 1 && cudaErrorNotReady == 600, "error codes");
            int main() {
                float *p = nullptr;
                cudaError_t e = cudaMalloc(&p, 16);
                dim3 grid(4), block(8, 8);
                return (e == cudaSuccess && grid.y == 1 && block.z == 1) ? 0 : 1;
            }
            """
        Self.expectClean(try LibclangParser.parse(LibclangParser.job("host macros", fileName: "host.cpp", source: hostSource, forCUDASource: false)))
    }

    @Test("Kernel launches parse whether clang lowers them to cudaConfigureCall or __cudaPushCallConfiguration")
    func launchConfigurationDeclarations() throws {
        // clang 14 uses cudaConfigureCall when it knows no CUDA SDK version (our case, with
        // --cuda-path at the virtual root); newer SDKs make it use __cudaPushCallConfiguration.
        let source = """
            __global__ void k(int *p) { p[threadIdx.x] = blockIdx.x; }
            int main() {
                cudaStream_t s = nullptr;
                k<<<1, 32>>>(nullptr);
                k<<<dim3(2, 2), dim3(8, 8), 64>>>(nullptr);
                k<<<4, 64, 0, s>>>(nullptr);
                unsigned pushed = __cudaPushCallConfiguration(dim3(1), dim3(1), 0, s);
                cudaError_t configured = cudaConfigureCall(dim3(1), dim3(1));
                return (int)pushed + (int)configured;
            }
            """
        Self.expectClean(try LibclangParser.parse(LibclangParser.job("launches", fileName: "launch.cu", source: source, forCUDASource: true)))
    }
}
