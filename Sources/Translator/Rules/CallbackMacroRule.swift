import Clang
import Reporting

/// `CUDART_CB` and `CUDA_CB` mark callbacks' calling convention: `__stdcall` on Windows, nothing
/// elsewhere. HIP has no such macro and needs none, so they go.
public struct CallbackMacroRule: Rule {
    static let macros: Set<String> = ["CUDART_CB", "CUDA_CB"]

    public static let description = RuleDescription(
        identifier: "callback-macro",
        name: "Callback calling convention",
        summary: "Removes CUDART_CB and CUDA_CB (a Windows calling convention, empty elsewhere), which HIP does not define.",
        corrections: [
            Example("""
            #include <cuda_runtime.h>
            void CUDART_CB done(cudaStream_t s, cudaError_t status, void* data);
            """, """
            #include <hip/hip_runtime.h>
            void done(hipStream_t s, hipError_t status, void* data);
            """, fileName: "callback.h"),
        ],
        nonTriggering: [
            Example("""
            #include <hip/hip_runtime.h>
            void done(hipStream_t s, hipError_t status, void* data);
            """, fileName: "done.h"),
        ])

    public static var specialNames: Set<String> { macros }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        let bytes = stream.source.bytes
        for token in stream.tokens where token.kind == .identifier && Self.macros.contains(token.spelling) {
            output.references.found += 1
            output.references.converted += 1
            var end = token.range.end.value
            while end < bytes.count, bytes[end] == UInt8(ascii: " ") || bytes[end] == UInt8(ascii: "\t") { end += 1 }
            output.edit(ByteRange(start: token.range.start.value, end: end), "", rule: identifier)
        }
    }
}
