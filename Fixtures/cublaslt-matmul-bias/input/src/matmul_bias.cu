// matmul_bias.cu -- D = alpha * op(A) * B + beta * C + bias, in half precision with
// float accumulation, through cuBLASLt's bias epilogue; checked against the CPU.
//
// Column-major throughout. A is stored k x m and used transposed (TRANSA = T), B is
// k x n, C and D are m x n; the bias has one entry per row of D.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include <cuda_fp16.h>

#include "lt_check.h"

__global__ void to_half(const float* in, __half* out, int count)
{
    int i = blockIdx.x * blockDim.x + threadIdx.x;
    if (i < count) out[i] = __float2half(in[i]);
}

static __half* upload_as_half(const std::vector<float>& host)
{
    const int count = static_cast<int>(host.size());
    float* staging = nullptr;
    __half* device = nullptr;
    CUDA_CHECK(cudaMalloc(&staging, count * sizeof(float)));
    CUDA_CHECK(cudaMalloc(&device, count * sizeof(__half)));
    CUDA_CHECK(cudaMemcpy(staging, host.data(), count * sizeof(float), cudaMemcpyHostToDevice));
    to_half<<<(count + 255) / 256, 256>>>(staging, device, count);
    CUDA_CHECK(cudaGetLastError());
    CUDA_CHECK(cudaFree(staging));
    return device;
}

