import Clang
import Reporting

/// Macros tested in `#if`/`#ifdef`/`#ifndef`/`#elif` that mean something else under HIP:
/// CUDA header guards (helpers guarded by `#ifndef __DRIVER_TYPES_H__` would vanish), the nvcc
/// compiler macro and the device-pass macro.
public struct PreprocessorConditionRule: Rule {
    static let compilerMacros: [String: String] = ["__CUDACC__": "__HIPCC__"]
    static let deviceMacro = "__CUDA_ARCH__"
    /// Version macros of the CUDA toolkit, nvcc and the libraries: HIP defines none of them, so
    /// under hipcc an `#if CUDART_VERSION >= 11000` sees 0 and takes the branch for old CUDA.
    static let versionMacros: Set<String> = [
        "CUDART_VERSION", "CUDA_VERSION", "__CUDACC_VER_MAJOR__", "__CUDACC_VER_MINOR__", "__CUDACC_VER_BUILD__",
        "CUDNN_VERSION", "CUDNN_MAJOR", "CUDNN_MINOR", "CUBLAS_VERSION", "CUBLAS_VER_MAJOR", "CUSPARSE_VERSION",
        "CUSPARSE_VER_MAJOR", "CUFFT_VERSION", "CURAND_VERSION", "CUSOLVER_VERSION", "CUB_VERSION", "THRUST_VERSION",
    ]

    public static let description = RuleDescription(
        identifier: "preprocessor-condition",
        name: "Preprocessor conditions",
        summary: "Rewrites CUDA header guards, __CUDACC__ and defined(__CUDA_ARCH__) in #if conditions to their HIP counterparts; flags __CUDA_ARCH__ version tests and CUDA/library version macros, which HIP does not define.",
        corrections: [
            Example("""
            #include <cuda_runtime.h>
            #ifdef __DRIVER_TYPES_H__
            static int helper() { return 1; }
            #endif
            #if defined(__CUDACC__) && !defined(__CUDA_ARCH__)
            static int host_only() { return 2; }
            #endif
            #if CUDART_VERSION >= 11000
            static int modern() { return 3; }
            #endif
            """, """
            #include <hip/hip_runtime.h>
            #ifdef HIP_INCLUDE_HIP_DRIVER_TYPES_H
            static int helper() { return 1; }
            #endif
            #if defined(__HIPCC__) && !defined(__HIP_DEVICE_COMPILE__)
            static int host_only() { return 2; }
            #endif
            #if CUDART_VERSION >= 11000
            static int modern() { return 3; }
            #endif
            """, reports: ["8: 'CUDART_VERSION' is not defined under HIP"]),
            // Helpers that exist only when a library header was included (cuda-samples' helper_cuda.h style).
            Example("""
            #include <curand.h>
            #ifdef CURAND_H_
            static const char* name(curandStatus_t s) { return s == CURAND_STATUS_SUCCESS ? "ok" : "failed"; }
            #endif
            #if defined(CUSPARSEAPI) || defined(CUBLAS_API_H_)
            static int sparse_or_blas() { return 1; }
            #endif
            """, """
            #include <hiprand/hiprand.h>
            #ifdef HIPRAND_H_
            static const char* name(hiprandStatus_t s) { return s == HIPRAND_STATUS_SUCCESS ? "ok" : "failed"; }
            #endif
            #if defined(HIPSPARSE_H) || defined(HIPBLAS_H)
            static int sparse_or_blas() { return 1; }
            #endif
            """, fileName: "helpers.h"),
            Example("""
            #ifdef CUBLAS_API_H_
            static int blas() { return 1; }
            #endif
            """, """
            #ifdef CUBLAS_API_H_
            static int blas() { return 1; }
            #endif
            """, options: TranslationOptions(libraries: LibraryChoice(blas: .rocblas)), fileName: "blas.h",
            reports: ["1: 'CUBLAS_API_H_' tells whether cuBLAS's header was included; cu2hip does not know the guard of its replacement <rocblas/rocblas.h>"]),
        ],
        nonTriggering: [
            Example("""
            #define MY_GUARD 1
            #ifdef MY_GUARD
            int x;
            #endif
            """, fileName: "guard.h"),
        ])

    public static var specialNames: Set<String> {
        Set(compilerMacros.keys).union(HeaderMap.guards.keys).union(HeaderMap.libraryGuards.keys).union([deviceMacro]).union(versionMacros)
    }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for directive in stream.directives where ["if", "ifdef", "ifndef", "elif"].contains(directive.name) {
            let first = directive.hashIndex + 2
            guard first <= directive.lastIndex else { continue }
            for index in first...directive.lastIndex where stream[index].kind == .identifier {
                let name = stream[index].spelling
                if let replacement = HeaderMap.guards[name] ?? Self.compilerMacros[name] {
                    output.claimed.insert(index)
                    output.references.found += 1
                    output.references.converted += 1
                    output.edit(stream[index].range, replacement, rule: identifier)
                } else if let guarded = HeaderMap.libraryGuards[name] {
                    output.claimed.insert(index)
                    output.references.found += 1
                    let header = context.options.libraries.header(for: guarded.library, kernelSide: guarded.kernelSide)
                    if let replacement = HeaderMap.targetGuards[header] {
                        output.references.converted += 1
                        output.edit(stream[index].range, replacement, rule: identifier)
                    } else {
                        output.references.unsupported += 1
                        output.report(stream[index].range.start, .warning, rule: identifier,
                                      "'\(name)' tells whether \(guarded.library.displayName)'s header was included; cu2hip does not know the guard of its replacement <\(header)>, so under HIP this test is false; test a macro of your own: needs manual work",
                                      name: name)
                    }
                } else if Self.versionMacros.contains(name) {
                    output.claimed.insert(index)
                    output.references.found += 1
                    output.references.unsupported += 1
                    output.report(stream[index].range.start, .warning, rule: identifier,
                                  "'\(name)' is not defined under HIP, so this condition sees it as 0 (or undefined) and takes the branch for an old or absent CUDA; choose the branch HIP needs: needs manual work",
                                  name: name)
                } else if name == Self.deviceMacro {
                    output.claimed.insert(index)
                    output.references.found += 1
                    if directive.name == "ifdef" || directive.name == "ifndef" || isDefinedOperand(index, stream) {
                        output.references.converted += 1
                        output.edit(stream[index].range, "__HIP_DEVICE_COMPILE__", rule: identifier)
                    } else {
                        output.references.unsupported += 1
                        output.report(stream[index].range.start, .warning, rule: identifier,
                                      "'__CUDA_ARCH__' compared as an NVIDIA compute capability has no HIP meaning; needs manual work (test __HIP_DEVICE_COMPILE__ or an __gfx*__ macro)",
                                      name: name)
                    }
                }
            }
        }
    }

    /// `defined(X)` or `defined X`.
    private func isDefinedOperand(_ index: Int, _ stream: TokenStream) -> Bool {
        guard let previous = stream.previous(before: index) else { return false }
        if stream[previous].spelling == "defined" { return true }
        if stream[previous].spelling == "(", let before = stream.previous(before: previous) {
            return stream[before].spelling == "defined"
        }
        return false
    }
}
