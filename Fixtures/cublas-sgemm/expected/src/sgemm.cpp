// sgemm.cpp -- C = alpha * A * B + beta * C with cuBLAS, once for one large
// matrix and once for a strided batch of small ones, checked against a CPU GEMM.
//
// cuBLAS is column-major: an m x k matrix A has leading dimension m.
#include <cmath>
#include <cstdio>
#include <random>
#include <vector>

#include "blas_check.h"

namespace {

// Column-major reference GEMM.
void sgemm_reference(int m, int n, int k, float alpha, const float* a, const float* b, float beta, float* c)
{
    for (int j = 0; j < n; ++j) {
        for (int i = 0; i < m; ++i) {
            double acc = 0.0;
            for (int p = 0; p < k; ++p) {
                acc += static_cast<double>(a[i + p * m]) * b[p + j * k];
            }
            c[i + j * m] = static_cast<float>(alpha * acc + beta * c[i + j * m]);
        }
    }
}

bool compare(const std::vector<float>& got, const std::vector<float>& expected, const char* what)
{
    double max_rel = 0.0;
    for (size_t i = 0; i < got.size(); ++i) {
        const double denom = std::fmax(1.0, std::fabs(expected[i]));
        max_rel = std::fmax(max_rel, std::fabs(got[i] - expected[i]) / denom);
    }
    const bool ok = max_rel < 1e-4;
    printf("%-14s max relative error %.2e -> %s\n", what, max_rel, ok ? "PASSED" : "FAILED");
    return ok;
}

}  // namespace

int main()
{
    const int m = 256, n = 192, k = 128;
    const float alpha = 1.5f, beta = 0.5f;

    std::mt19937 rng(1234);
    std::uniform_real_distribution<float> dist(-1.0f, 1.0f);
    std::vector<float> h_a(m * k), h_b(k * n), h_c(m * n);
    for (float& v : h_a) v = dist(rng);
    for (float& v : h_b) v = dist(rng);
    for (float& v : h_c) v = dist(rng);

    float *d_a = nullptr, *d_b = nullptr, *d_c = nullptr;
    CUDA_CHECK(hipMalloc(&d_a, h_a.size() * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_b, h_b.size() * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_c, h_c.size() * sizeof(float)));

    hipStream_t stream;
    CUDA_CHECK(hipStreamCreate(&stream));
    hipblasHandle_t handle;
    CUBLAS_CHECK(hipblasCreate(&handle));
    CUBLAS_CHECK(hipblasSetStream(handle, stream));
    // alpha and beta are host values.
    CUBLAS_CHECK(hipblasSetPointerMode(handle, HIPBLAS_POINTER_MODE_HOST));

    CUBLAS_CHECK(hipblasSetMatrix(m, k, sizeof(float), h_a.data(), m, d_a, m));
    CUBLAS_CHECK(hipblasSetMatrix(k, n, sizeof(float), h_b.data(), k, d_b, k));
    CUDA_CHECK(hipMemcpyAsync(d_c, h_c.data(), h_c.size() * sizeof(float), hipMemcpyHostToDevice, stream));

    CUBLAS_CHECK(hipblasSgemm(handle, HIPBLAS_OP_N, HIPBLAS_OP_N, m, n, k, &alpha, d_a, m, d_b, k, &beta, d_c, m));

    std::vector<float> h_result(m * n);
    CUDA_CHECK(hipMemcpyAsync(h_result.data(), d_c, h_result.size() * sizeof(float), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));
    std::vector<float> expected = h_c;
    sgemm_reference(m, n, k, alpha, h_a.data(), h_b.data(), beta, expected.data());
    bool ok = compare(h_result, expected, "sgemm");

    // A batch of small GEMMs laid out back to back: C_i = A_i * B_i.
    const int batch = 32, bm = 16, bn = 16, bk = 16;
    const long long stride_a = bm * bk, stride_b = bk * bn, stride_c = bm * bn;
    std::vector<float> h_ba(stride_a * batch), h_bb(stride_b * batch), h_bc(stride_c * batch, 0.0f);
    for (float& v : h_ba) v = dist(rng);
    for (float& v : h_bb) v = dist(rng);
    float *d_ba = nullptr, *d_bb = nullptr, *d_bc = nullptr;
    CUDA_CHECK(hipMalloc(&d_ba, h_ba.size() * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_bb, h_bb.size() * sizeof(float)));
    CUDA_CHECK(hipMalloc(&d_bc, h_bc.size() * sizeof(float)));
    CUDA_CHECK(hipMemcpyAsync(d_ba, h_ba.data(), h_ba.size() * sizeof(float), hipMemcpyHostToDevice, stream));
    CUDA_CHECK(hipMemcpyAsync(d_bb, h_bb.data(), h_bb.size() * sizeof(float), hipMemcpyHostToDevice, stream));

    const float one = 1.0f, zero = 0.0f;
    CUBLAS_CHECK(hipblasSgemmStridedBatched(handle, HIPBLAS_OP_N, HIPBLAS_OP_N, bm, bn, bk, &one, d_ba, bm, stride_a, d_bb,
                                           bk, stride_b, &zero, d_bc, bm, stride_c, batch));
    std::vector<float> h_batched(h_bc.size());
    CUDA_CHECK(hipMemcpyAsync(h_batched.data(), d_bc, h_batched.size() * sizeof(float), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));
    for (int i = 0; i < batch; ++i) {
        sgemm_reference(bm, bn, bk, 1.0f, h_ba.data() + i * stride_a, h_bb.data() + i * stride_b, 0.0f,
                        h_bc.data() + i * stride_c);
    }
    ok = compare(h_batched, h_bc, "sgemm batched") && ok;

    CUBLAS_CHECK(hipblasDestroy(handle));
    CUDA_CHECK(hipStreamDestroy(stream));
    for (float* p : {d_a, d_b, d_c, d_ba, d_bb, d_bc}) {
        CUDA_CHECK(hipFree(p));
    }
    return ok ? 0 : 1;
}
