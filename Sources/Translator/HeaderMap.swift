/// CUDA SDK headers and what replaces each in HIP/ROCm. Data, not code: one row per header.
public struct HeaderMapping: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        /// Becomes the single `hip/hip_runtime.h` include.
        case runtime
        /// Becomes the given header.
        case replace(String)
        /// Removed: HIP needs nothing in its place.
        case drop
    }

    public var cudaHeader: String
    public var action: Action
    /// The include-guard macro of the CUDA header, and the HIP header's guard that replaces it in
    /// `#if` conditions (only where the HIP header's guard is known).
    public var cudaGuard: String?
    public var hipGuard: String?
}

public enum HeaderMap {
    public static let runtimeHeader = "hip/hip_runtime.h"

    public static let rows: [HeaderMapping] = [
        HeaderMapping(cudaHeader: "builtin_types.h", action: .runtime),
        HeaderMapping(cudaHeader: "cooperative_groups.h", action: .replace("hip/hip_cooperative_groups.h")),
        HeaderMapping(cudaHeader: "cuComplex.h", action: .replace("hip/hip_complex.h"), cudaGuard: "CU_COMPLEX_H_", hipGuard: "HIP_INCLUDE_HIP_HIP_COMPLEX_H"),
        HeaderMapping(cudaHeader: "cub/cub.cuh", action: .replace("hipcub/hipcub.hpp")),
        HeaderMapping(cudaHeader: "cublas.h", action: .replace("hipblas/hipblas.h")),
        HeaderMapping(cudaHeader: "cublas_v2.h", action: .replace("hipblas/hipblas.h")),
        HeaderMapping(cudaHeader: "cuda.h", action: .runtime, cudaGuard: "__cuda_cuda_h__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_H"),
        HeaderMapping(cudaHeader: "cuda_fp16.h", action: .replace("hip/hip_fp16.h"), cudaGuard: "__CUDA_FP16_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_FP16_H"),
        HeaderMapping(cudaHeader: "cuda_profiler_api.h", action: .runtime),
        HeaderMapping(cudaHeader: "cuda_runtime.h", action: .runtime, cudaGuard: "__CUDA_RUNTIME_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_H"),
        HeaderMapping(cudaHeader: "cuda_runtime_api.h", action: .runtime, cudaGuard: "__CUDA_RUNTIME_API_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_API_H"),
        HeaderMapping(cudaHeader: "cudnn.h", action: .replace("miopen/miopen.h")),
        HeaderMapping(cudaHeader: "cufft.h", action: .replace("hipfft/hipfft.h")),
        HeaderMapping(cudaHeader: "curand.h", action: .replace("hiprand/hiprand.h")),
        HeaderMapping(cudaHeader: "curand_kernel.h", action: .replace("hiprand/hiprand_kernel.h")),
        HeaderMapping(cudaHeader: "cusolverDn.h", action: .replace("hipsolver/hipsolver.h")),
        HeaderMapping(cudaHeader: "cusparse.h", action: .replace("hipsparse/hipsparse.h")),
        HeaderMapping(cudaHeader: "device_functions.h", action: .runtime),
        HeaderMapping(cudaHeader: "device_launch_parameters.h", action: .drop, cudaGuard: "__DEVICE_LAUNCH_PARAMETERS_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_H"),
        HeaderMapping(cudaHeader: "driver_types.h", action: .replace("hip/driver_types.h"), cudaGuard: "__DRIVER_TYPES_H__", hipGuard: "HIP_INCLUDE_HIP_DRIVER_TYPES_H"),
        HeaderMapping(cudaHeader: "library_types.h", action: .replace("hip/library_types.h")),
        HeaderMapping(cudaHeader: "nvrtc.h", action: .replace("hip/hiprtc.h")),
        HeaderMapping(cudaHeader: "vector_types.h", action: .replace("hip/hip_vector_types.h"), cudaGuard: "__VECTOR_TYPES_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_VECTOR_TYPES_H"),
    ]

    private static let byHeader: [String: HeaderMapping] = Dictionary(uniqueKeysWithValues: rows.map { ($0.cudaHeader, $0) })

    /// Guard macro → HIP guard macro.
    public static let guards: [String: String] = Dictionary(uniqueKeysWithValues: rows.compactMap { row in
        guard let cudaGuard = row.cudaGuard, let hipGuard = row.hipGuard else { return nil }
        return (cudaGuard, hipGuard)
    })

    /// The mapping for a header as written in an include (`cuda_runtime.h`, `cub/cub.cuh`).
    public static func mapping(for header: String) -> HeaderMapping? { byHeader[header] }

    /// True for a header that is HIP's own (so a file including it already has HIP).
    static func isHIPRuntimeHeader(_ header: String) -> Bool {
        header == runtimeHeader
    }

    /// True for a HIP header that must come after `hip/hip_runtime.h`.
    static func isHIPHeader(_ header: String) -> Bool {
        header.hasPrefix("hip/") || header.hasPrefix("hipblas") || header.hasPrefix("hiprand") || header.hasPrefix("hipfft")
            || header.hasPrefix("hipsparse") || header.hasPrefix("hipsolver") || header.hasPrefix("hipcub") || header.hasPrefix("miopen/")
    }
}
