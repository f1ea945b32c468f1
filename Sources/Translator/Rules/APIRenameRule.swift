import Clang
import Mapping
import Reporting

/// Renames CUDA API names (functions, types, constants, macros) to their HIP/ROCm names from
/// the mapping database, and reports the ones HIP lacks.
public struct APIRenameRule: Rule {
    public static let description = RuleDescription(
        identifier: "api-rename",
        name: "API rename",
        summary: "Renames CUDA runtime, driver, device and library names to their HIP/ROCm equivalents; reports names HIP lacks.",
        corrections: [
            Example("""
            void f() { float* d; cudaMalloc((void**)&d, 16); cudaStream_t s; cudaStreamCreate(&s); }
            """, """
            #include <hip/hip_runtime.h>
            void f() { float* d; hipMalloc((void**)&d, 16); hipStream_t s; hipStreamCreate(&s); }
            """),
            Example("""
            #include <cuda_runtime.h>
            void f(float* d, const float* h) { cudaMemcpy(d, h, 4, cudaMemcpyHostToDevice); }
            """, """
            #include <hip/hip_runtime.h>
            void f(float* d, const float* h) { hipMemcpy(d, h, 4, hipMemcpyHostToDevice); }
            """),
            Example("""
            #include <cuda_runtime.h>
            #if 0
            void g() { cudaDeviceReset(); }
            #endif
            """, """
            #include <hip/hip_runtime.h>
            #if 0
            void g() { hipDeviceReset(); }
            #endif
            """),
            Example("""
            #include <cuda_runtime.h>
            #define CHECK(x) do { cudaError_t e = (x); if (e != cudaSuccess) return; } while (0)
            """, """
            #include <hip/hip_runtime.h>
            #define CHECK(x) do { hipError_t e = (x); if (e != hipSuccess) return; } while (0)
            """),
            // With --blas rocblas, library_types.h names become rocBLAS data types only in cuBLAS calls.
            Example("""
            #include <cublas_v2.h>
            #include <cusparse.h>
            void f(cublasHandle_t h, cusparseDnVecDescr_t* v, float* x, int n) {
                cusparseCreateDnVec(v, n, x, CUDA_R_32F);
                cublasScalEx(h, n, x, CUDA_R_32F, x, CUDA_R_32F, 1, CUDA_R_32F);
                cudaDataType_t type = CUDA_R_32F;
            }
            """, """
            #include <rocblas/rocblas.h>
            #include <hipsparse/hipsparse.h>
            void f(rocblas_handle h, hipsparseDnVecDescr_t* v, float* x, int n) {
                hipsparseCreateDnVec(v, n, x, HIP_R_32F);
                rocblas_scal_ex(h, n, x, rocblas_datatype_f32_r, x, rocblas_datatype_f32_r, 1, rocblas_datatype_f32_r);
                hipDataType type = HIP_R_32F;
            }
            """, options: TranslationOptions(libraries: LibraryChoice(blas: .rocblas)), fileName: "types.cpp",
            reports: ["6: 'CUDA_R_32F' outside a call becomes hipDataType's name"]),
            // cuSOLVER calls take cuBLAS's enums in the solver library's spelling, whatever --blas says.
            Example("""
            #include <cublas_v2.h>
            #include <cusolverDn.h>
            void f(cusolverDnHandle_t s, cublasHandle_t b, int n, float* a, float* work, int lwork, int* info) {
                cusolverDnSpotrf(s, CUBLAS_FILL_MODE_LOWER, n, a, n, work, lwork, info);
                cublasStrsv(b, CUBLAS_FILL_MODE_LOWER, CUBLAS_OP_N, CUBLAS_DIAG_NON_UNIT, n, a, n, work, 1);
            }
            """, """
            #include <rocblas/rocblas.h>
            #include <hipsolver/hipsolver.h>
            void f(hipsolverHandle_t s, rocblas_handle b, int n, float* a, float* work, int lwork, int* info) {
                hipsolverDnSpotrf(s, HIPBLAS_FILL_MODE_LOWER, n, a, n, work, lwork, info);
                rocblas_strsv(b, rocblas_fill_lower, rocblas_operation_none, rocblas_diagonal_non_unit, n, a, n, work, 1);
            }
            """, options: TranslationOptions(libraries: LibraryChoice(blas: .rocblas)), fileName: "solve.cpp"),
            // Device names the tables call unsupported that clang or HIP express exactly
            // (Scripts/mapping_overrides.tsv).
            Example("""
            __global__ void check(float* x, unsigned a, unsigned b) {
                if (__isnanf(x[0]) || !__finitef(x[1])) __trap();
                x[2] = int_as_float(umul24(a, b)) + saturate(x[3]) + umin(a, b);
            }
            """, """
            #include <hip/hip_runtime.h>
            __global__ void check(float* x, unsigned a, unsigned b) {
                if (__builtin_isnan(x[0]) || !__builtin_isfinite(x[1])) __builtin_trap();
                x[2] = __int_as_float(__umul24(a, b)) + __saturatef(x[3]) + min<unsigned int>(a, b);
            }
            """),
            // A macro's aligned continuation backslashes stay aligned when renames shorten its lines.
            Example("""
            #include <cuda_runtime.h>
            #define CHECK(call)                         \\
                do {                                    \\
                    cudaError_t e = (call);             \\
                    if (e != cudaSuccess) return e;     \\
                } while (0)
            """, """
            #include <hip/hip_runtime.h>
            #define CHECK(call)                         \\
                do {                                    \\
                    hipError_t e = (call);              \\
                    if (e != hipSuccess) return e;      \\
                } while (0)
            """, fileName: "check.h"),
            // Names inside an include's header name are the include rule's, not renamed here.
            Example("""
            #include <curand.h>
            #include <cuComplex.h>
            """, """
            #include <hiprand/hiprand.h>
            #include <hip/hip_complex.h>
            """, fileName: "numbers.h"),
        ],
        nonTriggering: [
            Example("""
            // cudaMalloc in a comment, "cudaMalloc" in a string
            const char* s = "cudaMalloc";
            """, fileName: "names.cpp"),
            Example("""
            struct Wrapper { int cudaMalloc; };
            int f(Wrapper w) { return w.cudaMalloc; }
            """, fileName: "wrapper.cpp"),
            // The project's own function that happens to carry a CUDA name (a CPU stand-in).
            // The C library's math in host code is not CUDA: no HIP include for it.
            Example("""
            #include <math.h>
            float norm(float x, float y) { return sqrtf(x * x + y * y) + fabsf(x); }
            """, fileName: "host.h"),
            Example("""
            static int cudaDeviceReset() { return 0; }
            int main() { return cudaDeviceReset(); }
            """, fileName: "shim.cpp"),
        ])

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        for token in context.stream.tokens where token.kind == .identifier && !output.claimed.contains(token.index) {
            // `#include <curand.h>`: the header name is the include rule's business.
            if let directive = token.directive, Self.isInclude(context.stream.directives[directive]) { continue }
            if let replacement = Self.rename(token, context, &output) {
                output.edit(token.range, replacement, rule: Self.description.identifier)
            }
        }
    }

    /// Looks `token` up in the database, counts and reports it, and returns the new spelling when
    /// it changes. Other rules that rebuild a call's arguments use it for the names inside.
    static func rename(_ token: SourceToken, _ context: RuleContext, _ output: inout RuleOutput) -> String? {
        guard let entry = context.database.entry(for: token.spelling),
              !isMemberOrForeignQualified(token.index, context.stream),
              entry.isFromUserMap || !refersToProjectDeclaration(token, projectRoots: context.facts.projectRoots),
              entry.hipName != token.spelling || isCUDAUse(of: token, entry, context) else { return nil }
        let identifier = description.identifier
        output.references.found += 1
        var libraries = context.options.libraries
        var dataTypeNote: String?
        if entry.family == Self.libraryDataTypes, libraries.blas == .rocblas {
            // library_types.h serves cuSPARSE, cuSOLVER, cuFFT, ... too: only cuBLAS calls take rocBLAS's data types.
            let call = context.stream.enclosingCallName(of: token.index).map { context.stream[$0].spelling }
            if !(call?.hasPrefix("cublas") ?? false) {
                libraries.blas = .hipblas
                if call == nil, entry.kind == .enumConstant {
                    dataTypeNote = "'\(token.spelling)' outside a call becomes hipDataType's name; rocBLAS calls take rocblas_datatype: check where the value goes"
                }
            }
        }
        if entry.library == .cublas, entry.family != Self.libraryDataTypes,
           let call = context.stream.enclosingCallName(of: token.index), context.stream[call].spelling.hasPrefix("cusolver") {
            // cuSOLVER calls take cuBLAS's fill modes, sides and operations: hipSOLVER takes
            // hipBLAS's, rocSOLVER rocBLAS's, whatever --blas says.
            libraries.blas = libraries.solver == .rocsolver ? .rocblas : .hipblas
        }
        switch TargetResolver.resolve(entry, rocmVersion: context.options.rocmVersion, libraries: libraries) {
        case let .available(name, note):
            output.references.converted += 1
            if entry.library == .runtime || entry.library == .driver || entry.library == .device {
                output.usesRuntime = true
            }
            if let note = note ?? dataTypeNote {
                output.report(token.range.start, .info, rule: identifier, note, name: token.spelling)
            }
            return name != token.spelling ? name : nil
        case let .unavailable(reason):
            output.references.unsupported += 1
            output.report(token.range.start, .warning, rule: identifier, reason, name: token.spelling)
            return nil
        }
    }

    /// A name HIP spells the same (`sqrtf`, `__brev`, `GLuint`) is a CUDA use only where it
    /// resolves to a CUDA declaration: host code calling the C library's `sqrtf` is not CUDA.
    /// Without the AST (inactive code, macro bodies) only `__`-prefixed intrinsics count.
    private static func isCUDAUse(of token: SourceToken, _ entry: APIEntry, _ context: RuleContext) -> Bool {
        if let reference = token.token.reference, !reference.declarationFile.isEmpty {
            if ParseSetup.isVirtualPath(reference.declarationFile) { return true }
            guard let cudaPath = context.options.cudaPath else { return false }
            return InputDiscovery.absolute(reference.declarationFile).hasPrefix(InputDiscovery.absolute(cudaPath) + "/")
        }
        return token.spelling.hasPrefix("__") || (entry.library != .device && entry.library != .driver)
    }

    /// The tables' section for library_types.h (`cudaDataType`, `CUDA_R_32F`, ...), listed under cuBLAS.
    static let libraryDataTypes = "CUDA Library Data types"

    private static func isInclude(_ directive: Directive) -> Bool {
        ["include", "include_next", "import"].contains(directive.name)
    }

    /// `x.cudaMalloc`, `p->cudaMalloc`, `ns::cudaMalloc`: a member or another namespace's name.
    static func isMemberOrForeignQualified(_ index: Int, _ stream: TokenStream) -> Bool {
        guard let previous = stream.previous(before: index) else { return false }
        let spelling = stream[previous].spelling
        if spelling == "." || spelling == "->" { return true }
        if spelling == "::", let before = stream.previous(before: previous), stream[before].kind == .identifier {
            return true
        }
        return false
    }

    /// The AST says this token names or uses a declaration that lives in the project itself (not
    /// in cu2hip's CUDA declarations, a CUDA installation or a system header).
    static func refersToProjectDeclaration(_ token: SourceToken, projectRoots: [String]) -> Bool {
        guard let reference = token.token.reference, !reference.declarationFile.isEmpty else { return false }
        if reference.cursorKind == "macro expansion" || reference.cursorKind == "macro definition" { return false }
        // A declaration cursor over a token that is not its name (a parameter's type, say)
        // "references" itself; that says nothing about the token.
        if reference.cursorIsDeclaration, !reference.isDeclaration { return false }
        guard reference.declarationKind != nil, !ParseSetup.isVirtualPath(reference.declarationFile) else { return false }
        let file = InputDiscovery.absolute(reference.declarationFile)
        return projectRoots.contains { file.hasPrefix($0 + "/") }
    }
}

