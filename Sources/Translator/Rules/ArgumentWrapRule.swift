import Clang

/// Shared machinery for rules that wrap one argument of a known CUDA call.
protocol ArgumentWrapRule: Rule {
    /// CUDA function name → index of the argument to wrap.
    static var argumentPositions: [String: Int] { get }
    /// Text placed before and after the argument.
    static var prefix: String { get }
    static var suffix: String { get }
    /// The argument already has the wrapping (or an equivalent), so it stays.
    func isAlreadyWrapped(first: Int, last: Int, _ stream: TokenStream) -> Bool
}

extension ArgumentWrapRule {
    public static var specialNames: Set<String> { Set(argumentPositions.keys) }

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        for token in stream.tokens where token.kind == .identifier {
            guard let position = Self.argumentPositions[token.spelling], let call = stream.call(at: token.index),
                  position < call.arguments.count,
                  let first = call.arguments[position].first, let last = call.arguments[position].last,
                  !isAlreadyWrapped(first: first, last: last, stream) else { continue }
            output.insert(at: stream[first].range.start, Self.prefix, rule: identifier)
            output.insert(at: stream[last].range.end, Self.suffix, rule: identifier)
        }
    }
}

/// Symbol APIs take the device symbol through `HIP_SYMBOL(...)` in HIP.
public struct SymbolArgumentRule: ArgumentWrapRule {
    static let argumentPositions: [String: Int] = [
        "cudaMemcpyToSymbol": 0, "cudaMemcpyToSymbolAsync": 0,
        "cudaMemcpyFromSymbol": 1, "cudaMemcpyFromSymbolAsync": 1,
        "cudaGetSymbolAddress": 1, "cudaGetSymbolSize": 1,
    ]
    static let prefix = "HIP_SYMBOL("
    static let suffix = ")"

    public static let description = RuleDescription(
        identifier: "hip-symbol",
        name: "Device symbols",
        summary: "Wraps the device symbol of cudaMemcpyToSymbol and its relatives in HIP_SYMBOL(...).",
        corrections: [
            Example("""
            __constant__ float coeffs[4];
            void load(const float* h, float* back) {
                cudaMemcpyToSymbol(coeffs, h, sizeof(coeffs));
                cudaMemcpyFromSymbol(back, coeffs, sizeof(coeffs), 0, cudaMemcpyDeviceToHost);
            }
            """, """
            #include <hip/hip_runtime.h>
            __constant__ float coeffs[4];
            void load(const float* h, float* back) {
                hipMemcpyToSymbol(HIP_SYMBOL(coeffs), h, sizeof(coeffs));
                hipMemcpyFromSymbol(back, HIP_SYMBOL(coeffs), sizeof(coeffs), 0, hipMemcpyDeviceToHost);
            }
            """),
        ],
        nonTriggering: [
            Example("""
            #include <hip/hip_runtime.h>
            __constant__ float c[4];
            void load(const float* h) { hipMemcpyToSymbol(HIP_SYMBOL(c), h, sizeof(c)); }
            """),
        ])

    public init() {}

    func isAlreadyWrapped(first: Int, last: Int, _ stream: TokenStream) -> Bool {
        stream[first].spelling == "HIP_SYMBOL"
    }
}

/// APIs that take a kernel as `const void*` in HIP need the function pointer cast.
public struct KernelPointerCastRule: ArgumentWrapRule {
    static let argumentPositions: [String: Int] = [
        "cudaFuncSetAttribute": 0, "cudaFuncGetAttributes": 1, "cudaFuncSetCacheConfig": 0,
        "cudaFuncSetSharedMemConfig": 0, "cudaLaunchKernel": 0, "cudaLaunchCooperativeKernel": 0,
        "cudaOccupancyMaxActiveBlocksPerMultiprocessor": 1,
        "cudaOccupancyMaxActiveBlocksPerMultiprocessorWithFlags": 1,
        "cudaOccupancyMaxPotentialBlockSize": 2, "cudaOccupancyMaxPotentialBlockSizeWithFlags": 2,
    ]
    static let prefix = "reinterpret_cast<const void*>("
    static let suffix = ")"

