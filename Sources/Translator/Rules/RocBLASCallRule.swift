import Clang
import Reporting

/// cuBLAS calls whose rocBLAS form takes more or other arguments (applies with `--blas rocblas`;
/// hipBLAS keeps cuBLAS's argument lists). The `*Ex` GEMMs take an output matrix D besides C
/// (cu2hip passes C again, cuBLAS's in-place behaviour), a solution index and flags, and their
/// compute type is a rocBLAS data type rather than a compute-type enum.
public struct RocBLASCallRule: Rule {
    /// cuBLAS compute type → the rocBLAS data type `rocblas_*_ex` takes as its compute type.
    static let computeTypes: [String: String] = [
        "CUBLAS_COMPUTE_16F": "rocblas_datatype_f16_r", "CUBLAS_COMPUTE_32F": "rocblas_datatype_f32_r",
        "CUBLAS_COMPUTE_64F": "rocblas_datatype_f64_r", "CUBLAS_COMPUTE_32I": "rocblas_datatype_i32_r",
        "CUDA_R_16F": "rocblas_datatype_f16_r", "CUDA_R_32F": "rocblas_datatype_f32_r",
        "CUDA_R_64F": "rocblas_datatype_f64_r", "CUDA_R_32I": "rocblas_datatype_i32_r",
    ]

    static let rewrites: [String: CallRewrite] = Dictionary(uniqueKeysWithValues: [
        // (h, ta, tb, m, n, k, alpha, A, At, lda, B, Bt, ldb, beta, C, Ct, ldc, compute, algo)
        //   → (..., C, Ct, ldc, D = C, Dt = Ct, ldd = ldc, compute, algo, solution index 0, flags 0)
        CallRewrite(cuda: "cublasGemmEx", target: "rocblas_gemm_ex", arity: 19,
                    arguments: (0...16).map { .argument($0) } + [14, 15, 16].map { .argument($0) }
                        + [.mapped(17, computeTypes), .argument(18), .text("0"), .text("0")]),
        // (h, ta, tb, m, n, k, alpha, A, At, lda, Aarr..., C, Ct, ldc, batch, compute, algo)
        CallRewrite(cuda: "cublasGemmBatchedEx", target: "rocblas_gemm_batched_ex", arity: 20,
                    arguments: (0...16).map { .argument($0) } + [14, 15, 16, 17].map { .argument($0) }
                        + [.mapped(18, computeTypes), .argument(19), .text("0"), .text("0")]),
        // (h, ta, tb, m, n, k, alpha, A, At, lda, sA, B, Bt, ldb, sB, beta, C, Ct, ldc, sC, batch, compute, algo)
        CallRewrite(cuda: "cublasGemmStridedBatchedEx", target: "rocblas_gemm_strided_batched_ex", arity: 23,
                    arguments: (0...19).map { .argument($0) } + [16, 17, 18, 19, 20].map { .argument($0) }
                        + [.mapped(21, computeTypes), .argument(22), .text("0"), .text("0")]),
    ].map { ($0.cuda, $0) })

    private static let rocBLAS = TranslationOptions(libraries: LibraryChoice(blas: .rocblas))

    public static let description = RuleDescription(
        identifier: "rocblas-call",
        name: "cuBLAS calls with different rocBLAS arguments",
        summary: "With --blas rocblas, rewrites cublasGemmEx and its batched forms to rocBLAS's argument lists (output matrix, data-type compute type, solution index, flags).",
        corrections: [
            Example("""
            #include <cublas_v2.h>
            void gemm(cublasHandle_t h, int n, const float* alpha, const void* a, const void* b, const float* beta, void* c) {
                cublasGemmEx(h, CUBLAS_OP_N, CUBLAS_OP_N, n, n, n, alpha, a, CUDA_R_16F, n, b, CUDA_R_16F, n,
                             beta, c, CUDA_R_32F, n, CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT);
            }
            """, """
            #include <rocblas/rocblas.h>
            void gemm(rocblas_handle h, int n, const float* alpha, const void* a, const void* b, const float* beta, void* c) {
                rocblas_gemm_ex(h, rocblas_operation_none, rocblas_operation_none, n, n, n, alpha, a, rocblas_datatype_f16_r, n, b, rocblas_datatype_f16_r, n,
                             beta, c, rocblas_datatype_f32_r, n, c, rocblas_datatype_f32_r, n, rocblas_datatype_f32_r, rocblas_gemm_algo_standard, 0, 0);
            }
            """, options: rocBLAS, fileName: "gemm.cpp"),
        ],
        nonTriggering: [
            Example("""
            #include <hipblas/hipblas.h>
            void f(hipblasHandle_t h) { hipblasSetPointerMode(h, HIPBLAS_POINTER_MODE_HOST); }
            """, options: rocBLAS, fileName: "done.cpp"),
        ])

    public static var specialNames: Set<String> { Set(rewrites.keys) }

    public static func writtenName(for name: String) -> String? { rewrites[name]?.target }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        guard context.options.libraries.blas == .rocblas else { return }
        CallRewriter(rewrites: Self.rewrites, rule: identifier).apply(context, &output)
    }
}
