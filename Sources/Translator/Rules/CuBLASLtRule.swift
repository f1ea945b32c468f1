import Clang
import Foundation
import Mapping
import Reporting

/// cuBLASLt (`cublasLt.h`) becomes hipBLASLt (`hipblaslt/hipblaslt.h`). hipBLASLt declares
/// cuBLASLt's matmul API under hipblasLt/HIPBLASLT_ names with the same arguments (checked against
/// hipBLASLt 0.8.0 of ROCm 6.2 in ../shared/rocm-headers), so a supported name is a rename from
/// the mapping database; the names hipBLASLt lacks are reported with what to do instead.
///
/// hipBLASLt takes and returns hipBLAS's shared types (hipblasStatus_t, hipblasOperation_t,
/// hipblasComputeType_t, hipDataType). With `--blas rocblas`, which sends cuBLAS to rocBLAS,
/// cuBLASLt still goes to hipBLASLt (there is no rocBLAS counterpart), and the cuBLAS names a
/// cuBLASLt call takes keep hipBLAS's spelling: inside a cuBLASLt call's arguments, and anywhere in
/// a file that uses cuBLASLt and no other cuBLAS API. A file that uses both is reported once.
public struct CuBLASLtRule: Rule {
    /// The tables' sections for cuBLASLt.
    static let families: Set<String> = ["CUBLASLt Data types", "BLASLt Function Reference"]

    static func isCuBLASLt(_ entry: APIEntry) -> Bool {
        entry.library == .cublas && families.contains(entry.family)
    }

    /// cuBLASLt names with no counterpart in hipBLASLt 0.8.0 that AMD's current hipBLASLt
    /// declares under the HIPBLASLT_ spelling (rocm-bindings-libraries 10.0.0.0.1.2,
    /// rocm/bindings/cyhipblaslt.pxd); the tables give no ROCm release for them.
    static let declaredLater: Set<String> = [
        "CUBLASLT_EPILOGUE_RELU_AUX", "CUBLASLT_EPILOGUE_RELU_AUX_BIAS", "CUBLASLT_EPILOGUE_DRELU",
        "CUBLASLT_EPILOGUE_DRELU_BGRAD", "CUBLASLT_MATMUL_DESC_BIAS_BATCH_STRIDE",
        "CUBLASLT_MATMUL_DESC_EPILOGUE_AUX_DATA_TYPE", "CUBLASLT_MATMUL_DESC_SM_COUNT_TARGET",
    ]

    /// Algorithm enumeration and configuration: cuBLASLt's tile, stage, cluster, reduction and
    /// capability vocabulary, which hipBLASLt's C API does not have.
    private static let algorithmPrefixes = [
        "cublasLtMatmulAlgo", "CUBLASLT_ALGO_", "CUBLASLT_MATMUL_TILE_", "CUBLASLT_MATMUL_STAGES_",
        "CUBLASLT_CLUSTER_SHAPE_", "CUBLASLT_MATMUL_INNER_SHAPE_", "CUBLASLT_REDUCTION_SCHEME_",
        "CUBLASLT_NUMERICAL_IMPL_FLAGS_", "cublasLtMatmulTile_t", "cublasLtMatmulStages_t",
        "cublasLtClusterShape_t", "cublasLtMatmulInnerShape_t", "cublasLtReductionScheme_t",
        "cublasLtNumericalImplFlags_t",
    ]

