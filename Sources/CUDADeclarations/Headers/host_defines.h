/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __HOST_DEFINES_H__
#define __HOST_DEFINES_H__

/*
 * Execution-space and memory-space qualifiers, spelled as the GNU attributes
 * clang understands in CUDA mode (-x cuda, which defines __CUDA__). Outside
 * CUDA mode they vanish, as they do for a plain host compiler, and
 * __CU2HIP_CUDA_MODE is 0: the headers then leave out the device overloads of
 * C library functions, which only CUDA mode can tell from the host ones.
 */
#if defined(__CUDA__)
#define __CU2HIP_CUDA_MODE 1
#define __location__(a) __attribute__((a))
#else
#define __CU2HIP_CUDA_MODE 0
#define __location__(a)
#endif

#define __host__ __location__(host)
#define __device__ __location__(device)
#define __global__ __location__(global)
#define __shared__ __location__(shared)
#define __constant__ __location__(constant)
/*
 * clang 14 ignores (with a warning) the `managed` attribute outside HIP, so a
 * managed variable is declared as a device variable (usable from host and
 * device code when parsing host code) and tagged with an annotation.
 */
#if __CU2HIP_CUDA_MODE
#define __managed__ __attribute__((device)) __attribute__((annotate("managed")))
#else
#define __managed__
#endif
#if __CU2HIP_CUDA_MODE
#define __launch_bounds__(...) __attribute__((launch_bounds(__VA_ARGS__)))
#else
#define __launch_bounds__(...)
#endif

#define __forceinline__ __inline__ __attribute__((always_inline))
/*
 * clang >= 15 treats __noinline__ as a keyword in CUDA mode. For older clang
 * it expands to nothing: libstdc++ 12 spells `__attribute__((__noinline__))`,
 * which a `__attribute__((noinline))` expansion would break.
 */
#if defined(__has_feature)
#if !__has_feature(cuda_noinline_keyword)
#define __noinline__
#endif
#else
#define __noinline__
#endif

#define __align__(n) __attribute__((aligned(n)))
#define __builtin_align__(a) __align__(a)
#define __annotate__(a) __attribute__((a))
#define __device_builtin__
#define __device_builtin_texture_type__
#define __device_builtin_surface_type__
#define __cudart_builtin__
#define __nv_pure__ __attribute__((pure))
#define CUDARTAPI
#define CUDARTAPI_CDECL

#if defined(__has_attribute)
#if __has_attribute(grid_constant)
#define __grid_constant__ __attribute__((grid_constant))
#else
#define __grid_constant__
#endif
#else
#define __grid_constant__
#endif
#define __cluster_dims__(...)
#define __maxnreg__(n)

#if defined(__cplusplus)
#define __dv(v) = v
#else
#define __dv(v)
#endif

#define __CUDA_ALIGN__(n) __align__(n)

#endif /* __HOST_DEFINES_H__ */
