// fast_path.cuh -- the fast path, on when the build defines USE_FAST_PATH (the
// CMake build does): pinned staging buffers and pairs packed as __half2. Without
// it, plain malloc and float2.
#pragma once
#include <hip/hip_runtime.h>

#include <cstddef>
#include <cstdlib>

#include "common.cuh"

#ifdef USE_FAST_PATH
#include <hip/hip_fp16.h>

using Pair = __half2;

template <typename T>
T* alloc_staging(std::size_t n)
{
    T* buffer = nullptr;
    CUDA_CHECK(hipHostAlloc((void**)(&buffer), n * sizeof(T), hipHostMallocPortable));
    return buffer;
}

template <typename T>
void free_staging(T* buffer)
{
    CUDA_CHECK(hipHostFree(buffer));
}

__device__ inline float pair_sum(Pair pair)
{
    return __half2float(reinterpret_cast<__half&>(pair.x)) + __half2float(reinterpret_cast<__half&>(pair.y));
}
#else
using Pair = float2;

template <typename T>
T* alloc_staging(std::size_t n)
{
    return static_cast<T*>(std::malloc(n * sizeof(T)));
}

template <typename T>
void free_staging(T* buffer)
{
    std::free(buffer);
}

__device__ inline float pair_sum(Pair pair)
{
    return pair.x + pair.y;
}
#endif
