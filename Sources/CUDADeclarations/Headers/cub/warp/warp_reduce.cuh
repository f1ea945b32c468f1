/* cu2hip's own CUDA declaration subset for parsing with libclang; not NVIDIA's header. */
#pragma once

#include <cub/config.cuh>
#include <cub/util_type.cuh>

CUB_NAMESPACE_BEGIN

template <typename __T, int __LOGICAL_WARP_THREADS = CUB_PTX_WARP_THREADS, int __LEGACY_PTX_ARCH = 0>
class WarpReduce {
    struct _TempStorage {
        __T reduce[__LOGICAL_WARP_THREADS];
    };

public:
    struct TempStorage : Uninitialized<_TempStorage> {};

    __device__ WarpReduce(TempStorage &__temp_storage);

    __device__ __T Sum(__T __input);
    __device__ __T Sum(__T __input, int __valid_items);
    template <typename __ReductionOp>
    __device__ __T Reduce(__T __input, __ReductionOp __reduction_op);
    template <typename __ReductionOp>
    __device__ __T Reduce(__T __input, __ReductionOp __reduction_op, int __valid_items);
};

CUB_NAMESPACE_END
