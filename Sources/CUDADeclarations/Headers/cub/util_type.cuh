/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

#include <cub/config.cuh>

CUB_NAMESPACE_BEGIN

/* Storage for a T without running T's constructor: what shared-memory TempStorage wraps. */
template <typename T>
struct Uninitialized {
    typedef T Type;
    alignas(T) unsigned char storage[sizeof(T)];
    __host__ __device__ T &Alias() { return *reinterpret_cast<T *>(storage); }
};

/* A key and a value, as the arg-min/arg-max reductions return them. */
template <typename Key, typename Value>
struct KeyValuePair {
    typedef Key KeyT;
    typedef Value ValueT;
    Key key;
    Value value;
};

CUB_NAMESPACE_END
