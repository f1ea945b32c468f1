import Clang
import Reporting

/// Operators on vector types. CUDA's `float4` and friends have no arithmetic operators, so CUDA
/// projects define their own (cuda-samples' helper_math.h). HIP's vector types
/// (hip_vector_types.h) already define them, so with hipcc every use of the operator becomes
/// ambiguous. This rule reports each declaration or definition of such an operator whose
/// parameters are vector types (and built-in scalars); it changes nothing.
public struct VectorOperatorRule: Rule {
    /// Operators hip_vector_types.h defines for its vector types.
    static let operators: Set<String> = [
        "+", "-", "*", "/", "%", "+=", "-=", "*=", "/=", "%=", "==", "!=",
        "&", "|", "^", "<<", ">>", "&=", "|=", "^=", "<<=", ">>=", "++", "--", "~",
    ]
    /// Element types of the CUDA/HIP vector types (`float4`, `ulonglong2`, ...).
    static let elementTypes: Set<String> = [
        "char", "uchar", "short", "ushort", "int", "uint", "long", "ulong",
        "longlong", "ulonglong", "float", "double",
    ]
    /// Words a parameter of built-in scalar type may consist of (besides its name).
    static let scalarWords: Set<String> = [
        "const", "volatile", "unsigned", "signed", "char", "short", "int", "long", "float", "double",
        "bool", "size_t", "uint", "__restrict__",
    ]

    public static let description = RuleDescription(
        identifier: "vector-operator",
        name: "Vector type operators",
        summary: "Reports operators defined on CUDA vector types (float4 + float4, as in helper_math.h): HIP's vector types already define them, so hipcc finds every use ambiguous.",
        corrections: [
            Example("""
            inline __host__ __device__ float4 operator+(float4 a, float4 b) {
                return make_float4(a.x + b.x, a.y + b.y, a.z + b.z, a.w + b.w);
            }
            inline __host__ __device__ void operator+=(float4 &a, const float4 &b) { a = a + b; }
            inline __host__ __device__ int2 operator*(int2 a, int s) { return make_int2(a.x * s, a.y * s); }
            inline __host__ __device__ uint3 operator-(uint3 &a);
            """, """
            inline __host__ __device__ float4 operator+(float4 a, float4 b) {
                return make_float4(a.x + b.x, a.y + b.y, a.z + b.z, a.w + b.w);
            }
            inline __host__ __device__ void operator+=(float4 &a, const float4 &b) { a = a + b; }
            inline __host__ __device__ int2 operator*(int2 a, int s) { return make_int2(a.x * s, a.y * s); }
            inline __host__ __device__ uint3 operator-(uint3 &a);
            """, fileName: "helper_math.h", reports: [
                "1: HIP's vector types (hip_vector_types.h) already define operator+ for float4",
                "4: already define operator+= for float4",
                "5: already define operator* for int2",
                "6: already define operator- for uint3",
            ]),
        ],
        nonTriggering: [
            Example("""
            struct Vec { float x, y; };
            inline __host__ __device__ Vec operator+(Vec a, Vec b) { return {a.x + b.x, a.y + b.y}; }
            inline __host__ __device__ Vec operator*(Vec a, float4 b) { return {a.x * b.x, a.y * b.y}; }
            inline __host__ __device__ bool operator<(float2 a, float2 b) { return a.x < b.x; }
            inline float4 sum(float4 a, float4 b) { return a.operator+(b); }
            """, fileName: "vec.h"),
        ])

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where token.spelling == "operator" && token.kind == .keyword {
            if let before = stream.previous(before: token.index), [".", "->"].contains(stream[before].spelling) { continue }
            guard let symbol = stream.next(after: token.index), Self.operators.contains(stream[symbol].spelling),
                  let call = stream.call(at: symbol), !call.arguments.isEmpty else { continue }
            var vectorType: String?
            var onlyVectorsAndScalars = true
            for argument in call.arguments {
                guard let first = argument.first, let last = argument.last else { onlyVectorsAndScalars = false; break }
                var words: [String] = []
                var index = first
                while true {
                    let piece = stream[index]
                    if piece.kind == .identifier || piece.kind == .keyword { words.append(piece.spelling) }
                    guard index != last, let following = stream.next(after: index) else { break }
                    index = following
                }
                if let vector = words.first(where: Self.isVectorType) {
                    vectorType = vectorType ?? vector
                    continue
                }
                // A scalar parameter: built-in words, then perhaps its name.
                let typeWords = words.count > 1 && !Self.scalarWords.contains(words.last!) ? words.dropLast() : words[...]
                if typeWords.isEmpty || !typeWords.allSatisfy(Self.scalarWords.contains) {
                    onlyVectorsAndScalars = false
                    break
                }
            }
            guard onlyVectorsAndScalars, let vectorType else { continue }
            let name = "operator" + stream[symbol].spelling
            output.report(token.range.start, .warning, rule: identifier,
                          "HIP's vector types (hip_vector_types.h) already define \(name) for \(vectorType); a second definition makes its uses ambiguous with hipcc (cuda-samples' helper_math.h is the usual case): keep only one, e.g. wrap these definitions in #if !defined(__HIP_PLATFORM_AMD__)",
                          name: name)
        }
    }

    /// True for a CUDA/HIP vector type name: an element type and a width 1 to 4 (`float4`).
    static func isVectorType(_ name: String) -> Bool {
        guard let width = name.last, ("1"..."4").contains(width) else { return false }
        return elementTypes.contains(String(name.dropLast()))
    }
}