    public static let description = RuleDescription(
        identifier: "kernel-pointer-cast",
        name: "Kernel pointer casts",
        summary: "Casts the kernel passed to cudaFuncSetAttribute, cudaFuncGetAttributes, cudaLaunchKernel and the occupancy APIs to const void*, as HIP's C API takes it.",
        corrections: [
            Example("""
            __global__ void k(float* x) {}
            void tune() {
                cudaFuncSetAttribute(k, cudaFuncAttributeMaxDynamicSharedMemorySize, 65536);
                cudaFuncAttributes attr; cudaFuncGetAttributes(&attr, k);
                int blocks; cudaOccupancyMaxActiveBlocksPerMultiprocessor(&blocks, k, 256, 0);
            }
            """, """
            #include <hip/hip_runtime.h>
            __global__ void k(float* x) {}
            void tune() {
                hipFuncSetAttribute(reinterpret_cast<const void*>(k), hipFuncAttributeMaxDynamicSharedMemorySize, 65536);
                hipFuncAttributes attr; hipFuncGetAttributes(&attr, reinterpret_cast<const void*>(k));
                int blocks; hipOccupancyMaxActiveBlocksPerMultiprocessor(&blocks, reinterpret_cast<const void*>(k), 256, 0);
            }
            """),
        ],
        nonTriggering: [
            Example("""
            #include <hip/hip_runtime.h>
            __global__ void k(float* x) {}
            void tune() { hipFuncSetAttribute(reinterpret_cast<const void*>(k), hipFuncAttributeMaxDynamicSharedMemorySize, 0); }
            """),
        ])

    public init() {}

    func isAlreadyWrapped(first: Int, last: Int, _ stream: TokenStream) -> Bool {
        let spelling = stream[first].spelling
        if spelling == "reinterpret_cast" || spelling == "static_cast" { return true }
        // (const void*)k or (void*)k
        if spelling == "(", let next = stream.next(after: first), ["const", "void"].contains(stream[next].spelling) { return true }
        return false
    }
}

/// CUDA's runtime adds C++ templates that take any `T**` for some allocation calls; HIP declares
/// only `void**` for these (its templates cover hipMalloc, hipHostMalloc and hipMallocManaged),
/// so the pointer's address is cast the way CUDA's template casts it.
public struct VoidPointerArgumentRule: ArgumentWrapRule {
    static let argumentPositions: [String: Int] = [
        "cudaHostAlloc": 0, "cudaHostGetDevicePointer": 0, "cudaMallocPitch": 0,
    ]
    static let prefix = "(void**)("
    static let suffix = ")"

    public static let description = RuleDescription(
        identifier: "void-pointer-argument",
        name: "Typed allocation pointers",
        summary: "Casts the T** of cudaHostAlloc, cudaHostGetDevicePointer and cudaMallocPitch to void**, as CUDA's C++ templates do; HIP declares only void**.",
        corrections: [
            Example("""
            #include <cuda_runtime.h>
            void pin(float** host, float** device, size_t* pitch) {
                cudaHostAlloc(&host[0], 64, cudaHostAllocMapped);
                cudaHostGetDevicePointer(device, host[0], 0);
                cudaMallocPitch((void**)device, pitch, 64, 4);
            }
            """, """
            #include <hip/hip_runtime.h>
            void pin(float** host, float** device, size_t* pitch) {
                hipHostAlloc((void**)(&host[0]), 64, hipHostMallocMapped);
                hipHostGetDevicePointer((void**)(device), host[0], 0);
                hipMallocPitch((void**)device, pitch, 64, 4);
            }
            """, fileName: "pinned.cpp"),
        ],
        nonTriggering: [
            Example("""
            #include <hip/hip_runtime.h>
            void pin(void** host) { hipHostAlloc(host, 64, 0); }
            """, fileName: "done.cpp"),
        ])

    public init() {}

    /// Already a cast to `void**`: `(void**)x` or `(void **)(x)`.
    func isAlreadyWrapped(first: Int, last: Int, _ stream: TokenStream) -> Bool {
        let spellings = (first...min(last, first + 4)).map { stream[$0].spelling }
        return spellings == ["(", "void", "*", "*", ")"] || spellings.starts(with: ["(", "void", "**"])
    }
}
