// gemm_family.cu -- exercises every GEMM flavour the training code uses and checks each one
// against the host reference:
//   1. SGEMM, host pointer mode, B transposed (the flag comes from the command line)
//   2. DGEMM, device pointer mode (alpha and beta live in device memory)
//   3. SGEMM batched over an array of matrix pointers
//   4. SGEMM strided batched
//   5. GemmEx with half inputs, float output and float accumulation
//
// Usage: gemm_family [transpose_b (0|1)]
#include <cstdio>
#include <cstdlib>
#include <random>
#include <vector>

#include <cuda_fp16.h>
#include <cuda_runtime.h>
#include <cublas_v2.h>

#include "blas_utils.h"

namespace {

constexpr int kThreads = 256;

__global__ void float_to_half(const float* __restrict__ in, __half* __restrict__ out, int n)
{
    for (int i = blockIdx.x * blockDim.x + threadIdx.x; i < n; i += blockDim.x * gridDim.x) {
        out[i] = __float2half(in[i]);
    }
}

// Rounds through half precision on the host, so the reference sees the GemmEx inputs.
float round_to_half(float v)
{
    return __half2float(__float2half(v));
}

template <typename T>
std::vector<T> random_matrix(size_t count, std::mt19937& rng)
{
    std::uniform_real_distribution<double> dist(-1.0, 1.0);
    std::vector<T> values(count);
    for (T& v : values) v = static_cast<T>(dist(rng));
    return values;
}

template <typename T>
void upload(DeviceBuffer<T>& dst, const std::vector<T>& src, cudaStream_t stream)
{
    CUDA_CHECK(cudaMemcpyAsync(dst.get(), src.data(), src.size() * sizeof(T), cudaMemcpyHostToDevice, stream));
}

template <typename T>
std::vector<T> download(const DeviceBuffer<T>& src, cudaStream_t stream)
{
    std::vector<T> values(src.count());
    CUDA_CHECK(cudaMemcpyAsync(values.data(), src.get(), src.bytes(), cudaMemcpyDeviceToHost, stream));
    CUDA_CHECK(cudaStreamSynchronize(stream));
    return values;
}

}  // namespace

