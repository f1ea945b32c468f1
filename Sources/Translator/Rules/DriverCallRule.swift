import Clang
import Reporting

/// Driver-API calls whose HIP form takes other arguments. The occupancy calculators take no
/// block-size-to-shared-memory callback in HIP: a null callback is dropped, any other is reported.
/// CUDA 12.5's four-argument `cuCtxCreate` (with `CUctxCreateParams`) has no HIP form. Casts to
/// `CUdeviceptr`, an integer in CUDA but a pointer in HIP, are reported.
public struct DriverCallRule: Rule {
    private static let nullCallback: Set<String> = ["0", "NULL", "nullptr"]

    static let rewrites: [String: CallRewrite] = Dictionary(uniqueKeysWithValues: [
        // (minGrid*, blockSize*, func, callback, dynamicSMem, blockSizeLimit) → without the callback
        CallRewrite(cuda: "cuOccupancyMaxPotentialBlockSize", target: "hipModuleOccupancyMaxPotentialBlockSize", arity: 6,
                    arguments: [0, 1, 2, 4, 5].map { .argument($0) }, requires: [3: nullCallback]),
        // (..., dynamicSMem, blockSizeLimit, flags) → without the callback
        CallRewrite(cuda: "cuOccupancyMaxPotentialBlockSizeWithFlags", target: "hipModuleOccupancyMaxPotentialBlockSizeWithFlags", arity: 7,
                    arguments: [0, 1, 2, 4, 5, 6].map { .argument($0) }, requires: [3: nullCallback]),
    ].map { ($0.cuda, $0) })

    public static let description = RuleDescription(
        identifier: "driver-call",
        name: "Driver calls with other HIP arguments",
        summary: "Drops the null block-size callback of cuOccupancyMaxPotentialBlockSize[WithFlags] for hipModuleOccupancy*; reports a non-null callback, the four-argument cuCtxCreate of CUDA 12.5, casts to CUdeviceptr (a pointer in HIP) and overloads for CUresult and cudaError_t (one type in HIP).",
        corrections: [
            Example("""
            #include <cuda.h>
            void tune(CUfunction f, CUcontext* ctx, CUdevice dev, CUctxCreateParams* params) {
                int grid = 0, block = 0;
                cuOccupancyMaxPotentialBlockSize(&grid, &block, f, 0, 1024, 0);
                cuOccupancyMaxPotentialBlockSizeWithFlags(&grid, &block, f, nullptr, 0, 256, CU_OCCUPANCY_DEFAULT);
                cuCtxCreate(ctx, params, 0, dev);
                char args[16];
                *reinterpret_cast<CUdeviceptr*>(args) = (CUdeviceptr)sizeof(args);
            }
            """, """
            #include <hip/hip_runtime.h>
            void tune(hipFunction_t f, hipCtx_t* ctx, hipDevice_t dev, CUctxCreateParams* params) {
                int grid = 0, block = 0;
                hipModuleOccupancyMaxPotentialBlockSize(&grid, &block, f, 1024, 0);
                hipModuleOccupancyMaxPotentialBlockSizeWithFlags(&grid, &block, f, 0, 256, hipOccupancyDefault);
                cuCtxCreate(ctx, params, 0, dev);
                char args[16];
                *reinterpret_cast<hipDeviceptr_t*>(args) = (hipDeviceptr_t)sizeof(args);
            }
            """, fileName: "driver.cpp", reports: ["6: 'cuCtxCreate' with CUctxCreateParams", "8: a cast to 'CUdeviceptr'"]),
            Example("""
            #include <cuda.h>
            #include <cuda_runtime.h>
            static const char* describe(cudaError_t error) { return cudaGetErrorName(error); }
            static const char* describe(CUresult error) { return error == CUDA_SUCCESS ? "ok" : "failed"; }
            """, """
            #include <hip/hip_runtime.h>
            static const char* describe(hipError_t error) { return hipGetErrorName(error); }
            static const char* describe(hipError_t error) { return error == hipSuccess ? "ok" : "failed"; }
            """, fileName: "errors.cpp", reports: ["4: 'describe' is overloaded for CUresult and cudaError_t"]),
        ],
        nonTriggering: [
            Example("""
            #include <hip/hip_runtime.h>
            void make(hipCtx_t* ctx, hipDevice_t dev) { hipCtxCreate(ctx, 0, dev); }
            """, fileName: "done.cpp"),
        ])

