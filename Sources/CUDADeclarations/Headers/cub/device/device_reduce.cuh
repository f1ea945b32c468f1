/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

#include <cub/config.cuh>
#include <cub/util_type.cuh>

CUB_NAMESPACE_BEGIN

/*
 * Device-wide reductions. Every call works in two phases: with d_temp_storage == NULL it only
 * writes the temporary storage it needs to temp_storage_bytes; called again with that much
 * storage it runs the reduction.
 */
struct DeviceReduce {
    template <typename __InputIteratorT, typename __OutputIteratorT, typename __ReductionOpT, typename __T>
    CUB_RUNTIME_FUNCTION static cudaError_t Reduce(void *__d_temp_storage, size_t &__temp_storage_bytes, __InputIteratorT __d_in,
                                                   __OutputIteratorT __d_out, int __num_items, __ReductionOpT __reduction_op,
                                                   __T __init, cudaStream_t __stream = 0);

    template <typename __InputIteratorT, typename __OutputIteratorT>
    CUB_RUNTIME_FUNCTION static cudaError_t Sum(void *__d_temp_storage, size_t &__temp_storage_bytes, __InputIteratorT __d_in,
                                                __OutputIteratorT __d_out, int __num_items, cudaStream_t __stream = 0);

    template <typename __InputIteratorT, typename __OutputIteratorT>
    CUB_RUNTIME_FUNCTION static cudaError_t Min(void *__d_temp_storage, size_t &__temp_storage_bytes, __InputIteratorT __d_in,
                                                __OutputIteratorT __d_out, int __num_items, cudaStream_t __stream = 0);

    template <typename __InputIteratorT, typename __OutputIteratorT>
    CUB_RUNTIME_FUNCTION static cudaError_t Max(void *__d_temp_storage, size_t &__temp_storage_bytes, __InputIteratorT __d_in,
                                                __OutputIteratorT __d_out, int __num_items, cudaStream_t __stream = 0);

    template <typename __InputIteratorT, typename __OutputIteratorT>
    CUB_RUNTIME_FUNCTION static cudaError_t ArgMax(void *__d_temp_storage, size_t &__temp_storage_bytes,
                                                   __InputIteratorT __d_in, __OutputIteratorT __d_out, int __num_items,
                                                   cudaStream_t __stream = 0);
};

CUB_NAMESPACE_END
