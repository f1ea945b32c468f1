import Clang
import Reporting

/// CUDA's runtime declares default values for some trailing parameters that HIP's counterparts
/// require (`cudaStreamWaitEvent(stream, event)` means flags 0; HIP wants all three). A call that
/// leaves them out gets CUDA's defaults written out, which every HIP release accepts.
public struct DefaultArgumentRule: Rule {
    /// CUDA function → (arguments a call leaves out when it relies on the defaults, the text that
    /// spells the defaults out). From comparing cu2hip's CUDA declarations (`__dv(...)`) with HIP's.
    static let defaults: [String: (given: Int, appended: String)] = [
        "cudaStreamWaitEvent": (2, "0"),
        "cudaMalloc3DArray": (3, "0"),
        "cudaGraphInstantiateWithFlags": (2, "0"),
        // CUDA 12's form; HIP keeps CUDA 11's error-node, log-buffer and size parameters.
        "cudaGraphInstantiate": (2, "nullptr, nullptr, 0"),
    ]

    public static let description = RuleDescription(
        identifier: "default-arguments",
        name: "Default arguments",
        summary: "Writes out CUDA's default trailing arguments where the HIP function has no default (cudaStreamWaitEvent's flags, CUDA 12's two-argument cudaGraphInstantiate).",
        corrections: [
            Example("""
            #include <cuda_runtime.h>
            void order(cudaStream_t s, cudaEvent_t e, cudaGraph_t g, cudaGraphExec_t* x) {
                cudaStreamWaitEvent(s, e);
                cudaStreamWaitEvent(s, e, 0);
                cudaGraphInstantiate(x, g);
            }
            """, """
            #include <hip/hip_runtime.h>
            void order(hipStream_t s, hipEvent_t e, hipGraph_t g, hipGraphExec_t* x) {
                hipStreamWaitEvent(s, e, 0);
                hipStreamWaitEvent(s, e, 0);
                hipGraphInstantiate(x, g, nullptr, nullptr, 0);
            }
            """, fileName: "order.cpp"),
        ],
        nonTriggering: [
            Example("""
            #include <hip/hip_runtime.h>
            void order(hipStream_t s, hipEvent_t e) { hipStreamWaitEvent(s, e, 0); }
            """, fileName: "done.cpp"),
        ])

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier {
            guard let (given, appended) = Self.defaults[token.spelling], let call = stream.call(at: token.index),
                  call.arguments.count == given, let last = call.arguments.last?.last else { continue }
            output.insert(at: stream[last].range.end, ", " + appended, rule: identifier)
        }
    }
}