/// Decides which HIP/ROCm name a database entry becomes for the target ROCm version.
enum TargetResolver {
    enum Resolution: Equatable {
        case available(String, note: String?)
        case unavailable(String)
    }

    static func resolve(_ entry: APIEntry, rocmVersion: Version, libraries: LibraryChoice = LibraryChoice()) -> Resolution {
        // The library choice decides between the hip* name and the ROCm-native one.
        let target = entry.target(rocmNative: libraries.rocmNativeLibraries)
        switch target.availability(at: rocmVersion) {
        case let .available(name):
            return .available(name, note: nil)
        case let .deprecated(name, since):
            return .available(name, note: "'\(name)' is deprecated since ROCm \(since)")
        case let .experimental(name):
            return .available(name, note: "'\(name)' is experimental in \(target.library)")
        case let .addedLater(name, added):
            return .unavailable("'\(name)' (for '\(entry.cudaName)') needs ROCm \(added) or later; the target is ROCm \(rocmVersion); left as written")
        case let .removed(name, removed):
            return .unavailable("'\(name)' (for '\(entry.cudaName)') was removed in ROCm \(removed); the target is ROCm \(rocmVersion); left as written")
        case .noEquivalent:
            let other = target.isROCmNative ? entry.hipTarget : entry.rocTarget
            let hint = other.flatMap { other in other.name.map { " (\(other.library) has '\($0)')" } } ?? ""
            let manual = entry.library == .cudnn ? ": needs manual work" : ""
            return .unavailable("'\(entry.cudaName)' has no \(target.library) equivalent\(hint); left as written\(manual)")
        }
    }
}
