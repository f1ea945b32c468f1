import Clang
import Mapping
import Reporting

/// rocBLAS and rocSOLVER take their own complex types (`rocblas_float_complex`,
/// `rocblas_double_complex`), where cuBLAS and cuSOLVER take `cuComplex`/`cuDoubleComplex`, which
/// cu2hip writes as HIP's `hipComplex`/`hipDoubleComplex` (two floats or doubles, the same layout).
/// Under `--blas rocblas` / `--solver rocsolver`, each argument a renamed call passes for a complex
/// pointer parameter is cast to the ROCm library's pointer type, so the rest of the code keeps
/// HIP's complex type and its functions (`hipCaddf`, ...). A complex parameter taken by value has
/// no such cast and is reported.
public struct ComplexArgumentRule: Rule {
    /// CUDA complex type → the ROCm libraries' type.
    static let complexTypes: [String: String] = [
        "cuComplex": "rocblas_float_complex",
        "cuFloatComplex": "rocblas_float_complex",
        "cuDoubleComplex": "rocblas_double_complex",
    ]

    public static let description = RuleDescription(
        identifier: "complex-arguments",
        name: "Complex arguments of rocBLAS and rocSOLVER calls",
        summary: "Under --blas rocblas or --solver rocsolver, casts the cuComplex/cuDoubleComplex pointers a call passes to rocblas_float_complex/rocblas_double_complex pointers; reports complex values passed by value.",
        corrections: [
            Example("""
            #include <cublas_v2.h>
            #include <cuComplex.h>
            void axpy(cublasHandle_t h, int n, const cuComplex* x, cuComplex* y, cuDoubleComplex* z, const cuDoubleComplex* const* batch) {
                cuComplex alpha = make_cuComplex(1.0f, 0.0f);
                cublasCaxpy(h, n, &alpha, x, 1, y + 1, 1);
                cuDoubleComplex scale = make_cuDoubleComplex(2.0, 0.0);
                cublasZscal(h, n, &scale, z, 1);
                float norm = 0.0f;
                cublasScnrm2(h, n, x, 1, &norm);
            }
            """, """
            #include <rocblas/rocblas.h>
            #include <hip/hip_complex.h>
            void axpy(rocblas_handle h, int n, const hipComplex* x, hipComplex* y, hipDoubleComplex* z, const hipDoubleComplex* const* batch) {
                hipComplex alpha = make_hipComplex(1.0f, 0.0f);
                rocblas_caxpy(h, n, reinterpret_cast<const rocblas_float_complex*>(&alpha), reinterpret_cast<const rocblas_float_complex*>(x), 1, reinterpret_cast<rocblas_float_complex*>(y + 1), 1);
                hipDoubleComplex scale = make_hipDoubleComplex(2.0, 0.0);
                rocblas_zscal(h, n, reinterpret_cast<const rocblas_double_complex*>(&scale), reinterpret_cast<rocblas_double_complex*>(z), 1);
                float norm = 0.0f;
                rocblas_scnrm2(h, n, reinterpret_cast<const rocblas_float_complex*>(x), 1, &norm);
            }
            """, options: TranslationOptions(libraries: LibraryChoice(blas: .rocblas)), fileName: "complex.cpp"),
        ],
        nonTriggering: [
            // Already rocBLAS: nothing to cast.
            Example("""
            #include <rocblas/rocblas.h>
            void axpy(rocblas_handle h, int n, const rocblas_float_complex* a, const rocblas_float_complex* x, rocblas_float_complex* y) {
                rocblas_caxpy(h, n, a, x, 1, y, 1);
            }
            """, options: TranslationOptions(libraries: LibraryChoice(blas: .rocblas)), fileName: "rocblas.cpp"),
        ])

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let libraries = context.options.libraries
        guard libraries.blas == .rocblas || libraries.solver == .rocsolver else { return }
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier && !output.claimed.contains(token.index) {
            let name = token.spelling
            let library: Library
            if libraries.blas == .rocblas, name.hasPrefix("cublas"), !name.hasPrefix("cublasLt") {
                library = .cublas
            } else if libraries.solver == .rocsolver, name.hasPrefix("cusolver") {
                library = .cusolver
            } else {
                continue
            }
            guard context.database.entry(for: name).map({ $0.library == library && $0.rocName != nil }) == true,
                  let call = stream.call(at: token.index),
                  let parameters = (token.token.reference?.parameterTypes ?? stream[call.open].token.reference?.parameterTypes),
                  call.arguments.count == parameters.count else { continue }
            for (argument, parameter) in zip(call.arguments, parameters) {
                guard let first = argument.first, let last = argument.last, let cast = Self.rocmType(for: parameter) else { continue }
                output.references.found += 1
                if cast.hasSuffix("*") {
                    output.references.converted += 1
                    output.insert(at: stream[first].range.start, "reinterpret_cast<\(cast)>(", rule: identifier)
                    output.insert(at: stream[last].range.end, ")", rule: identifier)
                } else {
                    output.references.unsupported += 1
                    output.report(stream[first].range.start, .warning, rule: identifier,
                                  "argument of '\(name)' is a complex value (\(parameter)); the ROCm library takes \(cast): convert it by hand (same layout, two \(cast.contains("double") ? "doubles" : "floats"))",
                                  name: name)
                }
            }
        }
    }

    /// The ROCm library's spelling of a CUDA parameter type that involves a complex type
    /// (`const cuComplex *` → `const rocblas_float_complex*`), or nil when it involves none.
    static func rocmType(for parameter: String) -> String? {
        // clang spells the type as words and punctuation: `const cuComplex *const *`.
        var words: [String] = []
        var current = ""
        for character in parameter {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                if character == "*" { words.append("*") }
            }
        }
        if !current.isEmpty { words.append(current) }
        guard words.contains(where: { complexTypes[$0] != nil }) else { return nil }
        var text = ""
        for word in words {
            if word == "*" {
                text += "*"
            } else {
                if !text.isEmpty { text += " " }
                text += complexTypes[word] ?? word
            }
        }
        return text
    }
}
