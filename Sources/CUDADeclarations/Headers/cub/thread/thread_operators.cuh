/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

#include <cub/config.cuh>

CUB_NAMESPACE_BEGIN

struct Sum {
    template <typename __T>
    __host__ __device__ __T operator()(const __T &__a, const __T &__b) const { return __a + __b; }
};

struct Max {
    template <typename __T>
    __host__ __device__ __T operator()(const __T &__a, const __T &__b) const { return CUB_MAX(__a, __b); }
};

struct Min {
    template <typename __T>
    __host__ __device__ __T operator()(const __T &__a, const __T &__b) const { return CUB_MIN(__a, __b); }
};

struct Equality {
    template <typename __T>
    __host__ __device__ bool operator()(const __T &__a, const __T &__b) const { return __a == __b; }
};

CUB_NAMESPACE_END
