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

/*
 * Attribute names are spelled __name__ (which clang reads as name) so that a
 * user macro such as `#define device 0` cannot expand inside them. In its own
 * expansion a macro's name is not expanded again, so __device__ can produce
 * __attribute__((__device__)).
 */
#if __CU2HIP_CUDA_MODE
#define __host__ __attribute__((__host__))
#define __device__ __attribute__((__device__))
#define __global__ __attribute__((__global__))
#define __shared__ __attribute__((__shared__))
#define __constant__ __attribute__((__constant__))
#else
#define __host__
#define __device__
#define __global__
#define __shared__
#define __constant__
#endif
/*
 * clang 14 ignores (with a warning) the `managed` attribute outside HIP, so a
 * managed variable is declared as a device variable (usable from host and
 * device code when parsing host code) and tagged with an annotation.
 */
#if __CU2HIP_CUDA_MODE
#define __managed__ __device__ __attribute__((annotate("managed")))
#else
#define __managed__
#endif
#if __CU2HIP_CUDA_MODE
#define __launch_bounds__(...) __attribute__((__launch_bounds__(__VA_ARGS__)))
#else
#define __launch_bounds__(...)
#endif

#define __forceinline__ __inline__ __attribute__((__always_inline__))
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

#define __align__(n) __attribute__((__aligned__(n)))
#define __builtin_align__(a) __align__(a)
#define __annotate__(a) __attribute__((a))
#define __device_builtin__
#define __device_builtin_texture_type__
#define __device_builtin_surface_type__
#define __cudart_builtin__
#define __nv_pure__ __attribute__((__pure__))
#define CUDARTAPI
#define CUDARTAPI_CDECL

#if defined(__has_attribute)
#if __has_attribute(__grid_constant__)
#define __grid_constant__ __attribute__((__grid_constant__))
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
