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
        /// A header of the ROCm library chosen for `library`: `hip` for the hip* library, `roc`
        /// for the ROCm-native one (`--rand rocrand`, ...).
        case chosen(Library, hip: String, roc: String)
        /// Removed: HIP needs nothing in its place.
        case drop
    }

    public var cudaHeader: String
    public var action: Action
    /// The include-guard macro of the CUDA header, and the HIP header's guard that replaces it in
    /// `#if` conditions (only where the HIP header's guard is known).
    public var cudaGuard: String?
    public var hipGuard: String?
    /// The first ROCm release whose HIP has the replacement header; before it the CUDA header is
    /// left as written and reported with its ``HeaderMap/withoutCounterpart`` advice.
    public var since: Version?

    public init(cudaHeader: String, action: Action, cudaGuard: String? = nil, hipGuard: String? = nil, since: Version? = nil) {
        self.cudaHeader = cudaHeader
        self.action = action
        self.cudaGuard = cudaGuard
        self.hipGuard = hipGuard
        self.since = since
    }
}

public enum HeaderMap {
    public static let runtimeHeader = "hip/hip_runtime.h"

    public static let rows: [HeaderMapping] = [
        HeaderMapping(cudaHeader: "builtin_types.h", action: .runtime),
        HeaderMapping(cudaHeader: "channel_descriptor.h", action: .replace("hip/channel_descriptor.h")),
        HeaderMapping(cudaHeader: "common_functions.h", action: .runtime),
        HeaderMapping(cudaHeader: "cuda_bf16.h", action: .replace("hip/hip_bfloat16.h")),
        HeaderMapping(cudaHeader: "device_atomic_functions.h", action: .runtime),
        HeaderMapping(cudaHeader: "device_types.h", action: .runtime),
        HeaderMapping(cudaHeader: "driver_functions.h", action: .runtime),
        HeaderMapping(cudaHeader: "host_defines.h", action: .runtime),
        HeaderMapping(cudaHeader: "math_functions.h", action: .runtime),
        HeaderMapping(cudaHeader: "sm_30_intrinsics.h", action: .runtime),
        HeaderMapping(cudaHeader: "sm_32_intrinsics.h", action: .runtime),
        HeaderMapping(cudaHeader: "surface_types.h", action: .replace("hip/surface_types.h")),
        HeaderMapping(cudaHeader: "texture_fetch_functions.h", action: .runtime),
        HeaderMapping(cudaHeader: "texture_types.h", action: .replace("hip/texture_types.h")),
        HeaderMapping(cudaHeader: "vector_functions.h", action: .runtime),
        HeaderMapping(cudaHeader: "cooperative_groups.h", action: .replace("hip/hip_cooperative_groups.h")),
        // HIP's cooperative groups have no collectives: the cooperative-groups rule renames their
        // uses to cu2hip's support header (cu2hip/cooperative_groups_reduce.h) and includes it.
        HeaderMapping(cudaHeader: "cooperative_groups/reduce.h", action: .drop),
        HeaderMapping(cudaHeader: "cooperative_groups/scan.h", action: .drop),
        HeaderMapping(cudaHeader: "cuComplex.h", action: .replace("hip/hip_complex.h"), cudaGuard: "CU_COMPLEX_H_", hipGuard: "HIP_INCLUDE_HIP_HIP_COMPLEX_H"),
        HeaderMapping(cudaHeader: "cub/cub.cuh", action: .library(.cub, kernelSide: false)),
        HeaderMapping(cudaHeader: "cublas.h", action: .library(.cublas, kernelSide: false)),
        HeaderMapping(cudaHeader: "cublas_v2.h", action: .library(.cublas, kernelSide: false)),
        HeaderMapping(cudaHeader: "cublas_api.h", action: .library(.cublas, kernelSide: false)),
        HeaderMapping(cudaHeader: "cublasLt.h", action: .replace("hipblaslt/hipblaslt.h")),
        HeaderMapping(cudaHeader: "cuda_texture_types.h", action: .replace("hip/hip_texture_types.h")),
        HeaderMapping(cudaHeader: "cufftXt.h", action: .replace("hipfft/hipfftXt.h")),
        HeaderMapping(cudaHeader: "mma.h", action: .replace("rocwmma/rocwmma.hpp"), since: Version([5, 2])),
        HeaderMapping(cudaHeader: "nvToolsExt.h", action: .replace("roctracer/roctx.h")),
        HeaderMapping(cudaHeader: "nvtx3/nvToolsExt.h", action: .replace("roctracer/roctx.h")),
        HeaderMapping(cudaHeader: "math_constants.h", action: .replace("hip/hip_math_constants.h"), since: Version([5, 7])),
        HeaderMapping(cudaHeader: "cuda.h", action: .runtime, cudaGuard: "__cuda_cuda_h__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_H"),
        HeaderMapping(cudaHeader: "cuda_fp16.h", action: .replace("hip/hip_fp16.h"), cudaGuard: "__CUDA_FP16_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_FP16_H"),
        HeaderMapping(cudaHeader: "cuda_profiler_api.h", action: .runtime),
        HeaderMapping(cudaHeader: "cuda_runtime.h", action: .runtime, cudaGuard: "__CUDA_RUNTIME_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_H"),
        HeaderMapping(cudaHeader: "cuda_runtime_api.h", action: .runtime, cudaGuard: "__CUDA_RUNTIME_API_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_API_H"),
        HeaderMapping(cudaHeader: "cudnn.h", action: .library(.cudnn, kernelSide: false)),
        HeaderMapping(cudaHeader: "cufft.h", action: .library(.cufft, kernelSide: false)),
        HeaderMapping(cudaHeader: "curand.h", action: .library(.curand, kernelSide: false)),
        HeaderMapping(cudaHeader: "curand_kernel.h", action: .library(.curand, kernelSide: true)),
        // cuRAND's device-side parts: hipRAND and rocRAND declare them all in their kernel header.
        HeaderMapping(cudaHeader: "curand_discrete.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_discrete2.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_globals.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_lognormal.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_mrg32k3a.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_mtgp32.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_mtgp32_kernel.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_normal.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_normal_static.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_philox4x32_x.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_poisson.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_precalc.h", action: .library(.curand, kernelSide: true)),
        HeaderMapping(cudaHeader: "curand_uniform.h", action: .library(.curand, kernelSide: true)),
        // MTGP32's host-side state set-up and its parameter tables.
        HeaderMapping(cudaHeader: "curand_mtgp32_host.h",
                      action: .chosen(.curand, hip: "hiprand/hiprand_mtgp32_host.h", roc: "rocrand/rocrand_mtgp32.h")),
        HeaderMapping(cudaHeader: "curand_mtgp32dc_p_11213.h",
                      action: .chosen(.curand, hip: "hiprand/hiprand_mtgp32_host.h", roc: "rocrand/rocrand_mtgp32_11213.h")),
        HeaderMapping(cudaHeader: "cusolverDn.h", action: .library(.cusolver, kernelSide: false)),
        HeaderMapping(cudaHeader: "cusolverSp.h", action: .library(.cusolver, kernelSide: false)),
        HeaderMapping(cudaHeader: "cusolverRf.h", action: .library(.cusolver, kernelSide: false)),
        HeaderMapping(cudaHeader: "cusolverSp_LOWLEVEL_PREVIEW.h", action: .library(.cusolver, kernelSide: false)),
        HeaderMapping(cudaHeader: "cusolver_common.h", action: .library(.cusolver, kernelSide: false)),
        HeaderMapping(cudaHeader: "cusparse.h", action: .library(.cusparse, kernelSide: false)),
        HeaderMapping(cudaHeader: "cusparse_v2.h", action: .library(.cusparse, kernelSide: false)),
        HeaderMapping(cudaHeader: "device_functions.h", action: .runtime),
        HeaderMapping(cudaHeader: "device_launch_parameters.h", action: .drop, cudaGuard: "__DEVICE_LAUNCH_PARAMETERS_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_RUNTIME_H"),
        HeaderMapping(cudaHeader: "driver_types.h", action: .replace("hip/driver_types.h"), cudaGuard: "__DRIVER_TYPES_H__", hipGuard: "HIP_INCLUDE_HIP_DRIVER_TYPES_H"),
        HeaderMapping(cudaHeader: "library_types.h", action: .replace("hip/library_types.h")),
        HeaderMapping(cudaHeader: "nvrtc.h", action: .library(.rtc, kernelSide: false)),
        HeaderMapping(cudaHeader: "vector_types.h", action: .replace("hip/hip_vector_types.h"), cudaGuard: "__VECTOR_TYPES_H__", hipGuard: "HIP_INCLUDE_HIP_HIP_VECTOR_TYPES_H"),
    ]

