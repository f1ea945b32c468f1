// kernels.cuh -- generic element-wise and reduction kernels.
#pragma once

#include "launch_utils.cuh"

namespace ops {

struct Square {
    template <typename T>
    __device__ T operator()(T v) const { return v * v; }
};

struct Clamp {
    float lo;
    float hi;
    __device__ float operator()(float v) const { return fminf(fmaxf(v, lo), hi); }
};

}  // namespace ops

// Every thread handles ItemsPerThread consecutive elements.
template <typename T, int ItemsPerThread>
__global__ void scale_kernel(T* data, T factor, int n)
{
    const int base = (blockIdx.x * blockDim.x + threadIdx.x) * ItemsPerThread;
#pragma unroll
    for (int k = 0; k < ItemsPerThread; ++k) {
        const int i = base + k;
        if (i < n) {
            data[i] *= factor;
        }
    }
}

template <typename T>
__global__ void fill_kernel(T* data, T value, int n)
{
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        data[i] = value;
    }
}

template <typename T, typename Op>
__global__ void transform_kernel(const T* in, T* out, int n, Op op)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        out[i] = op(in[i]);
    }
}

// Block-wide sum; BlockSize must match blockDim.x. Dynamic shared memory holds
// BlockSize elements of T.
template <typename T, unsigned int BlockSize>
__global__ void block_sum_kernel(const T* in, T* block_sums, int n)
{
    extern __shared__ unsigned char smem_bytes[];
    T* smem = reinterpret_cast<T*>(smem_bytes);

    const unsigned int tid = threadIdx.x;
    const int i = blockIdx.x * BlockSize + tid;
    smem[tid] = i < n ? in[i] : T(0);
    __syncthreads();

    for (unsigned int stride = BlockSize / 2; stride > 0; stride >>= 1) {
        if (tid < stride) {
            smem[tid] += smem[tid + stride];
        }
        __syncthreads();
    }
    if (tid == 0) {
        block_sums[blockIdx.x] = smem[0];
    }
}
