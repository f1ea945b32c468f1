import Mapping

/// CUDA SDK headers and what replaces each in HIP/ROCm. Data, not code: one row per header.
public struct HeaderMapping: Sendable, Hashable {
    public enum Action: Sendable, Hashable {
        /// Becomes the single `hip/hip_runtime.h` include.
        case runtime
        /// Becomes the given header.
        case replace(String)
        /// Becomes the main header of the library chosen for this CUDA library (`--blas`, ...);
        /// `kernelSide` picks the device-side header where a library has one (curand_kernel.h).
        case library(Library, kernelSide: Bool)
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
        HeaderMapping(cudaHeader: "cub/cub.cuh", action: .library(.cub, kernelSide: false)),
        HeaderMapping(cudaHeader: "cublas.h", action: .library(.cublas, kernelSide: false)),
        HeaderMapping(cudaHeader: "cublas_v2.h", action: .library(.cublas, kernelSide: false)),
        HeaderMapping(cudaHeader: "cuda.h", action: .runtime, cudaGuard: "__cuda_cuda_h__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_H"),
        HeaderMapping(cudaHeader: "cuda_fp16.h", action: .replace("hip/hip_fp16.h"), cudaGuard: "__CUDA_FP16_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_FP16_H"),
        HeaderMapping(cudaHeader: "cuda_profiler_api.h", action: .runtime),
        HeaderMapping(cudaHeader: "cuda_runtime.h", action: .runtime, cudaGuard: "__CUDA_RUNTIME_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_H"),
        HeaderMapping(cudaHeader: "cuda_runtime_api.h", action: .runtime, cudaGuard: "__CUDA_RUNTIME_API_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_API_H"),
        HeaderMapping(cudaHeader: "cudnn.h", action: .library(.cudnn, kernelSide: false)),
        HeaderMapping(cudaHeader: "cufft.h", action: .library(.cufft, kernelSide: false)),
        HeaderMapping(cudaHeader: "curand.h", action: .library(.curand, kernelSide: false)),
        HeaderMapping(cudaHeader: "curand_kernel.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "cusolverDn.h", action: .library(.cusolver, kernelSide: false)),
        HeaderMapping(cudaHeader: "cusparse.h", action: .library(.cusparse, kernelSide: false)),
        HeaderMapping(cudaHeader: "device_functions.h", action: .runtime),
        HeaderMapping(cudaHeader: "device_launch_parameters.h", action: .drop, cudaGuard: "__DEVICE_LAUNCH_PARAMETERS_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_H"),
        HeaderMapping(cudaHeader: "driver_types.h", action: .replace("hip/driver_types.h"), cudaGuard: "__DRIVER_TYPES_H__", hipGuard: "HIP_INCLUDE_HIP_DRIVER_TYPES_H"),
        HeaderMapping(cudaHeader: "library_types.h", action: .replace("hip/library_types.h")),
        HeaderMapping(cudaHeader: "nvrtc.h", action: .library(.rtc, kernelSide: false)),
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
        ["hip/", "hipblas", "hiprand", "hipfft", "hipsparse", "hipsolver", "hipcub", "hipDNN", "miopen/",
         "rocblas/", "rocrand/", "rocsparse/", "rocsolver/"].contains { header.hasPrefix($0) }
    }
}
