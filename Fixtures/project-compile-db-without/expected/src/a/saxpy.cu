// saxpy.cu -- y = a*x + y through pinned staging buffers.
#include <hip/hip_runtime.h>
#include "common.cuh"
#include "fast_path.cuh"

__global__ void saxpy(int n, float a, const float* x, float* y)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        y[i] = a * x[i] + y[i];
    }
}

__global__ void pair_sums(const Pair* pairs, float* sums, int n)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) {
        sums[i] = pair_sum(pairs[i]);
    }
}

void run_saxpy(int n, float a)
{
    float* host = alloc_staging<float>(2 * static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        host[i] = 1.0f;
        host[n + i] = 2.0f;
    }
    float* device = nullptr;
    CUDA_CHECK(hipMalloc(&device, 2 * n * sizeof(float)));
    CUDA_CHECK(hipMemcpy(device, host, 2 * n * sizeof(float), hipMemcpyHostToDevice));
    saxpy<<<(n + 255) / 256, 256>>>(n, a, device, device + n);
    CUDA_CHECK(hipGetLastError());
    CUDA_CHECK(hipMemcpy(host + n, device + n, n * sizeof(float), hipMemcpyDeviceToHost));
    CUDA_CHECK(hipFree(device));
    free_staging(host);
}
