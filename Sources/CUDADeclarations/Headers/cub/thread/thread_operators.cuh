/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

#include <cub/config.cuh>

CUB_NAMESPACE_BEGIN

struct Sum {
    template <typename T>
    __host__ __device__ T operator()(const T &a, const T &b) const { return a + b; }
};

struct Max {
    template <typename T>
    __host__ __device__ T operator()(const T &a, const T &b) const { return CUB_MAX(a, b); }
};

struct Min {
    template <typename T>
    __host__ __device__ T operator()(const T &a, const T &b) const { return CUB_MIN(a, b); }
};

struct Equality {
    template <typename T>
    __host__ __device__ bool operator()(const T &a, const T &b) const { return a == b; }
};

CUB_NAMESPACE_END
