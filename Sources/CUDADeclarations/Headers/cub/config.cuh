/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

#include <cuda_runtime_api.h>

#define CUB_NAMESPACE_BEGIN namespace cub {
#define CUB_NAMESPACE_END }

#define CUB_RUNTIME_FUNCTION __host__ __device__
#define CUB_PTX_ARCH 0
#define CUB_PTX_WARP_THREADS 32
#define CUB_LOG_WARP_THREADS(unused) 5

#define CUB_MAX(a, b) (((b) > (a)) ? (b) : (a))
#define CUB_MIN(a, b) (((b) < (a)) ? (b) : (a))
#define CUB_QUOTIENT_CEILING(x, y) (((x) + (y) - 1) / (y))

/* Reports a CUDA error (in debug builds) and passes it through. */
#define CubDebug(e) (e)
#define CubDebugExit(e) \
    if (CubDebug(e)) {  \
        exit(1);        \
    }
