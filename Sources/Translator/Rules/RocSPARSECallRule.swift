import Clang
import Reporting

/// cuSPARSE generic-API calls that rocSPARSE folds into one staged function (applies with
/// `--sparse rocsparse`; hipSPARSE keeps cuSPARSE's calls). cuSPARSE asks for the buffer size,
/// preprocesses and computes with separate functions; rocSPARSE's `rocsparse_spmv`, `_spmm`,
/// `_spvv`, ... do each step when called with a stage (or a null buffer) and take a buffer-size
/// pointer besides the buffer. A rename would compile to wrong calls, so each is left as written
/// and reported as manual work.
public struct RocSPARSECallRule: Rule {
    private static let staged = "rocSPARSE runs the buffer-size query, preprocessing and compute as stages of one function with a stage (or null-buffer) argument and a buffer-size pointer; restructure this call sequence for it by hand, or keep hipSPARSE (--sparse hipsparse), which has cuSPARSE's calls"

    /// CUDA call → (rocSPARSE function it would become, cuSPARSE argument count).
    static let calls: [(cuda: String, target: String, arity: Int)] = [
        ("cusparseSpMV", "rocsparse_spmv", 10), ("cusparseSpMV_bufferSize", "rocsparse_spmv", 10),
        ("cusparseSpMM", "rocsparse_spmm", 11), ("cusparseSpMM_bufferSize", "rocsparse_spmm", 11),
        ("cusparseSpMM_preprocess", "rocsparse_spmm", 11),
        ("cusparseSpVV", "rocsparse_spvv", 7), ("cusparseSpVV_bufferSize", "rocsparse_spvv", 7),
        ("cusparseSpSV_bufferSize", "rocsparse_spsv", 10),
        ("cusparseSpSM_analysis", "rocsparse_spsm", 11), ("cusparseSpSM_solve", "rocsparse_spsm", 10),
        ("cusparseSparseToDense", "rocsparse_sparse_to_dense", 5),
        ("cusparseSparseToDense_bufferSize", "rocsparse_sparse_to_dense", 5),
        ("cusparseDenseToSparse_bufferSize", "rocsparse_dense_to_sparse", 5),
        ("cusparseDenseToSparse_analysis", "rocsparse_dense_to_sparse", 5),
    ]

    static let rewrites: [String: CallRewrite] = Dictionary(uniqueKeysWithValues: calls.map { call in
        (call.cuda, CallRewrite(cuda: call.cuda, target: call.target, arity: call.arity, arguments: [], manual: staged))
    })

    private static let rocSPARSE = TranslationOptions(libraries: LibraryChoice(sparse: .rocsparse))

    public static let description = RuleDescription(
        identifier: "rocsparse-call",
        name: "cuSPARSE calls that rocSPARSE stages",
        summary: "With --sparse rocsparse, leaves cuSPARSE generic-API calls whose rocSPARSE function runs several cuSPARSE steps as stages (SpMV, SpMM, SpVV, SpSV, SpSM, dense/sparse conversion) as written and reports them as manual work; descriptors and enums are still renamed.",
        corrections: [
            Example("""
            #include <cusparse.h>
            void spmv(cusparseHandle_t h, cusparseSpMatDescr_t a, cusparseDnVecDescr_t x, cusparseDnVecDescr_t y,
                      const float* alpha, const float* beta, void* buffer, size_t* bytes) {
                cusparseSpMV_bufferSize(h, CUSPARSE_OPERATION_NON_TRANSPOSE, alpha, a, x, beta, y, CUDA_R_32F, CUSPARSE_SPMV_ALG_DEFAULT, bytes);
                cusparseSpMV(h, CUSPARSE_OPERATION_NON_TRANSPOSE, alpha, a, x, beta, y, CUDA_R_32F, CUSPARSE_SPMV_ALG_DEFAULT, buffer);
            }
            """, """
            #include <rocsparse/rocsparse.h>
            void spmv(rocsparse_handle h, rocsparse_spmat_descr a, rocsparse_dnvec_descr x, rocsparse_dnvec_descr y,
                      const float* alpha, const float* beta, void* buffer, size_t* bytes) {
                cusparseSpMV_bufferSize(h, CUSPARSE_OPERATION_NON_TRANSPOSE, alpha, a, x, beta, y, CUDA_R_32F, CUSPARSE_SPMV_ALG_DEFAULT, bytes);
                cusparseSpMV(h, CUSPARSE_OPERATION_NON_TRANSPOSE, alpha, a, x, beta, y, CUDA_R_32F, CUSPARSE_SPMV_ALG_DEFAULT, buffer);
            }
            """, options: rocSPARSE, fileName: "spmv.cpp", reports: [
                "4: 'cusparseSpMV_bufferSize': rocSPARSE runs the buffer-size query",
                "5: 'cusparseSpMV': rocSPARSE runs",
            ]),
        ],
        nonTriggering: [
            // hipSPARSE (the default) keeps cuSPARSE's argument lists: a plain rename.
            Example("""
            #include <hipsparse/hipsparse.h>
            void f(hipsparseHandle_t h, hipsparseDnVecDescr_t* v, float* x, int n) { hipsparseCreateDnVec(v, n, x, HIP_R_32F); }
            """, fileName: "done.cpp"),
        ])

    public static var specialNames: Set<String> { Set(rewrites.keys) }

    public static func writtenName(for name: String) -> String? { rewrites[name]?.target }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        guard context.options.libraries.sparse == .rocsparse else { return }
        CallRewriter(rewrites: Self.rewrites, rule: identifier).apply(context, &output)
    }
}
