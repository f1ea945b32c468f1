import Clang
import Reporting

/// CUDA dynamic parallelism: kernels launched, and runtime functions called, from device code.
/// HIP has no device-side launches or runtime on AMD GPUs, so the renamed code does not compile
/// there. This rule reports each `<<<` launch and each runtime call (`cuda...`, or already
/// `hip...`) in the body of a `__global__` function or of a `__device__` function that is not
/// also `__host__`; it changes nothing.
public struct DynamicParallelismRule: Rule {
    public static let description = RuleDescription(
        identifier: "dynamic-parallelism",
        name: "Dynamic parallelism",
        summary: "Reports kernel launches and runtime API calls inside __global__ and __device__ functions (CUDA dynamic parallelism), which HIP does not support on AMD GPUs.",
        corrections: [
            Example("""
            __global__ void child(int* x) { x[threadIdx.x] = 1; }
            __global__ void parent(int* x) {
                child<<<1, 32>>>(x);
                cudaDeviceSynchronize();
            }
            __device__ void spawn(int* x) {
                cudaStream_t s;
                cudaStreamCreateWithFlags(&s, cudaStreamNonBlocking);
                child<<<1, 32, 0, s>>>(x);
            }
            void run(int* x) { parent<<<1, 1>>>(x); cudaDeviceSynchronize(); }
            """, """
            #include <hip/hip_runtime.h>
            __global__ void child(int* x) { x[threadIdx.x] = 1; }
            __global__ void parent(int* x) {
                child<<<1, 32>>>(x);
                hipDeviceSynchronize();
            }
            __device__ void spawn(int* x) {
                hipStream_t s;
                hipStreamCreateWithFlags(&s, hipStreamNonBlocking);
                child<<<1, 32, 0, s>>>(x);
            }
            void run(int* x) { parent<<<1, 1>>>(x); hipDeviceSynchronize(); }
            """, reports: [
                "3: kernel launched from device code",
                "4: 'cudaDeviceSynchronize' called from device code",
                "8: 'cudaStreamCreateWithFlags' called from device code",
                "9: kernel launched from device code",
            ]),
        ],
        nonTriggering: [
            Example("""
            #include <hip/hip_runtime.h>
            __global__ void child(int* x) { x[threadIdx.x] = 1; }
            __device__ int arr[] = {1, 2};
            __host__ __device__ void check() { hipGetLastError(); }
            __device__ __host__ inline int twice(int v) { return 2 * v; }
            void run(int* x) { child<<<1, 32>>>(x); hipDeviceSynchronize(); }
            """, fileName: "host.cpp"),
        ])

    public init() {}

    public func apply(_ context: RuleContext, _ output: inout RuleOutput) {
        let stream = context.stream
        var index = 0
        while index < stream.count {
            let token = stream[index]
            guard token.directive == nil, token.spelling == "__global__" || token.spelling == "__device__",
                  let (open, close, isDevice) = function(qualifiedAt: index, stream) else {
                index += 1
                continue
            }
            if isDevice { scan(from: open, to: close, stream, &output) }
            index = close + 1
        }
    }

    /// The body (`{` and `}` indices) of the function whose declaration holds the qualifier at
    /// `qualifier`, and whether it runs only on the device; nil for a declaration without body or
    /// a variable.
    private func function(qualifiedAt qualifier: Int, _ stream: TokenStream) -> (Int, Int, Bool)? {
        var qualifiers: Set<String> = [stream[qualifier].spelling]
        // Back to the start of the declaration for qualifiers written before this one.
        var back = stream.previous(before: qualifier)
        while let index = back, ![";", "{", "}"].contains(stream[index].spelling) {
            qualifiers.insert(stream[index].spelling)
            back = stream.previous(before: index)
        }
        var sawParameters = false
        var cursor = stream.next(after: qualifier)
        while let index = cursor {
            let spelling = stream[index].spelling
            switch spelling {
            case "(", "[":
                guard let close = stream.matchingClose(of: index) else { return nil }
                sawParameters = sawParameters || spelling == "("
                cursor = stream.next(after: close)
                continue
            case ";", "}": return nil
            case "=":
                if let before = stream.previous(before: index), stream[before].spelling == "operator" { break }
                return nil
            case "{":
                guard sawParameters, let close = stream.matchingClose(of: index) else { return nil }
                let isDevice = qualifiers.contains("__global__") || !qualifiers.contains("__host__")
                return (index, close, isDevice)
            default:
                qualifiers.insert(spelling)
            }
            cursor = stream.next(after: index)
        }
        return nil
    }

    private func scan(from open: Int, to close: Int, _ stream: TokenStream, _ output: inout RuleOutput) {
        var cursor = stream.next(after: open)
        while let index = cursor, index < close {
            let token = stream[index]
            if token.kind == .punctuation, token.spelling == "<<<" {
                output.report(token.range.start, .warning, rule: identifier,
                              "kernel launched from device code: CUDA dynamic parallelism (device-side launches and runtime calls) has no HIP equivalent on AMD GPUs; move the launch to the host")
            } else if token.kind == .identifier, Self.isRuntimeName(token.spelling),
                      let next = stream.next(after: index), stream[next].spelling == "(" {
                output.report(token.range.start, .warning, rule: identifier,
                              "'\(token.spelling)' called from device code: CUDA dynamic parallelism (device-side launches and runtime calls) has no HIP equivalent on AMD GPUs; move the call to the host",
                              name: token.spelling)
            }
            cursor = stream.next(after: index)
        }
    }

    /// `cudaMalloc`, `hipDeviceSynchronize`: the runtime prefix, then a capital letter.
    static func isRuntimeName(_ name: String) -> Bool {
        for prefix in ["cuda", "hip"] where name.hasPrefix(prefix) {
            if let letter = name.dropFirst(prefix.count).first, letter.isASCII, letter.isUppercase { return true }
        }
        return false
    }
}
