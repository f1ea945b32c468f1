/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

#include <cub/config.cuh>
#include <cub/util_type.cuh>

CUB_NAMESPACE_BEGIN

template <typename T, int LOGICAL_WARP_THREADS = CUB_PTX_WARP_THREADS, int LEGACY_PTX_ARCH = 0>
class WarpReduce {
    struct _TempStorage {
        T reduce[LOGICAL_WARP_THREADS];
    };

public:
    struct TempStorage : Uninitialized<_TempStorage> {};

    __device__ WarpReduce(TempStorage &temp_storage);

    __device__ T Sum(T input);
    __device__ T Sum(T input, int valid_items);
    template <typename ReductionOp>
    __device__ T Reduce(T input, ReductionOp reduction_op);
    template <typename ReductionOp>
    __device__ T Reduce(T input, ReductionOp reduction_op, int valid_items);
};

CUB_NAMESPACE_END
