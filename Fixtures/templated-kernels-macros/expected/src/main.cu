// main.cu -- exercises the generic kernels with several element types.
#include <hip/hip_runtime.h>
#include <cmath>
#include <cstdio>
#include <vector>

#include "kernels.cuh"

namespace {

template <typename T>
bool all_close(const std::vector<T>& got, T expected, const char* what)
{
    for (size_t i = 0; i < got.size(); ++i) {
        if (std::fabs(static_cast<double>(got[i]) - static_cast<double>(expected)) > 1e-6) {
            fprintf(stderr, "%s: element %zu is %f, expected %f\n", what, i, static_cast<double>(got[i]),
                    static_cast<double>(expected));
            return false;
        }
    }
    return true;
}

}  // namespace

int main()
{
    const int n = 1 << 20;
    hipStream_t stream;
    CUDA_CHECK(hipStreamCreate(&stream));

    float* d_in = nullptr;
    float* d_out = nullptr;
    double* d_wide = nullptr;
    int* d_flags = nullptr;
    CUDA_CHECK(hipMalloc(&d_in, n * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_out, n * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_wide, n * sizeof(double)));
    CUDA_CHECK(hipMalloc(&d_flags, n * sizeof(int)));

    // Deduced template arguments: fill_kernel<float>, fill_kernel<double>.
    hipLaunchKernelGGL(HIP_KERNEL_NAME(fill_kernel<float>), dim3(blocks_for(n)), dim3(kThreadsPerBlock), 0, stream, d_in, 3.0f, n);
    hipLaunchKernelGGL(HIP_KERNEL_NAME(fill_kernel<double>), dim3(blocks_for(n)), dim3(kThreadsPerBlock), 0, stream, d_wide, 1.5, n);
    CUDA_CHECK(hipGetLastError());

    // Explicit arguments, type and non-type, and all four launch parameters.
    constexpr int kItems = 4;
    const dim3 grid(blocks_for(n, kItems));
    const dim3 block(kThreadsPerBlock);
    hipLaunchKernelGGL(HIP_KERNEL_NAME(scale_kernel<float, kItems>), dim3(grid), dim3(block), 0, stream, d_in, 2.0f, n);
    hipLaunchKernelGGL(HIP_KERNEL_NAME(scale_kernel<double, 2>), dim3(blocks_for(n, 2)), dim3(kThreadsPerBlock), 0, 0, d_wide, 4.0, n);
    CUDA_CHECK(hipGetLastError());

    // Functor arguments are deduced too.
    hipLaunchKernelGGL(HIP_KERNEL_NAME(transform_kernel<float, ops::Square>), dim3(blocks_for(n)), dim3(kThreadsPerBlock), 0, stream, d_in, d_out, n, ops::Square());
    hipLaunchKernelGGL(HIP_KERNEL_NAME(transform_kernel<float, ops::Clamp>), dim3(blocks_for(n)), dim3(kThreadsPerBlock), 0, stream, d_out, d_out, n, ops::Clamp{0.0f, 30.0f});

    // Through the macro, which checks (and in debug builds waits for) the launch.
    LAUNCH_KERNEL(fill_kernel<int>, blocks_for(n), kThreadsPerBlock, stream, d_flags, 7, n);

    // Block sums with the block size as a template argument and dynamic shared memory.
    constexpr unsigned int kSumBlock = 512;
    const unsigned int sum_blocks = (n + kSumBlock - 1) / kSumBlock;
    float* d_block_sums = nullptr;
    CUDA_CHECK(hipMalloc(&d_block_sums, sum_blocks * sizeof(float)));
    hipLaunchKernelGGL(HIP_KERNEL_NAME(block_sum_kernel<float, kSumBlock>), dim3(sum_blocks), dim3(kSumBlock), kSumBlock * sizeof(float), stream, d_in, d_block_sums, n);
    CUDA_CHECK(hipGetLastError());

    std::vector<float> h_out(n);
    std::vector<double> h_wide(n);
    std::vector<int> h_flags(n);
    std::vector<float> h_block_sums(sum_blocks);
    CUDA_CHECK(hipMemcpyAsync(h_out.data(), d_out, n * sizeof(float), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipMemcpyAsync(h_flags.data(), d_flags, n * sizeof(int), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipMemcpyAsync(h_block_sums.data(), d_block_sums, sum_blocks * sizeof(float),
                               hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));
    // d_wide was written on the legacy default stream.
    CUDA_CHECK(hipMemcpy(h_wide.data(), d_wide, n * sizeof(double), hipMemcpyDeviceToHost));

    bool ok = all_close(h_out, 30.0f, "square+clamp");  // (3 * 2)^2 = 36, clamped to 30
    ok = all_close(h_wide, 6.0, "scale<double>") && ok;
    ok = all_close(h_flags, 7, "fill<int>") && ok;
    ok = all_close(h_block_sums, 6.0f * kSumBlock, "block_sum") && ok;
    printf("%s\n", ok ? "PASSED" : "FAILED");

    CUDA_CHECK(hipFree(d_block_sums));
    CUDA_CHECK(hipFree(d_flags));
    CUDA_CHECK(hipFree(d_wide));
    CUDA_CHECK(hipFree(d_out));
    CUDA_CHECK(hipFree(d_in));
    CUDA_CHECK(hipStreamDestroy(stream));
    return ok ? 0 : 1;
}
