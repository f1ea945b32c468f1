// reduce.cu -- block sums with shared memory; BLOCK comes from the build.
#include "common.cuh"

#ifndef BLOCK
#define BLOCK 128
#endif

__global__ void block_sum(const float* in, float* out, int n)
{
    __shared__ float partial[BLOCK];
    const int i = blockIdx.x * BLOCK + threadIdx.x;
    partial[threadIdx.x] = i < n ? in[i] : 0.0f;
    __syncthreads();
    for (int stride = BLOCK / 2; stride > 0; stride /= 2) {
        if (threadIdx.x < stride) {
            partial[threadIdx.x] += partial[threadIdx.x + stride];
        }
        __syncthreads();
    }
    if (threadIdx.x == 0) {
        out[blockIdx.x] = partial[0];
    }
}

float sum_on_device(const float* device, float* partials, int n)
{
    const int blocks = (n + BLOCK - 1) / BLOCK;
    block_sum<<<blocks, BLOCK>>>(device, partials, n);
    CUDA_CHECK(cudaDeviceSynchronize());
    float first = 0.0f;
    CUDA_CHECK(cudaMemcpy(&first, partials, sizeof(float), cudaMemcpyDeviceToHost));
    return first;
}
