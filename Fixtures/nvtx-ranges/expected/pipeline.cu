// pipeline.cu -- a copy / compute / copy pipeline annotated with NVTX ranges and marks, so a
// profiler timeline shows each stage.
#include <cstdio>
#include <vector>

#include <hip/hip_runtime.h>
#include <roctracer/roctx.h>

__global__ void saxpy(int n, float a, const float* x, float* y)
{
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < n) y[i] = a * x[i] + y[i];
}

static void check(hipError_t status, const char* what)
{
    if (status != hipSuccess) {
        std::fprintf(stderr, "%s: %s\n", what, hipGetErrorString(status));
        std::exit(1);
    }
}

int main()
{
    const int n = 1 << 20;
    std::vector<float> x(n, 1.0f), y(n, 2.0f);
    float *dx = nullptr, *dy = nullptr;

    roctxRangePushA("setup");
    check(hipMalloc(&dx, n * sizeof(float)), "cudaMalloc x");
    check(hipMalloc(&dy, n * sizeof(float)), "cudaMalloc y");
    roctxRangePop();

    roctx_range_id_t copy_in = roctxRangeStartA("copy in");
    check(hipMemcpy(dx, x.data(), n * sizeof(float), hipMemcpyHostToDevice), "copy x");
    check(hipMemcpy(dy, y.data(), n * sizeof(float), hipMemcpyHostToDevice), "copy y");
    roctxRangeStop(copy_in);

    roctxMarkA("launch");
    roctxRangePushA("saxpy");
    saxpy<<<(n + 255) / 256, 256>>>(n, 3.0f, dx, dy);
    check(hipGetLastError(), "saxpy launch");
    check(hipDeviceSynchronize(), "saxpy");
    roctxRangePop();

    roctxRangePushA("copy out");
    check(hipMemcpy(y.data(), dy, n * sizeof(float), hipMemcpyDeviceToHost), "copy y back");
    roctxRangePop();

    hipFree(dx);
    hipFree(dy);
    const bool ok = y[0] == 5.0f && y[n - 1] == 5.0f;
    std::printf("%s\n", ok ? "PASSED" : "FAILED");
    return ok ? 0 : 1;
}
