// matmul_bias.cu -- D = alpha * op(A) * B + beta * C + bias, in half precision with
// float accumulation, through cuBLASLt's bias epilogue; checked against the CPU.
//
// Column-major throughout. A is stored k x m and used transposed (TRANSA = T), B is
// k x n, C and D are m x n; the bias has one entry per row of D.
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

#include <hip/hip_runtime.h>
#include <hip/hip_fp16.h>

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
    CUDA_CHECK(hipMalloc(&staging, count * sizeof(float)));
    CUDA_CHECK(hipMalloc(&device, count * sizeof(__half)));
    CUDA_CHECK(hipMemcpy(staging, host.data(), count * sizeof(float), hipMemcpyHostToDevice));
    to_half<<<(count + 255) / 256, 256>>>(staging, device, count);
    CUDA_CHECK(hipGetLastError());
    CUDA_CHECK(hipFree(staging));
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
    CUDA_CHECK(hipMalloc(&dD, m * n * sizeof(__half)));

    hipStream_t stream;
    CUDA_CHECK(hipStreamCreate(&stream));

    hipblasLtHandle_t lt;
    LT_CHECK(hipblasLtCreate(&lt));

    // Operation: fp32 compute and fp32 alpha/beta over fp16 matrices.
    hipblasLtMatmulDesc_t op;
    LT_CHECK(hipblasLtMatmulDescCreate(&op, HIPBLAS_COMPUTE_32F, HIP_R_32F));
    hipblasOperation_t transa = HIPBLAS_OP_T, transb = HIPBLAS_OP_N;
    LT_CHECK(hipblasLtMatmulDescSetAttribute(op, HIPBLASLT_MATMUL_DESC_TRANSA, &transa, sizeof(transa)));
    LT_CHECK(hipblasLtMatmulDescSetAttribute(op, HIPBLASLT_MATMUL_DESC_TRANSB, &transb, sizeof(transb)));
    hipblasLtEpilogue_t epilogue = HIPBLASLT_EPILOGUE_BIAS;
    LT_CHECK(hipblasLtMatmulDescSetAttribute(op, HIPBLASLT_MATMUL_DESC_EPILOGUE, &epilogue, sizeof(epilogue)));
    const void* biasPointer = dBias;
    LT_CHECK(hipblasLtMatmulDescSetAttribute(op, HIPBLASLT_MATMUL_DESC_BIAS_POINTER, &biasPointer, sizeof(biasPointer)));
    hipDataType biasType = HIP_R_16F;
    LT_CHECK(hipblasLtMatmulDescSetAttribute(op, HIPBLASLT_MATMUL_DESC_BIAS_DATA_TYPE, &biasType, sizeof(biasType)));

    // Layouts: A as stored (k x m), B (k x n), C and D (m x n).
    hipblasLtMatrixLayout_t layoutA, layoutB, layoutC, layoutD;
    LT_CHECK(hipblasLtMatrixLayoutCreate(&layoutA, HIP_R_16F, k, m, k));
    LT_CHECK(hipblasLtMatrixLayoutCreate(&layoutB, HIP_R_16F, k, n, k));
    LT_CHECK(hipblasLtMatrixLayoutCreate(&layoutC, HIP_R_16F, m, n, m));
    LT_CHECK(hipblasLtMatrixLayoutCreate(&layoutD, HIP_R_16F, m, n, m));
    hipblasLtOrder_t order = HIPBLASLT_ORDER_COL;
    LT_CHECK(hipblasLtMatrixLayoutSetAttribute(layoutD, HIPBLASLT_MATRIX_LAYOUT_ORDER, &order, sizeof(order)));

    // Let the heuristic pick among algorithms that fit in 4 MiB of workspace.
    size_t workspaceLimit = 4u << 20;
    void* workspace = nullptr;
    CUDA_CHECK(hipMalloc(&workspace, workspaceLimit));
    hipblasLtMatmulPreference_t preference;
    LT_CHECK(hipblasLtMatmulPreferenceCreate(&preference));
    LT_CHECK(hipblasLtMatmulPreferenceSetAttribute(preference, HIPBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES,
                                                  &workspaceLimit, sizeof(workspaceLimit)));

    const int requested = 4;
    hipblasLtMatmulHeuristicResult_t results[requested] = {};
    int returned = 0;
    LT_CHECK(hipblasLtMatmulAlgoGetHeuristic(lt, op, layoutA, layoutB, layoutC, layoutD, preference,
                                            requested, results, &returned));
    int chosen = -1;
    for (int i = 0; i < returned; ++i) {
        if (results[i].state == HIPBLAS_STATUS_SUCCESS && results[i].workspaceSize <= workspaceLimit) {
            chosen = i;
            break;
        }
    }
    if (chosen < 0) {
        fprintf(stderr, "no cuBLASLt algorithm for this problem\n");
        return EXIT_FAILURE;
    }
    printf("algorithm %d of %d, workspace %zu bytes\n", chosen, returned, results[chosen].workspaceSize);

    LT_CHECK(hipblasLtMatmul(lt, op, &alpha, dA, layoutA, dB, layoutB, &beta, dC, layoutC, dD, layoutD,
                            &results[chosen].algo, workspace, workspaceLimit, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));

    std::vector<__half> d(m * n);
    CUDA_CHECK(hipMemcpy(d.data(), dD, m * n * sizeof(__half), hipMemcpyDeviceToHost));
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

    LT_CHECK(hipblasLtMatmulPreferenceDestroy(preference));
    LT_CHECK(hipblasLtMatrixLayoutDestroy(layoutD));
    LT_CHECK(hipblasLtMatrixLayoutDestroy(layoutC));
    LT_CHECK(hipblasLtMatrixLayoutDestroy(layoutB));
    LT_CHECK(hipblasLtMatrixLayoutDestroy(layoutA));
    LT_CHECK(hipblasLtMatmulDescDestroy(op));
    LT_CHECK(hipblasLtDestroy(lt));
    CUDA_CHECK(hipStreamDestroy(stream));
    CUDA_CHECK(hipFree(workspace));
    CUDA_CHECK(hipFree(dD));
    CUDA_CHECK(hipFree(dBias));
    CUDA_CHECK(hipFree(dC));
    CUDA_CHECK(hipFree(dB));
    CUDA_CHECK(hipFree(dA));
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
