// warp_reduce.cu -- three uses of the cooperative-groups collectives on 32-thread tiles:
//   1. the sum of a large array (tile reductions, then one tile folds the block's partial sums),
//   2. the maximum of an integer array (cg::greater, then one atomicMax per tile),
//   3. stream compaction of the positive values, tile by tile (an exclusive scan of the flags
//      gives each kept value its slot; an inclusive scan gives the running count).
// Every result is compared with the host's.
#include <cooperative_groups.h>
#include <cooperative_groups/reduce.h>
#include <cooperative_groups/scan.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace cg = cooperative_groups;

#define CHECK_CUDA(call)                                                                   \
    do {                                                                                   \
        cudaError_t status_ = (call);                                                      \
        if (status_ != cudaSuccess) {                                                      \
            std::fprintf(stderr, "%s:%d: %s: %s\n", __FILE__, __LINE__, #call,             \
                         cudaGetErrorString(status_));                                     \
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
    sum = cg::reduce(tile, sum, cg::plus<float>());
    if (tile.thread_rank() == 0) partial[tile_index] = sum;
    block.sync();

    if (tile_index == 0) {
        float mine = tile.thread_rank() < kTilesPerBlock ? partial[tile.thread_rank()] : 0.0f;
        float block_total = cg::reduce(tile, mine, cg::plus<float>());
        if (tile.thread_rank() == 0) atomicAdd(total, block_total);
    }
}

// The largest value: one atomicMax per tile.
__global__ void array_max(const int* in, int n, int* result) {
    cg::thread_block_tile<kTile> tile = cg::tiled_partition<kTile>(cg::this_thread_block());
    const int i = blockIdx.x * blockDim.x + threadIdx.x;
    const int value = i < n ? in[i] : INT_MIN;
    const int tile_max = cg::reduce(tile, value, cg::greater<int>());
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

    const int slot = cg::exclusive_scan(tile, keep);
    const int kept_so_far = cg::inclusive_scan(tile, keep, cg::plus<int>());
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
    CHECK_CUDA(cudaMalloc(&d_values, n * sizeof(float)));
    CHECK_CUDA(cudaMalloc(&d_integers, n * sizeof(int)));
    CHECK_CUDA(cudaMalloc(&d_total, sizeof(float)));
    CHECK_CUDA(cudaMalloc(&d_max, sizeof(int)));
    CHECK_CUDA(cudaMalloc(&d_compacted, n * sizeof(float)));
    CHECK_CUDA(cudaMalloc(&d_counts, segments * sizeof(int)));
    CHECK_CUDA(cudaMemcpy(d_values, values.data(), n * sizeof(float), cudaMemcpyHostToDevice));
    CHECK_CUDA(cudaMemcpy(d_integers, integers.data(), n * sizeof(int), cudaMemcpyHostToDevice));
    CHECK_CUDA(cudaMemset(d_total, 0, sizeof(float)));
    const int lowest = INT_MIN;
    CHECK_CUDA(cudaMemcpy(d_max, &lowest, sizeof(int), cudaMemcpyHostToDevice));

    block_sum<<<120, kBlock>>>(d_values, n, d_total);
    CHECK_CUDA(cudaGetLastError());
    array_max<<<(n + kBlock - 1) / kBlock, kBlock>>>(d_integers, n, d_max);
    CHECK_CUDA(cudaGetLastError());
    compact_positive<<<(n + kBlock - 1) / kBlock, kBlock>>>(d_values, n, d_compacted, d_counts);
    CHECK_CUDA(cudaGetLastError());
    CHECK_CUDA(cudaDeviceSynchronize());

    float total = 0.0f;
    int maximum = 0;
    std::vector<float> compacted(n);
    std::vector<int> counts(segments);
    CHECK_CUDA(cudaMemcpy(&total, d_total, sizeof(float), cudaMemcpyDeviceToHost));
    CHECK_CUDA(cudaMemcpy(&maximum, d_max, sizeof(int), cudaMemcpyDeviceToHost));
    CHECK_CUDA(cudaMemcpy(compacted.data(), d_compacted, n * sizeof(float), cudaMemcpyDeviceToHost));
    CHECK_CUDA(cudaMemcpy(counts.data(), d_counts, segments * sizeof(int), cudaMemcpyDeviceToHost));

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

    CHECK_CUDA(cudaFree(d_values));
    CHECK_CUDA(cudaFree(d_integers));
    CHECK_CUDA(cudaFree(d_total));
    CHECK_CUDA(cudaFree(d_max));
    CHECK_CUDA(cudaFree(d_compacted));
    CHECK_CUDA(cudaFree(d_counts));
    const bool passed = sum_ok && maximum == expected_max && wrong_segments == 0;
    std::printf("%s\n", passed ? "PASSED" : "FAILED");
    return passed ? EXIT_SUCCESS : EXIT_FAILURE;
}
