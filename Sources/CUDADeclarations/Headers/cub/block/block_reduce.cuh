/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

#include <cub/config.cuh>
#include <cub/util_type.cuh>

CUB_NAMESPACE_BEGIN

enum BlockReduceAlgorithm {
    BLOCK_REDUCE_RAKING_COMMUTATIVE_ONLY,
    BLOCK_REDUCE_RAKING,
    BLOCK_REDUCE_WARP_REDUCTIONS
};

template <typename __T, int __BLOCK_DIM_X, BlockReduceAlgorithm __ALGORITHM = BLOCK_REDUCE_WARP_REDUCTIONS, int __BLOCK_DIM_Y = 1,
          int __BLOCK_DIM_Z = 1, int __LEGACY_PTX_ARCH = 0>
class BlockReduce {
    enum {
        BLOCK_THREADS = __BLOCK_DIM_X * __BLOCK_DIM_Y * __BLOCK_DIM_Z,
        WARPS = (BLOCK_THREADS + CUB_PTX_WARP_THREADS - 1) / CUB_PTX_WARP_THREADS
    };
    struct _TempStorage {
        __T warp_aggregates[WARPS];
        __T block_aggregate;
    };

public:
    struct TempStorage : Uninitialized<_TempStorage> {};

    /* Without an argument the collective uses a private static shared allocation. */
    __device__ BlockReduce();
    __device__ BlockReduce(TempStorage &__temp_storage);

    /* The result is valid in thread 0 only. */
    template <typename __ReductionOp>
    __device__ __T Reduce(__T __input, __ReductionOp __reduction_op);
    template <int __ITEMS_PER_THREAD, typename __ReductionOp>
    __device__ __T Reduce(__T (&__inputs)[__ITEMS_PER_THREAD], __ReductionOp __reduction_op);
    template <typename __ReductionOp>
    __device__ __T Reduce(__T __input, __ReductionOp __reduction_op, int __num_valid);

    __device__ __T Sum(__T __input);
    template <int __ITEMS_PER_THREAD>
    __device__ __T Sum(__T (&__inputs)[__ITEMS_PER_THREAD]);
    __device__ __T Sum(__T __input, int __num_valid);
};

CUB_NAMESPACE_END
