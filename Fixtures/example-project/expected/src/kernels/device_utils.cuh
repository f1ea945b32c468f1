// device_utils.cuh -- reductions and conversions shared by the row kernels.
#pragma once

#include <hip/hip_runtime.h>
#include <hip/hip_fp16.h>

namespace tinyhead {

__device__ __forceinline__ float to_float(float v) { return v; }
__device__ __forceinline__ float to_float(__half v) { return __half2float(v); }

template <typename T>
__device__ __forceinline__ T from_float(float v);
template <>
__device__ __forceinline__ float from_float<float>(float v) { return v; }
template <>
__device__ __forceinline__ __half from_float<__half>(float v) { return __float2half(v); }

struct SumOp {
    __device__ __forceinline__ float operator()(float a, float b) const { return a + b; }
};
struct MaxOp {
    __device__ __forceinline__ float operator()(float a, float b) const { return fmaxf(a, b); }
};

// Every lane of the warp ends up with the reduction of all lanes.
template <typename Op>
__device__ __forceinline__ float warp_all_reduce(float v, Op op)
{
    for (int mask = warpSize / 2; mask > 0; mask >>= 1) {
        v = op(v, __shfl_xor(v, mask));
    }
    return v;
}

// Every thread of the block ends up with the reduction over the block.
// Blocks of at most 1024 threads.
template <typename Op>
__device__ float block_all_reduce(float v, Op op, float identity)
{
    __shared__ float warp_results[32];
    const int lane = threadIdx.x % warpSize;
    const int warp = threadIdx.x / warpSize;
    const int warps = (blockDim.x + warpSize - 1) / warpSize;

    v = warp_all_reduce(v, op);
    if (lane == 0) {
        warp_results[warp] = v;
    }
    __syncthreads();
    v = lane < warps ? warp_results[lane] : identity;
    v = warp_all_reduce(v, op);
    // warp_results is reused by the next call.
    __syncthreads();
    return v;
}

}  // namespace tinyhead
