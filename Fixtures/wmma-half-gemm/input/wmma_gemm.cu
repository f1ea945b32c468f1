// Half-precision GEMM on tensor cores: C = alpha * A * B + beta * C, with A (m x k) row-major,
// B (k x n) column-major and C (m x n) row-major in float. Each warp owns one 16x16 tile of C
// and walks the k dimension 16 columns at a time.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <cuda_runtime.h>
#include <cuda_fp16.h>
#include <mma.h>

using namespace nvcuda;

#define CHECK_CUDA(call)                                                        \
    do {                                                                        \
        cudaError_t status_ = (call);                                           \
        if (status_ != cudaSuccess) {                                           \
            fprintf(stderr, "%s:%d: %s failed: %s\n", __FILE__, __LINE__, #call, \
                    cudaGetErrorString(status_));                               \
            exit(EXIT_FAILURE);                                                 \
        }                                                                       \
    } while (0)

constexpr int kTile = 16;

__global__ void gemm_tiles(const half* a, const half* b, float* c, int m, int n, int k,
                           float alpha, float beta) {
    // Tile coordinates of this warp: warps are laid out along x, one tile row per warp.
    const int tileRow = (blockIdx.x * blockDim.x + threadIdx.x) / warpSize;
    const int tileCol = blockIdx.y * blockDim.y + threadIdx.y;
    const int row = tileRow * kTile;
    const int col = tileCol * kTile;
    if (row >= m || col >= n) return;

    wmma::fragment<wmma::matrix_a, kTile, kTile, kTile, half, wmma::row_major> aTile;
    wmma::fragment<wmma::matrix_b, kTile, kTile, kTile, half, wmma::col_major> bTile;
    wmma::fragment<wmma::accumulator, kTile, kTile, kTile, float> product;
    wmma::fragment<wmma::accumulator, kTile, kTile, kTile, float> result;

    wmma::fill_fragment(product, 0.0f);
    for (int step = 0; step < k; step += kTile) {
        wmma::load_matrix_sync(aTile, a + row * k + step, k);
        wmma::load_matrix_sync(bTile, b + col * k + step, k);
        wmma::mma_sync(product, aTile, bTile, product);
    }

    float* out = c + row * n + col;
    wmma::load_matrix_sync(result, out, n, wmma::mem_row_major);
    for (int i = 0; i < result.num_elements; ++i) {
        result.x[i] = alpha * product.x[i] + beta * result.x[i];
    }
    wmma::store_matrix_sync(out, result, n, wmma::mem_row_major);
}

int main() {
    const int m = 256, n = 128, k = 64;
    const float alpha = 1.5f, beta = 0.5f;

    std::vector<half> hostA(m * k), hostB(k * n);
    std::vector<float> hostC(m * n), reference(m * n);
    for (int i = 0; i < m * k; ++i) hostA[i] = __float2half(static_cast<float>((i * 7) % 11 - 5) / 8.0f);
    for (int i = 0; i < k * n; ++i) hostB[i] = __float2half(static_cast<float>((i * 5) % 13 - 6) / 8.0f);
    for (int i = 0; i < m * n; ++i) hostC[i] = static_cast<float>(i % 17) / 4.0f;

    // Reference on the host, from the same half-rounded inputs.
    for (int r = 0; r < m; ++r) {
        for (int q = 0; q < n; ++q) {
            float sum = 0.0f;
            for (int p = 0; p < k; ++p) sum += __half2float(hostA[r * k + p]) * __half2float(hostB[q * k + p]);
            reference[r * n + q] = alpha * sum + beta * hostC[r * n + q];
        }
    }

    half *deviceA = nullptr, *deviceB = nullptr;
    float* deviceC = nullptr;
    CHECK_CUDA(cudaMalloc(&deviceA, hostA.size() * sizeof(half)));
    CHECK_CUDA(cudaMalloc(&deviceB, hostB.size() * sizeof(half)));
    CHECK_CUDA(cudaMalloc(&deviceC, hostC.size() * sizeof(float)));
    CHECK_CUDA(cudaMemcpy(deviceA, hostA.data(), hostA.size() * sizeof(half), cudaMemcpyHostToDevice));
    CHECK_CUDA(cudaMemcpy(deviceB, hostB.data(), hostB.size() * sizeof(half), cudaMemcpyHostToDevice));
    CHECK_CUDA(cudaMemcpy(deviceC, hostC.data(), hostC.size() * sizeof(float), cudaMemcpyHostToDevice));

    // 128 x 4 threads: four warps along x, each a tile row, and four tile columns along y.
    const dim3 block(128, 4);
    const int tileRowsPerBlock = block.x / 32;
    const dim3 grid((m / kTile + tileRowsPerBlock - 1) / tileRowsPerBlock, (n / kTile + block.y - 1) / block.y);
    gemm_tiles<<<grid, block>>>(deviceA, deviceB, deviceC, m, n, k, alpha, beta);
    CHECK_CUDA(cudaGetLastError());
    CHECK_CUDA(cudaDeviceSynchronize());

    CHECK_CUDA(cudaMemcpy(hostC.data(), deviceC, hostC.size() * sizeof(float), cudaMemcpyDeviceToHost));
    float worst = 0.0f;
    for (int i = 0; i < m * n; ++i) worst = fmaxf(worst, fabsf(hostC[i] - reference[i]));
    printf("max abs error: %g\n", worst);

    CHECK_CUDA(cudaFree(deviceA));
    CHECK_CUDA(cudaFree(deviceB));
    CHECK_CUDA(cudaFree(deviceC));
    if (worst > 1e-3f) {
        printf("FAILED\n");
        return EXIT_FAILURE;
    }
    printf("PASSED\n");
    return EXIT_SUCCESS;
}
