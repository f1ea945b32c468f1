import Clang
import Mapping
import Reporting

/// CUDA enums whose HIP/ROCm counterparts use other numbers (hipBLAS's `HIPBLAS_OP_N` is 111,
/// not 0; MIOpen's `miopenFloat` is 1, not 0). A rename keeps names right, but an integer cast to
/// such an enum would silently change meaning: a literal is replaced by the enumerator it meant,
/// anything else is reported.
public struct EnumValueRule: Rule {
    /// CUDA enum type → CUDA value → CUDA enumerator. Values from the CUDA headers.
    static let values: [String: [UInt64: String]] = [
        "cublasOperation_t": [0: "CUBLAS_OP_N", 1: "CUBLAS_OP_T", 2: "CUBLAS_OP_C"],
        "cublasFillMode_t": [0: "CUBLAS_FILL_MODE_LOWER", 1: "CUBLAS_FILL_MODE_UPPER", 2: "CUBLAS_FILL_MODE_FULL"],
        "cublasDiagType_t": [0: "CUBLAS_DIAG_NON_UNIT", 1: "CUBLAS_DIAG_UNIT"],
        "cublasSideMode_t": [0: "CUBLAS_SIDE_LEFT", 1: "CUBLAS_SIDE_RIGHT"],
        "cudnnDataType_t": [0: "CUDNN_DATA_FLOAT", 1: "CUDNN_DATA_DOUBLE", 2: "CUDNN_DATA_HALF", 3: "CUDNN_DATA_INT8", 4: "CUDNN_DATA_INT32"],
        "cudnnActivationMode_t": [0: "CUDNN_ACTIVATION_SIGMOID", 1: "CUDNN_ACTIVATION_RELU", 2: "CUDNN_ACTIVATION_TANH",
                                  3: "CUDNN_ACTIVATION_CLIPPED_RELU", 4: "CUDNN_ACTIVATION_ELU"],
        "cudnnPoolingMode_t": [0: "CUDNN_POOLING_MAX", 1: "CUDNN_POOLING_AVERAGE_COUNT_INCLUDE_PADDING",
                               2: "CUDNN_POOLING_AVERAGE_COUNT_EXCLUDE_PADDING"],
    ]

    public static let description = RuleDescription(
        identifier: "enum-value",
        name: "Enum values",
        summary: "Replaces integer literals cast to CUDA enums whose HIP values differ (cuBLAS operations, fill modes, cuDNN data types, ...) by the enumerator they meant; reports non-literal casts.",
        corrections: [
            Example("""
            #include <cublas_v2.h>
            void f(cublasHandle_t h, bool t) {
                cublasOperation_t op = (cublasOperation_t)1;
                cublasFillMode_t fill = static_cast<cublasFillMode_t>(0);
                cublasOperation_t runtime = static_cast<cublasOperation_t>(t);
            }
            """, """
            #include <hipblas/hipblas.h>
            void f(hipblasHandle_t h, bool t) {
                hipblasOperation_t op = HIPBLAS_OP_T;
                hipblasFillMode_t fill = HIPBLAS_FILL_MODE_LOWER;
                hipblasOperation_t runtime = static_cast<hipblasOperation_t>(t);
            }
            """, fileName: "ops.cpp", reports: ["5: integer converted to 'cublasOperation_t'"]),
        ],
        nonTriggering: [
            Example("""
            #include <hipblas/hipblas.h>
            void f() { hipblasOperation_t op = HIPBLAS_OP_T; int n = (int)3; (void)op; (void)n; }
            """, fileName: "done.cpp"),
        ])

    public static var specialNames: Set<String> { Set(values.keys) }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier {
            guard let table = Self.values[token.spelling], let cast = castExpression(around: token.index, stream) else { continue }
            let operand = cast.operandFirst == cast.operandLast && stream[cast.operandFirst].kind == .literal
                ? WarpSyncRule.integerValue(stream[cast.operandFirst].spelling) : nil
            if let value = operand, let enumerator = table[value], let entry = context.database.entry(for: enumerator),
               case let .available(name, _) = TargetResolver.resolve(entry, rocmVersion: context.options.rocmVersion,
                                                                       libraries: context.options.libraries) {
                output.references.found += 1
                output.references.converted += 1
                output.edit(stream.range(from: cast.first, to: cast.last), name, rule: identifier)
                output.claim(from: cast.first, through: cast.last, in: stream)
            } else {
                output.report(token.range.start, .warning, rule: identifier,
                              "integer converted to '\(token.spelling)': its HIP/ROCm counterpart numbers its values differently; needs manual work",
                              name: token.spelling)
            }
        }
    }

    struct Cast {
        var first: Int
        var last: Int
        var operandFirst: Int
        var operandLast: Int
    }

    /// `(T)x`, `(T)(x)`, `static_cast<T>(x)` or `T(x)` with the type name at `typeIndex`.
    private func castExpression(around typeIndex: Int, _ stream: TokenStream) -> Cast? {
        guard let before = stream.previous(before: typeIndex), let after = stream.next(after: typeIndex) else { return nil }
        // static_cast<T>(x)
        if stream[before].spelling == "<", let keyword = stream.previous(before: before),
           stream[keyword].spelling == "static_cast", stream[after].spelling == ">",
           let open = stream.next(after: after), stream[open].spelling == "(", let close = stream.matchingClose(of: open),
           let first = stream.next(after: open), let last = stream.previous(before: close), first <= last {
            return Cast(first: keyword, last: close, operandFirst: first, operandLast: last)
        }
        // (T)x or (T)(x)
        if stream[before].spelling == "(", stream[after].spelling == ")", let next = stream.next(after: after) {
            if stream[next].spelling == "(", let close = stream.matchingClose(of: next),
               let first = stream.next(after: next), let last = stream.previous(before: close), first <= last {
                return Cast(first: before, last: close, operandFirst: first, operandLast: last)
            }
            if stream[next].kind == .literal || stream[next].kind == .identifier {
                return Cast(first: before, last: next, operandFirst: next, operandLast: next)
            }
            return nil
        }
        // T(x), but not a declaration `T name(...)`
        if stream[after].spelling == "(", let close = stream.matchingClose(of: after),
           let first = stream.next(after: after), let last = stream.previous(before: close), first <= last,
           ![".", "->", "::"].contains(stream[before].spelling) {
            return Cast(first: typeIndex, last: close, operandFirst: first, operandLast: last)
        }
        return nil
    }
}