    /// Why hipBLASLt has no counterpart for `name`, and what to do instead.
    static func reason(for name: String) -> String {
        if declaredLater.contains(name) {
            let later = "HIPBLASLT_" + name.dropFirst("CUBLASLT_".count)
            return "hipBLASLt 0.8.0 (ROCm 6.2) lacks it; AMD's current hipBLASLt declares \(later), but the tables give no ROCm "
                + "release for it: use that name where your ROCm's hipblaslt.h declares it"
        }
        if name == "CUBLASLT_MATMUL_DESC_COMPUTE_TYPE" || name == "CUBLASLT_MATMUL_DESC_SCALE_TYPE" {
            return "hipBLASLt takes the compute and scale types only as hipblasLtMatmulDescCreate's arguments; pass them there "
                + "and drop this attribute"
        }
        if algorithmPrefixes.contains(where: { name.hasPrefix($0) }) {
            return "hipBLASLt's C API picks algorithms only through hipblasLtMatmulAlgoGetHeuristic, with no algorithm ids, "
                + "configuration or capability attributes; use the heuristic's result, or list and check algorithms with "
                + "hipBLASLt's C++ extension (hipblaslt/hipblaslt-ext.hpp: hipblaslt_ext::getAllAlgos, matmulIsAlgoSupported); "
                + "needs manual work"
        }
        if name.hasPrefix("CUBLASLT_MATMUL_DESC_") {
            return "hipblasLtMatmulDescAttributes_t has no such attribute (it has TRANSA/TRANSB, EPILOGUE, the bias, scale, "
                + "epilogue-aux and AMAX_D pointers and POINTER_MODE); drop the setting or do its work outside the matmul"
        }
        if name.hasPrefix("CUBLASLT_MATMUL_PREF_") {
            return "hipBLASLt's preference has only SEARCH_MODE and MAX_WORKSPACE_BYTES; drop this setting"
        }
        if name.hasPrefix("CUBLASLT_SEARCH_") || name == "cublasLtMatmulSearch_t" {
            return "hipBLASLt declares no search-mode values; leave HIPBLASLT_MATMUL_PREF_SEARCH_MODE at its default"
        }
        if name.hasPrefix("CUBLASLT_EPILOGUE_") {
            return "hipblasLtEpilogue_t has no such epilogue; apply that step in a kernel of your own"
        }
        if name.hasPrefix("CUBLASLT_ORDER_") {
            return "hipBLASLt's layouts are column- or row-major only (HIPBLASLT_ORDER_COL, HIPBLASLT_ORDER_ROW); store the "
                + "matrix in one of them"
        }
        if name.hasPrefix("CUBLASLT_POINTER_MODE_MASK_") || name == "cublasLtPointerModeMask_t" {
            return "hipBLASLt has no pointer-mode capability masks (nor algorithm capabilities to query them from)"
        }
        if name.hasPrefix("CUBLASLT_POINTER_MODE_") {
            return "hipblasLtPointerMode_t has only HOST, DEVICE and ALPHA_DEVICE_VECTOR_BETA_HOST"
        }
        if name.hasPrefix("CUBLASLT_MATRIX_LAYOUT_") {
            return "hipblasLtMatrixLayoutAttribute_t has no such attribute (no planar-complex layouts)"
        }
        if name.hasSuffix("Init"), name.hasPrefix("cublasLt") {
            let stem = "hipblasLt" + name.dropFirst("cublasLt".count).dropLast("Init".count)
            return "hipBLASLt cannot set up a descriptor in storage the caller provides; create it with \(stem)Create and "
                + "release it with \(stem)Destroy"
        }
        switch name {
        case "cublasLtGetStatusName", "cublasLtGetStatusString":
            return "hipBLASLt has no status-string function; hipBLAS's hipblasStatusToString (hipblas/hipblas.h, which "
                + "hipblaslt.h includes) turns a hipblasStatus_t into a string"
        case "cublasLtGetVersion":
            return "hipblasLtGetVersion takes the handle and returns the version through an int* "
                + "(hipblasLtGetVersion(handle, &version)); HIPBLASLT_VERSION_MAJOR/MINOR/PATCH give it at compile time"
        case "cublasLtGetCudartVersion":
            return "it is the CUDA runtime version cuBLASLt was built for; hipRuntimeGetVersion gives the HIP runtime's"
        case "cublasLtGetProperty":
            return "use HIPBLASLT_VERSION_MAJOR, HIPBLASLT_VERSION_MINOR and HIPBLASLT_VERSION_PATCH "
                + "(hipblaslt/hipblaslt-version.h, which hipblaslt.h includes)"
        case "cublasLtHeuristicsCacheGetCapacity", "cublasLtHeuristicsCacheSetCapacity":
            return "hipBLASLt has no heuristics-cache setting; remove the call"
        case "cublasLtDisableCpuInstructionsSetMask":
            return "it limits the CPU instructions cuBLASLt's host code uses, and hipBLASLt has no such switch; remove the call"
        case "cublasLtContext":
            return "hipblasLtHandle_t is an opaque void*; use the handle type rather than the struct"
        default:
            break
        }
        if name.hasPrefix("cublasLtLogger") {
            return "hipBLASLt logs through environment variables only (HIPBLASLT_LOG_LEVEL, HIPBLASLT_LOG_MASK, "
                + "HIPBLASLT_LOG_FILE); remove the call and set those before the program starts"
        }
        return "hipBLASLt declares nothing like it"
    }