int main(int argc, char** argv)
{
    const int transpose_b = argc > 1 ? std::atoi(argv[1]) : 1;
    if (transpose_b != 0 && transpose_b != 1) {
        std::fprintf(stderr, "usage: %s [0|1]\n", argv[0]);
        return EXIT_FAILURE;
    }
    // CUBLAS_OP_N is 0 and CUBLAS_OP_T is 1, so the flag is the operation.
    const cublasOperation_t op_b = (cublasOperation_t)transpose_b;
    const cublasOperation_t op_a = static_cast<cublasOperation_t>(0);

    int device = 0;
    CUDA_CHECK(cudaGetDevice(&device));
    cudaDeviceProp prop;
    CUDA_CHECK(cudaGetDeviceProperties(&prop, device));
    std::printf("device %d: %s (sm_%d%d)\n", device, prop.name, prop.major, prop.minor);

    cudaStream_t stream;
    CUDA_CHECK(cudaStreamCreateWithFlags(&stream, cudaStreamNonBlocking));
    cublasHandle_t handle;
    CUBLAS_CHECK(cublasCreate(&handle));
    CUBLAS_CHECK(cublasSetStream(handle, stream));

    std::mt19937 rng(20240611);
    bool ok = true;

    // 1. SGEMM, host pointer mode. C (m x n) = alpha * A (m x k) * op(B) + beta * C.
    {
        const int m = 96, n = 80, k = 64;
        const int lda = m, ldb = transpose_b ? n : k, ldc = m;
        const float alpha = 0.75f, beta = -0.5f;
        std::vector<float> a = random_matrix<float>(size_t(lda) * k, rng);
        std::vector<float> b = random_matrix<float>(size_t(ldb) * (transpose_b ? k : n), rng);
        std::vector<float> c = random_matrix<float>(size_t(ldc) * n, rng);
        DeviceBuffer<float> d_a(a.size()), d_b(b.size()), d_c(c.size());
        upload(d_a, a, stream);
        upload(d_b, b, stream);
        upload(d_c, c, stream);

        CUBLAS_CHECK(cublasSetPointerMode(handle, CUBLAS_POINTER_MODE_HOST));
        CUBLAS_CHECK(cublasSgemm(handle, op_a, op_b, m, n, k, &alpha, d_a.get(), lda, d_b.get(), ldb, &beta, d_c.get(),
                                 ldc));
        std::vector<float> got = download(d_c, stream);
        gemm_reference(false, transpose_b != 0, m, n, k, alpha, a.data(), lda, b.data(), ldb, beta, c.data(), ldc);
        ok &= check_close("sgemm (host scalars)", got.data(), c.data(), c.size(), 1e-5);
    }

    // 2. DGEMM with alpha and beta in device memory: the scalars are read when the kernel runs.
    {
        const int m = 64, n = 48, k = 40;
        const double scalars[2] = {2.0, 0.25};
        std::vector<double> a = random_matrix<double>(size_t(k) * m, rng);  // stored transposed: k x m
        std::vector<double> b = random_matrix<double>(size_t(k) * n, rng);
        std::vector<double> c = random_matrix<double>(size_t(m) * n, rng);
        DeviceBuffer<double> d_a(a.size()), d_b(b.size()), d_c(c.size()), d_scalars(2);
        upload(d_a, a, stream);
        upload(d_b, b, stream);
        upload(d_c, c, stream);
        CUDA_CHECK(cudaMemcpyAsync(d_scalars.get(), scalars, sizeof(scalars), cudaMemcpyHostToDevice, stream));

        cublasPointerMode_t previous;
        CUBLAS_CHECK(cublasGetPointerMode(handle, &previous));
        CUBLAS_CHECK(cublasSetPointerMode(handle, CUBLAS_POINTER_MODE_DEVICE));
        CUBLAS_CHECK(cublasDgemm(handle, CUBLAS_OP_T, CUBLAS_OP_N, m, n, k, d_scalars.get(), d_a.get(), k, d_b.get(), k,
                                 d_scalars.get() + 1, d_c.get(), m));
        CUBLAS_CHECK(cublasSetPointerMode(handle, previous));
        std::vector<double> got = download(d_c, stream);
        gemm_reference(true, false, m, n, k, scalars[0], a.data(), k, b.data(), k, scalars[1], c.data(), m);
        ok &= check_close("dgemm (device scalars)", got.data(), c.data(), c.size(), 1e-12);
    }

    // 3 and 4. A batch of small products, first through an array of pointers, then strided.
    {
        const int m = 32, n = 24, k = 16, batch = 12;
        const long long stride_a = (long long)m * k, stride_b = (long long)k * n, stride_c = (long long)m * n;
        const float alpha = 1.0f, beta = 0.0f;
        std::vector<float> a = random_matrix<float>(size_t(stride_a) * batch, rng);
        std::vector<float> b = random_matrix<float>(size_t(stride_b) * batch, rng);
        std::vector<float> want(size_t(stride_c) * batch, 0.0f);
        for (int i = 0; i < batch; ++i) {
            gemm_reference(false, false, m, n, k, alpha, a.data() + i * stride_a, m, b.data() + i * stride_b, k, beta,
                           want.data() + i * stride_c, m);
        }
        DeviceBuffer<float> d_a(a.size()), d_b(b.size()), d_c(want.size());
        upload(d_a, a, stream);
        upload(d_b, b, stream);

        std::vector<const float*> a_ptrs(batch), b_ptrs(batch);
        std::vector<float*> c_ptrs(batch);
        for (int i = 0; i < batch; ++i) {
            a_ptrs[i] = d_a.get() + i * stride_a;
            b_ptrs[i] = d_b.get() + i * stride_b;
            c_ptrs[i] = d_c.get() + i * stride_c;
        }
        const float** d_a_array = nullptr;
        const float** d_b_array = nullptr;
        float** d_c_array = nullptr;
        CUDA_CHECK(cudaMalloc(reinterpret_cast<void**>(&d_a_array), batch * sizeof(float*)));
        CUDA_CHECK(cudaMalloc(reinterpret_cast<void**>(&d_b_array), batch * sizeof(float*)));
        CUDA_CHECK(cudaMalloc(reinterpret_cast<void**>(&d_c_array), batch * sizeof(float*)));
        CUDA_CHECK(cudaMemcpyAsync(d_a_array, a_ptrs.data(), batch * sizeof(float*), cudaMemcpyHostToDevice, stream));
        CUDA_CHECK(cudaMemcpyAsync(d_b_array, b_ptrs.data(), batch * sizeof(float*), cudaMemcpyHostToDevice, stream));
        CUDA_CHECK(cudaMemcpyAsync(d_c_array, c_ptrs.data(), batch * sizeof(float*), cudaMemcpyHostToDevice, stream));

        CUBLAS_CHECK(cublasSetPointerMode(handle, CUBLAS_POINTER_MODE_HOST));
        CUBLAS_CHECK(cublasSgemmBatched(handle, CUBLAS_OP_N, CUBLAS_OP_N, m, n, k, &alpha, d_a_array, m, d_b_array, k,
                                        &beta, d_c_array, m, batch));
        std::vector<float> got = download(d_c, stream);
        ok &= check_close("sgemm batched (pointers)", got.data(), want.data(), want.size(), 1e-5);

        CUDA_CHECK(cudaMemsetAsync(d_c.get(), 0, d_c.bytes(), stream));
        CUBLAS_CHECK(cublasSgemmStridedBatched(handle, CUBLAS_OP_N, CUBLAS_OP_N, m, n, k, &alpha, d_a.get(), m, stride_a,
                                               d_b.get(), k, stride_b, &beta, d_c.get(), m, stride_c, batch));
        got = download(d_c, stream);
        ok &= check_close("sgemm strided batched", got.data(), want.data(), want.size(), 1e-5);

        CUDA_CHECK(cudaFree(d_a_array));
        CUDA_CHECK(cudaFree(d_b_array));
        CUDA_CHECK(cudaFree(d_c_array));
    }

    // 5. GemmEx: half A and B, float C, float accumulation.
    {
        const int m = 128, n = 64, k = 96;
        const float alpha = 1.0f, beta = 1.0f;
        std::vector<float> a = random_matrix<float>(size_t(m) * k, rng);
        std::vector<float> b = random_matrix<float>(size_t(k) * n, rng);
        std::vector<float> c = random_matrix<float>(size_t(m) * n, rng);
        DeviceBuffer<float> d_a32(a.size()), d_b32(b.size()), d_c(c.size());
        DeviceBuffer<__half> d_a16(a.size()), d_b16(b.size());
        upload(d_a32, a, stream);
        upload(d_b32, b, stream);
        upload(d_c, c, stream);
        const int blocks_a = (static_cast<int>(a.size()) + kThreads - 1) / kThreads;
        const int blocks_b = (static_cast<int>(b.size()) + kThreads - 1) / kThreads;
        float_to_half<<<blocks_a, kThreads, 0, stream>>>(d_a32.get(), d_a16.get(), static_cast<int>(a.size()));
        CUDA_CHECK(cudaGetLastError());
        float_to_half<<<blocks_b, kThreads, 0, stream>>>(d_b32.get(), d_b16.get(), static_cast<int>(b.size()));
        CUDA_CHECK(cudaGetLastError());

        CUBLAS_CHECK(cublasGemmEx(handle, CUBLAS_OP_N, CUBLAS_OP_N, m, n, k, &alpha, d_a16.get(), CUDA_R_16F, m,
                                  d_b16.get(), CUDA_R_16F, k, &beta, d_c.get(), CUDA_R_32F, m, CUBLAS_COMPUTE_32F,
                                  CUBLAS_GEMM_DEFAULT));
        std::vector<float> got = download(d_c, stream);
        for (float& v : a) v = round_to_half(v);
        for (float& v : b) v = round_to_half(v);
        gemm_reference(false, false, m, n, k, alpha, a.data(), m, b.data(), k, beta, c.data(), m);
        ok &= check_close("gemmEx f16 x f16 -> f32", got.data(), c.data(), c.size(), 1e-3);
    }

    CUBLAS_CHECK(cublasDestroy(handle));
    CUDA_CHECK(cudaStreamDestroy(stream));
    std::printf("%s\n", ok ? "all GEMM checks passed" : "SOME GEMM CHECKS FAILED");
    return ok ? EXIT_SUCCESS : EXIT_FAILURE;
}
