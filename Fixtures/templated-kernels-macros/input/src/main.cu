// main.cu -- exercises the generic kernels with several element types.
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
    cudaStream_t stream;
    CUDA_CHECK(cudaStreamCreate(&stream));

    float* d_in = nullptr;
    float* d_out = nullptr;
    double* d_wide = nullptr;
    int* d_flags = nullptr;
    CUDA_CHECK(cudaMalloc(&d_in, n * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&d_out, n * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&d_wide, n * sizeof(double)));
    CUDA_CHECK(cudaMalloc(&d_flags, n * sizeof(int)));

    // Deduced template arguments: fill_kernel<float>, fill_kernel<double>.
    fill_kernel<<<blocks_for(n), kThreadsPerBlock, 0, stream>>>(d_in, 3.0f, n);
    fill_kernel<<<blocks_for(n), kThreadsPerBlock, 0, stream>>>(d_wide, 1.5, n);
    CUDA_CHECK(cudaGetLastError());

    // Explicit arguments, type and non-type, and all four launch parameters.
    constexpr int kItems = 4;
    const dim3 grid(blocks_for(n, kItems));
    const dim3 block(kThreadsPerBlock);
    scale_kernel<float, kItems><<<grid, block, 0, stream>>>(d_in, 2.0f, n);
    scale_kernel<double, 2><<<blocks_for(n, 2), kThreadsPerBlock>>>(d_wide, 4.0, n);
    CUDA_CHECK(cudaGetLastError());

    // Functor arguments are deduced too.
    transform_kernel<<<blocks_for(n), kThreadsPerBlock, 0, stream>>>(d_in, d_out, n, ops::Square());
    transform_kernel<float, ops::Clamp><<<blocks_for(n), kThreadsPerBlock, 0, stream>>>(d_out, d_out, n, ops::Clamp{0.0f, 30.0f});

    // Through the macro, which checks (and in debug builds waits for) the launch.
    LAUNCH_KERNEL(fill_kernel<int>, blocks_for(n), kThreadsPerBlock, stream, d_flags, 7, n);

    // Block sums with the block size as a template argument and dynamic shared memory.
    constexpr unsigned int kSumBlock = 512;
    const unsigned int sum_blocks = (n + kSumBlock - 1) / kSumBlock;
    float* d_block_sums = nullptr;
    CUDA_CHECK(cudaMalloc(&d_block_sums, sum_blocks * sizeof(float)));
    block_sum_kernel<float, kSumBlock><<<sum_blocks, kSumBlock, kSumBlock * sizeof(float), stream>>>(d_in, d_block_sums, n);
    CUDA_CHECK(cudaGetLastError());

    std::vector<float> h_out(n);
    std::vector<double> h_wide(n);
    std::vector<int> h_flags(n);
    std::vector<float> h_block_sums(sum_blocks);
    CUDA_CHECK(cudaMemcpyAsync(h_out.data(), d_out, n * sizeof(float), cudaMemcpyDeviceToHost, stream));
    CUDA_CHECK(cudaMemcpyAsync(h_flags.data(), d_flags, n * sizeof(int), cudaMemcpyDeviceToHost, stream));
    CUDA_CHECK(cudaMemcpyAsync(h_block_sums.data(), d_block_sums, sum_blocks * sizeof(float),
                               cudaMemcpyDeviceToHost, stream));
    CUDA_CHECK(cudaStreamSynchronize(stream));
    // d_wide was written on the legacy default stream.
    CUDA_CHECK(cudaMemcpy(h_wide.data(), d_wide, n * sizeof(double), cudaMemcpyDeviceToHost));

    bool ok = all_close(h_out, 30.0f, "square+clamp");  // (3 * 2)^2 = 36, clamped to 30
    ok = all_close(h_wide, 6.0, "scale<double>") && ok;
    ok = all_close(h_flags, 7, "fill<int>") && ok;
    ok = all_close(h_block_sums, 6.0f * kSumBlock, "block_sum") && ok;
    printf("%s\n", ok ? "PASSED" : "FAILED");

    CUDA_CHECK(cudaFree(d_block_sums));
    CUDA_CHECK(cudaFree(d_flags));
    CUDA_CHECK(cudaFree(d_wide));
    CUDA_CHECK(cudaFree(d_out));
    CUDA_CHECK(cudaFree(d_in));
    CUDA_CHECK(cudaStreamDestroy(stream));
    return ok ? 0 : 1;
}
