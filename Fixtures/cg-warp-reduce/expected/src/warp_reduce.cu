// warp_reduce.cu -- three uses of the cooperative-groups collectives on 32-thread tiles:
//   1. the sum of a large array (tile reductions, then one tile folds the block's partial sums),
//   2. the maximum of an integer array (cg::greater, then one atomicMax per tile),
//   3. stream compaction of the positive values, tile by tile (an exclusive scan of the flags
//      gives each kept value its slot; an inclusive scan gives the running count).
// Every result is compared with the host's.
#include <hip/hip_runtime.h>
#include <hip/hip_cooperative_groups.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>
#include "../cu2hip/cooperative_groups_reduce.h"

namespace cg = cooperative_groups;

#define CHECK_CUDA(call)                                                                   \
    do {                                                                                   \
        hipError_t status_ = (call);                                                       \
        if (status_ != hipSuccess) {                                                       \
            std::fprintf(stderr, "%s:%d: %s: %s\n", __FILE__, __LINE__, #call,             \
                         hipGetErrorString(status_));                                      \
            std::exit(EXIT_FAILURE);                                                       \
        }                                                                                  \
    } while (0)

constexpr int kBlock = 256;
constexpr int kTile = 32;
constexpr int kTilesPerBlock = kBlock / kTile;

// Grid-stride sum: every thread adds its share, each tile reduces its 32 values, and the first
// tile of the block adds the block's partial sums before one atomicAdd.
__global__ void block_sum(const float* in, int n, float* total) {
    __shared__ float partial[kTilesPerBlock];
    cg::thread_block block = cg::this_thread_block();
    cg::thread_block_tile<kTile> tile = cg::tiled_partition<kTile>(block);
    const int tile_index = block.thread_rank() / kTile;

    float sum = 0.0f;
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += gridDim.x * blockDim.x) sum += in[i];
    sum = cu2hip::cg::reduce(tile, sum, cu2hip::cg::plus<float>());
    if (tile.thread_rank() == 0) partial[tile_index] = sum;
    block.sync();

    if (tile_index == 0) {
        float mine = tile.thread_rank() < kTilesPerBlock ? partial[tile.thread_rank()] : 0.0f;
        float block_total = cu2hip::cg::reduce(tile, mine, cu2hip::cg::plus<float>());
        if (tile.thread_rank() == 0) atomicAdd(total, block_total);
    }
}

// The largest value: one atomicMax per tile.
__global__ void array_max(const int* in, int n, int* result) {
    cg::thread_block_tile<kTile> tile = cg::tiled_partition<kTile>(cg::this_thread_block());
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    const int value = i < n ? in[i] : INT_MIN;
    const int tile_max = cu2hip::cg::reduce(tile, value, cu2hip::cg::greater<int>());
    if (tile.thread_rank() == 0) atomicMax(result, tile_max);
}

// Keeps the positive values of each 32-element segment, in order, at the start of the segment's
// slice of `out`; counts[segment] is how many were kept.
__global__ void compact_positive(const float* in, int n, float* out, int* counts) {
    cg::thread_block_tile<kTile> tile = cg::tiled_partition<kTile>(cg::this_thread_block());
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    const int segment = i / kTile;
    const float value = i < n ? in[i] : 0.0f;
    const int keep = value > 0.0f ? 1 : 0;

    const int slot = cu2hip::cg::exclusive_scan(tile, keep);
    const int kept_so_far = cu2hip::cg::inclusive_scan(tile, keep, cu2hip::cg::plus<int>());
    if (keep) out[segment * kTile + slot] = value;
    if (tile.thread_rank() == kTile - 1) counts[segment] = kept_so_far;
}

static bool close_enough(double expected, double actual) {
    return std::fabs(expected - actual) <= 1e-4 * std::max(1.0, std::fabs(expected));
}

