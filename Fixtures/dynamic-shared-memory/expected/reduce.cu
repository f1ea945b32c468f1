// reduce.cu -- sum and threshold-count reductions with dynamically sized
// shared memory, tuned with the occupancy API.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <numeric>
#include <vector>

#include <hip/hip_runtime.h>

#define CUDA_CHECK(call)                                                             \
    do {                                                                             \
        const hipError_t err = (call);                                               \
        if (err != hipSuccess) {                                                     \
            fprintf(stderr, "CUDA error at %s:%d: %s\n", __FILE__, __LINE__,         \
                    hipGetErrorString(err));                                         \
            exit(EXIT_FAILURE);                                                      \
        }                                                                            \
    } while (0)

constexpr unsigned int kFullMask = 0xffffffff;

// Sum of `value` over the warp, in lane 0.
__device__ __forceinline__ float warp_reduce_sum(float value)
{
    for (int offset = warpSize / 2; offset > 0; offset /= 2) {
        value += __shfl_down(value, offset);
    }
    return value;
}

// Classic tree reduction: one float of dynamic shared memory per thread.
__global__ void reduce_tree_kernel(const float* __restrict__ in, float* __restrict__ block_sums, int n)
{
    extern __shared__ float sdata[];

    const unsigned int tid = threadIdx.x;
    float sum = 0.0f;
    for (int i = blockIdx.x * blockDim.x + tid; i < n; i += blockDim.x * gridDim.x) {
        sum += in[i];
    }
    sdata[tid] = sum;
    __syncthreads();

    // Shared-memory steps down to one warp, then shuffles.
    for (unsigned int s = blockDim.x / 2; s >= static_cast<unsigned int>(warpSize); s >>= 1) {
        if (tid < s) {
            sdata[tid] += sdata[tid + s];
        }
        __syncthreads();
    }
    if (tid < warpSize) {
        float v = sdata[tid];
        v = warp_reduce_sum(v);
        if (tid == 0) {
            block_sums[blockIdx.x] = v;
        }
    }
}

// Warp-first reduction: each warp reduces with shuffles, one partial per warp
// goes through shared memory. Also counts the elements above `threshold`.
// Dynamic shared memory: one float and one int per warp.
__global__ void reduce_warp_kernel(const float* __restrict__ in, float* __restrict__ block_sums,
                                   unsigned int* __restrict__ above, float threshold, int n)
{
    extern __shared__ unsigned char smem[];
    const int warps = blockDim.x / warpSize;
    float* warp_sums = reinterpret_cast<float*>(smem);
    int* warp_counts = reinterpret_cast<int*>(warp_sums + warps);

    const int lane = threadIdx.x % warpSize;
    const int warp = threadIdx.x / warpSize;

    float sum = 0.0f;
    int count = 0;
    for (int base = blockIdx.x * blockDim.x; base < n; base += blockDim.x * gridDim.x) {
        const int i = base + threadIdx.x;
        const float v = i < n ? in[i] : 0.0f;
        sum += v;
        // Every lane takes part in the vote, in range or not.
        const unsigned int votes = __ballot(i < n && v > threshold);
        if (lane == 0) {
            count += __popc(votes);
        }
    }
    sum = warp_reduce_sum(sum);
    if (lane == 0) {
        warp_sums[warp] = sum;
        warp_counts[warp] = count;
    }
    __syncthreads();

    if (warp == 0) {
        float block_sum = lane < warps ? warp_sums[lane] : 0.0f;
        int block_count = lane < warps ? warp_counts[lane] : 0;
        block_sum = warp_reduce_sum(block_sum);
        for (int offset = warpSize / 2; offset > 0; offset /= 2) {
            block_count += __shfl_down(block_count, offset);
        }
        if (lane == 0) {
            block_sums[blockIdx.x] = block_sum;
            atomicAdd(above, static_cast<unsigned int>(block_count));
        }
    }
}

// Final pass over the per-block sums, one block; also uses dynamic shared memory.
__global__ void reduce_final_kernel(const float* block_sums, float* total, int count)
{
    extern __shared__ float partial[];
    float sum = 0.0f;
    for (int i = threadIdx.x; i < count; i += blockDim.x) {
        sum += block_sums[i];
    }
    partial[threadIdx.x] = sum;
    __syncthreads();
    for (unsigned int s = blockDim.x / 2; s > 0; s >>= 1) {
        if (threadIdx.x < s) {
            partial[threadIdx.x] += partial[threadIdx.x + s];
        }
        __syncthreads();
    }
    if (threadIdx.x == 0) {
        *total = partial[0];
    }
}