    public static let description = RuleDescription(
        identifier: "cublaslt",
        name: "cuBLASLt to hipBLASLt",
        summary: "Renames cuBLASLt's handle, matmul, layout and preference descriptors, attributes, epilogues and heuristics to hipBLASLt (whatever --blas says, with hipBLAS's spelling for the cuBLAS types its calls take); reports what hipBLASLt lacks and what to use instead.",
        corrections: [
            Example("""
            #include <cublasLt.h>
            cublasStatus_t run(cublasLtHandle_t lt, const void* a, const void* b, void* d, const void* bias, void* ws, size_t wsSize) {
                cublasLtMatmulDesc_t op;
                cublasLtMatmulDescCreate(&op, CUBLAS_COMPUTE_32F, CUDA_R_32F);
                cublasOperation_t trans = CUBLAS_OP_T;
                cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_TRANSA, &trans, sizeof(trans));
                cublasLtEpilogue_t epilogue = CUBLASLT_EPILOGUE_RELU_BIAS;
                cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_EPILOGUE, &epilogue, sizeof(epilogue));
                cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_BIAS_POINTER, &bias, sizeof(bias));
                cublasLtMatrixLayout_t la, lb, ld;
                cublasLtMatrixLayoutCreate(&la, CUDA_R_16F, 32, 64, 32);
                cublasLtMatrixLayoutCreate(&lb, CUDA_R_16F, 32, 48, 32);
                cublasLtMatrixLayoutCreate(&ld, CUDA_R_16F, 64, 48, 64);
                cublasLtMatmulPreference_t pref;
                cublasLtMatmulPreferenceCreate(&pref);
                cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &wsSize, sizeof(wsSize));
                cublasLtMatmulHeuristicResult_t best = {};
                int found = 0;
                cublasLtMatmulAlgoGetHeuristic(lt, op, la, lb, ld, ld, pref, 1, &best, &found);
                if (found == 0 || best.state != CUBLAS_STATUS_SUCCESS) return CUBLAS_STATUS_NOT_SUPPORTED;
                const float one = 1.0f, zero = 0.0f;
                return cublasLtMatmul(lt, op, &one, a, la, b, lb, &zero, d, ld, d, ld, &best.algo, ws, best.workspaceSize, 0);
            }
            """, """
            #include <hipblaslt/hipblaslt.h>
            hipblasStatus_t run(hipblasLtHandle_t lt, const void* a, const void* b, void* d, const void* bias, void* ws, size_t wsSize) {
                hipblasLtMatmulDesc_t op;
                hipblasLtMatmulDescCreate(&op, HIPBLAS_COMPUTE_32F, HIP_R_32F);
                hipblasOperation_t trans = HIPBLAS_OP_T;
                hipblasLtMatmulDescSetAttribute(op, HIPBLASLT_MATMUL_DESC_TRANSA, &trans, sizeof(trans));
                hipblasLtEpilogue_t epilogue = HIPBLASLT_EPILOGUE_RELU_BIAS;
                hipblasLtMatmulDescSetAttribute(op, HIPBLASLT_MATMUL_DESC_EPILOGUE, &epilogue, sizeof(epilogue));
                hipblasLtMatmulDescSetAttribute(op, HIPBLASLT_MATMUL_DESC_BIAS_POINTER, &bias, sizeof(bias));
                hipblasLtMatrixLayout_t la, lb, ld;
                hipblasLtMatrixLayoutCreate(&la, HIP_R_16F, 32, 64, 32);
                hipblasLtMatrixLayoutCreate(&lb, HIP_R_16F, 32, 48, 32);
                hipblasLtMatrixLayoutCreate(&ld, HIP_R_16F, 64, 48, 64);
                hipblasLtMatmulPreference_t pref;
                hipblasLtMatmulPreferenceCreate(&pref);
                hipblasLtMatmulPreferenceSetAttribute(pref, HIPBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES, &wsSize, sizeof(wsSize));
                hipblasLtMatmulHeuristicResult_t best = {};
                int found = 0;
                hipblasLtMatmulAlgoGetHeuristic(lt, op, la, lb, ld, ld, pref, 1, &best, &found);
                if (found == 0 || best.state != HIPBLAS_STATUS_SUCCESS) return HIPBLAS_STATUS_NOT_SUPPORTED;
                const float one = 1.0f, zero = 0.0f;
                return hipblasLtMatmul(lt, op, &one, a, la, b, lb, &zero, d, ld, d, ld, &best.algo, ws, best.workspaceSize, 0);
            }
            """, fileName: "matmul.cpp"),
            // Names hipBLASLt lacks stay as written, each reported with what to do instead.
            Example("""
            #include <cublasLt.h>
            #include <cstdio>
            void tune(cublasLtHandle_t lt, cublasLtMatmulDesc_t op, cublasLtMatrixLayout_t layout, cublasStatus_t status) {
                cudaDataType_t scale = CUDA_R_32F;
                cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_SCALE_TYPE, &scale, sizeof(scale));
                cublasLtOrder_t order = CUBLASLT_ORDER_COL32;
                cublasLtMatrixLayoutSetAttribute(layout, CUBLASLT_MATRIX_LAYOUT_ORDER, &order, sizeof(order));
                int ids[8], count = 0;
                cublasLtMatmulAlgoGetIds(lt, CUBLAS_COMPUTE_32F, CUDA_R_32F, CUDA_R_16F, CUDA_R_16F, CUDA_R_16F, CUDA_R_16F, 8, ids, &count);
                cublasLtLoggerSetLevel(2);
                cublasLtEpilogue_t epilogue = CUBLASLT_EPILOGUE_DRELU;
                printf("%s\\n", cublasLtGetStatusString(status));
            }
            """, """
            #include <hipblaslt/hipblaslt.h>
            #include <cstdio>
            void tune(hipblasLtHandle_t lt, hipblasLtMatmulDesc_t op, hipblasLtMatrixLayout_t layout, hipblasStatus_t status) {
                hipDataType scale = HIP_R_32F;
                hipblasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_SCALE_TYPE, &scale, sizeof(scale));
                hipblasLtOrder_t order = CUBLASLT_ORDER_COL32;
                hipblasLtMatrixLayoutSetAttribute(layout, HIPBLASLT_MATRIX_LAYOUT_ORDER, &order, sizeof(order));
                int ids[8], count = 0;
                cublasLtMatmulAlgoGetIds(lt, HIPBLAS_COMPUTE_32F, HIP_R_32F, HIP_R_16F, HIP_R_16F, HIP_R_16F, HIP_R_16F, 8, ids, &count);
                cublasLtLoggerSetLevel(2);
                hipblasLtEpilogue_t epilogue = CUBLASLT_EPILOGUE_DRELU;
                printf("%s\\n", cublasLtGetStatusString(status));
            }
            """, fileName: "tune.cpp", reports: [
                "5: 'CUBLASLT_MATMUL_DESC_SCALE_TYPE' has no hipBLASLt counterpart: hipBLASLt takes the compute and scale types only as hipblasLtMatmulDescCreate's arguments",
                "6: 'CUBLASLT_ORDER_COL32' has no hipBLASLt counterpart: hipBLASLt's layouts are column- or row-major only",
                "9: 'cublasLtMatmulAlgoGetIds' has no hipBLASLt counterpart: hipBLASLt's C API picks algorithms only through hipblasLtMatmulAlgoGetHeuristic",
                "10: 'cublasLtLoggerSetLevel' has no hipBLASLt counterpart: hipBLASLt logs through environment variables only",
                "11: 'CUBLASLT_EPILOGUE_DRELU' has no hipBLASLt counterpart: hipBLASLt 0.8.0 (ROCm 6.2) lacks it; AMD's current hipBLASLt declares HIPBLASLT_EPILOGUE_DRELU",
                "12: 'cublasLtGetStatusString' has no hipBLASLt counterpart: hipBLASLt has no status-string function; hipBLAS's hipblasStatusToString",
            ]),
            // --blas rocblas: cuBLASLt has no rocBLAS counterpart and still goes to hipBLASLt; in a
            // file that uses no other cuBLAS API, the cuBLAS names are all hipBLASLt's (hipBLAS's).
            Example("""
            #include <cublasLt.h>
            #define LT_CHECK(call) do { cublasStatus_t s = (call); if (s != CUBLAS_STATUS_SUCCESS) return s; } while (0)
            cublasStatus_t describe(cublasLtMatmulDesc_t* op) {
                LT_CHECK(cublasLtMatmulDescCreate(op, CUBLAS_COMPUTE_32F, CUDA_R_32F));
                cublasOperation_t none = CUBLAS_OP_N;
                return cublasLtMatmulDescSetAttribute(*op, CUBLASLT_MATMUL_DESC_TRANSB, &none, sizeof(none));
            }
            """, """
            #include <hipblaslt/hipblaslt.h>
            #define LT_CHECK(call) do { hipblasStatus_t s = (call); if (s != HIPBLAS_STATUS_SUCCESS) return s; } while (0)
            hipblasStatus_t describe(hipblasLtMatmulDesc_t* op) {
                LT_CHECK(hipblasLtMatmulDescCreate(op, HIPBLAS_COMPUTE_32F, HIP_R_32F));
                hipblasOperation_t none = HIPBLAS_OP_N;
                return hipblasLtMatmulDescSetAttribute(*op, HIPBLASLT_MATMUL_DESC_TRANSB, &none, sizeof(none));
            }
            """, options: TranslationOptions(libraries: LibraryChoice(blas: .rocblas)), fileName: "describe.cpp"),
            // --blas rocblas in a file that also calls cuBLAS: a cuBLASLt call's arguments take
            // hipBLAS's names, the rest rocBLAS's, and the file is reported once.
            Example("""
            #include <cublas_v2.h>
            #include <cublasLt.h>
            void both(cublasHandle_t h, cublasLtMatmulDesc_t* op, int n, float* x) {
                cublasSscal(h, n, x, x, 1);
                cublasLtMatmulDescCreate(op, CUBLAS_COMPUTE_32F, CUDA_R_32F);
                cublasOperation_t t = CUBLAS_OP_T;
            }
            """, """
            #include <rocblas/rocblas.h>
            #include <hipblaslt/hipblaslt.h>
            void both(rocblas_handle h, hipblasLtMatmulDesc_t* op, int n, float* x) {
                rocblas_sscal(h, n, x, x, 1);
                hipblasLtMatmulDescCreate(op, HIPBLAS_COMPUTE_32F, HIP_R_32F);
                rocblas_operation t = rocblas_operation_transpose;
            }
            """, options: TranslationOptions(libraries: LibraryChoice(blas: .rocblas)), fileName: "both.cpp",
            reports: ["6: this file uses cuBLASLt, which goes to hipBLASLt whatever --blas says, and cuBLAS"]),
        ],
        nonTriggering: [
            Example("""
            #include <hipblaslt/hipblaslt.h>
            hipblasStatus_t make(hipblasLtHandle_t* lt) { return hipblasLtCreate(lt); }
            """, fileName: "done.cpp"),
            // A member that happens to carry a cuBLASLt name is the project's.
            Example("""
            struct Hooks { int cublasLtLoggerSetLevel; };
            int level(const Hooks& h) { return h.cublasLtLoggerSetLevel; }
            """, fileName: "hooks.cpp"),
        ])

