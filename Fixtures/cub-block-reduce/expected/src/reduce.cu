// reduce.cu -- sum and max of a large array, twice: with a hand-written two-level reduction built
// on cub::BlockReduce, and with cub::DeviceReduce. Both are compared with the host result.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <random>
#include <vector>

#include <hip/hip_runtime.h>
#include <hipcub/hipcub.hpp>

#define CUDA_CHECK(call)                                                                         \
    do {                                                                                         \
        hipError_t err = (call);                                                                 \
        if (err != hipSuccess) {                                                                 \
            std::fprintf(stderr, "%s:%d: %s failed: %s\n", __FILE__, __LINE__, #call,            \
                         hipGetErrorString(err));                                                \
            std::exit(EXIT_FAILURE);                                                             \
        }                                                                                        \
    } while (0)

constexpr int kBlockThreads = 256;
constexpr int kItemsPerThread = 4;

// Each block reduces kBlockThreads * kItemsPerThread consecutive items to one partial sum and one
// partial maximum.
template <int BLOCK_THREADS, int ITEMS_PER_THREAD>
__global__ void __launch_bounds__(BLOCK_THREADS)
    block_partials(const float* __restrict__ in, int n, float* __restrict__ partial_sums,
                   float* __restrict__ partial_max)
{
    using BlockReduceT = hipcub::BlockReduce<float, BLOCK_THREADS>;
    // The two reductions run one after the other, so they can share the temporary storage.
    __shared__ typename BlockReduceT::TempStorage temp_storage;

    float items[ITEMS_PER_THREAD];
    float local_max = -INFINITY;
    const int base = blockIdx.x * BLOCK_THREADS * ITEMS_PER_THREAD;
#pragma unroll
    for (int i = 0; i < ITEMS_PER_THREAD; ++i) {
        const int idx = base + i * BLOCK_THREADS + threadIdx.x;  // coalesced
        items[i] = idx < n ? in[idx] : 0.0f;
        if (idx < n) local_max = fmaxf(local_max, items[i]);
    }

    const float block_sum = BlockReduceT(temp_storage).Sum(items);
    __syncthreads();  // temp_storage is reused below
    const float block_max = BlockReduceT(temp_storage).Reduce(local_max, hipcub::Max());
    if (threadIdx.x == 0) {
        partial_sums[blockIdx.x] = block_sum;
        partial_max[blockIdx.x] = block_max;
    }
}

// Second level: one block folds the partials (count <= BLOCK_THREADS).
template <int BLOCK_THREADS>
__global__ void finish(const float* __restrict__ partial_sums, const float* __restrict__ partial_max, int count,
                       float* __restrict__ result)
{
    using BlockReduceT = hipcub::BlockReduce<float, BLOCK_THREADS>;
    __shared__ typename BlockReduceT::TempStorage temp_storage;
    const int i = threadIdx.x;
    const float sum = BlockReduceT(temp_storage).Sum(i < count ? partial_sums[i] : 0.0f, count);
    __syncthreads();
    const float max = BlockReduceT(temp_storage).Reduce(i < count ? partial_max[i] : -INFINITY, hipcub::Max(), count);
    if (i == 0) {
        result[0] = sum;
        result[1] = max;
    }
}

int main()
{
    const int n = 200000;
    const int tile = kBlockThreads * kItemsPerThread;
    const int blocks = (n + tile - 1) / tile;
    if (blocks > kBlockThreads) {
        std::fprintf(stderr, "too many partials: %d\n", blocks);
        return EXIT_FAILURE;
    }

    std::mt19937 rng(99);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    std::vector<float> h_in(n);
    for (float& v : h_in) v = dist(rng);
    const double want_sum = std::accumulate(h_in.begin(), h_in.end(), 0.0);
    const float want_max = *std::max_element(h_in.begin(), h_in.end());

    float *d_in = nullptr, *d_partial_sums = nullptr, *d_partial_max = nullptr, *d_result = nullptr;
    CUDA_CHECK(hipMalloc(&d_in, n * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_partial_sums, blocks * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_partial_max, blocks * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_result, 2 * sizeof(float)));
    CUDA_CHECK(hipMemcpy(d_in, h_in.data(), n * sizeof(float), hipMemcpyHostToDevice));

    // 1. Block-level primitives.
    block_partials<kBlockThreads, kItemsPerThread><<<blocks, kBlockThreads>>>(d_in, n, d_partial_sums, d_partial_max);
    CUDA_CHECK(hipGetLastError());
    finish<kBlockThreads><<<1, kBlockThreads>>>(d_partial_sums, d_partial_max, blocks, d_result);
    CUDA_CHECK(hipGetLastError());
    float block_result[2];
    CUDA_CHECK(hipMemcpy(block_result, d_result, sizeof(block_result), hipMemcpyDeviceToHost));

    // 2. Device-wide reduction: ask for the temporary storage size, allocate, run.
    hipStream_t stream;
    CUDA_CHECK(hipStreamCreate(&stream));
    void* d_temp = nullptr;
    size_t temp_bytes = 0;
    CUDA_CHECK(hipcub::DeviceReduce::Sum(d_temp, temp_bytes, d_in, d_result, n, stream));
    size_t max_temp_bytes = 0;
    CUDA_CHECK(hipcub::DeviceReduce::Max(nullptr, max_temp_bytes, d_in, d_result + 1, n, stream));
    temp_bytes = std::max(temp_bytes, max_temp_bytes);
    CUDA_CHECK(hipMalloc(&d_temp, temp_bytes));
    CUDA_CHECK(hipcub::DeviceReduce::Sum(d_temp, temp_bytes, d_in, d_result, n, stream));
    CUDA_CHECK(hipcub::DeviceReduce::Max(d_temp, temp_bytes, d_in, d_result + 1, n, stream));
    float device_result[2];
    CUDA_CHECK(hipMemcpyAsync(device_result, d_result, sizeof(device_result), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));

    const double tol = 1e-3 * std::sqrt(double(n));
    const bool ok = std::fabs(block_result[0] - want_sum) < tol && block_result[1] == want_max &&
                    std::fabs(device_result[0] - want_sum) < tol && device_result[1] == want_max;
    std::printf("host   sum %.4f max %.6f\n", want_sum, want_max);
    std::printf("block  sum %.4f max %.6f\n", block_result[0], block_result[1]);
    std::printf("device sum %.4f max %.6f (temp storage %zu bytes)\n", device_result[0], device_result[1], temp_bytes);

    CUDA_CHECK(hipFree(d_temp));
    CUDA_CHECK(hipStreamDestroy(stream));
    CUDA_CHECK(hipFree(d_in));
    CUDA_CHECK(hipFree(d_partial_sums));
    CUDA_CHECK(hipFree(d_partial_max));
    CUDA_CHECK(hipFree(d_result));
    std::printf("%s\n", ok ? "PASSED" : "FAILED");
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
