/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

#include <cub/config.cuh>

CUB_NAMESPACE_BEGIN

/* Storage for a T without running T's constructor: what shared-memory TempStorage wraps. */
template <typename __T>
struct Uninitialized {
    typedef __T Type;
    alignas(__T) unsigned char storage[sizeof(__T)];
    __host__ __device__ __T &Alias() { return *reinterpret_cast<__T *>(storage); }
};

/* A key and a value, as the arg-min/arg-max reductions return them. */
template <typename __Key, typename __Value>
struct KeyValuePair {
    typedef __Key KeyT;
    typedef __Value ValueT;
    __Key key;
    __Value value;
};

CUB_NAMESPACE_END
