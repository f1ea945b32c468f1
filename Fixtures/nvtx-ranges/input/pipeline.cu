// pipeline.cu -- a copy / compute / copy pipeline annotated with NVTX ranges and marks, so a
// profiler timeline shows each stage.
#include <cstdio>
#include <vector>

#include <cuda_runtime.h>
#include <nvtx3/nvToolsExt.h>

__global__ void saxpy(int n, float a, const float* x, float* y)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) y[i] = a * x[i] + y[i];
}

static void check(cudaError_t status, const char* what)
{
    if (status != cudaSuccess) {
        std::fprintf(stderr, "%s: %s\n", what, cudaGetErrorString(status));
        std::exit(1);
    }
}

int main()
{
    const int n = 1 << 20;
    std::vector<float> x(n, 1.0f), y(n, 2.0f);
    float *dx = nullptr, *dy = nullptr;

    nvtxRangePushA("setup");
    check(cudaMalloc(&dx, n * sizeof(float)), "cudaMalloc x");
    check(cudaMalloc(&dy, n * sizeof(float)), "cudaMalloc y");
    nvtxRangePop();

    nvtxRangeId_t copy_in = nvtxRangeStartA("copy in");
    check(cudaMemcpy(dx, x.data(), n * sizeof(float), cudaMemcpyHostToDevice), "copy x");
    check(cudaMemcpy(dy, y.data(), n * sizeof(float), cudaMemcpyHostToDevice), "copy y");
    nvtxRangeEnd(copy_in);

    nvtxMarkA("launch");
    nvtxRangePushA("saxpy");
    saxpy<<<(n + 255) / 256, 256>>>(n, 3.0f, dx, dy);
    check(cudaGetLastError(), "saxpy launch");
    check(cudaDeviceSynchronize(), "saxpy");
    nvtxRangePop();

    nvtxRangePushA("copy out");
    check(cudaMemcpy(y.data(), dy, n * sizeof(float), cudaMemcpyDeviceToHost), "copy y back");
    nvtxRangePop();

    cudaFree(dx);
    cudaFree(dy);
    const bool ok = y[0] == 5.0f && y[n - 1] == 5.0f;
    std::printf("%s\n", ok ? "PASSED" : "FAILED");
    return ok ? 0 : 1;
}