    /// The error types both become `hipError_t`: overloads like helper_cuda.h's
    /// `_cudaGetErrorEnum(cudaError_t)` and `_cudaGetErrorEnum(CUresult)` turn into one function
    /// defined twice. Found by name: `f(CUresult ...)` and `f(cudaError_t ...)` in one file.
    private func reportCollidingOverloads(_ stream: TokenStream, _ output: inout RuleOutput) {
        var byType: [String: [String: Int]] = ["CUresult": [:], "cudaError_t": [:]]
        for token in stream.tokens where token.kind == .identifier && byType[token.spelling] != nil && token.directive == nil {
            var open = stream.previous(before: token.index)
            if let index = open, stream[index].spelling == "const" { open = stream.previous(before: index) }
            guard let paren = open, stream[paren].spelling == "(", let name = stream.previous(before: paren),
                  stream[name].kind == .identifier, let before = stream.previous(before: name),
                  [.identifier, .keyword].contains(stream[before].kind) || stream[before].spelling == "*" else { continue }
            // A declaration or definition: the parameter is followed by a name, `)` or `,`.
            if byType[token.spelling]![stream[name].spelling] == nil { byType[token.spelling]![stream[name].spelling] = name }
        }
        for (function, index) in byType["CUresult"]!.sorted(by: { $0.value < $1.value }) where byType["cudaError_t"]![function] != nil {
            output.report(stream[index].range.start, .warning, rule: identifier,
                          "'\(function)' is overloaded for CUresult and cudaError_t, which are both hipError_t in HIP: the two become one function defined twice; keep one",
                          name: function)
        }
    }

    /// `reinterpret_cast<CUdeviceptr*>(…)`, `static_cast<CUdeviceptr>(…)`, `(CUdeviceptr)x`, `(CUdeviceptr*)p`.
    private func isCastTarget(_ index: Int, _ stream: TokenStream) -> Bool {
        guard let previous = stream.previous(before: index) else { return false }
        if stream[previous].spelling == "<", let cast = stream.previous(before: previous) {
            return stream[cast].spelling.hasSuffix("_cast")
        }
        guard stream[previous].spelling == "(", var next = stream.next(after: index) else { return false }
        while stream[next].spelling == "*", let after = stream.next(after: next) { next = after }
        guard stream[next].spelling == ")", let operand = stream.next(after: next) else { return false }
        // `(CUdeviceptr)x` or `(CUdeviceptr*)&y`, not a parenthesised type in `sizeof(CUdeviceptr)`.
        return [.identifier, .literal].contains(stream[operand].kind) || ["&", "("].contains(stream[operand].spelling)
    }

    public static var specialNames: Set<String> { Set(rewrites.keys).union(["cuCtxCreate"]) }

    public static func writtenName(for name: String) -> String? { rewrites[name]?.target }

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        CallRewriter(rewrites: Self.rewrites, rule: identifier).apply(context, &output)
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier && token.spelling == "CUdeviceptr" && isCastTarget(token.index, stream) {
            output.report(token.range.start, .warning, rule: identifier,
                          "a cast to 'CUdeviceptr': it is an integer in CUDA but 'hipDeviceptr_t' is a pointer (void*) in HIP, so integer values and arithmetic through it need other types (uintptr_t, char*)",
                          name: token.spelling)
        }
        reportCollidingOverloads(stream, &output)
        for token in stream.tokens where token.kind == .identifier && token.spelling == "cuCtxCreate" {
            guard let call = stream.call(at: token.index), call.arguments.count == 4 else { continue }
            output.claim(from: token.index, through: call.close, in: stream)
            output.references.found += 1
            output.references.unsupported += 1
            output.report(token.range.start, .warning, rule: identifier,
                          "'cuCtxCreate' with CUctxCreateParams (CUDA 12.5's form) has no HIP equivalent: hipCtxCreate takes (context, flags, device); drop the parameters if they are null: needs manual work",
                          name: token.spelling)
        }
    }
}