    /// Every cuBLASLt name of the built-in database: this rule decides what each becomes.
    public static let specialNames: Set<String> = Set(MappingDatabase.builtIn.entries.filter(isCuBLASLt).map(\.cudaName))

    public static func writtenName(for name: String) -> String? {
        guard let entry = MappingDatabase.builtIn.entry(for: name), isCuBLASLt(entry) else { return nil }
        return entry.hipName
    }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        let database = context.database
        let identifier = Self.description.identifier
        // hipBLASLt's names and the hipBLAS spelling of the shared cuBLAS types, whatever --blas says.
        var hipOptions = context.options
        hipOptions.libraries.blas = .hipblas
        let hipContext = RuleContext(stream: stream, options: hipOptions, database: database, facts: context.facts)
        let rocBLAS = context.options.libraries.blas == .rocblas
        let usage = rocBLAS ? Self.usage(context) : (cuBLASLt: false, otherCuBLAS: false)
        var reportedMixed = false

        for token in stream.tokens where token.kind == .identifier && !output.claimed.contains(token.index) {
            if let directive = token.directive, Self.isInclude(stream.directives[directive]) { continue }
            guard let entry = database.entry(for: token.spelling), entry.library == .cublas else { continue }
            if Self.isCuBLASLt(entry) {
                if entry.hipTarget.availability(at: context.options.rocmVersion) == .noEquivalent {
                    guard !APIRenameRule.isMemberOrForeignQualified(token.index, stream),
                          !APIRenameRule.refersToProjectDeclaration(token, projectRoots: context.facts.projectRoots) else { continue }
                    output.references.found += 1
                    output.references.unsupported += 1
                    output.report(token.range.start, .warning, rule: identifier,
                                  "'\(token.spelling)' has no hipBLASLt counterpart: \(Self.reason(for: token.spelling)); left as written",
                                  name: token.spelling)
                } else if let replacement = APIRenameRule.rename(token, hipContext, &output) {
                    output.edit(token.range, replacement, rule: identifier)
                }
                output.claimed.insert(token.index)
            } else if rocBLAS, usage.cuBLASLt {
                if !usage.otherCuBLAS || Self.isInsideCuBLASLtCall(token.index, stream, database) {
                    if let replacement = APIRenameRule.rename(token, hipContext, &output) {
                        output.edit(token.range, replacement, rule: identifier)
                    }
                    output.claimed.insert(token.index)
                } else if !reportedMixed, entry.kind != .function, !Self.isCuBLASOnly(token.spelling) {
                    reportedMixed = true
                    output.report(token.range.start, .warning, rule: identifier,
                                  "this file uses cuBLASLt, which goes to hipBLASLt whatever --blas says, and cuBLAS, which --blas rocblas "
                                      + "sends to rocBLAS; hipBLASLt takes and returns hipBLAS's types (hipblasStatus_t, hipblasOperation_t, "
                                      + "hipblasComputeType_t, hipDataType), so where a cuBLAS name outside a cuBLASLt call holds a cuBLASLt "
                                      + "value (a status check, a TRANSA attribute) use the hipBLAS name; needs manual work")
                }
            }
        }
    }

    private static func isInclude(_ directive: Directive) -> Bool {
        ["include", "include_next", "import"].contains(directive.name)
    }

    /// cuBLAS names that belong to cuBLAS's own API rather than to the types cuBLASLt shares.
    private static func isCuBLASOnly(_ name: String) -> Bool {
        name == "cublasHandle_t" || name == "cublasContext"
    }

    /// Whether the file uses cuBLASLt, and whether it uses any other cuBLAS API (a cuBLAS function
    /// or handle, or a cuBLAS header of its own).
    private static func usage(_ context: RuleContext) -> (cuBLASLt: Bool, otherCuBLAS: Bool) {
        var cuBLASLt = false
        var otherCuBLAS = false
        for path in context.facts.includeTargets.values {
            switch (path as NSString).lastPathComponent {
            case "cublasLt.h": cuBLASLt = true
            case "cublas_v2.h", "cublas.h", "cublas_api.h": otherCuBLAS = true
            default: break
            }
        }
        for token in context.stream.tokens where token.kind == .identifier {
            if let directive = token.directive, isInclude(context.stream.directives[directive]) { continue }
            guard let entry = context.database.entry(for: token.spelling), entry.library == .cublas else { continue }
            if isCuBLASLt(entry) {
                cuBLASLt = true
            } else if entry.kind == .function || isCuBLASOnly(token.spelling) {
                otherCuBLAS = true
            }
        }
        return (cuBLASLt, otherCuBLAS)
    }

    /// True when the token at `index` is inside the arguments of a cuBLASLt call, however deep.
    private static func isInsideCuBLASLtCall(_ index: Int, _ stream: TokenStream, _ database: MappingDatabase) -> Bool {
        var cursor = stream.enclosingCallName(of: index)
        while let name = cursor {
            if let entry = database.entry(for: stream[name].spelling), isCuBLASLt(entry) { return true }
            cursor = stream.enclosingCallName(of: name)
        }
        return false
    }
}
