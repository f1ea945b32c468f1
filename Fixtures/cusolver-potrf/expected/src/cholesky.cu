// cholesky.cu -- solve A x = b for a symmetric positive definite A with cuSOLVER's dense
// Cholesky factorisation (potrf) and triangular solves (potrs), single precision.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include <hip/hip_runtime.h>
#include <hipsolver/hipsolver.h>

#define CUDA_CHECK(expr)                                                                  \
    do {                                                                                  \
        hipError_t e_ = (expr);                                                           \
        if (e_ != hipSuccess) {                                                           \
            std::fprintf(stderr, "%s:%d: %s\n", __FILE__, __LINE__, hipGetErrorString(e_)); \
            std::exit(1);                                                                 \
        }                                                                                 \
    } while (0)

#define SOLVER_CHECK(expr)                                                                \
    do {                                                                                  \
        hipsolverStatus_t s_ = (expr);                                                    \
        if (s_ != HIPSOLVER_STATUS_SUCCESS) {                                             \
            std::fprintf(stderr, "%s:%d: cuSOLVER status %d\n", __FILE__, __LINE__, static_cast<int>(s_)); \
            std::exit(1);                                                                 \
        }                                                                                 \
    } while (0)

int main()
{
    const int n = 64;
    // A = n I + ones: symmetric, diagonally dominant, so positive definite. Column-major.
    std::vector<float> a(n * n, 1.0f), b(n, 1.0f);
    for (int i = 0; i < n; ++i) a[i * n + i] += static_cast<float>(n);

    hipsolverHandle_t handle;
    hipStream_t stream;
    SOLVER_CHECK(hipsolverDnCreate(&handle));
    CUDA_CHECK(hipStreamCreate(&stream));
    SOLVER_CHECK(hipsolverSetStream(handle, stream));

    float *d_a = nullptr, *d_b = nullptr, *d_work = nullptr;
    int* d_info = nullptr;
    CUDA_CHECK(hipMalloc(&d_a, sizeof(float) * n * n));
    CUDA_CHECK(hipMalloc(&d_b, sizeof(float) * n));
    CUDA_CHECK(hipMalloc(&d_info, sizeof(int)));
    CUDA_CHECK(hipMemcpyAsync(d_a, a.data(), sizeof(float) * n * n, hipMemcpyHostToDevice, stream));
    CUDA_CHECK(hipMemcpyAsync(d_b, b.data(), sizeof(float) * n, hipMemcpyHostToDevice, stream));

    int work_size = 0;
    SOLVER_CHECK(hipsolverDnSpotrf_bufferSize(handle, HIPBLAS_FILL_MODE_LOWER, n, d_a, n, &work_size));
    CUDA_CHECK(hipMalloc(&d_work, sizeof(float) * work_size));
    SOLVER_CHECK(hipsolverDnSpotrf(handle, HIPBLAS_FILL_MODE_LOWER, n, d_a, n, d_work, work_size, d_info));
    SOLVER_CHECK(hipsolverDnSpotrs(handle, HIPBLAS_FILL_MODE_LOWER, n, 1, d_a, n, d_b, n, d_info));

    int info = 0;
    std::vector<float> x(n);
    CUDA_CHECK(hipMemcpyAsync(&info, d_info, sizeof(int), hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipMemcpyAsync(x.data(), d_b, sizeof(float) * n, hipMemcpyDeviceToHost, stream));
    CUDA_CHECK(hipStreamSynchronize(stream));

    // Every component of the solution is 1 / (2n): (n I + ones) x = 1 with x = c 1 gives c (n + n) = 1.
    double error = 0.0;
    for (float v : x) error = std::fmax(error, std::fabs(v - 1.0 / (2.0 * n)));
    std::printf("info %d, max error %.3g -> %s\n", info, error, info == 0 && error < 1e-5 ? "PASSED" : "FAILED");

    CUDA_CHECK(hipFree(d_work));
    CUDA_CHECK(hipFree(d_info));
    CUDA_CHECK(hipFree(d_b));
    CUDA_CHECK(hipFree(d_a));
    SOLVER_CHECK(hipsolverDnDestroy(handle));
    CUDA_CHECK(hipStreamDestroy(stream));
    return info == 0 && error < 1e-5 ? 0 : 1;
}