    /// Header guards of the CUDA libraries' headers, and the macros code tests to see whether a
    /// library was included (`CUSPARSEAPI`): the library, and whether it is the device-side header.
    public static let libraryGuards: [String: (library: Library, kernelSide: Bool)] = [
        "CUBLAS_H_": (.cublas, false), "CUBLAS_API_H_": (.cublas, false), "CUBLAS_V2_H_": (.cublas, false),
        "CUDNN_H_": (.cudnn, false), "_CUFFT_H_": (.cufft, false),
        "CURAND_H_": (.curand, false), "CURAND_KERNEL_H_": (.curand, true),
        "CUSPARSE_H_": (.cusparse, false), "CUSPARSEAPI": (.cusparse, false),
        "CUSOLVER_COMMON_H_": (.cusolver, false), "CUSOLVERDN_H_": (.cusolver, false),
    ]

    /// The guard each ROCm library header defines, where cu2hip knows it (checked against the
    /// headers: hipRAND/rocRAND as Debian ships them, the others from AMD's sources).
    public static let targetGuards: [String: String] = [
        "hipblas/hipblas.h": "HIPBLAS_H", "miopen/miopen.h": "MIOPEN_GUARD_MIOPEN_H_",
        "hiprand/hiprand.h": "HIPRAND_H_", "hiprand/hiprand_kernel.h": "HIPRAND_KERNEL_H_",
        "rocrand/rocrand.h": "ROCRAND_H_", "rocrand/rocrand_kernel.h": "ROCRAND_KERNEL_H_",
        "hipfft/hipfft.h": "HIPFFT_H_", "hipsparse/hipsparse.h": "HIPSPARSE_H", "hipsolver/hipsolver.h": "HIPSOLVER_H",
    ]