int main(int argc, char** argv)
{
    const int n = argc > 1 ? std::atoi(argv[1]) : 10000000;
    const float threshold = 0.75f;

    int device = 0;
    CUDA_CHECK(hipGetDevice(&device));
    hipDeviceProp_t prop;
    CUDA_CHECK(hipGetDeviceProperties(&prop, device));

    // Block size from the occupancy calculator for the tree kernel, whose shared
    // memory grows with the block (4 bytes per thread).
    int min_grid = 0;
    int block = 0;
    CUDA_CHECK(hipOccupancyMaxPotentialBlockSize(&min_grid, &block, reinterpret_cast<const void*>(reduce_tree_kernel), 0, 1024));
    block = std::max(block, 64);
    block -= block % prop.warpSize;
    const size_t tree_smem = block * sizeof(float);

    // Let the final pass use up to 64 KiB of dynamic shared memory, above the
    // 48 KiB default, so final_block can be raised on GPUs that allow it.
    const int final_block = 1024;
    const size_t final_smem = final_block * sizeof(float) * 16;
    CUDA_CHECK(hipFuncSetAttribute(reinterpret_cast<const void*>(reduce_final_kernel), hipFuncAttributeMaxDynamicSharedMemorySize,
                                    static_cast<int>(final_smem)));

    int blocks_per_sm = 0;
    CUDA_CHECK(hipOccupancyMaxActiveBlocksPerMultiprocessor(&blocks_per_sm, reinterpret_cast<const void*>(reduce_tree_kernel), block, tree_smem));
    const int grid = std::min(blocks_per_sm * prop.multiProcessorCount, (n + block - 1) / block);
    printf("%s: block %d, %d blocks/SM, grid %d, %zu B dynamic shared memory\n", prop.name, block, blocks_per_sm,
           grid, tree_smem);

    std::vector<float> h_in(n);
    for (int i = 0; i < n; ++i) {
        h_in[i] = static_cast<float>((i * 7919) % 1000) / 1000.0f;
    }
    const double expected_sum = std::accumulate(h_in.begin(), h_in.end(), 0.0);
    const unsigned int expected_above =
        static_cast<unsigned int>(std::count_if(h_in.begin(), h_in.end(), [&](float v) { return v > threshold; }));

    float* d_in = nullptr;
    float* d_block_sums = nullptr;
    float* d_total = nullptr;
    unsigned int* d_above = nullptr;
    CUDA_CHECK(hipMalloc(&d_in, n * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_block_sums, grid * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_total, sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_above, sizeof(unsigned int)));
    CUDA_CHECK(hipMemcpy(d_in, h_in.data(), n * sizeof(float), hipMemcpyHostToDevice));
    CUDA_CHECK(hipMemset(d_above, 0, sizeof(unsigned int)));

    // 1) Tree reduction.
    reduce_tree_kernel<<<grid, block, tree_smem>>>(d_in, d_block_sums, n);
    CUDA_CHECK(hipGetLastError());
    reduce_final_kernel<<<1, final_block, final_block * sizeof(float)>>>(d_block_sums, d_total, grid);
    CUDA_CHECK(hipGetLastError());
    float tree_total = 0.0f;
    CUDA_CHECK(hipMemcpy(&tree_total, d_total, sizeof(float), hipMemcpyDeviceToHost));

    // 2) Warp-first reduction with the threshold count.
    const size_t warp_smem = (block / prop.warpSize) * (sizeof(float) + sizeof(int));
    reduce_warp_kernel<<<grid, block, warp_smem>>>(d_in, d_block_sums, d_above, threshold, n);
    CUDA_CHECK(hipGetLastError());
    reduce_final_kernel<<<1, final_block, final_block * sizeof(float)>>>(d_block_sums, d_total, grid);
    CUDA_CHECK(hipGetLastError());
    float warp_total = 0.0f;
    unsigned int above = 0;
    CUDA_CHECK(hipMemcpy(&warp_total, d_total, sizeof(float), hipMemcpyDeviceToHost));
    CUDA_CHECK(hipMemcpy(&above, d_above, sizeof(unsigned int), hipMemcpyDeviceToHost));

    const double tolerance = 1e-5 * expected_sum;
    const bool ok = std::abs(tree_total - expected_sum) < tolerance && std::abs(warp_total - expected_sum) < tolerance &&
                    above == expected_above;
    printf("sum: tree %.2f, warp %.2f, expected %.2f; above %.2f: %u (expected %u) -> %s\n", tree_total, warp_total,
           expected_sum, threshold, above, expected_above, ok ? "PASSED" : "FAILED");

    CUDA_CHECK(hipFree(d_above));
    CUDA_CHECK(hipFree(d_total));
    CUDA_CHECK(hipFree(d_block_sums));
    CUDA_CHECK(hipFree(d_in));
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