int main() {
    const int n = 1 << 20;
    std::vector<float> values(n);
    std::vector<int> integers(n);
    unsigned state = 12345u;
    for (int i = 0; i < n; ++i) {
        state = state * 1664525u + 1013904223u;
        values[i] = static_cast<float>(state >> 8) / static_cast<float>(1 << 24) - 0.5f;
        integers[i] = static_cast<int>(state >> 4) - (1 << 27);
    }

    float* d_values = nullptr;
    int* d_integers = nullptr;
    float* d_total = nullptr;
    int* d_max = nullptr;
    float* d_compacted = nullptr;
    int* d_counts = nullptr;
    const int segments = n / kTile;
    CHECK_CUDA(hipMalloc(&d_values, n * sizeof(float)));
    CHECK_CUDA(hipMalloc(&d_integers, n * sizeof(int)));
    CHECK_CUDA(hipMalloc(&d_total, sizeof(float)));
    CHECK_CUDA(hipMalloc(&d_max, sizeof(int)));
    CHECK_CUDA(hipMalloc(&d_compacted, n * sizeof(float)));
    CHECK_CUDA(hipMalloc(&d_counts, segments * sizeof(int)));
    CHECK_CUDA(hipMemcpy(d_values, values.data(), n * sizeof(float), hipMemcpyHostToDevice));
    CHECK_CUDA(hipMemcpy(d_integers, integers.data(), n * sizeof(int), hipMemcpyHostToDevice));
    CHECK_CUDA(hipMemset(d_total, 0, sizeof(float)));
    const int lowest = INT_MIN;
    CHECK_CUDA(hipMemcpy(d_max, &lowest, sizeof(int), hipMemcpyHostToDevice));

    block_sum<<<120, kBlock>>>(d_values, n, d_total);
    CHECK_CUDA(hipGetLastError());
    array_max<<<(n + kBlock - 1) / kBlock, kBlock>>>(d_integers, n, d_max);
    CHECK_CUDA(hipGetLastError());
    compact_positive<<<(n + kBlock - 1) / kBlock, kBlock>>>(d_values, n, d_compacted, d_counts);
    CHECK_CUDA(hipGetLastError());
    CHECK_CUDA(hipDeviceSynchronize());

    float total = 0.0f;
    int maximum = 0;
    std::vector<float> compacted(n);
    std::vector<int> counts(segments);
    CHECK_CUDA(hipMemcpy(&total, d_total, sizeof(float), hipMemcpyDeviceToHost));
    CHECK_CUDA(hipMemcpy(&maximum, d_max, sizeof(int), hipMemcpyDeviceToHost));
    CHECK_CUDA(hipMemcpy(compacted.data(), d_compacted, n * sizeof(float), hipMemcpyDeviceToHost));
    CHECK_CUDA(hipMemcpy(counts.data(), d_counts, segments * sizeof(int), hipMemcpyDeviceToHost));

    double expected_total = 0.0;
    for (float v : values) expected_total += v;
    const int expected_max = *std::max_element(integers.begin(), integers.end());
    int wrong_segments = 0;
    for (int s = 0; s < segments; ++s) {
        int kept = 0;
        bool same = true;
        for (int j = 0; j < kTile; ++j) {
            const float v = values[s * kTile + j];
            if (v > 0.0f) same = same && compacted[s * kTile + kept++] == v;
        }
        if (!same || kept != counts[s]) ++wrong_segments;
    }

    const bool sum_ok = close_enough(expected_total, total);
    std::printf("sum: %.6f (host %.6f) %s\n", total, expected_total, sum_ok ? "ok" : "WRONG");
    std::printf("max: %d (host %d) %s\n", maximum, expected_max, maximum == expected_max ? "ok" : "WRONG");
    std::printf("compaction: %d of %d segments wrong\n", wrong_segments, segments);

    CHECK_CUDA(hipFree(d_values));
    CHECK_CUDA(hipFree(d_integers));
    CHECK_CUDA(hipFree(d_total));
    CHECK_CUDA(hipFree(d_max));
    CHECK_CUDA(hipFree(d_compacted));
    CHECK_CUDA(hipFree(d_counts));
    const bool passed = sum_ok && maximum == expected_max && wrong_segments == 0;
    std::printf("%s\n", passed ? "PASSED" : "FAILED");
    return passed ? EXIT_SUCCESS : EXIT_FAILURE;
}