    /// CUDA headers with no HIP header to replace them, and what to do instead.
    public static let withoutCounterpart: [String: String] = [
        "mma.h": "WMMA's counterpart, rocWMMA (rocwmma/rocwmma.hpp, namespace rocwmma), comes with ROCm 5.2 on",
        "math_constants.h": "HIP's math constants (HIP_PI_F, ...) come with hip/hip_math_constants.h from ROCm 5.7 on",
        // NVIDIA-only stacks: nothing in HIP or ROCm takes their place.
        "cuda_gl_interop.h": "CUDA-OpenGL interop, an NVIDIA-only stack here: HIP's GL interop (hipGraphicsGLRegisterBuffer, ...) has no header of this name",
        "cudaGL.h": "the driver API's OpenGL interop, an NVIDIA-only stack",
        "cudaEGL.h": "CUDA-EGL interop (EGLStreams), an NVIDIA-only stack",
        "cuda_egl_interop.h": "CUDA-EGL interop (EGLStreams), an NVIDIA-only stack",
        "cuda_d3d9_interop.h": "Direct3D 9 interop, NVIDIA and Windows only", "cuda_d3d10_interop.h": "Direct3D 10 interop, NVIDIA and Windows only",
        "cuda_d3d11_interop.h": "Direct3D 11 interop, NVIDIA and Windows only", "cudaD3D9.h": "Direct3D 9 interop, NVIDIA and Windows only",
        "cudaD3D10.h": "Direct3D 10 interop, NVIDIA and Windows only", "cudaD3D11.h": "Direct3D 11 interop, NVIDIA and Windows only",
        "cuda_vdpau_interop.h": "VDPAU interop, an NVIDIA-only stack", "cudaVDPAU.h": "VDPAU interop, an NVIDIA-only stack",
        "nvvm.h": "libNVVM (NVIDIA's NVVM IR compiler), an NVIDIA-only library: AMD GPUs take LLVM AMDGPU code objects",
        "npp.h": "NPP (NVIDIA Performance Primitives), an NVIDIA-only library with no ROCm counterpart",
        "nppi.h": "NPP (NVIDIA Performance Primitives), an NVIDIA-only library with no ROCm counterpart",
        "npps.h": "NPP (NVIDIA Performance Primitives), an NVIDIA-only library with no ROCm counterpart",
        "nvjpeg.h": "nvJPEG, an NVIDIA-only library (ROCm's rocJPEG has another API)",
        "nvscibuf.h": "NvSciBuf (NVIDIA's Tegra/DRIVE buffer sharing), an NVIDIA-only stack",
        "nvscisync.h": "NvSciSync (NVIDIA's Tegra/DRIVE synchronisation), an NVIDIA-only stack",
        "nvmedia_surface.h": "NvMedia (NVIDIA's Tegra media stack), an NVIDIA-only stack",
        "cudla.h": "cuDLA (the Tegra deep-learning accelerator), NVIDIA-only hardware",
        "cufile.h": "cuFile (GPUDirect Storage), an NVIDIA-only library",
        "nvml.h": "NVML, NVIDIA's management library: ROCm SMI (rocm_smi/rocm_smi.h) answers similar queries under other names",
        "cublasXt.h": "cuBLASXt (multi-GPU BLAS), which hipBLAS and rocBLAS do not offer",
        "cusolverMg.h": "cuSOLVERMg (multi-GPU solvers), which hipSOLVER and rocSOLVER do not offer",
        "cupti.h": "CUPTI, NVIDIA's profiling interface: ROCm profiles through rocprofiler/roctracer, with another API",
        "nvJitLink.h": "nvJitLink (linking PTX and LTO-IR), an NVIDIA-only library: AMD code objects are linked by hipcc/lld",
    ]

