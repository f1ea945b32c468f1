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

template <typename T, int BLOCK_DIM_X, BlockReduceAlgorithm ALGORITHM = BLOCK_REDUCE_WARP_REDUCTIONS, int BLOCK_DIM_Y = 1,
          int BLOCK_DIM_Z = 1, int LEGACY_PTX_ARCH = 0>
class BlockReduce {
    enum {
        BLOCK_THREADS = BLOCK_DIM_X * BLOCK_DIM_Y * BLOCK_DIM_Z,
        WARPS = (BLOCK_THREADS + CUB_PTX_WARP_THREADS - 1) / CUB_PTX_WARP_THREADS
    };
    struct _TempStorage {
        T warp_aggregates[WARPS];
        T block_aggregate;
    };

public:
    struct TempStorage : Uninitialized<_TempStorage> {};

    /* Without an argument the collective uses a private static shared allocation. */
    __device__ BlockReduce();
    __device__ BlockReduce(TempStorage &temp_storage);

    /* The result is valid in thread 0 only. */
    template <typename ReductionOp>
    __device__ T Reduce(T input, ReductionOp reduction_op);
    template <int ITEMS_PER_THREAD, typename ReductionOp>
    __device__ T Reduce(T (&inputs)[ITEMS_PER_THREAD], ReductionOp reduction_op);
    template <typename ReductionOp>
    __device__ T Reduce(T input, ReductionOp reduction_op, int num_valid);

    __device__ T Sum(T input);
    template <int ITEMS_PER_THREAD>
    __device__ T Sum(T (&inputs)[ITEMS_PER_THREAD]);
    __device__ T Sum(T input, int num_valid);
};

CUB_NAMESPACE_END
