/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#ifndef __COMMON_FUNCTIONS_H__
#define __COMMON_FUNCTIONS_H__

#include "host_defines.h"

/* The host C/C++ library headers that the CUDA runtime header brings in. */
#include <string.h>
#include <time.h>
#include <stdio.h>
#include <stdlib.h>
#include <assert.h>
#include <stddef.h>
#include <limits.h>
#if defined(__cplusplus)
#include <new>
#endif

#if __CU2HIP_CUDA_MODE
/*
 * C library functions that device code may call. In clang's CUDA mode these
 * are overloads of the host declarations, distinguished by the execution-space
 * attribute, so host code keeps using the host library.
 */
#if defined(__cplusplus)
extern "C" {
#endif

extern __device__ int printf(const char *__format, ...);
extern __device__ void *malloc(size_t __size);
extern __device__ void free(void *__ptr);
extern __device__ void *memcpy(void *__dest, const void *__src, size_t __n);
extern __device__ void *memset(void *__s, int __c, size_t __n);
extern __device__ clock_t clock(void);
extern __device__ void __assert_fail(const char *__assertion, const char *__file, unsigned int __line, const char *__function);
extern __device__ void __assertfail(const char *__message, const char *__file, unsigned int __line, const char *__function, size_t __charSize);

#if defined(__cplusplus)
}

/* Make the device overloads visible through namespace std as well (std::printf, ...). */
namespace std {
    using ::printf; using ::malloc; using ::free; using ::memcpy; using ::memset; using ::clock;
} // namespace std
#endif

#endif /* __CU2HIP_CUDA_MODE */

#endif /* __COMMON_FUNCTIONS_H__ */