    private static let byHeader: [String: HeaderMapping] = Dictionary(uniqueKeysWithValues: rows.map { ($0.cudaHeader, $0) })

    /// Guard macro → HIP guard macro.
    public static let guards: [String: String] = Dictionary(uniqueKeysWithValues: rows.compactMap { row in
        guard let cudaGuard = row.cudaGuard, let hipGuard = row.hipGuard else { return nil }
        return (cudaGuard, hipGuard)
    })

    /// The mapping for a header as written in an include (`cuda_runtime.h`, `cub/cub.cuh`).
    public static func mapping(for header: String) -> HeaderMapping? {
        if let row = byHeader[header] { return row }
        // hipCUB mirrors CUB's layout: cub/block/block_reduce.cuh → hipcub/block/block_reduce.hpp.
        if header.hasPrefix("cub/"), header.hasSuffix(".cuh") {
            return HeaderMapping(cudaHeader: header, action: .replace("hip" + header.dropLast(4) + ".hpp"))
        }
        return nil
    }

    /// True for a header that is HIP's own (so a file including it already has HIP).
    static func isHIPRuntimeHeader(_ header: String) -> Bool {
        header == runtimeHeader
    }

    /// True for a HIP header that must come after `hip/hip_runtime.h`.
    static func isHIPHeader(_ header: String) -> Bool {
        ["hip/", "hipblas", "hiprand", "hipfft", "hipsparse", "hipsolver", "hipcub", "hipDNN", "miopen/",
         "rocblas/", "rocrand/", "rocsparse/", "rocsolver/", "rocwmma/"].contains { header.hasPrefix($0) }
    }
}
