import Clang
import Reporting

/// CUDA's `__half2` holds two `__half` members, `x` and `y`; HIP's holds the raw bits there, as
/// `unsigned short`, so `__half2float(v.x)` would convert the bit pattern as a number, silently.
/// Each use of such a member is reinterpreted as the `__half` it is in CUDA.
public struct HalfMemberRule: Rule {
    static let members: Set<String> = ["x", "y"]

    public static let description = RuleDescription(
        identifier: "half2-member",
        name: "__half2 members",
        summary: "Reads __half2's x and y as reinterpret_cast<__half&>(v.x): HIP's __half2 stores raw unsigned short bits there, CUDA's stores __half values.",
        corrections: [
            Example("""
            #include <cuda_fp16.h>
            __global__ void widen(half2* v, float* out) {
                half2 t = v[0];
                out[0] = __half2float(t.x) + __half2float(v[1].y);
                t.y = __float2half(out[1]);
            }
            """, """
            #include <hip/hip_runtime.h>
            #include <hip/hip_fp16.h>
            __global__ void widen(half2* v, float* out) {
                half2 t = v[0];
                out[0] = __half2float(reinterpret_cast<__half&>(t.x)) + __half2float(reinterpret_cast<__half&>(v[1].y));
                reinterpret_cast<__half&>(t.y) = __float2half(out[1]);
            }
            """),
        ],
        nonTriggering: [
            Example("""
            struct Pair { float x, y; };
            float sum(Pair p, const Pair* q) { return p.x + p.y + q->x; }
            """, fileName: "pair.h"),
        ])

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier && Self.members.contains(token.spelling) {
            guard let reference = token.token.reference, reference.declarationKind == "FieldDecl",
                  reference.declarationParent == "__half2", ParseSetup.isVirtualPath(reference.declarationFile),
                  let access = stream.previous(before: token.index), [".", "->"].contains(stream[access].spelling),
                  let start = stream.objectStart(before: access) else { continue }
            output.references.found += 1
            output.references.converted += 1
            output.insert(at: stream[start].range.start, "reinterpret_cast<__half&>(", rule: identifier)
            output.insert(at: token.range.end, ")", rule: identifier)
        }
    }
}
