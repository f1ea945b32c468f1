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
    template <typename InputIteratorT, typename OutputIteratorT, typename ReductionOpT, typename T>
    CUB_RUNTIME_FUNCTION static cudaError_t Reduce(void *d_temp_storage, size_t &temp_storage_bytes, InputIteratorT d_in,
                                                   OutputIteratorT d_out, int num_items, ReductionOpT reduction_op,
                                                   T init, cudaStream_t stream = 0);

    template <typename InputIteratorT, typename OutputIteratorT>
    CUB_RUNTIME_FUNCTION static cudaError_t Sum(void *d_temp_storage, size_t &temp_storage_bytes, InputIteratorT d_in,
                                                OutputIteratorT d_out, int num_items, cudaStream_t stream = 0);

    template <typename InputIteratorT, typename OutputIteratorT>
    CUB_RUNTIME_FUNCTION static cudaError_t Min(void *d_temp_storage, size_t &temp_storage_bytes, InputIteratorT d_in,
                                                OutputIteratorT d_out, int num_items, cudaStream_t stream = 0);

    template <typename InputIteratorT, typename OutputIteratorT>
    CUB_RUNTIME_FUNCTION static cudaError_t Max(void *d_temp_storage, size_t &temp_storage_bytes, InputIteratorT d_in,
                                                OutputIteratorT d_out, int num_items, cudaStream_t stream = 0);

    template <typename InputIteratorT, typename OutputIteratorT>
    CUB_RUNTIME_FUNCTION static cudaError_t ArgMax(void *d_temp_storage, size_t &temp_storage_bytes,
                                                   InputIteratorT d_in, OutputIteratorT d_out, int num_items,
                                                   cudaStream_t stream = 0);
};

CUB_NAMESPACE_END
