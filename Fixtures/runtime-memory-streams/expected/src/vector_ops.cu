// vector_ops.cu -- element-wise kernels and their launchers.
#include <hip/hip_runtime.h>
#include <algorithm>

#include "check.cuh"
#include "vector_ops.h"

namespace {

constexpr int kBlockSize = 256;

__global__ void saxpy_kernel(float a, const float* __restrict__ x, float* __restrict__ y, int n)
{
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        y[i] = a * x[i] + y[i];
    }
}

__global__ void scale_kernel(float* data, float factor, int n)
{
    const int stride = blockDim.x * gridDim.x;
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += stride) {
        data[i] *= factor;
    }
}

// Each block reduces its share in shared memory, then one atomic per block.
__global__ void dot_kernel(const float* x, const float* y, float* result, int n)
{
    __shared__ float partial[kBlockSize];

    float sum = 0.0f;
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        sum += x[i] * y[i];
    }
    partial[threadIdx.x] = sum;
    __syncthreads();

    for (int offset = blockDim.x / 2; offset > 0; offset /= 2) {
        if (threadIdx.x < offset) {
            partial[threadIdx.x] += partial[threadIdx.x + offset];
        }
        __syncthreads();
    }
    if (threadIdx.x == 0) {
        atomicAdd(result, partial[0]);
    }
}

}  // namespace

LaunchConfig launch_config_for(int n, const hipDeviceProp_t& prop)
{
    const int blocks_to_fill = prop.multiProcessorCount * 4;
    return LaunchConfig{std::max(1, std::min(div_up(n, kBlockSize), blocks_to_fill)), kBlockSize};
}

void saxpy_async(float a, const float* d_x, float* d_y, int n, const LaunchConfig& cfg, hipStream_t stream)
{
    saxpy_kernel<<<cfg.grid, cfg.block, 0, stream>>>(a, d_x, d_y, n);
    CUDA_CHECK_LAUNCH();
}

void scale_async(float* d_data, float factor, int n, const LaunchConfig& cfg, hipStream_t stream)
{
    scale_kernel<<<cfg.grid, cfg.block, 0, stream>>>(d_data, factor, n);
    CUDA_CHECK_LAUNCH();
}

void dot_async(const float* d_x, const float* d_y, float* d_result, int n, const LaunchConfig& cfg, hipStream_t stream)
{
    // dot_kernel's shared array is sized for kBlockSize threads.
    dot_kernel<<<cfg.grid, kBlockSize, 0, stream>>>(d_x, d_y, d_result, n);
    CUDA_CHECK_LAUNCH();
}