int main()
{
    const int m = 64, n = 48, k = 32;
    const float alpha = 1.0f, beta = 0.5f;

    std::vector<float> a(k * m), b(k * n), c(m * n), bias(m);
    for (int i = 0; i < k * m; ++i) a[i] = 0.01f * static_cast<float>((i * 7) % 13) - 0.06f;
    for (int i = 0; i < k * n; ++i) b[i] = 0.02f * static_cast<float>((i * 5) % 11) - 0.1f;
    for (int i = 0; i < m * n; ++i) c[i] = 0.001f * static_cast<float>(i % 17);
    for (int i = 0; i < m; ++i) bias[i] = 0.25f - 0.005f * static_cast<float>(i);

    __half* dA = upload_as_half(a);
    __half* dB = upload_as_half(b);
    __half* dC = upload_as_half(c);
    __half* dBias = upload_as_half(bias);
    __half* dD = nullptr;
    CUDA_CHECK(cudaMalloc(&dD, m * n * sizeof(__half)));

    cudaStream_t stream;
    CUDA_CHECK(cudaStreamCreate(&stream));

    cublasLtHandle_t lt;
    LT_CHECK(cublasLtCreate(&lt));

    // Operation: fp32 compute and fp32 alpha/beta over fp16 matrices.
    cublasLtMatmulDesc_t op;
    LT_CHECK(cublasLtMatmulDescCreate(&op, CUBLAS_COMPUTE_32F, CUDA_R_32F));
    cublasOperation_t transa = CUBLAS_OP_T, transb = CUBLAS_OP_N;
    LT_CHECK(cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_TRANSA, &transa, sizeof(transa)));
    LT_CHECK(cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_TRANSB, &transb, sizeof(transb)));
    cublasLtEpilogue_t epilogue = CUBLASLT_EPILOGUE_BIAS;
    LT_CHECK(cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_EPILOGUE, &epilogue, sizeof(epilogue)));
    const void* biasPointer = dBias;
    LT_CHECK(cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_BIAS_POINTER, &biasPointer, sizeof(biasPointer)));
    cudaDataType_t biasType = CUDA_R_16F;
    LT_CHECK(cublasLtMatmulDescSetAttribute(op, CUBLASLT_MATMUL_DESC_BIAS_DATA_TYPE, &biasType, sizeof(biasType)));

    // Layouts: A as stored (k x m), B (k x n), C and D (m x n).
    cublasLtMatrixLayout_t layoutA, layoutB, layoutC, layoutD;
    LT_CHECK(cublasLtMatrixLayoutCreate(&layoutA, CUDA_R_16F, k, m, k));
    LT_CHECK(cublasLtMatrixLayoutCreate(&layoutB, CUDA_R_16F, k, n, k));
    LT_CHECK(cublasLtMatrixLayoutCreate(&layoutC, CUDA_R_16F, m, n, m));
    LT_CHECK(cublasLtMatrixLayoutCreate(&layoutD, CUDA_R_16F, m, n, m));
    cublasLtOrder_t order = CUBLASLT_ORDER_COL;
    LT_CHECK(cublasLtMatrixLayoutSetAttribute(layoutD, CUBLASLT_MATRIX_LAYOUT_ORDER, &order, sizeof(order)));

    // Let the heuristic pick among algorithms that fit in 4 MiB of workspace.
    size_t workspaceLimit = 4u << 20;
    void* workspace = nullptr;
    CUDA_CHECK(cudaMalloc(&workspace, workspaceLimit));
    cublasLtMatmulPreference_t preference;
    LT_CHECK(cublasLtMatmulPreferenceCreate(&preference));
    LT_CHECK(cublasLtMatmulPreferenceSetAttribute(preference, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES,
                                                  &workspaceLimit, sizeof(workspaceLimit)));

    const int requested = 4;
    cublasLtMatmulHeuristicResult_t results[requested] = {};
    int returned = 0;
    LT_CHECK(cublasLtMatmulAlgoGetHeuristic(lt, op, layoutA, layoutB, layoutC, layoutD, preference,
                                            requested, results, &returned));
    int chosen = -1;
    for (int i = 0; i < returned; ++i) {
        if (results[i].state == CUBLAS_STATUS_SUCCESS && results[i].workspaceSize <= workspaceLimit) {
            chosen = i;
            break;
        }
    }
    if (chosen < 0) {
        fprintf(stderr, "no cuBLASLt algorithm for this problem\n");
        return EXIT_FAILURE;
    }
    printf("algorithm %d of %d, workspace %zu bytes\n", chosen, returned, results[chosen].workspaceSize);

    LT_CHECK(cublasLtMatmul(lt, op, &alpha, dA, layoutA, dB, layoutB, &beta, dC, layoutC, dD, layoutD,
                            &results[chosen].algo, workspace, workspaceLimit, stream));
    CUDA_CHECK(cudaStreamSynchronize(stream));

    std::vector<__half> d(m * n);
    CUDA_CHECK(cudaMemcpy(d.data(), dD, m * n * sizeof(__half), cudaMemcpyDeviceToHost));
    double maxError = 0.0;
    for (int j = 0; j < n; ++j) {
        for (int i = 0; i < m; ++i) {
            double acc = 0.0;
            for (int p = 0; p < k; ++p) acc += static_cast<double>(a[p + i * k]) * b[p + j * k];
            const double want = alpha * acc + beta * c[i + j * m] + bias[i];
            maxError = std::fmax(maxError, std::fabs(static_cast<double>(__half2float(d[i + j * m])) - want));
        }
    }
    const bool ok = maxError < 2e-2;
    printf("max abs error %.3e -> %s\n", maxError, ok ? "PASSED" : "FAILED");

    LT_CHECK(cublasLtMatmulPreferenceDestroy(preference));
    LT_CHECK(cublasLtMatrixLayoutDestroy(layoutD));
    LT_CHECK(cublasLtMatrixLayoutDestroy(layoutC));
    LT_CHECK(cublasLtMatrixLayoutDestroy(layoutB));
    LT_CHECK(cublasLtMatrixLayoutDestroy(layoutA));
    LT_CHECK(cublasLtMatmulDescDestroy(op));
    LT_CHECK(cublasLtDestroy(lt));
    CUDA_CHECK(cudaStreamDestroy(stream));
    CUDA_CHECK(cudaFree(workspace));
    CUDA_CHECK(cudaFree(dD));
    CUDA_CHECK(cudaFree(dBias));
    CUDA_CHECK(cudaFree(dC));
    CUDA_CHECK(cudaFree(dB));
    CUDA_CHECK(cudaFree(dA));
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
