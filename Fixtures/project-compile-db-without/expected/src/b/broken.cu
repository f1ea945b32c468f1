// broken.cu -- work in progress: the kernel below is missing a semicolon, so
// clang reports an error; the rest of the file is still translated.
#include <hip/hip_runtime.h>
#include "common.cuh"

__global__ void fill(float* data, int n, float value)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x
    if (i < n) {
        data[i] = value;
    }
}

void run_fill(float* device, int n)
{
    fill<<<(n + 127) / 128, 128>>>(device, n, 0.5f);
    CUDA_CHECK(hipDeviceSynchronize());
}
